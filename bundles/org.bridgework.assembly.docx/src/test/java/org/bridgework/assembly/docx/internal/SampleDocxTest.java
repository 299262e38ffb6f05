package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bridgework.assembly.api.AssembledDocument;
import org.junit.jupiter.api.Test;

/** The real sample, as the assemble command builds it, in Word. */
class SampleDocxTest {

    @Test
    void everySectionIsAHeadingOfItsLevelInOrderAndLinksResolve() throws Exception {
        AssembledDocument source = SampleDocuments.sample();
        long start = System.nanoTime();
        byte[] docx = DocxRendererTest.render(source);
        System.out.printf("DOCX of the sample: %d bytes, %.0f ms%n", docx.length, (System.nanoTime() - start) / 1e6);
        Path out = Path.of("target", "test-output", "sample.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, docx);

        List<String> expected = new ArrayList<>();
        for (AssembledDocument.Section s : source.allSections()) {
            expected.add("Heading" + Math.min(6, s.level()) + ": " + s.heading());
        }
        List<String> actual = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = String.valueOf(p.getStyle());
                if (style.startsWith("Heading")) {
                    actual.add(style + ": " + p.getText());
                }
            }
        }
        // case-study titles are headings too: the sections' headings must come in order among them
        int at = 0;
        for (String e : expected) {
            int found = actual.subList(at, actual.size()).indexOf(e);
            assertTrue(found >= 0, e + " missing or out of order in " + actual);
            at += found + 1;
        }
        String body = DocxRendererTest.unzip(docx).get("word/document.xml");
        List<String> bookmarks = groups(body, "<w:bookmarkStart [^>]*w:name=\"([^\"]+)\"");
        for (String a : groups(body, "<w:hyperlink [^>]*w:anchor=\"([^\"]+)\"")) {
            assertTrue(bookmarks.contains(a), "link to " + a + " has no bookmark");
        }
        assertEquals(bookmarks.size(), bookmarks.stream().distinct().count(), "duplicate bookmark names");
        assertArrayEquals(docx, DocxRendererTest.render(SampleDocuments.sample()), "a second assembly gave other bytes");
    }

    @Test
    void theChallengesAreAMatrixAsInThePdfAndTheGapMapIsAPicture() throws Exception {
        AssembledDocument source = SampleDocuments.sample();
        byte[] docx = DocxRendererTest.render(source);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var matrix = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("What it means")).findFirst().orElseThrow();
            assertEquals("Challenge", matrix.getRow(0).getCell(0).getText());
            assertEquals("1", matrix.getRow(0).getCell(2).getText());
            assertTrue(matrix.getRows().stream().skip(1).allMatch(r -> r.getTableCells().stream().skip(2)
                    .allMatch(c -> c.getText().isEmpty() || c.getText().equals("●"))), "marks only in the solution columns");
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("What helps: the numbered columns")));
        }
    }

    @Test
    void anSvgFigureArrivesAsAPngPictureWithItsAltText() throws Exception {
        AssembledDocument s = SampleDocuments.sample();
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"100\" viewBox=\"0 0 300 100\">"
                + "<rect width=\"150\" height=\"100\" fill=\"#2171b5\"/></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<AssembledDocument.Appendix> appendices = new ArrayList<>(s.appendices());
        appendices.add(new AssembledDocument.Appendix("appendix-figure", "Appendix: a figure", List.of(new AssembledDocument.Image(
                "fig-heatmap", "Half the picture is blue", svg, "image/svg+xml", List.of(AssembledDocument.Text.plain("Figure: blue"))))));
        AssembledDocument withFigure = new AssembledDocument(s.metadata(), s.frontMatter(), s.contents(), s.sections(), s.bibliography(),
                s.glossary(), appendices, s.warnings());
        byte[] docx = DocxRendererTest.render(withFigure);
        int pngsBefore;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.render(s)))) {
            pngsBefore = (int) doc.getAllPictures().stream().filter(p -> p.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG).count();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var pngs = doc.getAllPictures().stream().filter(p -> p.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG).toList();
            assertEquals(pngsBefore + 1, pngs.size(), "the SVG figure is not a PNG picture");
        }
        String body = DocxRendererTest.unzip(docx).get("word/document.xml");
        assertTrue(body.contains("name=\"fig-heatmap\""), "the picture is not named after its anchor");
        assertTrue(body.contains("descr=\"Half the picture is blue\""), "the picture has no alt text");
        assertTrue(!body.contains("[Figure: Half the picture is blue]"), "the alt text stands in for a picture that could be drawn");
    }

    /**
     * SVG figures are drawn ahead on a thread of their own: each still lands where it stands, at its own size (read
     * from the PNG drawn), and an unreadable one is its alt text as before.
     */
    @Test
    void svgFiguresDrawnAheadLandInOrderAtTheirSizeAndAnUnreadableOneIsItsAltText() throws Exception {
        AssembledDocument s = SampleDocuments.sample();
        java.util.function.BiFunction<Integer, Integer, byte[]> svg = (w, h) -> ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w
                + "\" height=\"" + h + "\"><rect width=\"" + w / 2 + "\" height=\"" + h + "\" fill=\"#2171b5\"/></svg>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<AssembledDocument.Appendix> appendices = new ArrayList<>(s.appendices());
        appendices.add(new AssembledDocument.Appendix("appendix-figures", "Appendix: figures", List.of(
                new AssembledDocument.Image("fig-wide", "A wide figure", svg.apply(300, 100), "image/svg+xml", List.of()),
                new AssembledDocument.Image("fig-broken", "A broken figure", "<svg".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "image/svg+xml", List.of()),
                new AssembledDocument.Image("fig-small", "A small figure", svg.apply(200, 50), "image/svg+xml", List.of()))));
        byte[] docx = DocxRendererTest.render(new AssembledDocument(s.metadata(), s.frontMatter(), s.contents(), s.sections(),
                s.bibliography(), s.glossary(), appendices, s.warnings()));
        String body = DocxRendererTest.unzip(docx).get("word/document.xml");
        int wide = body.indexOf("name=\"fig-wide\"");
        int broken = body.indexOf("[Figure: A broken figure]");
        int small = body.indexOf("name=\"fig-small\"");
        assertTrue(wide > 0 && broken > wide && small > broken, "figures out of order: " + wide + " " + broken + " " + small);
        // 1 CSS pixel = 9525 EMU: 300 x 100 and 200 x 50
        assertTrue(body.contains("<wp:extent cx=\"2857500\" cy=\"952500\"/>"), "the wide figure is not 300 x 100");
        assertTrue(body.contains("<wp:extent cx=\"1905000\" cy=\"476250\"/>"), "the small figure is not 200 x 50");
    }

    @Test
    void theRunningHeaderHasTheShortTitleBesideTheDraftStatus() throws Exception {
        AssembledDocument source = SampleDocuments.sample();
        String header = DocxRendererTest.unzip(DocxRendererTest.render(source)).entrySet().stream()
                .filter(e -> e.getKey().startsWith("word/header")).map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        String text = String.join("", groups(header, "<w:t(?: [^>]*)?>([^<]*)</w:t>"));
        assertTrue(text.startsWith(source.metadata().title()), text);
        assertTrue(text.endsWith(source.metadata().status().label() + " · Version " + source.metadata().version()), text);
        assertTrue(header.contains("<w:tab/>") && header.contains("w:val=\"right\""), "the status sits at the right edge");
    }

    @Test
    void theSummaryAndYouSaidWeDidAreWordDocumentsOfTheirOwn() throws Exception {
        AssembledDocument source = SampleDocuments.sample();
        byte[] summary = render(new SummaryDocxRenderer(), source);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summary))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> String.valueOf(p.getStyle()).startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(org.bridgework.assembly.api.Summary.of(source).sections().stream().map(AssembledDocument.Section::heading).toList(),
                    headings);
            assertTrue(headings.get(1).startsWith("Checklist"), headings.toString());
        }
        byte[] reviewers = render(new YouSaidDocxRenderer(), source);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reviewers))) {
            var table = doc.getTables().get(0);
            assertEquals("Theme", table.getRow(0).getCell(0).getText());
            // grouped by theme: the sample's answered comments, themes A-Z
            List<String> themes = table.getRows().stream().skip(1).map(r -> r.getCell(0).getText()).toList();
            assertEquals(themes.stream().sorted().toList(), themes);
            assertTrue(themes.containsAll(List.of("Evidence", "Language", "Scope")), themes.toString());
        }
        assertArrayEquals(reviewers, render(new YouSaidDocxRenderer(), SampleDocuments.sample()), "a second run gave other bytes");
    }

    private static byte[] render(org.bridgework.assembly.api.Renderer renderer, AssembledDocument source) throws Exception {
        org.bridgework.assembly.api.OutputSink.InMemory sink = org.bridgework.assembly.api.OutputSink.inMemory("sample");
        renderer.render(source, sink, org.bridgework.assembly.api.AssemblyProgress.NONE);
        return sink.mainBytes();
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
