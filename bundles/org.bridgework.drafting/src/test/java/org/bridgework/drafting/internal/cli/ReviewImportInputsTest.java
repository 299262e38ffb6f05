package org.bridgework.drafting.internal.cli;

import org.bridgework.testsupport.Zips;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bridgework.core.api.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review import checks what it is given: a review pack (its bookmarks), a well-formed one, a regular file. */
class ReviewImportInputsTest extends SamplePackTest {

    private byte[] before;

    @BeforeEach
    void before() throws Exception {
        before = Files.readAllBytes(project);
    }

    private Cli.Result importing(Path file) {
        return cli.run("review", "import", file.toString(), "--into", project.toString());
    }

    private void nothingChanged(Cli.Result r) throws Exception {
        assertFalse(r.err().contains("internal error"), r.err());
        assertArrayEquals(before, Files.readAllBytes(project), "the project is unchanged");
    }

    @Test
    void anyOtherWordDocumentWithCommentsIsRefusedAndSaysWhatItIs() throws Exception {
        Path docx = dir.resolve("minutes.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFParagraph para = doc.createParagraph();
            para.createRun().setText("Minutes of the partnership meeting.");
            XWPFComments comments = doc.createComments();
            XWPFComment c = comments.createComment(BigInteger.ONE);
            c.setAuthor("Someone");
            c.createParagraph().createRun().setText("Not a review comment.");
            para.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
            para.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
            doc.write(out);
        }
        Cli.Result r = importing(docx);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("is a Word document, but not a Bridgework review pack") && r.err().contains("bookmarks"), r.err());
        nothingChanged(r);
    }

    @Test
    void aWorkbookIsNamedAsOne() throws Exception {
        Path xlsx = dir.resolve("ratings.docx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Ratings");
            wb.write(out);
        }
        Cli.Result r = importing(xlsx);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("not a Word document (DOCX) but an Excel workbook"), r.err());
        nothingChanged(r);
    }

    @Test
    void aCommentsRelationshipWithoutATargetIsNoInternalError() throws Exception {
        Path pack = export();
        // a comments relationship without Target (a hostile or broken file), and a comments part Word would have written
        Path broken = dir.resolve("broken.docx");
        byte[] packed = Files.readAllBytes(pack);
        String rels = Zips.part(packed, "word/_rels/document.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\"/></Relationships>");
        Files.write(broken, Zips.withParts(packed, java.util.Map.of("word/_rels/document.xml.rels", Zips.utf8(rels))));
        Cli.Result r = cli.run("review", "import", broken.toString(), "--into", project.toString(), "--dry-run");
        assertFalse(r.err().contains("internal error") || r.err().contains("NullPointerException"), r.err());
        assertEquals(0, r.exit(), r.out() + r.err());
        nothingChanged(r);
    }

    @Test
    void aNamedPipeOrAFolderIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.docx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        long start = System.nanoTime();
        Cli.Result r = importing(fifo);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "no wait on the pipe");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("pipe.docx is a named pipe (FIFO), not a regular file"), r.err());
        nothingChanged(r);
        Cli.Result folder = importing(Files.createDirectory(dir.resolve("folder.docx")));
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("folder.docx is a folder"), folder.err());
        Cli.Result device = importing(Path.of("/dev/zero"));
        assertEquals(2, device.exit());
        assertTrue(device.err().contains("/dev/zero is a character device"), device.err());
    }
}
