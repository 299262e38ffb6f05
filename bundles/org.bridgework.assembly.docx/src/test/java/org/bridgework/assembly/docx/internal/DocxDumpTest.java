package org.bridgework.assembly.docx.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes every equivalence document as DOCX into {@code -Dbridgework.docxDump=DIR} (to compare two writers' output). */
@EnabledIfSystemProperty(named = "bridgework.docxDump", matches = ".+")
class DocxDumpTest {
    @Test
    void dump() throws Exception {
        Path dir = Path.of(System.getProperty("bridgework.docxDump"));
        Files.createDirectories(dir);
        for (Map.Entry<String, AssembledDocument> e : EquivalenceDocuments.all().entrySet()) {
            OutputSink.InMemory sink = OutputSink.inMemory(e.getKey());
            new DocxRenderer().render(e.getValue(), sink, AssemblyProgress.NONE);
            Files.write(dir.resolve(e.getKey() + ".docx"), sink.mainBytes());
            // the second writing, with the contents' page numbers (as LibreOffice would give them)
            if (!e.getValue().contents().isEmpty()) {
                Map<String, Integer> pages = new java.util.HashMap<>();
                int page = 3;
                for (AssembledDocument.ContentsEntry c : e.getValue().contents()) {
                    pages.put(c.anchor(), page++);
                }
                Files.write(dir.resolve(e.getKey() + "-pages.docx"),
                        new DocxWriter(e.getValue(), () -> false, pages).write(java.time.LocalDateTime.of(2026, 1, 1, 0, 0)));
            }
        }
    }
}
