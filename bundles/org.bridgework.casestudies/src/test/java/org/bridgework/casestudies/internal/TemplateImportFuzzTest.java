package org.bridgework.casestudies.internal;

import org.bridgework.testsupport.Zips;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.api.ImportException;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of returned case-study templates (DOCX and XLSX) against the sample project: whatever the bytes, the
 * importer previews them or refuses the file with an {@link ImportException} (its message reaches the user), and
 * nothing else. The committed corpus (…Inputs/) runs in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TemplateImportFuzzTest {

    static Path dir;
    static Project project;
    static final TemplateImporter importer = new TemplateImporter(() -> LocalDate.of(2027, 3, 10));

    @BeforeAll
    static void sample() throws Exception {
        dir = Files.createTempDirectory("bridgework-fuzz-");
        ProjectServiceImpl projects = new ProjectServiceImpl();
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        Path file = dir.resolve("p.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        project = projects.open(file);
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void preview(byte[] data, String name) throws Exception {
        Path file = Files.write(dir.resolve(name), data);
        try {
            importer.preview(List.of(file), project.root());
        } catch (ImportException expected) {
            // a refusal with a message is the right answer for a broken file
        }
    }

    @FuzzTest(maxDuration = "60s")
    void docx(byte[] data) throws Exception {
        preview(data, "returned.docx");
    }

    @FuzzTest(maxDuration = "60s")
    void xlsx(byte[] data) throws Exception {
        preview(data, "returned.xlsx");
    }

    @FuzzTest(maxDuration = "60s")
    void docxParts(com.code_intelligence.jazzer.api.FuzzedDataProvider data) throws Exception {
        String custom = data.consumeString(2000);
        String document = data.consumeRemainingAsString();
        preview(Zips.withParts(TemplateImportFuzzTest.class, "TemplateImportFuzzTestInputs/docx/blank-template", java.util.Map.of(Docx.CUSTOM, Zips.utf8(custom), Docx.DOCUMENT, Zips.utf8(document))),
                "returned.docx");
    }

    @FuzzTest(maxDuration = "60s")
    void xlsxParts(com.code_intelligence.jazzer.api.FuzzedDataProvider data) throws Exception {
        String shared = data.consumeString(16_000);
        String sheet = data.consumeRemainingAsString();
        preview(Zips.withParts(TemplateImportFuzzTest.class, "TemplateImportFuzzTestInputs/xlsx/prefilled-template",
                java.util.Map.of(XlsxTemplate.SHARED, Zips.utf8(shared), XlsxTemplate.SHEET, Zips.utf8(sheet))), "returned.xlsx");
    }
}
