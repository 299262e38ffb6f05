package org.bridgework.casestudies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportPreview;
import org.bridgework.model.util.GuidanceResources;
import org.bridgework.model.GuidanceProject;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled template saved again by LibreOffice (headless DOCX → DOCX, which rewrites every part: its own styles,
 * settings, runs and table markup) still imports. Skipped where LibreOffice is not installed ({@code .ci/run} installs it).
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path dir;

    static Path soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @Test
    void savedByLibreOffice() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice is not installed");
        Resource r = GuidanceResources.newResourceSet().createResource(URI.createURI("sample.guidance"));
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            r.load(in, null);
        }
        GuidanceProject project = (GuidanceProject) r.getContents().get(0);
        Path f = dir.resolve("in").resolve("returned.docx");
        Files.createDirectories(f.getParent());
        try (OutputStream o = Files.newOutputStream(f)) {
            new TemplateWriter().write(project, project.getCaseStudies().get(1), o);
        }
        Map<String, String> a = new LinkedHashMap<>(TemplateImportTest.mandatory());
        a.put("cs.funding", "Jointly funded by both universities.");
        a.put("cs.contexts", "large-multi-hep-city\nrural");
        Templates.fill(f, a);
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to",
                "docx:MS Word 2007 XML", "--outdir", out.toString(), f.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in 2 minutes");
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        Path saved = out.resolve("returned.docx");
        assertTrue(Files.exists(saved), Files.readString(dir.resolve("soffice.log")));
        ImportPreview preview = new TemplateImporter(() -> LocalDate.of(2027, 3, 1)).preview(List.of(saved), project);
        assertEquals(List.of(), preview.problems(), "LibreOffice's copy reads cleanly");
        Map<String, String> changes = preview.changes().stream().collect(Collectors.toMap(ImportChange::label, c -> String.valueOf(c.detail()), (x, y) -> x));
        assertEquals("'To be verified.' → 'Jointly funded by both universities.'", changes.get("cs-liverpool: cs.funding"));
        assertEquals("[large-multi-hep-city] → [large-multi-hep-city, rural]", changes.get("cs-liverpool: cs.contexts"));
        assertEquals("(empty) → 'Information sharing.'", changes.get("cs-liverpool: criterion.c5-addresses-challenges.evidence"));
    }

}
