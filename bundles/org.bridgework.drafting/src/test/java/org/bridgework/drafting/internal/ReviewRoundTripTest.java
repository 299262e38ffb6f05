package org.bridgework.drafting.internal;

import org.bridgework.drafting.internal.cli.Cli;
import org.bridgework.drafting.internal.cli.SamplePackTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bridgework.core.api.Project;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Review pack round trip: export the sample, add comments the way Word does (POI: comments part, commentRangeStart/End
 * and a commentReference run), import them back and check they land on the right sections; the same after LibreOffice
 * has re-saved the file ({@code soffice --convert-to docx}), when LibreOffice is installed.
 */
class ReviewRoundTripTest extends SamplePackTest {


    /** Adds a comment the way Word stores it: range around the paragraph's runs and a reference run after it. */
    private static void comment(XWPFDocument doc, XWPFComments comments, int id, XWPFParagraph para, String author, String text) {
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(author);
        c.setInitials("R");
        c.setDate(java.util.Calendar.getInstance());
        for (String line : text.split("\n")) {
            c.createParagraph().createRun().setText(line); // one paragraph per line, as Word does
        }
        CTP ctp = para.getCTP();
        ctp.addNewCommentRangeStart().setId(BigInteger.valueOf(id));
        // move the range start before the first run so it opens the commented text
        var cursor = ctp.newCursor();
        cursor.toLastChild();
        var runCursor = ctp.newCursor();
        if (ctp.sizeOfRArray() > 0) {
            runCursor = ctp.getRArray(0).newCursor();
            cursor.moveXml(runCursor);
        }
        cursor.dispose();
        runCursor.dispose();
        ctp.addNewCommentRangeEnd().setId(BigInteger.valueOf(id));
        para.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(id));
    }

    private static XWPFParagraph paragraphStarting(XWPFDocument doc, String start) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().startsWith(start)) {
                return p;
            }
        }
        throw new AssertionError("no paragraph starting with " + start);
    }

    private Path commented(Path docx) throws Exception {
        Path out = dir.resolve("commented.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFComments comments = doc.createComments();
            // the first body paragraph of "Plan together" (a sub-section), by a reviewer whose organisation is known
            List<XWPFParagraph> ps = doc.getParagraphs();
            int heading = ps.indexOf(paragraphStarting(doc, "Plan together"));
            comment(doc, comments, 1, ps.get(heading + 1), "Clinical lead (GMMH)", "Say who chairs the joint group.");
            // the heading of the glossary itself
            comment(doc, comments, 2, paragraphStarting(doc, "Glossary"), "Student services director", "Add DSA here.\nAnd THRIVE.");
            // the review note before the first section: the document as a whole
            comment(doc, comments, 3, paragraphStarting(doc, "Review pack."), "Taskforce member", "Too long overall.");
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        return out;
    }

    @Test
    void exportHasABookmarkPerSectionAndOpensInPoi() throws Exception {
        Path docx = export();
        String xml;
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Project p = cli.projects.open(project)) {
            int[] n = {0};
            p.root().getDocument().eAllContents().forEachRemaining(e -> {
                if (e instanceof Section s) {
                    n[0]++;
                    assertTrue(xml.contains("w:name=\"" + ReviewPack.bookmark(s.getId()) + "\""), s.getId());
                }
            });
            assertTrue(n[0] > 10);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Plan together") && "Heading2".equals(p.getStyle())));
        }
        // deterministic: the same project gives the same bytes
        byte[] first = Files.readAllBytes(docx);
        assertArrayEquals(first, Files.readAllBytes(export()));
    }

    @Test
    void importPreviewsThenAddsCommentsOnTheRightSections() throws Exception {
        Path docx = commented(export());
        byte[] before = Files.readAllBytes(project);
        Cli.Result dry = cli.run("review", "import", docx.toString(), "--into", project.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        System.out.println(dry.out());
        assertEquals(3, dry.out().lines().filter(l -> l.startsWith("  + add")).count(), dry.out());
        assertTrue(dry.out().contains("Dry run: nothing changed."));
        assertArrayEquals(before, Files.readAllBytes(project), "a dry run must not change the project");

        Cli.Result real = cli.run("review", "import", docx.toString(), "--into", project.toString());
        assertEquals(0, real.exit(), real.err());
        assertImported(project);

        // importing the same file again adds nothing
        Cli.Result again = cli.run("review", "import", docx.toString(), "--into", project.toString());
        assertEquals(0, again.exit());
        assertEquals(3, again.out().lines().filter(l -> l.startsWith("  = skip")).count(), again.out());
        try (Project p = cli.projects.open(project)) {
            // the sample's own comments are answered ones; the imported are open
            assertEquals(3, p.root().getReviewComments().stream().filter(c -> c.getStatus() == ReviewStatus.OPEN).count());
        }

        Cli.Result report = cli.run("review", "report", project.toString());
        assertEquals(0, report.exit());
        assertTrue(report.out().contains("Draft shared with selected stakeholders [ms-draft-to-stakeholders]: 3 comments, 0 resolved"), report.out());
        Cli.Result milestones = cli.run("milestones", project.toString());
        assertTrue(milestones.out().contains("review comment on Plan together by Clinical lead"), milestones.out());
    }

    private void assertImported(Path file) throws Exception {
        try (Project p = cli.projects.open(file)) {
            GuidanceProject root = p.root();
            Map<String, ReviewComment> byText = new HashMap<>();
            root.getReviewComments().stream().filter(c -> c.getStatus() == ReviewStatus.OPEN).forEach(c -> byText.put(c.getText(), c));
            assertEquals(3, byText.size(), byText.keySet().toString());
            ReviewComment plan = byText.get("Say who chairs the joint group.");
            assertEquals("sec-solutions-plan", plan.getTarget().getId());
            assertEquals("Clinical lead", plan.getReviewerRole());
            assertNotNull(plan.getReviewerOrganisation());
            assertEquals("GMMH", plan.getReviewerOrganisation().getShortName());
            assertEquals(ReviewStatus.OPEN, plan.getStatus());
            assertEquals("ms-draft-to-stakeholders", plan.getMilestone().getId());
            ReviewComment glossary = byText.get("Add DSA here.\nAnd THRIVE.");
            assertEquals("sec-glossary", glossary.getTarget().getId());
            assertEquals("Student services director", glossary.getReviewerRole());
            assertEquals(root.getDocument(), byText.get("Too long overall.").getTarget());
        }
    }

    @Test
    void libreOfficeSerialisationImportsTheSame() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice) && Boolean.getBoolean("bridgework.requireTools")) {
            org.junit.jupiter.api.Assertions.fail("LibreOffice not installed (bridgework.requireTools=true, so this is not skipped)");
        }
        assumeTrue(Files.isExecutable(soffice), "LibreOffice not installed");
        Path docx = commented(export());
        Path outDir = Files.createDirectories(dir.resolve("lo"));
        Process proc = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir.toString(), docx.toString()).redirectErrorStream(true).start();
        proc.getInputStream().readAllBytes();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "soffice did not finish");
        Path converted = outDir.resolve("commented.docx");
        assertTrue(Files.isRegularFile(converted), "LibreOffice wrote no file");
        List<ReviewPack.Comment> comments;
        try (Project p = cli.projects.open(project)) {
            Map<String, String> bookmarks = new HashMap<>();
            p.root().getDocument().eAllContents().forEachRemaining(e -> {
                if (e instanceof Section s) {
                    bookmarks.put(ReviewPack.bookmark(s.getId()), s.getId());
                }
            });
            comments = ReviewPack.read(converted, bookmarks);
        }
        System.out.println("LibreOffice round trip: " + comments);
        Cli.Result real = cli.run("review", "import", converted.toString(), "--into", project.toString());
        assertEquals(0, real.exit(), real.err());
        assertImported(project);
    }

    @Test
    void notADocxIsAUsageError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.docx"), "not a zip");
        Cli.Result r = cli.run("review", "import", bad.toString(), "--into", project.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a Word document"), r.err());
    }
}
