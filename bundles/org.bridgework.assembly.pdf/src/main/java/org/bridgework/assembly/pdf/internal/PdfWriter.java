package org.bridgework.assembly.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.assembly.api.HtmlExport.HtmlOptions;
import org.bridgework.fonts.api.FontFace;
import org.bridgework.fonts.api.Fonts;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;

/**
 * One PDF from one document: print HTML from {@link HtmlExport}, bookmarks added from the contents, laid out by
 * openhtmltopdf with the product's fonts, then made reproducible (document dates from the project, a document id
 * derived from the content). Not thread-safe: one instance per document.
 */
final class PdfWriter {

    /** The family name the final fallback face is registered under (used only for characters no other face has). */
    static final String FALLBACK_FAMILY = "bridgework-fallback";
    private static final String BASE_URI = "about:blank";
    /**
     * Appended to the print stylesheet. openhtmltopdf tags any {@code li::before} box as one more LI (and takes
     * absolutely positioned ones out of the structure with their list): the checklist's drawn boxes left LI elements
     * outside any L (veraPDF PDF/UA-1 7.2-17). The same empty box is drawn as the list marker image instead.
     */
    static final String PRINT_FIXES = "ul>li{padding-left:2mm}\n" // openhtmltopdf puts bullets right against the text
            + ".checklist li::before{content:none;display:none}\n"
            + ".checklist li{padding-left:1.5mm}\n"
            + ".checklist ul{list-style-type:square;list-style-position:outside;padding-left:6mm;list-style-image:url(data:image/png;base64,"
            + checkBox() + ")}";

    /** A 14 px empty square with a 1 px black border, as PNG in Base64 (drawn here: same bytes every time). */
    private static String checkBox() {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(14, 14, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 14; x++) {
            for (int y = 0; y < 14; y++) {
                boolean edge = x == 0 || y == 0 || x == 13 || y == 13;
                img.setRGB(x, y, edge ? 0x000000 : 0xFFFFFF);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", png);
            return java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    /** sRGB from the JDK: the PDF/A output intent. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final HtmlExport html;
    private final FontSet fonts;
    private final boolean pdfa;
    private final List<String> warnings = new ArrayList<>();

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new QuietLogger());
    }

    PdfWriter(HtmlExport html, FontSet fonts, boolean pdfa) {
        this(html, fonts, pdfa, "");
    }

    /** @param extraCss appended to the print stylesheet after the fixes (for example the summary's tighter layout) */
    PdfWriter(HtmlExport html, FontSet fonts, boolean pdfa, String extraCss) {
        this.html = html;
        this.fonts = fonts;
        this.pdfa = pdfa;
        this.extraCss = extraCss == null ? "" : extraCss;
    }

    private final String extraCss;

    /** What openhtmltopdf reported at level WARNING or above while writing (for tests and diagnosis). */
    private int pages;

    /** Pages of the last PDF written. */
    int pages() {
        return pages;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    byte[] write(AssembledDocument document, BooleanSupplier cancelled) throws IOException {
        String source = html.html(document, new HtmlOptions(HtmlExport.Medium.PRINT, fonts.cssFamilies(),
                extraCss.isEmpty() ? PRINT_FIXES : PRINT_FIXES + "\n" + extraCss));
        check(cancelled);
        org.jsoup.nodes.Document parsed = Jsoup.parse(source);
        addBookmarks(parsed, document.contents());
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);

        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        FontSet.Parsed parsedFonts = fonts.lend();
        try (PDDocument target = new PDDocument();
                PdfBoxRenderer renderer = builder(dom, target, parsedFonts).buildPdfRenderer()) {
            check(cancelled);
            renderer.createPDFWithoutClosing();
            check(cancelled);
            PDDocument pdf = renderer.getPdfDocument();
            reproducible(pdf, document, source);
            pages = pdf.getNumberOfPages();
            pdf.save(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            fonts.giveBack(parsedFonts);
        }
        return out.toByteArray();
    }

    /**
     * Lays out a short page of what documents have (headings, emphasis, a link, a list, a table with a header, a
     * bookmark) with the same settings and fonts and throws the PDF away, then draws a small SVG figure with text the
     * way figures are drawn on a page: what the first real document would otherwise load and set up (openhtmltopdf,
     * PDFBox, the fonts, JSVG and the platform's font list it reads for SVG text) is done while the document is being
     * built. The parsed fonts are given back before the figure, so a document waiting for them waits less.
     */
    void prepare() throws IOException {
        // the document's HTML asks each figure's size of JSVG, before anything else the render does
        org.bridgework.assembly.api.Pictures.svgSize(WARM_UP_SVG);
        org.jsoup.nodes.Document page = Jsoup.parse("<html><head><style>body{font-family:" + fonts.cssFamilies()
                + "}th,td{border:1px solid #777;padding:1mm}</style></head><body><h1 id=\"top\">Bridgework</h1>"
                + "<p>Guidance <b>prepared</b> <i>for</i> <a href=\"#top\">reading</a>.</p><ul><li>One</li><li>Two</li></ul>"
                + "<table><thead><tr><th>Challenge</th><th>Evidence</th></tr></thead><tbody><tr><td>Sharing</td><td>Some</td></tr>"
                + "</tbody></table></body></html>");
        addBookmarks(page, List.of(new ContentsEntry("top", "Bridgework", 1, List.of())));
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        FontSet.Parsed parsedFonts = fonts.lendForWarmUp();
        try (PDDocument target = new PDDocument();
                PdfBoxRenderer renderer = builder(dom, target, parsedFonts).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            renderer.getPdfDocument().save(java.io.OutputStream.nullOutputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // the faces it parsed go to the first real document
            fonts.giveBackFromWarmUp(parsedFonts);
        }
        try (PDDocument target = new PDDocument()) {
            de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D g = new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D(target, 120, 40);
            try {
                org.bridgework.assembly.api.Pictures.drawSvg(WARM_UP_SVG, g, 120, 40);
            } finally {
                g.dispose();
            }
        }
    }

    /** A figure like the gap map's: boxes, a line, text plain and bold in the same fonts. */
    private static final byte[] WARM_UP_SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\""
            + " font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\"><rect x=\"0\" y=\"0\" width=\"120\" height=\"40\" fill=\"#ffffff\"/>"
            + "<rect x=\"2\" y=\"2\" width=\"20\" height=\"20\" fill=\"#7fbf7f\" stroke=\"#404040\"/><line x1=\"0\" y1=\"30\" x2=\"120\" y2=\"30\" stroke=\"#000000\"/>"
            + "<text x=\"26\" y=\"16\" font-weight=\"bold\" fill=\"#000000\">Gap</text><text x=\"80\" y=\"16\" text-anchor=\"middle\" fill=\"#404040\">map</text></svg>")
            .getBytes(StandardCharsets.UTF_8);

    private PdfRendererBuilder builder(org.w3c.dom.Document dom, PDDocument target, FontSet.Parsed parsedFonts) {
        Builder builder = new Builder();
        // our own document, so the faces can be embedded from fonts parsed before (see FontSet.Parsed)
        builder.usePDDocument(target);
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        if (pdfa) {
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
        }
        fonts.register(builder, target, parsedFonts);
        builder.withProducer("Bridgework");
        builder.withW3cDocument(dom, BASE_URI);
        // the HTML is self-contained: never reach out to the network or the file system for anything
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(this::diagnostic);
        // SVG figures (the gap map, the consensus charts) drawn as vectors, not pictures
        builder.useObjectDrawerFactory(SvgObjectDrawer.factory());
        return builder;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("PDF rendering cancelled");
        }
    }

    private void diagnostic(Diagnostic d) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            String message;
            try {
                message = d.getFormattedMessage();
            } catch (RuntimeException e) {
                message = String.valueOf(d.getLogMessageId());
            }
            warnings.add(d.getLevel() + ": " + message);
        }
    }

    /**
     * openhtmltopdf makes PDF bookmarks from a {@code <bookmarks>} element in the head: one per contents entry,
     * nested as the contents are, each pointing at the heading's anchor.
     */
    static void addBookmarks(org.jsoup.nodes.Document doc, List<ContentsEntry> contents) {
        if (contents.isEmpty()) {
            return;
        }
        // the ids gathered in one walk: looking each anchor up walked the document once per contents entry
        java.util.Set<String> ids = new java.util.HashSet<>();
        doc.getAllElements().forEach(e -> {
            if (e.hasAttr("id")) {
                ids.add(e.id());
            }
        });
        Element bookmarks = doc.head().appendElement("bookmarks");
        for (ContentsEntry e : contents) {
            bookmark(bookmarks, e, ids);
        }
    }

    private static void bookmark(Element parent, ContentsEntry entry, java.util.Set<String> ids) {
        if (!ids.contains(entry.anchor())) {
            return; // nothing to point at: a bookmark to nowhere would break the outline
        }
        Element b = parent.appendElement("bookmark").attr("name", entry.text()).attr("href", "#" + entry.anchor());
        for (ContentsEntry child : entry.children()) {
            bookmark(b, child, ids);
        }
    }

    // ---------------------------------------------------------------- reproducible output

    private static final Pattern XMP_DATE = Pattern.compile(
            "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:(?:CreateDate|ModifyDate|MetadataDate)>)"
                    + "|((?:xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)=\")[^\"]*(\")");

    /**
     * Removes what depends on the clock: the document dates become the project's date (or go), the XMP dates follow,
     * and the file identifier is a digest of the HTML it was made from (PDFBox would take the time of day).
     */
    private static void reproducible(PDDocument pdf, AssembledDocument document, String source) throws IOException {
        LocalDate date = document.metadata().date() != null ? document.metadata().date() : document.metadata().assembled();
        Calendar when = date == null ? null : calendar(date);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setCreator("Bridgework");
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String fixed = (date == null ? LocalDate.of(2000, 1, 1) : date) + "T00:00:00Z";
            Matcher m = XMP_DATE.matcher(xmp);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String open = m.group(1) != null ? m.group(1) : m.group(3);
                String close = m.group(2) != null ? m.group(2) : m.group(4);
                m.appendReplacement(b, Matcher.quoteReplacement(open + fixed + close));
            }
            m.appendTail(b);
            if (date == null) {
                // no project date: the information dictionary has none either, so the XMP must not claim one
                String noDates = b.toString().replaceAll("<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>", "")
                        .replaceAll("\\s(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)=\"[^\"]*\"", "");
                b = new StringBuilder(noDates);
            }
            metadata.importXMPMetadata(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = digest(source);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static byte[] digest(String source) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- fonts

    /**
     * The faces of the fonts service, each read when a document first uses it (they never change while the bundle is
     * active) and handed to openhtmltopdf as subsetted embedded fonts, plus the fallback face registered for characters
     * no other face has (the body face itself: it is parsed once, not once more as the fallback).
     */
    static final class FontSet {

        /** One face of the fonts service and its bytes (without ligatures), read when first parsed. */
        static final class Face {
            private final FontFace source;
            private volatile byte[] bytes;

            Face(FontFace source) {
                this.source = source;
            }

            String family() {
                return source.family();
            }

            int weight() {
                return source.weight();
            }

            boolean italic() {
                return source.italic();
            }

            byte[] bytes() {
                byte[] read = bytes;
                if (read == null) {
                    synchronized (this) {
                        read = bytes;
                        if (read == null) {
                            read = read(source);
                            bytes = read;
                        }
                    }
                }
                return read;
            }
        }

        /** Parsed sets kept for later documents: one each for documents written at once is plenty. */
        private static final int SPARE_SETS = 2;
        /** How long a document waits for the set a warm-up ({@link PdfWriter#prepare}) is parsing, rather than parse its own. */
        private static final long WARM_UP_WAIT_MILLIS = 5_000;

        private final List<Face> faces;
        /** Index in {@link #faces} of the fallback face; {@code faces.size()} when it is none of them. */
        private final int fallbackIndex;
        private final Face fallback;
        private final String body;
        private final String mono;
        private final java.util.Deque<Parsed> spare = new java.util.concurrent.ConcurrentLinkedDeque<>();
        /** Counted down when the warm-up gives its set back; null when no warm-up has begun. */
        private volatile java.util.concurrent.CountDownLatch warming;

        private FontSet(List<Face> faces, FontFace fallback, String body, String mono) {
            this.faces = faces;
            int index = faces.size();
            for (int i = 0; i < faces.size(); i++) {
                if (faces.get(i).source.equals(fallback)) {
                    index = i;
                    break;
                }
            }
            this.fallbackIndex = index;
            this.fallback = index < faces.size() ? faces.get(index) : new Face(fallback);
            this.body = body;
            this.mono = mono;
        }

        /**
         * The font set, made the first time a document needs it: every renderer is made for every assemble, in any
         * format (an HTML-only assemble made both PDF renderers), and the faces are about 3 MB.
         */
        static java.util.function.Supplier<FontSet> whenNeeded(Fonts fonts) {
            return new java.util.function.Supplier<>() {
                private volatile FontSet set;

                @Override
                public FontSet get() {
                    FontSet read = set;
                    if (read == null) {
                        synchronized (this) {
                            read = set;
                            if (read == null) {
                                read = of(fonts);
                                set = read;
                            }
                        }
                    }
                    return read;
                }
            };
        }

        /** The set of the service's faces; a face's bytes are read when a document first uses it. */
        static FontSet of(Fonts fonts) {
            List<Face> faces = new ArrayList<>();
            for (FontFace f : fonts.faces()) {
                faces.add(new Face(f));
            }
            return new FontSet(List.copyOf(faces), fonts.fallback(), fonts.bodyFamily(), fonts.monospaceFamily());
        }

        /** Parsed sets given back and not yet lent again. */
        java.util.Deque<Parsed> spare() {
            return spare;
        }

        /**
         * The faces parsed (by fontbox: tables, character map, metrics) for one document at a time, each when first
         * used. Parsing a DejaVu face is most of what embedding it costs; a set is lent to one document, given back
         * after it, and lent again to the next, so a face is parsed once per set rather than once per document: the
         * renderer's {@code prepare} parses the faces the first real document then finds parsed. A TrueTypeFont is
         * read by one document at a time only; PDFBox does not close a font it was handed (only one it parsed itself).
         */
        static final class Parsed {
            private final org.apache.fontbox.ttf.TrueTypeFont[] fonts;

            private Parsed(int faces) {
                fonts = new org.apache.fontbox.ttf.TrueTypeFont[faces];
            }

            org.apache.fontbox.ttf.TrueTypeFont font(int face, Face source) throws IOException {
                if (fonts[face] == null) {
                    fonts[face] = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(source.bytes()));
                }
                return fonts[face];
            }
        }

        /**
         * A parsed set for one document: a spare one, else the one the warm-up is parsing (waiting for it costs less
         * than parsing the faces again beside it on a second core), else a new one.
         */
        Parsed lend() {
            Parsed p = spare.pollFirst();
            java.util.concurrent.CountDownLatch w = warming;
            if (p == null && w != null && w.getCount() > 0) {
                try {
                    w.await(WARM_UP_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                p = spare.pollFirst();
            }
            return p != null ? p : new Parsed(faces.size() + 1);
        }

        /** The set for the warm-up: documents that find no spare set wait for it (see {@link #lend}). */
        Parsed lendForWarmUp() {
            warming = new java.util.concurrent.CountDownLatch(1);
            Parsed p = spare.pollFirst();
            return p != null ? p : new Parsed(faces.size() + 1);
        }

        void giveBack(Parsed p) {
            if (spare.size() < SPARE_SETS) {
                spare.addFirst(p);
            }
        }

        void giveBackFromWarmUp(Parsed p) {
            giveBack(p);
            java.util.concurrent.CountDownLatch w = warming;
            if (w != null) {
                w.countDown();
            }
        }

        private static byte[] read(FontFace f) {
            try {
                return withoutLigatures(f.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + f, e);
            }
        }

        /**
         * The font with its glyph substitution table renamed out of sight. PDFBox applies the table's ligatures when it
         * writes text, and a PDF reader then extracts "fi" as the one character U+FB01: searching or copying "verified"
         * fails. The renamed table is unknown to every reader and is left out of the embedded subset.
         */
        static byte[] withoutLigatures(byte[] font) {
            if (font.length < 12) {
                return font;
            }
            int version = ((font[0] & 0xff) << 24) | ((font[1] & 0xff) << 16) | ((font[2] & 0xff) << 8) | (font[3] & 0xff);
            if (version != 0x00010000 && version != 0x74727565 /* true */ && version != 0x4f54544f /* OTTO */) {
                return font; // a collection or something else: leave it as it is
            }
            int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
            byte[] copy = font.clone();
            for (int i = 0; i < tables && 12 + i * 16 + 4 <= copy.length; i++) {
                int at = 12 + i * 16;
                if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                    copy[at] = 'x';
                }
            }
            return copy;
        }

        /** The CSS font-family list for body text: the body family, then the fallback. */
        String cssFamilies() {
            return "\"" + body + "\", \"" + FALLBACK_FAMILY + "\"";
        }

        void register(Builder builder, PDDocument target, Parsed parsed) {
            for (int i = 0; i < faces.size(); i++) {
                Face f = faces.get(i);
                int face = i;
                // embedded as a subset, from the lent set's parsed face (what PDType0Font.load of the bytes would parse)
                builder.useFont(new EmbeddedFace(() -> PDType0Font.load(target, parsed.font(face, f), true)), f.family(),
                        f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            // the fallback from the same parsed face (openhtmltopdf realises it for every document's line metrics: given
            // as bytes it was parsed again each time); its own embedded subset, as before, only if a character needs it
            builder.useFinalFallbackFont(new EmbeddedFace(() -> PDType0Font.load(target, parsed.font(fallbackIndex, fallback), true)),
                    FALLBACK_FAMILY, fallback.weight(), fallback.italic() ? FontStyle.ITALIC : FontStyle.NORMAL);
        }
    }

    /** The builder, able to take the final fallback face as an already parsed font (openhtmltopdf takes only bytes). */
    static final class Builder extends PdfRendererBuilder {
        void useFinalFallbackFont(com.openhtmltopdf.pdfboxout.PDFontSupplier font, String family, int weight, FontStyle style) {
            state._fonts.add(new com.openhtmltopdf.outputdevice.helper.AddedFont(font, weight, family, true, style,
                    EnumSet.of(FSFontUseCase.FALLBACK_FINAL)));
        }
    }

    /** A face openhtmltopdf asks for only when text uses it (as it does with a font given as bytes). */
    private static final class EmbeddedFace extends com.openhtmltopdf.pdfboxout.PDFontSupplier {
        interface Load {
            org.apache.pdfbox.pdmodel.font.PDFont load() throws IOException;
        }

        private final Load load;
        private org.apache.pdfbox.pdmodel.font.PDFont font;

        EmbeddedFace(Load load) {
            super(null);
            this.load = load;
        }

        @Override
        public org.apache.pdfbox.pdmodel.font.PDFont supply() {
            if (font == null) {
                try {
                    font = load.load();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
