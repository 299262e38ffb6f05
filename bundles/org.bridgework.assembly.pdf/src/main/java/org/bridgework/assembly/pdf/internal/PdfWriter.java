package org.bridgework.assembly.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
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
     * Lays out one short paragraph with the same settings and fonts and throws the PDF away: what the first real
     * document would otherwise load (openhtmltopdf, PDFBox, the fonts) is loaded while the document is being built.
     */
    void prepare() throws IOException {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse("<html><head><style>body{font-family:" + fonts.cssFamilies()
                + "}</style></head><body><h1>Bridgework</h1><p>Guidance <b>prepared</b> <i>for</i> reading.</p></body></html>"));
        FontSet.Parsed parsedFonts = fonts.lend();
        try (PDDocument target = new PDDocument();
                PdfBoxRenderer renderer = builder(dom, target, parsedFonts).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            renderer.getPdfDocument().save(java.io.OutputStream.nullOutputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // the faces it parsed go to the first real document
            fonts.giveBack(parsedFonts);
        }
    }

    private PdfRendererBuilder builder(org.w3c.dom.Document dom, PDDocument target, FontSet.Parsed parsedFonts) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
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
        Element bookmarks = doc.head().appendElement("bookmarks");
        for (ContentsEntry e : contents) {
            bookmark(bookmarks, e, doc);
        }
    }

    private static void bookmark(Element parent, ContentsEntry entry, org.jsoup.nodes.Document doc) {
        if (doc.getElementById(entry.anchor()) == null) {
            return; // nothing to point at: a bookmark to nowhere would break the outline
        }
        Element b = parent.appendElement("bookmark").attr("name", entry.text()).attr("href", "#" + entry.anchor());
        for (ContentsEntry child : entry.children()) {
            bookmark(b, child, doc);
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
     * The faces of the fonts service, read once (they never change while the bundle is active) and handed to
     * openhtmltopdf as subsetted embedded fonts, plus the fallback face registered for characters no face has.
     */
    record FontSet(List<Face> faces, Face fallback, String body, String mono, java.util.Deque<Parsed> spare) {

        record Face(String family, int weight, boolean italic, byte[] bytes) {
        }

        /** Parsed sets kept for later documents: one each for documents written at once is plenty. */
        private static final int SPARE_SETS = 2;

        /**
         * The font set, read the first time a document needs it: every renderer is made for every assemble, in any
         * format (an HTML-only assemble made both PDF renderers), and reading the faces is about 10 MB each time.
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

        static FontSet of(Fonts fonts) {
            List<Face> faces = new ArrayList<>();
            for (FontFace f : fonts.faces()) {
                faces.add(new Face(f.family(), f.weight(), f.italic(), read(f)));
            }
            FontFace fb = fonts.fallback();
            Face fallback = new Face(FALLBACK_FAMILY, fb.weight(), fb.italic(), read(fb));
            return new FontSet(List.copyOf(faces), fallback, fonts.bodyFamily(), fonts.monospaceFamily(),
                    new java.util.concurrent.ConcurrentLinkedDeque<>());
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

            org.apache.fontbox.ttf.TrueTypeFont font(int face, byte[] bytes) throws IOException {
                if (fonts[face] == null) {
                    fonts[face] = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes));
                }
                return fonts[face];
            }
        }

        Parsed lend() {
            Parsed p = spare.pollFirst();
            return p != null ? p : new Parsed(faces.size());
        }

        void giveBack(Parsed p) {
            if (spare.size() < SPARE_SETS) {
                spare.addFirst(p);
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

        void register(PdfRendererBuilder builder, PDDocument target, Parsed parsed) {
            for (int i = 0; i < faces.size(); i++) {
                Face f = faces.get(i);
                int face = i;
                // embedded as a subset, from the lent set's parsed face (what PDType0Font.load of the bytes would parse)
                builder.useFont(new EmbeddedFace(() -> PDType0Font.load(target, parsed.font(face, f.bytes()), true)), f.family(),
                        f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.useFont(() -> new ByteArrayInputStream(fallback.bytes()), fallback.family(), fallback.weight(),
                    fallback.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
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
