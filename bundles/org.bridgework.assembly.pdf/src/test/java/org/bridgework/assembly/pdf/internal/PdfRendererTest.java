package org.bridgework.assembly.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static AssembledDocument source;
    static byte[] pdf;
    static List<String> warnings;
    static int reportedPages;

    @BeforeAll
    static void render() throws Exception {
        source = Samples.withImage(Samples.sampleDocument());
        PdfWriter writer = Samples.writer(true);
        long start = System.nanoTime();
        pdf = writer.write(source, () -> false);
        long cold = System.nanoTime() - start;
        warnings = writer.warnings();
        reportedPages = writer.pages();
        Path out = Path.of("target", "test-output", "sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        System.out.printf("PDF of the sample: %d bytes, %.0f ms in a cold JVM%n", pdf.length, cold / 1e6);
    }

    @Test
    void pdftotextFindsWordsWithFiAndFlNotLigatures() throws Exception {
        // readers search and copy with poppler-based tools: "fi" written as one ligature glyph broke "verified"
        Path file = Path.of("target", "test-output", "sample.pdf");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        assertTrue(text.contains("verified"), "pdftotext does not find 'verified'");
        assertTrue(text.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "a ligature character was extracted");
    }

    @Test
    void pagesAfterTheCoverRepeatTitleAndStatusAndTableHeaders() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            String firstLine = cover.strip().lines().findFirst().orElse("");
            assertTrue(!firstLine.startsWith(source.metadata().title()), "the cover has no running header: " + firstLine);
            int withHeaderRow = 0;
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains(source.metadata().title()), "page " + page + " has no running title");
                assertTrue(text.contains(source.metadata().status().label()), "page " + page + " does not say it is a draft");
                if (text.contains("Challenge What it means 1 2 3")) {
                    withHeaderRow++;
                }
            }
            // the challenges table runs over more than one page: its header row comes again on the next
            assertTrue(withHeaderRow >= 2, "the challenges table's header row is not repeated (" + withHeaderRow + ")");
        }
    }

    @Test
    void layoutRaisesNoWarnings() {
        assertEquals(List.of(), warnings);
    }

    @Test
    void isTaggedWithLanguageAndTitle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "no structure tree: not tagged");
            assertTrue(catalog.getStructureTreeRoot().getKids().size() > 0, "empty structure tree");
            assertNotNull(catalog.getMarkInfo(), "no MarkInfo");
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked is not true");
            assertEquals(source.metadata().language(), catalog.getLanguage());
            assertEquals(source.metadata().fullTitle(), doc.getDocumentInformation().getTitle());
            assertEquals(source.metadata().subject(), doc.getDocumentInformation().getSubject());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers should show the title, not the file name");
            assertNotNull(catalog.getMetadata(), "no XMP metadata");
        }
    }

    @Test
    void everyFontIsEmbeddedAndOurs() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont font = res.getFont(n);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    names.add(font.getName());
                }
            }
        }
        assertTrue(!names.isEmpty(), "no fonts");
        for (String name : names) {
            assertTrue(name.contains("DejaVu"), "font not from org.bridgework.fonts: " + name);
        }
    }

    @Test
    void textComesOutInReadingOrder() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        int at = text.indexOf(squash(source.metadata().title()));
        assertTrue(at >= 0, "title not in the text");
        int contents = text.indexOf("Contents", at);
        assertTrue(contents > at, "contents not after the title");
        at = contents;
        for (AssembledDocument.Section s : source.allSections()) {
            // the contents list the headings first; the body has them again, in order
            int next = text.indexOf(squash(s.heading()), at + 1);
            assertTrue(next > at, "heading '" + s.heading() + "' missing or out of order");
            at = next;
        }
        assertTrue(text.indexOf("Figure 1: Referrals per term") > 0);
    }

    @Test
    void bookmarksFollowTheContents() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "no bookmarks");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
                assertNotNull(item.getDestination() != null ? item.getDestination() : item.getAction(), item.getTitle() + " goes nowhere");
            }
            assertEquals(source.contents().stream().map(ContentsEntry::text).toList(), titles);
        }
    }

    @Test
    void imageHasAltTextInTheStructure() throws IOException {
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collectAlt(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertTrue(alts.contains(Samples.IMAGE_ALT), "figure alt text not in the structure tree: " + alts + " " + raw.length());
            assertTrue(alts.contains(Samples.SVG_ALT), "the SVG figure's alt text is not in the structure tree: " + alts);
        }
    }

    @Test
    void anSvgFigureIsDrawnAsVectorsNotAPicture() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the PNG figure and the checklist's boxes are pictures; the SVG figure adds none
            int pictures = 0;
            int forms = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    var x = page.getResources().getXObject(name);
                    if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img && img.getWidth() == 320) {
                        pictures++;
                    } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                        forms++;
                    }
                }
            }
            assertEquals(1, pictures, "only the PNG figure is a picture of figure size");
            assertTrue(forms >= 1, "the SVG figure was not drawn as a form of vector graphics");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // its table twin follows it
            assertTrue(text.contains("Agreement per round Round Agree Round 1 60%"), text);
        }
    }

    private static void collectAlt(List<Object> kids, List<String> into) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) {
                    into.add(e.getAlternateDescription());
                }
                collectAlt(e.getKids(), into);
            }
        }
    }

    @Test
    void reportsThePagesOfThePdfItWrote() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1, "the sample fills several pages");
            assertEquals(doc.getNumberOfPages(), reportedPages);
        }
    }

    @Test
    void twoRendersAreByteIdentical() throws Exception {
        assertArrayEquals(pdf, Samples.writer(true).write(source, () -> false));
    }

    /**
     * The faces one document parsed serve the next (prepare's serve the first real document), also when two documents
     * are written at once: every PDF is byte for byte the one a fresh font set writes.
     */
    @Test
    void parsedFacesServeTheNextDocumentByteForByte() throws Exception {
        PdfWriter.FontSet fonts = PdfWriter.FontSet.of(new org.bridgework.fonts.internal.BundledFonts());
        new PdfWriter(new org.bridgework.assembly.internal.HtmlRenderer(), fonts, true).prepare();
        assertEquals(1, fonts.spare().size(), "prepare gives the faces it parsed back");
        assertArrayEquals(pdf, new PdfWriter(new org.bridgework.assembly.internal.HtmlRenderer(), fonts, true).write(source, () -> false));
        java.util.concurrent.Callable<byte[]> write = () -> new PdfWriter(new org.bridgework.assembly.internal.HtmlRenderer(), fonts, true)
                .write(source, () -> false);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(write);
            var b = pool.submit(write);
            assertArrayEquals(pdf, a.get());
            assertArrayEquals(pdf, b.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(fonts.spare().size() <= 2, "no more parsed sets kept than documents written at once");
    }

    /** Every renderer is made for every assemble: the PDF ones read their fonts only when a PDF is written. */
    @Test
    void theRenderersReadTheirFontsOnlyForAPdfAndOnce() throws Exception {
        CountingFonts counting = new CountingFonts();
        java.util.concurrent.atomic.AtomicInteger reads = counting.faceLists;
        SummaryPdfRenderer summary = new SummaryPdfRenderer(new org.bridgework.assembly.internal.HtmlRenderer(), counting);
        assertEquals("summary-pdf", summary.format());
        assertEquals(0, reads.get(), "made, asked its format: no font read");
        java.util.function.Supplier<PdfWriter.FontSet> lazy = PdfWriter.FontSet.whenNeeded(counting);
        assertEquals(0, reads.get());
        PdfWriter.FontSet first = lazy.get();
        assertTrue(first == lazy.get(), "read once, kept");
        assertEquals(1, reads.get());
    }

    /**
     * A face is read when a document first uses it, once: the sample uses no mono or bold italic text, and the
     * fallback (the body face) is not read a second time; the warm-up's parsed set serves the document after it.
     */
    @Test
    void facesAreReadWhenUsedAndOnce() throws Exception {
        CountingFonts counting = new CountingFonts();
        java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> reads = counting.opens;
        PdfWriter.FontSet fonts = PdfWriter.FontSet.of(counting);
        assertTrue(reads.isEmpty(), "made: nothing read");
        new PdfWriter(new org.bridgework.assembly.internal.HtmlRenderer(), fonts, true).prepare();
        assertArrayEquals(pdf, new PdfWriter(new org.bridgework.assembly.internal.HtmlRenderer(), fonts, true).write(source, () -> false));
        assertEquals(java.util.Set.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"), reads.keySet(), reads.toString());
        assertTrue(reads.values().stream().allMatch(n -> n.get() == 1), "each face read once: " + reads);
        assertEquals(1, fonts.spare().size(), "one parsed set, the warm-up's, served the document");
    }

    /** The bundled fonts, counting how often the face list is asked for and how often each face's file is opened. */
    private static final class CountingFonts implements org.bridgework.fonts.api.Fonts {
        final java.util.concurrent.atomic.AtomicInteger faceLists = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> opens = new java.util.concurrent.ConcurrentHashMap<>();
        private final org.bridgework.fonts.internal.BundledFonts bundled = new org.bridgework.fonts.internal.BundledFonts();
        private final List<org.bridgework.fonts.api.FontFace> faces = bundled.faces().stream().map(this::counted).toList();

        private record Counted(org.bridgework.fonts.api.FontFace face,
                java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> opens) implements org.bridgework.fonts.api.FontFace {
            @Override
            public String family() {
                return face.family();
            }

            @Override
            public int weight() {
                return face.weight();
            }

            @Override
            public boolean italic() {
                return face.italic();
            }

            @Override
            public String fileName() {
                return face.fileName();
            }

            @Override
            public java.io.InputStream open() throws IOException {
                opens.computeIfAbsent(face.fileName(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                return face.open();
            }
        }

        private org.bridgework.fonts.api.FontFace counted(org.bridgework.fonts.api.FontFace f) {
            return new Counted(f, opens);
        }

        @Override
        public List<org.bridgework.fonts.api.FontFace> faces() {
            faceLists.incrementAndGet();
            return faces;
        }

        @Override
        public String bodyFamily() {
            return bundled.bodyFamily();
        }

        @Override
        public String monospaceFamily() {
            return bundled.monospaceFamily();
        }

        @Override
        public java.util.Optional<org.bridgework.fonts.api.FontFace> find(String family, int weight, boolean italic) {
            return bundled.find(family, weight, italic).map(this::counted);
        }

        @Override
        public org.bridgework.fonts.api.FontFace fallback() {
            return counted(bundled.fallback());
        }

        @Override
        public String licence() {
            return bundled.licence();
        }
    }

    @Test
    void warmRenderTime() throws Exception {
        AssembledDocument plain = Samples.sampleDocument();
        PdfWriter w = Samples.writer(true);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            w = Samples.writer(true);
            w.write(plain, () -> false);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("PDF of the sample, warm: best of 5 %.0f ms%n", best / 1e6);
        assertTrue(best > 0);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
