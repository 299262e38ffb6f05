package org.bridgework.drafting.internal;

import org.bridgework.drafting.internal.cli.Cli;
import org.bridgework.drafting.internal.cli.SamplePackTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bridgework.core.api.Project;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Milestone;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Recipient;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.ReviewSuggestion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Tracked changes in a returned review pack: the sample's pack edited with POI the way Word writes changes
 * ({@code w:del} with {@code w:delText} runs, {@code w:ins} runs, a new paragraph whose mark is inserted), imported as
 * suggestions on the blocks they touch, accepted (the block's text changed, marks and citations kept, one undoable
 * command) or rejected (recorded); a comment keeps the text it was made on; the same after LibreOffice re-saves the
 * file. Recipients per milestone through the CLI and in the report.
 */
class ReviewSuggestionsTest extends SamplePackTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DATE = "2027-04-21T09:30:00Z";


    private static XWPFParagraph starting(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Rewrites a paragraph's content as Word does after tracked edits: pieces "=text" unchanged, "-text" deleted,
     * "+text" inserted, "[N" / "]N" a comment range; the paragraph's bookmark is kept around it.
     */
    private static void tracked(XWPFParagraph para, String author, String... pieces) throws Exception {
        CTP ctp = para.getCTP();
        // the paragraph's content as an XMLBeans fragment (a <w:p> root would nest a paragraph in the paragraph)
        StringBuilder x = new StringBuilder("<xml-fragment xmlns:w=\"" + W + "\">");
        if (ctp.getPPr() != null && ctp.getPPr().getPStyle() != null) {
            x.append("<w:pPr><w:pStyle w:val=\"").append(ctp.getPPr().getPStyle().getVal()).append("\"/></w:pPr>");
        }
        String bookmark = ctp.sizeOfBookmarkStartArray() > 0 ? ctp.getBookmarkStartArray(0).getName() : null;
        if (bookmark != null) {
            x.append("<w:bookmarkStart w:id=\"900\" w:name=\"").append(bookmark).append("\"/>");
        }
        int id = 100;
        for (String piece : pieces) {
            String text = esc(piece.substring(1));
            switch (piece.charAt(0)) {
                case '=' -> x.append("<w:r><w:t xml:space=\"preserve\">").append(text).append("</w:t></w:r>");
                case '-' -> x.append("<w:del w:id=\"").append(id++).append("\" w:author=\"").append(author).append("\" w:date=\"").append(DATE)
                        .append("\"><w:r><w:delText xml:space=\"preserve\">").append(text).append("</w:delText></w:r></w:del>");
                case '+' -> x.append("<w:ins w:id=\"").append(id++).append("\" w:author=\"").append(author).append("\" w:date=\"").append(DATE)
                        .append("\"><w:r><w:t xml:space=\"preserve\">").append(text).append("</w:t></w:r></w:ins>");
                case '[' -> x.append("<w:commentRangeStart w:id=\"").append(text).append("\"/>");
                case ']' -> x.append("<w:commentRangeEnd w:id=\"").append(text).append("\"/><w:r><w:commentReference w:id=\"").append(text).append("\"/></w:r>");
                default -> throw new IllegalArgumentException(piece);
            }
        }
        if (bookmark != null) {
            x.append("<w:bookmarkEnd w:id=\"900\"/>");
        }
        x.append("</xml-fragment>");
        ctp.set(CTP.Factory.parse(x.toString()));
    }

    /** The sample's pack with tracked changes and a comment on a range, as a reviewer returns it. */
    private Path edited(Path docx) throws Exception {
        Path out = dir.resolve("returned.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String nhs = "Clinical lead (GMMH)";
            // find every paragraph first: POI's paragraph objects do not follow a rewritten paragraph
            XWPFParagraph meeting = starting(doc, "Use this guidance to start a strategic");
            XWPFParagraph helps = starting(doc, "\u2022 What helps");
            XWPFParagraph age = starting(doc, "Mental illness often starts young");
            XWPFParagraph nextSteps = starting(doc, "Next steps");
            XWPFParagraph comments = starting(doc, "We welcome comments on this draft");
            XWPFParagraph glossary = starting(doc, "Glossary");
            // a replacement in a paragraph (p-how-meeting)
            tracked(meeting, nhs, "=Use this guidance to start a ", "-strategic", "+joint",
                    "= conversation between leaders of HEPs and NHS mental health services in your area. Each part can be read on its own:");
            // a deletion in a list item (l-how-parts, item 2) whose source has a link: the bullet and the link text are the pack's
            tracked(helps, nhs, "=\u2022 What helps suggests solutions", "- from published reports", "=.");
            // an insertion after a citation (p-purpose-age: "... 24 [@uuk2018]. The years ...")
            String ageText = age.getText();
            int cut = ageText.indexOf("(@uuk2018).") + "(@uuk2018).".length();
            tracked(age, "Student services director", "=" + ageText.substring(0, cut), "+ Many students never ask for help.", "=" + ageText.substring(cut));
            // a change to a heading: left out, said so
            tracked(nextSteps, nhs, "=Next ", "-steps", "+actions");
            // a comment on part of a paragraph: the commented text is kept
            tracked(comments, nhs, "=We welcome ", "[7", "=comments on this draft", "]7", "= from HEPs, NHS services and sector bodies.");
            XWPFComments part = doc.createComments();
            XWPFComment c = part.createComment(BigInteger.valueOf(7));
            c.setAuthor(nhs);
            c.setInitials("CL");
            c.setDate(java.util.Calendar.getInstance());
            c.createParagraph().createRun().setText("Say how to send them.");
            // a new paragraph typed after p-next-comments, its paragraph mark inserted too
            XWPFParagraph added = doc.insertNewParagraph(glossary.getCTP().newCursor());
            added.getCTP().set(CTP.Factory.parse("<xml-fragment xmlns:w=\"" + W + "\"><w:pPr><w:rPr><w:ins w:id=\"300\" w:author=\"" + nhs + "\" w:date=\"" + DATE
                    + "\"/></w:rPr></w:pPr><w:ins w:id=\"301\" w:author=\"" + nhs + "\" w:date=\"" + DATE
                    + "\"><w:r><w:t>Send comments by 10 May.</w:t></w:r></w:ins></xml-fragment>"));
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        return out;
    }

    private static ReviewSuggestion on(Project p, String blockId) {
        return p.root().getReviewSuggestions().stream().filter(s -> s.getTarget() != null && blockId.equals(s.getTarget().getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion on " + blockId + ": " + p.root().getReviewSuggestions()));
    }

    @Test
    void theExportBookmarksEveryBlocksText() throws Exception {
        Path docx = export();
        String xml;
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("w:name=\"" + ReviewPack.blockBookmark("p-how-meeting", "text") + "\""), "a paragraph's bookmark");
        assertTrue(xml.contains("w:name=\"" + ReviewPack.blockBookmark("l-how-parts", "item:1") + "\""), "a list item's bookmark");
        assertFalse(xml.contains("For NHS readers: For NHS readers"), "a callout's title is not prefixed by its kind again");
        assertTrue(xml.contains(">For NHS readers: HE terms<"));
        for (String name : xml.split("w:name=\"").length > 1 ? xml.split("w:name=\"") : new String[0]) {
            String n = name.substring(0, name.indexOf('"'));
            if (n.startsWith("bw")) {
                assertTrue(n.length() <= 40 && n.matches("[A-Za-z0-9_]+"), "a bookmark name Word keeps: " + n);
            }
        }
    }

    @Test
    void trackedChangesBecomeSuggestionsThatAreAcceptedOrRejected() throws Exception {
        Path docx = edited(export());
        byte[] before = Files.readAllBytes(project);
        Cli.Result dry = cli.run("review", "import", docx.toString(), "--into", project.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertArrayEquals(before, Files.readAllBytes(project), "a dry run changes nothing");
        assertEquals(4, dry.out().lines().filter(l -> l.startsWith("  + suggest")).count(), dry.out());
        assertEquals(1, dry.out().lines().filter(l -> l.startsWith("  ! left out")).count(), dry.out());
        assertTrue(dry.out().contains("1 comment and 5 tracked changes"), dry.out());

        Cli.Result real = cli.run("review", "import", docx.toString(), "--into", project.toString(), "--json");
        assertEquals(0, real.exit(), real.err());
        assertTrue(real.out().contains("\"suggestionsAdded\": 4"), real.out());
        Cli.Result again = cli.run("review", "import", docx.toString(), "--into", project.toString());
        assertTrue(again.out().contains("0 comments and 0 suggestions to add"), again.out());

        String meetingId;
        try (Project p = cli.projects.open(project)) {
            ReviewSuggestion meeting = on(p, "p-how-meeting");
            meetingId = meeting.getId();
            assertEquals("strategic", meeting.getDeleted());
            assertEquals("joint", meeting.getInserted());
            assertEquals("Clinical lead", meeting.getReviewerRole());
            assertEquals("GMMH", meeting.getReviewerOrganisation().getShortName());
            assertEquals("ms-draft-to-stakeholders", meeting.getMilestone().getId());
            assertEquals(java.time.LocalDate.of(2027, 4, 21), meeting.getRaised());
            assertEquals(ReviewStatus.OPEN, meeting.getStatus());
            ReviewSuggestion list = on(p, "l-how-parts");
            assertEquals(1, list.getItem());
            assertEquals("What helps suggests solutions", list.getBefore(), "the bullet is not part of the item");
            ReviewSuggestion next = on(p, "p-next-comments");
            assertEquals(" Send comments by 10 May.", next.getInserted(), "a new paragraph is an insertion at the end of the block before it");
            ReviewComment comment = p.root().getReviewComments().stream().filter(c -> c.getText().equals("Say how to send them.")).findFirst().orElseThrow();
            assertEquals("comments on this draft", comment.getQuotedText(), "the commented range is kept");
        }

        Cli.Result list = cli.run("review", "suggestions", project.toString(), "--status", "open");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("OPEN " + meetingId + " on p-how-meeting (text), Clinical lead: Replace \u201Cstrategic\u201D with \u201Cjoint\u201D"), list.out());

        // accept: a dry run first, then for real
        before = Files.readAllBytes(project);
        assertEquals(0, cli.run("review", "accept", meetingId, project.toString(), "--dry-run").exit());
        assertArrayEquals(before, Files.readAllBytes(project));
        Cli.Result accepted = cli.run("review", "accept", meetingId, project.toString(), "--response", "Agreed.");
        assertEquals(0, accepted.exit(), accepted.err());
        String ageId;
        try (Project p = cli.projects.open(project)) {
            Paragraph meeting = (Paragraph) p.resource().getEObject("p-how-meeting");
            assertTrue(meeting.getText().startsWith("Use this guidance to start a joint conversation between"), meeting.getText());
            assertEquals(ReviewStatus.ACCEPTED, on(p, "p-how-meeting").getStatus());
            assertEquals("Agreed.", on(p, "p-how-meeting").getResponse());
            assertNotNull(on(p, "p-how-meeting").getDecided());
            ageId = on(p, "p-purpose-age").getId();
        }
        // the list item keeps its link; the citation stays a citation
        String listId;
        try (Project p = cli.projects.open(project)) {
            listId = on(p, "l-how-parts").getId();
        }
        assertEquals(0, cli.run("review", "accept", listId, project.toString()).exit());
        assertEquals(0, cli.run("review", "accept", ageId, project.toString()).exit());
        try (Project p = cli.projects.open(project)) {
            ListBlock parts = (ListBlock) p.resource().getEObject("l-how-parts");
            assertEquals("[What helps](#sec-solutions) suggests solutions.", parts.getItems().get(1));
            Paragraph age = (Paragraph) p.resource().getEObject("p-purpose-age");
            assertTrue(age.getText().contains("by the age of 24 [@uuk2018]. Many students never ask for help. The years"), age.getText());
        }
        // decided once only; an unknown id says where to look
        Cli.Result twice = cli.run("review", "reject", meetingId, project.toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("already accepted"), twice.err());
        assertEquals(2, cli.run("review", "accept", "rs-nope", project.toString()).exit());

        // reject: the text stays, the decision is recorded
        String nextId;
        String nextText;
        try (Project p = cli.projects.open(project)) {
            nextId = on(p, "p-next-comments").getId();
            nextText = ((Paragraph) p.resource().getEObject("p-next-comments")).getText();
        }
        assertEquals(0, cli.run("review", "reject", nextId, project.toString(), "--response", "The date is in the covering letter.").exit());
        try (Project p = cli.projects.open(project)) {
            assertEquals(nextText, ((Paragraph) p.resource().getEObject("p-next-comments")).getText());
            assertEquals(ReviewStatus.REJECTED, on(p, "p-next-comments").getStatus());
        }
        Cli.Result report = cli.run("review", "report", project.toString());
        assertTrue(report.out().contains("Suggested changes: 4 (3 accepted, 1 rejected, 0 open)"), report.out());
        assertTrue(report.out().contains("Clinical lead on \u201Ccomments on this draft\u201D: \"Say how to send them.\""), "the comment with its text: " + report.out());
    }

    @Test
    void acceptIsOneUndoableCommandAndAChangedBlockIsNotGuessed() throws Exception {
        Path docx = edited(export());
        assertEquals(0, cli.run("review", "import", docx.toString(), "--into", project.toString()).exit());
        ReviewPacksImpl packs = new ReviewPacksImpl();
        try (Project p = cli.projects.open(project)) {
            ReviewSuggestion meeting = on(p, "p-how-meeting");
            Paragraph block = (Paragraph) meeting.getTarget();
            String original = block.getText();
            assertTrue(packs.preview(meeting).contains("start a joint conversation"));
            var stack = p.editingDomain().getCommandStack();
            stack.execute(packs.accept(p.editingDomain(), meeting, null));
            assertTrue(block.getText().contains("start a joint conversation"));
            assertEquals(ReviewStatus.ACCEPTED, meeting.getStatus());
            stack.undo();
            assertEquals(original, block.getText(), "one undo restores the text");
            assertEquals(ReviewStatus.OPEN, meeting.getStatus(), "and the decision");
            assertNull(meeting.getDecided());

            // the block was rewritten since the pack went out: the place is not found, nothing is guessed
            block.setText("Start a conversation between local leaders.");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> packs.accept(p.editingDomain(), meeting, null));
            assertTrue(e.getMessage().contains("Make the change by hand"), e.getMessage());
        }
    }

    @Test
    void recipientsPerMilestoneAreSetListedAndReported() throws Exception {
        String m = "ms-draft-to-stakeholders";
        assertEquals(0, cli.run("review", "recipients", "set", m, "Student Minds panel", project.toString(), "--sent", "2027-04-19").exit());
        Cli.Result gmmh = cli.run("review", "recipients", "set", m, "Clinical lead", project.toString(), "--organisation", "GMMH", "--sent", "2027-04-19",
                "--returned", "2027-04-28", "--json");
        assertEquals(0, gmmh.exit(), gmmh.err());
        // update: the name is already there
        assertEquals(0, cli.run("review", "recipients", "set", m, "student minds panel", project.toString(), "--note", "by e-mail").exit());
        Cli.Result early = cli.run("review", "recipients", "set", m, "Clinical lead", project.toString(), "--returned", "2027-04-01");
        assertEquals(2, early.exit());
        assertTrue(early.err().contains("cannot come before"), early.err());
        assertEquals(2, cli.run("review", "recipients", "set", m, "X", project.toString(), "--sent", "19 April").exit());
        assertEquals(2, cli.run("review", "recipients", "set", "ms-nope", "X", project.toString()).exit());
        try (Project p = cli.projects.open(project)) {
            Milestone ms = p.root().getMilestones().stream().filter(x -> x.getId().equals(m)).findFirst().orElseThrow();
            assertEquals(2, ms.getRecipients().size());
            Recipient panel = ms.getRecipients().get(0);
            assertEquals("Student Minds panel", panel.getName());
            assertEquals("by e-mail", panel.getNote());
            assertEquals(java.time.LocalDate.of(2027, 4, 19), panel.getSent());
            assertNull(panel.getReturned());
            assertEquals("GMMH", ms.getRecipients().get(1).getOrganisation().getShortName());
        }
        Cli.Result list = cli.run("review", "recipients", "list", project.toString());
        assertTrue(list.out().contains("Recipients: 2, sent to 2, 1 replied, waiting for 1"), list.out());
        assertTrue(list.out().contains("Student Minds panel [rcp-student-minds-panel]: sent 2027-04-19, no reply yet - by e-mail"), list.out());
        Cli.Result report = cli.run("review", "report", project.toString(), "--json");
        assertTrue(report.out().contains("\"returned\": \"2027-04-28\""), report.out());
        String text = cli.run("review", "report", project.toString()).out();
        assertTrue(text.contains("Recipients: 2, sent to 2, 1 replied, waiting for 1") && text.contains("replied 2027-04-28"), text);
        assertEquals(0, cli.run("review", "recipients", "remove", m, "Student Minds panel", project.toString()).exit());
        assertTrue(cli.run("review", "recipients", "list", "--milestone", m, project.toString()).out().contains("Recipients: 1"));
    }

    @Test
    void libreOfficeKeepsTheTrackedChanges() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice) && Boolean.getBoolean("bridgework.requireTools")) {
            org.junit.jupiter.api.Assertions.fail("LibreOffice not installed (bridgework.requireTools=true, so this is not skipped)");
        }
        assumeTrue(Files.isExecutable(soffice), "LibreOffice not installed");
        Path docx = edited(export());
        Path outDir = Files.createDirectories(dir.resolve("lo"));
        Process proc = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir.toString(), docx.toString()).redirectErrorStream(true).start();
        proc.getInputStream().readAllBytes();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "soffice did not finish");
        Path converted = outDir.resolve("returned.docx");
        assertTrue(Files.isRegularFile(converted), "LibreOffice wrote no file");
        if (Files.isDirectory(Path.of("/tmp/h2dbg"))) {
            Files.copy(docx, Path.of("/tmp/h2dbg/poi.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(converted, Path.of("/tmp/h2dbg/lo.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Cli.Result r = cli.run("review", "import", converted.toString(), "--into", project.toString());
        assertEquals(0, r.exit(), r.err());
        System.out.println("LibreOffice: " + r.out());
        try (Project p = cli.projects.open(project)) {
            List<ReviewSuggestion> all = p.root().getReviewSuggestions();
            assertTrue(all.size() >= 4, all.toString());
            ReviewSuggestion meeting = on(p, "p-how-meeting");
            assertEquals("strategic", meeting.getDeleted());
            assertEquals("joint", meeting.getInserted());
        }
        try (Project p = cli.projects.open(project)) {
            assertEquals(0, cli.run("review", "accept", on(p, "p-how-meeting").getId(), project.toString()).exit());
        }
    }
}
