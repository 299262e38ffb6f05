package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.assembly.api.AssembledDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens our DOCX the way a reader without Word would: LibreOffice converts it headless to PDF. A file LibreOffice has
 * to repair or cannot read gives no PDF. Skipped when LibreOffice is not installed, unless
 * {@code -Dbridgework.requireTools=true} (CI), which makes a missing LibreOffice a failure.
 */
class LibreOfficeConversionTest {

    @TempDir
    Path tmp;

    @Test
    void libreOfficeOpensItAndShowsTheHeadingsAndContents() throws Exception {
        String soffice = findSoffice();
        AssembledDocument source = SampleDocuments.sample();
        Path docx = tmp.resolve("guidance.docx");
        Files.write(docx, DocxRendererTest.render(source));
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> command = List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toString(), docx.toString());
        String log = run(command, tmp.resolve("soffice.log"));
        Path pdf = out.resolve("guidance.pdf");
        assertTrue(Files.size(pdf) > 0, "LibreOffice wrote no PDF: " + log);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 0, "no pages");
            assertEquals(source.metadata().fullTitle(), doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (AssembledDocument.Section s : source.allSections()) {
                assertTrue(text.contains(s.heading()), "heading '" + s.heading() + "' not in LibreOffice's PDF");
            }
            assertTrue(text.contains("Page 1 of"), "no page numbers in the footer");
            // the contents (the TOC field's entries) come before the body, which repeats every entry as a heading
            int contents = text.indexOf("Contents");
            assertTrue(contents >= 0, "no contents");
            int at = contents;
            for (AssembledDocument.ContentsEntry e : source.contents()) {
                at = text.indexOf(e.text(), at);
                assertTrue(at > 0, "contents entry '" + e.text() + "' missing");
            }
            String firstHeading = source.sections().get(0).heading();
            assertTrue(text.indexOf(firstHeading, at) > at, "the body does not follow the contents");
        }
    }

    @Test
    void theContentsCarryThePagesLibreOfficeLaysTheHeadingsOutOn() throws Exception {
        String soffice = findSoffice();
        AssembledDocument source = SampleDocuments.sample();
        DocxRenderer renderer = new DocxRenderer(new DocxRenderer.Config() {
            @Override
            public boolean pageNumbers() {
                return true;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return DocxRenderer.Config.class;
            }
        });
        org.bridgework.assembly.api.OutputSink.InMemory sink = org.bridgework.assembly.api.OutputSink.inMemory("guidance");
        renderer.render(source, sink, org.bridgework.assembly.api.AssemblyProgress.NONE);
        byte[] docx = sink.mainBytes();
        String body = DocxRendererTest.unzip(docx).get("word/document.xml");
        java.util.regex.Matcher cached = java.util.regex.Pattern.compile(
                "> PAGEREF ([A-Za-z0-9_]+) \\\\h </w:instrText>.*?w:fldCharType=\"separate\"/></w:r><w:r><w:t>(\\d+)</w:t>").matcher(body);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (cached.find()) {
            numbers.add(Integer.parseInt(cached.group(2)));
        }
        int entries = countEntries(source.contents());
        assertEquals(entries, numbers.size(), "every contents entry has a page number: " + numbers);
        // the numbers are where LibreOffice shows the headings
        Path file = tmp.resolve("numbered.docx");
        Files.write(file, docx);
        Path out = Files.createDirectories(tmp.resolve("numbered"));
        run(List.of(soffice, "--headless", "--norestore", "-env:UserInstallation=" + tmp.resolve("profile2").toUri(), "--convert-to", "pdf",
                "--outdir", out.toString(), file.toString()), tmp.resolve("soffice2.log"));
        try (PDDocument doc = Loader.loadPDF(out.resolve("numbered.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String first = source.sections().get(0).heading();
            stripper.setStartPage(numbers.get(0));
            stripper.setEndPage(numbers.get(0));
            assertTrue(stripper.getText(doc).lines().anyMatch(l -> l.strip().equals(first)), first + " is not on page " + numbers.get(0));
            for (int i = 1; i < numbers.size(); i++) {
                assertTrue(numbers.get(i) >= numbers.get(i - 1), "pages go back: " + numbers);
            }
            assertTrue(numbers.get(numbers.size() - 1) <= doc.getNumberOfPages(), numbers + " beyond " + doc.getNumberOfPages());
        }
    }

    private static int countEntries(List<AssembledDocument.ContentsEntry> entries) {
        int n = 0;
        for (AssembledDocument.ContentsEntry e : entries) {
            // the contents show two levels
            n += 1 + (e.level() < 2 ? countEntries(e.children()) : 0);
        }
        return n;
    }

    static String findSoffice() {
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        String message = "LibreOffice (soffice) is not installed: the DOCX conversion check cannot run."
                + " Install libreoffice-writer-nogui (Debian) to run it.";
        if (Boolean.getBoolean("bridgework.requireTools")) {
            fail(message + " (bridgework.requireTools=true, so this is not skipped)");
        }
        Assumptions.abort(message);
        return null;
    }

    /**
     * Runs a command to its end (3 minutes at most) and ends every process it started: soffice leaves helper
     * processes (oosplash, soffice.bin) behind, so the ones seen while it ran are ended by their process ids.
     */
    static String run(List<String> command, Path logFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try {
            while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(seen::add);
                if (System.nanoTime() > deadline) {
                    fail("timed out: " + String.join(" ", command));
                }
            }
        } finally {
            p.descendants().forEach(seen::add);
            List<ProcessHandle> all = new ArrayList<>(seen);
            all.add(p.toHandle());
            for (ProcessHandle h : all) {
                h.destroy();
            }
            for (ProcessHandle h : all) {
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            }
        }
        String log = Files.readString(logFile);
        assertEquals(0, p.exitValue(), "exit code of " + String.join(" ", command) + ": " + log);
        return log;
    }
}
