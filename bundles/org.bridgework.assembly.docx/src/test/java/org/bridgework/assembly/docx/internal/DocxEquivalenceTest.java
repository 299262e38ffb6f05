package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Compares two directories of DOCX written by {@link DocxDumpTest} (an older writer's and this one's): every part's
 * element tree must be the same. Run with {@code -Dbridgework.docxOld=DIR -Dbridgework.docxNew=DIR}.
 */
@EnabledIfSystemProperty(named = "bridgework.docxOld", matches = ".+")
class DocxEquivalenceTest {
    @Test
    void samePartsSameTrees() throws Exception {
        Path old = Path.of(System.getProperty("bridgework.docxOld"));
        Path now = Path.of(System.getProperty("bridgework.docxNew"));
        List<String> report = new ArrayList<>();
        try (var files = Files.list(old)) {
            for (Path f : files.sorted().toList()) {
                List<String> d = XmlTrees.differences(Files.readAllBytes(f), Files.readAllBytes(now.resolve(f.getFileName())), true);
                System.out.println(f.getFileName() + ": " + (d.isEmpty() ? "same trees" : d.size() + " parts differ"));
                d.forEach(x -> report.add(f.getFileName() + ": " + x));
            }
        }
        report.forEach(System.out::println);
        assertTrue(report.isEmpty(), report.size() + " differences");
    }
}
