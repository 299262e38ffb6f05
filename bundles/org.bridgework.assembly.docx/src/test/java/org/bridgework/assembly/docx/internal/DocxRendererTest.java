package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxRendererTest {

    private static AssembledDocument source;
    private static byte[] docx;
    private static Map<String, String> parts;

    @BeforeAll
    static void render() throws IOException {
        source = TestDocuments.guidance();
        docx = render(source);
        parts = unzip(docx);
        // kept for a look (and for the LibreOffice test)
        java.nio.file.Path out = java.nio.file.Path.of("target", "test-output", "guidance.docx");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, docx);
    }

    static byte[] render(AssembledDocument document) throws IOException {
        OutputSink.InMemory sink = OutputSink.inMemory("guidance");
        new DocxRenderer().render(document, sink, AssemblyProgress.NONE);
        return sink.mainBytes();
    }

    @Test
    void hasTheWordStylesItUses() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (String id : List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber",
                    "Quote", "Callout", "CalloutTitle", "Caption", "TOCHeading", "TOC1", "TOC2", "Bibliography",
                    "GuidanceTable", "Hyperlink")) {
                assertTrue(doc.getStyles().styleExist(id), "style " + id + " missing");
            }
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            List<String> used = doc.getParagraphs().stream().map(XWPFParagraph::getStyle).distinct().toList();
            for (String id : List.of("Title", "Subtitle", "Heading1", "Heading2", "ListBullet", "ListNumber", "Quote",
                    "Callout", "Caption", "Bibliography", "GlossaryTerm")) {
                assertTrue(used.contains(id), "no paragraph in style " + id + "; used: " + used);
            }
        }
    }

    @Test
    void headingsFollowTheSections() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> h1 = new ArrayList<>();
            List<String> h2 = new ArrayList<>();
            String title = null;
            for (XWPFParagraph p : doc.getParagraphs()) {
                switch (String.valueOf(p.getStyle())) {
                    case "Heading1" -> h1.add(p.getText());
                    case "Heading2" -> h2.add(p.getText());
                    case "Title" -> title = p.getText();
                    default -> {
                    }
                }
            }
            assertEquals(source.metadata().title(), title);
            // back matter in the order of the contents (glossary, then references)
            assertEquals(List.of("Why partnerships matter", "How to set up a partnership", "Glossary", "References",
                    "Appendix A: Consensus report"), h1);
            assertTrue(h2.contains("What the evidence says"), h2.toString());
        }
    }

    @Test
    void contentsIsATocFieldWithAPageReferencePerEntryAndWordDoesNotAsk() {
        String body = parts.get("word/document.xml");
        assertTrue(Pattern.compile("<w:instrText[^>]*> TOC \\\\o \"1-2\" \\\\h \\\\z \\\\u </w:instrText>").matcher(body).find(),
                "TOC field instruction missing");
        int begin = body.indexOf("w:fldCharType=\"begin\"");
        int separate = body.indexOf("w:fldCharType=\"separate\"", begin);
        // the TOC field's end is the first end not closing a PAGEREF field nested in its cached result
        Matcher ends = Pattern.compile("w:fldCharType=\"(begin|end)\"").matcher(body);
        int depth = 0;
        int end = -1;
        while (ends.find()) {
            depth += ends.group(1).equals("begin") ? 1 : -1;
            if (depth == 0) {
                end = ends.start();
                break;
            }
        }
        assertTrue(begin > 0 && separate > begin && end > separate, "field begin/separate/end out of order");
        String cached = body.substring(separate, end);
        assertTrue(cached.contains("What the evidence says") && cached.contains("Glossary"), "cached contents entries missing");
        long entries = Pattern.compile("<w:pStyle w:val=\"TOC\\d\"/>").matcher(body).results().count();
        long pagerefs = Pattern.compile("<w:instrText[^>]*> PAGEREF [A-Za-z0-9_]+ \\\\h </w:instrText>").matcher(cached).results().count();
        assertTrue(entries > 3, "contents entries: " + entries);
        assertEquals(entries, pagerefs, "every contents entry refers to its heading's page");
        // updateFields made Word ask on every opening whether to update fields that may refer to other files
        assertTrue(!parts.get("word/settings.xml").contains("updateFields"), "Word would ask to update fields");
        assertTrue(!body.contains("w:dirty"), "a dirty field makes Word ask too");
        assertTrue(parts.get("word/settings.xml").contains("w:name=\"compatibilityMode\""), "compatibility mode missing");
    }

    @Test
    void titleSubjectAndLanguageAreSet() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals(source.metadata().fullTitle(), core.getTitle());
            assertEquals(source.metadata().subject(), core.getSubject());
            assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        }
        String styles = parts.get("word/styles.xml");
        assertTrue(styles.matches("(?s).*<w:rPrDefault>.*<w:lang w:val=\"en-GB\".*</w:rPrDefault>.*"), "default language not en-GB");
        assertTrue(parts.get("word/settings.xml").contains("<w:themeFontLang w:val=\"en-GB\"/>"));
    }

    @Test
    void imagesCarryTheirAltText() {
        String body = parts.get("word/document.xml");
        Matcher m = Pattern.compile("<wp:docPr [^>]*descr=\"([^\"]*)\"").matcher(body);
        assertTrue(m.find(), "no docPr with descr");
        assertEquals(TestDocuments.ALT, m.group(1));
        assertTrue(parts.keySet().stream().anyMatch(n -> n.startsWith("word/media/")), "image not embedded");
    }

    @Test
    void everyInternalLinkPointsAtABookmark() {
        String body = parts.get("word/document.xml");
        List<String> bookmarks = groups(body, "<w:bookmarkStart [^>]*w:name=\"([^\"]+)\"");
        List<String> anchors = groups(body, "<w:hyperlink [^>]*w:anchor=\"([^\"]+)\"");
        assertTrue(anchors.size() >= 7, "expected contents and element-reference links, got " + anchors);
        for (String a : anchors) {
            assertTrue(bookmarks.contains(a), "link to " + a + " has no bookmark; bookmarks " + bookmarks);
        }
        for (String section : List.of("why_partner", "why_evidence", "how_to", "references", "glossary", "cs_liaison",
                "ch_handover", "term_hep")) {
            assertTrue(bookmarks.contains(section), "bookmark " + section + " missing");
        }
        for (String b : bookmarks) {
            assertTrue(b.matches("[A-Za-z][A-Za-z0-9_]{0,39}"), "not a valid Word bookmark name: " + b);
        }
    }

    @Test
    void numberedListsRestartAndBulletsDoNot() {
        String body = parts.get("word/document.xml");
        List<String> numbered = groups(body, "<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"(\\d+)\"/>");
        List<String> bullets = groups(body, "<w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"(\\d+)\"/>");
        assertEquals(3, numbered.size());
        assertEquals(1, numbered.stream().distinct().count(), "one list, one numbering");
        assertFalse(bullets.contains(numbered.get(0)), "numbered list shares the bullets' numbering");
        String numbering = parts.get("word/numbering.xml");
        assertTrue(Pattern.compile("<w:num w:numId=\"" + numbered.get(0) + "\"><w:abstractNumId w:val=\"2\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>").matcher(numbering).find(), numbering);
    }

    @Test
    void neighbouringCalloutsStayTwoBoxes() {
        // Word merges the borders of neighbouring paragraphs when they are identical
        List<String> borders = groups(parts.get("word/document.xml"),
                "<w:pStyle w:val=\"CalloutTitle\"/>.*?(<w:pBdr>.*?</w:pBdr>)");
        assertEquals(2, borders.size());
        assertFalse(borders.get(0).equals(borders.get(1)), "two callouts in a row have identical borders: " + borders);
    }

    @Test
    void columnWidthsFollowTheText() {
        int[] w = WordTable.columnWidths(List.of("Id", "Statement", "Agreement"),
                List.of(List.of("C1", "The model delivers benefits to students, HEPs and the wider health system.", "–")));
        assertEquals(100, w[0] + w[1] + w[2]);
        assertTrue(w[1] > 2 * w[0] && w[1] > w[2], java.util.Arrays.toString(w));
        // "Agreement" fits on one line: 9 bold characters need about 15 per cent
        assertTrue(w[2] >= 15, java.util.Arrays.toString(w));
    }

    @Test
    void tablesHaveARepeatingHeaderRowAndCaption() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(4, tables.size());
            for (XWPFTable t : tables) {
                assertEquals("GuidanceTable", t.getStyleID());
                assertTrue(t.getRow(0).isRepeatHeader(), "header row does not repeat");
                assertTrue(t.getCTTbl().getTblPr().isSetTblCaption(), "table has no caption (alt text)");
            }
            assertEquals("Challenge", tables.get(0).getRow(0).getCell(0).getText());
            assertEquals("Handover at transition", tables.get(0).getRow(1).getCell(0).getParagraphs().get(0).getText());
        }
    }

    @Test
    void bibliographyAndGlossaryAreWritten() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> refs = doc.getParagraphs().stream().filter(p -> "Bibliography".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(2, refs.size());
            assertTrue(refs.get(0).startsWith("Nous & Partners (2023) Student mental health review"), refs.get(0));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "GlossaryTerm".equals(p.getStyle())
                    && p.getText().equals("HEP — Higher education provider")));
        }
        assertTrue(Pattern.compile("<w:i( w:val=\"(on|true|1)\")?/></w:rPr><w:t>Student mental health review</w:t>")
                .matcher(parts.get("word/document.xml")).find(), "italic title from the citation HTML lost");
    }

    @Test
    void twoRendersAreByteIdenticalWhateverTheClockAndZone() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        byte[] again;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Thread.sleep(1100); // a second later: zip times and POI's dates would differ if they came from the clock
            again = render(source);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(docx, again);
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry first = z.getNextEntry();
            assertEquals("[Content_Types].xml", first.getName());
            for (ZipEntry e = first; e != null; e = z.getNextEntry()) {
                assertEquals(LocalDateTime.of(2026, 3, 31, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        String core = parts.get("docProps/core.xml");
        assertTrue(core.contains("2026-03-31T00:00:00Z"), core);
        assertFalse(core.contains("lastModifiedBy"), core);
    }

    /** The warm-up goes through what a render needs: the writer, a table, and a figure drawn as PNG. */
    @Test
    void theWarmUpWritesATableAndAFigure() throws Exception {
        new DocxRenderer().prepare();
        Map<String, String> warm = unzip(new DocxWriter(DocxRenderer.warmUp(), () -> false).write(LocalDateTime.of(2026, 1, 1, 0, 0)));
        assertTrue(warm.keySet().contains("word/media/image1.png"), warm.keySet().toString());
        assertTrue(warm.get("word/document.xml").contains("<w:tbl>"));
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> groups(String s, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
