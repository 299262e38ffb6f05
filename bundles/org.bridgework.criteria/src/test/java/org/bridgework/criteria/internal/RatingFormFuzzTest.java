package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of returned rating forms (XLSX): whatever the bytes, reading gives forms and problems (file, sheet, cell)
 * and never throws. The committed corpus (…Inputs/) runs in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RatingFormFuzzTest {

    static Path dir;
    static Project project;
    static final XlsxRatingForms forms = new XlsxRatingForms();

    @BeforeAll
    static void sample() throws Exception {
        dir = Files.createTempDirectory("bridgework-fuzz-");
        Samples samples = new Samples();
        project = samples.open(samples.copy(dir));
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void xlsx(byte[] data) throws Exception {
        Path file = Files.write(dir.resolve("returned.xlsx"), data);
        assertNotNull(forms.read(project.root(), List.of(file)));
    }
}
