package org.bridgework.assembly.docx.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IRunBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.Pictures;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Benefit;
import org.bridgework.assembly.api.AssembledDocument.BibliographyEntry;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeRow;
import org.bridgework.assembly.api.AssembledDocument.ChallengeTable;
import org.bridgework.assembly.api.AssembledDocument.Checklist;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.GlossaryEntry;
import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.LineBreak;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.ListBlock;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Outcome;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Quote;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes one {@link AssembledDocument} as a Word document with POI: title page, contents (a TOC field Word refreshes
 * on opening, pre-filled with linked entries so other readers show it too), sections as Heading 1-6 with bookmarks,
 * blocks in named styles, tables with repeating header rows, images with alt text, references, glossary, appendices.
 * One instance per document; not thread-safe.
 */
final class DocxWriter {
    static final String FONT = "Arial";
    static final String MONO = "Courier New";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A4 text width in twentieths of a point: 11906 - 2 x 1440 margins. */
    private static final int TEXT_WIDTH = 9026;
    private static final long EMU_PER_PIXEL = 9525;
    private static final long MAX_IMAGE_WIDTH_EMU = TEXT_WIDTH * 635L; // 1 twip = 635 EMU

    private static final BigInteger BULLETS = BigInteger.ONE;
    private static final BigInteger CHECKBOXES = BigInteger.valueOf(2);
    private static final BigInteger CALLOUT_BULLETS = BigInteger.valueOf(3);
    private static final BigInteger ABSTRACT_NUMBERS = BigInteger.valueOf(2);
    private static final BigInteger ABSTRACT_CALLOUT_NUMBERS = BigInteger.valueOf(5);

    private final AssembledDocument source;
    private final BooleanSupplier cancelled;
    private final XWPFDocument doc = new XWPFDocument();
    private final Bookmarks bookmarks = new Bookmarks();
    /** Anchors something links to: these get a bookmark where they are written. */
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, String> contentsText = new HashMap<>();
    /** The SVG figures met while collecting, in document order: drawn as PNG beside the document's building. */
    private final List<Image> svgFigures = new ArrayList<>();
    /** Each SVG figure's PNG, drawn on a thread of its own ({@link #drawFigures}); read by {@link #picture}. */
    private final Map<Image, java.util.concurrent.CompletableFuture<Pictures.Png>> figures = new java.util.IdentityHashMap<>();
    /** Set when this writer ends: figures not yet drawn are not drawn at all. */
    private volatile boolean ended;
    private CTNumbering numbering;
    /** Numbers of the w:num instances added for numbered lists (numbering.xml defines 1-3). */
    private long nextNum = 10;
    private boolean firstBodyHeading = true;
    private int calloutCount;

    DocxWriter(AssembledDocument source, BooleanSupplier cancelled) {
        this(source, cancelled, Map.of());
    }

    /** @param pages the page of each contents entry's heading (by anchor), written as the contents' cached numbers */
    DocxWriter(AssembledDocument source, BooleanSupplier cancelled, Map<String, Integer> pages) {
        this.source = source;
        this.cancelled = cancelled;
        this.pages = Map.copyOf(pages);
    }

    private final Map<String, Integer> pages;

    /** The document as POI writes it (ZIP entries still carry the current time: see {@link ZipNormalizer}). */
    byte[] write() throws IOException {
        try {
            collectReferences();
            drawFigures();
            setUpParts();
            titlePage();
            contents();
            for (Section s : source.sections()) {
                checkCancelled();
                section(s);
            }
            // back matter in the order the contents list it
            if (contentsIndex(AssembledDocument.GLOSSARY_ANCHOR) < contentsIndex(AssembledDocument.BIBLIOGRAPHY_ANCHOR)) {
                glossary();
                bibliography();
            } else {
                bibliography();
                glossary();
            }
            for (Appendix a : source.appendices()) {
                heading(1, textOf(a.anchor(), a.title()), a.anchor());
                blocks(a.blocks(), 1);
            }
            pageSetup();
            properties();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (XmlException e) {
            throw new IOException("Could not build the Word document: " + e.getMessage(), e);
        } finally {
            ended = true;
            doc.close();
        }
    }

    /**
     * Starts drawing the SVG figures as PNG on a thread of their own. Drawing a figure at print resolution and
     * compressing it is most of a cold DOCX render (a 620 x 652 gap map is 3.6 million pixels), and it needs nothing of
     * the Word document: it runs while POI builds the rest, on the other core.
     */
    private void drawFigures() {
        if (svgFigures.isEmpty()) {
            return;
        }
        List<java.util.Map.Entry<Image, java.util.concurrent.CompletableFuture<Pictures.Png>>> work = new ArrayList<>();
        for (Image i : svgFigures) {
            java.util.concurrent.CompletableFuture<Pictures.Png> png = new java.util.concurrent.CompletableFuture<>();
            if (figures.putIfAbsent(i, png) == null) {
                work.add(java.util.Map.entry(i, png));
            }
        }
        Thread drawing = new Thread(() -> {
            for (var figure : work) {
                if (ended || cancelled.getAsBoolean()) {
                    figure.getValue().cancel(false);
                    continue;
                }
                try {
                    figure.getValue().complete(Pictures.svgToPng(figure.getKey().data(), FIGURE_SCALE));
                } catch (IOException | RuntimeException | Error e) {
                    figure.getValue().completeExceptionally(e);
                }
            }
        }, "bridgework-docx-figures");
        drawing.setDaemon(true);
        drawing.start();
    }

    /** Pixels per CSS pixel of a figure drawn as PNG: sharp when printed. */
    private static final int FIGURE_SCALE = 3;

    /** An SVG picture as PNG: the one drawn ahead by {@link #drawFigures} when there is one. */
    private Pictures.Png svgToPng(Image i) throws IOException {
        java.util.concurrent.CompletableFuture<Pictures.Png> ahead = figures.get(i);
        if (ahead == null) {
            return Pictures.svgToPng(i.data(), FIGURE_SCALE);
        }
        try {
            return ahead.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        } catch (java.util.concurrent.CancellationException e) {
            checkCancelled();
            return Pictures.svgToPng(i.data(), FIGURE_SCALE);
        }
    }

    /** Width and height in pixels from a PNG's header (IHDR), or null when the bytes are no PNG. */
    static int[] pngSize(byte[] png) {
        if (png.length < 24 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G'
                || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png, 16, 8);
        int w = b.getInt();
        int h = b.getInt();
        return w > 0 && h > 0 ? new int[] {w, h} : null;
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("DOCX rendering cancelled");
        }
    }

    // ---------------------------------------------------------------- set-up

    private void collectReferences() {
        for (ContentsEntry e : source.contents()) {
            collectContents(e);
        }
        for (Block b : source.frontMatter()) {
            collect(b);
        }
        for (Section s : source.allSections()) {
            bookmarks.name(s.anchor());
            s.blocks().forEach(this::collect);
        }
        for (GlossaryEntry g : source.glossary()) {
            collectInlines(g.definition());
        }
        for (Appendix a : source.appendices()) {
            a.blocks().forEach(this::collect);
        }
        // names in document order, so they do not depend on the order links are met
        for (Section s : source.allSections()) {
            for (Block b : s.blocks()) {
                nameReferenced(b);
            }
        }
        for (GlossaryEntry g : source.glossary()) {
            if (referenced.contains(g.anchor())) {
                bookmarks.name(g.anchor());
            }
        }
        for (Appendix a : source.appendices()) {
            bookmarks.name(a.anchor());
            a.blocks().forEach(this::nameReferenced);
        }
        for (String fixed : List.of(AssembledDocument.CONTENTS_ANCHOR, AssembledDocument.BIBLIOGRAPHY_ANCHOR,
                AssembledDocument.GLOSSARY_ANCHOR)) {
            bookmarks.name(fixed);
        }
    }

    private void nameReferenced(Block b) {
        if (referenced.contains(b.anchor())) {
            bookmarks.name(b.anchor());
        }
        if (b instanceof ChallengeTable t) {
            for (ChallengeRow r : t.rows()) {
                if (referenced.contains(r.anchor())) {
                    bookmarks.name(r.anchor());
                }
            }
        }
    }

    private void collectContents(ContentsEntry e) {
        contentsText.put(e.anchor(), e.text());
        referenced.add(e.anchor());
        e.children().forEach(this::collectContents);
    }

    private void collect(Block b) {
        switch (b) {
            case Paragraph p -> collectInlines(p.content());
            case ListBlock l -> l.items().forEach(this::collectInlines);
            case Callout c -> c.content().forEach(this::collect);
            case Checklist c -> c.items().forEach(this::collectInlines);
            case Quote q -> collectInlines(q.text());
            case CaseStudySummary cs -> {
                cs.description().forEach(this::collect);
                cs.benefits().forEach(x -> collectInlines(x.description()));
                cs.outcomes().forEach(x -> collectInlines(x.source()));
            }
            case ChallengeTable t -> t.rows().forEach(r -> {
                collectInlines(r.description());
                r.solutions().forEach(this::collectInlines);
            });
            case Image i -> {
                collectInlines(i.caption());
                if ("image/svg+xml".equalsIgnoreCase(i.mediaType())) {
                    svgFigures.add(i);
                }
            }
            case Table t -> {
            }
        }
    }

    private void collectInlines(List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof ElementRef r && r.anchor() != null) {
                referenced.add(r.anchor());
            } else if (i instanceof Link l) {
                collectInlines(l.content());
            }
        }
    }

    private void setUpParts() throws IOException, XmlException {
        String lang = source.metadata().language();
        XWPFStyles styles = doc.createStyles();
        CTStyles ctStyles = StylesDocument.Factory.parse(template("styles.xml", lang)).getStyles();
        styles.setStyles(ctStyles);
        numbering = NumberingDocument.Factory.parse(template("numbering.xml", lang)).getNumbering();
        doc.createNumbering().setNumbering(numbering);

        CTSettings settings = doc.getSettings().getCTSettings();
        // no updateFields: Word would ask on every opening whether to update fields referring to other files
        var fontLang = settings.addNewThemeFontLang();
        fontLang.setVal(lang);
        // Word 2013+ layout, so Word does not open the file in compatibility mode. POI's lite schema jar has no
        // class for w:compat: the element is written with a cursor, before themeFontLang as the schema orders it.
        try (XmlCursor c = fontLang.newCursor()) {
            c.beginElement(new QName(W, "compat", "w"));
            c.beginElement(new QName(W, "compatSetting", "w"));
            c.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new QName(W, "val", "w"), "15");
        }
    }

    private static String template(String name, String lang) throws IOException {
        try (InputStream in = DocxWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Resource " + name + " is missing from bundle org.bridgework.assembly.docx");
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("${LANG}", xmlAttr(lang)).replace("${FONT}", FONT).replace("${MONO}", MONO);
        }
    }

    private static String xmlAttr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private void pageSetup() {
        Metadata m = source.metadata();
        // the running header, as the PDF's: the short title on the left and, in a draft, what it is on the right
        // (status and version)
        org.apache.poi.xwpf.usermodel.XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setStyle("Footer");
        h.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
        // the footer style's centre tab would put the status in the middle: cleared, so the one tab goes to the right edge
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs tabs = (h.getCTP().isSetPPr() ? h.getCTP().getPPr()
                : h.getCTP().addNewPPr()).addNewTabs();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop clear = tabs.addNewTab();
        clear.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.CLEAR);
        clear.setPos(BigInteger.valueOf(4513));
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop right = tabs.addNewTab();
        right.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(9026));
        XWPFRun title = h.createRun();
        title.setFontSize(8);
        title.setText(m.variant() == null ? m.title() : m.title() + " · local variant");
        if (!m.status().release()) {
            XWPFRun r = h.createRun();
            r.addTab();
            r.setBold(true);
            r.setFontSize(8);
            r.setColor("B10E1E");
            // as the PDF's header: the label and version (the day assembled is on the cover), so it fits beside the title
            r.setText(m.status().label() + (m.version() == null ? "" : " · Version " + m.version()));
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText("Page ");
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
        p.createRun().setText(" of ");
        CTSimpleField pages = p.getCTP().addNewFldSimple();
        pages.setInstr(" NUMPAGES ");
        pages.addNewR().addNewT().setStringValue("1");

        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);
    }

    private void properties() {
        Metadata m = source.metadata();
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(m.fullTitle());
        if (m.subject() != null) {
            core.setSubjectProperty(m.subject());
            core.setDescription(m.subject());
        }
        if (!m.keywords().isEmpty()) {
            core.setKeywords(String.join("; ", m.keywords()));
        }
        if (m.identifier() != null) {
            core.setIdentifier(m.identifier());
        }
        core.setCreator(m.publisher() != null ? m.publisher() : "Bridgework");
        core.getUnderlyingProperties().setLanguageProperty(m.language());
        core.setLastModifiedByUser(null);
        core.setRevision("1");
        Optional<Date> date = Optional.ofNullable(m.date() != null ? m.date() : m.assembled())
                .map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setContentStatus(m.status().label());
        if (m.version() != null) {
            core.setVersion(m.version());
        }
        core.setCreated(date);
        core.setModified(date);
        if (m.variant() != null) {
            core.setCategory(m.variant().label());
        }
        var app = props.getExtendedProperties().getUnderlyingProperties();
        app.setApplication("Bridgework");
        if (m.publisher() != null) {
            app.setCompany(m.publisher());
        }
    }

    // ---------------------------------------------------------------- front matter

    private void titlePage() {
        Metadata m = source.metadata();
        XWPFParagraph title = paragraph("Title");
        run(title, m.title(), Set.of());
        if (m.subtitle() != null && !m.subtitle().isBlank()) {
            run(paragraph("Subtitle"), m.subtitle(), Set.of());
        }
        if (m.variant() != null) {
            run(paragraph("VariantLabel"), m.variant().label(), Set.of());
        }
        if (m.publisher() != null && !m.publisher().isBlank()) {
            run(paragraph("TitlePageDetail"), m.issuers().isEmpty() ? m.publisher() : "Issued by " + m.publisher(), Set.of());
        }
        int logo = 0;
        for (AssembledDocument.Issuer issuer : m.issuers()) {
            if (issuer.logo() != null) {
                XWPFParagraph p = paragraph("TitlePageDetail");
                picture(p, new Image("issuer-logo-" + (++logo), issuer.logoAlt(), issuer.logo(), issuer.logoMediaType(), List.of()));
            }
        }
        XWPFParagraph status = paragraph("TitlePageDetail");
        if (m.status().release()) {
            run(status, m.status().label() + (m.date() != null ? ". Published " + formatDate(m.date(), m.language()) : "")
                    + (m.version() != null ? ". Version " + m.version() : ""), Set.of());
        } else {
            run(status, m.status().label(), Set.of(Style.STRONG));
            run(status, (m.version() != null ? ". Version " + m.version() : "")
                    + (m.assembled() != null ? ". Assembled " + formatDate(m.assembled(), m.language()) : ""), Set.of());
        }
        blocks(source.frontMatter(), 0);
    }

    static String formatDate(LocalDate date, String language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(language)));
    }

    private void contents() {
        if (source.contents().isEmpty()) {
            return;
        }
        XWPFParagraph heading = paragraph("TOCHeading");
        bookmarked(heading, AssembledDocument.CONTENTS_ANCHOR,
                () -> run(heading, textOf(AssembledDocument.CONTENTS_ANCHOR, "Contents"), Set.of()));

        int depth = Math.min(3, Math.max(1, maxLevel(source.contents())));
        List<ContentsEntry> flat = new ArrayList<>();
        flatten(source.contents(), depth, flat);
        // TOC field: begin + instruction + separate in the first entry's paragraph, the entries as the cached result
        // (linked, without page numbers), end in a paragraph of its own. Word updates it on opening (updateFields).
        for (int i = 0; i < flat.size(); i++) {
            ContentsEntry e = flat.get(i);
            XWPFParagraph p = paragraph("TOC" + Math.min(3, Math.max(1, e.level())));
            if (i == 0) {
                fieldBegin(p, " TOC \\o \"1-" + depth + "\" \\h \\z \\u ");
            }
            String bookmark = bookmarks.name(e.anchor());
            internalLink(p, bookmark, e.text(), List.of(Text.plain(e.text())));
            pageReference(p, bookmark, pages.get(e.anchor()));
        }
        XWPFParagraph end = paragraph("Normal");
        if (flat.isEmpty()) {
            fieldBegin(end, " TOC \\o \"1-" + depth + "\" \\h \\z \\u ");
        }
        end.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * A contents entry's page: a tab (the TOC styles draw the dot leader) and a PAGEREF field to the heading's
     * bookmark, its cached result the page LibreOffice laid the heading out on (when known). Word shows that number
     * until its fields are updated (F9, or printing), and never asks on opening.
     */
    private static void pageReference(XWPFParagraph p, String bookmark, Integer page) {
        p.createRun().addTab();
        var begin = p.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" PAGEREF " + bookmark + " \\h ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        if (page != null) {
            p.createRun().setText(String.valueOf(page));
        }
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void fieldBegin(XWPFParagraph p, String instruction) {
        var begin = p.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(instruction);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    private static int maxLevel(List<ContentsEntry> entries) {
        int max = 0;
        for (ContentsEntry e : entries) {
            max = Math.max(max, Math.max(e.level(), maxLevel(e.children())));
        }
        return max;
    }

    private static void flatten(List<ContentsEntry> entries, int depth, List<ContentsEntry> into) {
        for (ContentsEntry e : entries) {
            if (e.level() <= depth) {
                into.add(e);
                flatten(e.children(), depth, into);
            }
        }
    }

    private int contentsIndex(String anchor) {
        for (int i = 0; i < source.contents().size(); i++) {
            if (source.contents().get(i).anchor().equals(anchor)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private String textOf(String anchor, String fallback) {
        return contentsText.getOrDefault(anchor, fallback);
    }

    // ---------------------------------------------------------------- body

    private void section(Section s) {
        heading(s.level(), s.heading(), s.anchor());
        blocks(s.blocks(), s.level());
        for (Section sub : s.subsections()) {
            section(sub);
        }
    }

    private void heading(int level, String text, String anchor) {
        XWPFParagraph p = paragraph("Heading" + Math.max(1, Math.min(6, level)));
        if (level <= 1 && firstBodyHeading) {
            // the body starts on a page of its own after the cover, unless the document is a short one without
            // contents (the summary, "you said, we did"), which goes on under its title
            p.setPageBreak(!source.contents().isEmpty());
            firstBodyHeading = false;
        }
        bookmarked(p, anchor, () -> run(p, text, Set.of()));
    }

    private void blocks(List<Block> blocks, int level) {
        for (Block b : blocks) {
            block(b, level);
        }
    }

    private void block(Block b, int level) {
        switch (b) {
            case Paragraph p -> {
                XWPFParagraph para = paragraph("Normal");
                bookmarked(para, p.anchor(), () -> inlines(para, p.content()));
            }
            case ListBlock l -> list(l, "ListBullet", "ListNumber", BULLETS, ABSTRACT_NUMBERS);
            case Callout c -> callout(c);
            case Checklist c -> checklist(c);
            case Quote q -> quote(q);
            case CaseStudySummary cs -> caseStudy(cs, level);
            case ChallengeTable t -> challengeTable(t);
            case Image i -> image(i);
            case Table t -> table(t);
        }
    }

    private void list(ListBlock l, String bulletStyle, String numberStyle, BigInteger bullets, BigInteger abstractNumbers) {
        BigInteger num = l.ordered() ? restartedNumbering(abstractNumbers) : bullets;
        boolean first = true;
        for (List<Inline> item : l.items()) {
            XWPFParagraph p = paragraph(l.ordered() ? numberStyle : bulletStyle);
            numbered(p, num);
            if (first) {
                bookmarked(p, l.anchor(), () -> inlines(p, item));
                first = false;
            } else {
                inlines(p, item);
            }
        }
    }

    private BigInteger restartedNumbering(BigInteger abstractNum) {
        // POI's XWPFNumbering.addNum counts only the nums it created itself: add the CT element directly
        BigInteger num = BigInteger.valueOf(nextNum++);
        var ctNum = numbering.addNewNum();
        ctNum.setNumId(num);
        ctNum.addNewAbstractNumId().setVal(abstractNum);
        var override = ctNum.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return num;
    }

    private static void numbered(XWPFParagraph p, BigInteger num) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTNumPr numPr = pPr.addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        numPr.addNewNumId().setVal(num);
    }

    private void callout(Callout c) {
        List<XWPFParagraph> box = new ArrayList<>();
        XWPFParagraph title = paragraph("CalloutTitle");
        box.add(title);
        bookmarked(title, c.anchor(), () -> run(title, c.label(), Set.of()));
        for (Block b : c.content()) {
            if (b instanceof ListBlock l) {
                BigInteger num = l.ordered() ? restartedNumbering(ABSTRACT_CALLOUT_NUMBERS) : CALLOUT_BULLETS;
                for (List<Inline> item : l.items()) {
                    XWPFParagraph p = paragraph(l.ordered() ? "CalloutListNumber" : "CalloutListBullet");
                    numbered(p, num);
                    inlines(p, item);
                    box.add(p);
                }
            } else if (b instanceof Paragraph para) {
                XWPFParagraph p = paragraph("Callout");
                inlines(p, para.content());
                box.add(p);
            } else {
                // the API allows only paragraphs and lists in a callout; anything else keeps at least its plain text
                XWPFParagraph p = paragraph("Callout");
                run(p, b.anchor(), Set.of());
                box.add(p);
            }
        }
        // Word and LibreOffice draw one box around neighbouring paragraphs whose borders are identical: each callout
        // gets its own border (colour by kind, and an invisible 1 pt difference from the callout before it), so two
        // callouts in a row stay two boxes
        String colour = switch (c.kind()) {
            case FOR_NHS_READERS -> "005EB8";
            case FOR_HE_READERS -> "00703C";
            case LOCAL_NOTE -> "AE2573";
            default -> "003087";
        };
        int space = (calloutCount++ % 2 == 0) ? 8 : 9;
        for (XWPFParagraph p : box) {
            var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            var borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
            border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), 4, 6, colour);
            border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), 36, space, colour);
            border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), 4, 6, colour);
            border(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), 4, 8, colour);
        }
        box.get(box.size() - 1).setSpacingAfter(240);
    }

    private static void border(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder b, int size, int space, String colour) {
        b.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(size));
        b.setSpace(BigInteger.valueOf(space));
        b.setColor(colour);
    }

    private void checklist(Checklist c) {
        if (c.title() != null && !c.title().isBlank()) {
            XWPFParagraph title = paragraph("ChecklistTitle");
            bookmarked(title, c.anchor(), () -> run(title, c.title(), Set.of()));
        } else if (referenced.contains(c.anchor())) {
            XWPFParagraph marker = paragraph("ChecklistTitle");
            bookmarked(marker, c.anchor(), () -> run(marker, "Checklist", Set.of()));
        }
        for (List<Inline> item : c.items()) {
            XWPFParagraph p = paragraph("ChecklistItem");
            numbered(p, CHECKBOXES);
            inlines(p, item);
        }
    }

    private void quote(Quote q) {
        XWPFParagraph p = paragraph("Quote");
        bookmarked(p, q.anchor(), () -> inlines(p, q.text()));
        if (q.citation() != null) {
            XWPFParagraph src = paragraph("QuoteSource");
            run(src, "— ", Set.of());
            citation(src, q.citation());
        }
    }

    private void caseStudy(CaseStudySummary cs, int level) {
        XWPFParagraph title = paragraph("Heading" + Math.max(2, Math.min(6, level + 1)));
        bookmarked(title, cs.anchor(), () -> run(title, cs.title(), Set.of()));
        detail("Partners", cs.partners().isEmpty() ? null : String.join("; ", cs.partners()));
        detail("Service model", cs.serviceModel());
        detail("Region", cs.region());
        detail("Context", cs.contexts().isEmpty() ? null : String.join("; ", cs.contexts()));
        detail("Who it serves", cs.populationServed());
        detail("Referral route", cs.referralRoute());
        detail("Information status", cs.collectionStatus());
        blocks(cs.description(), level + 1);
        if (!cs.benefits().isEmpty()) {
            run(paragraph("CaseStudyDetail"), "Benefits", Set.of(Style.STRONG));
            for (Benefit b : cs.benefits()) {
                XWPFParagraph p = paragraph("ListBullet");
                numbered(p, BULLETS);
                if (b.beneficiary() != null) {
                    run(p, b.beneficiary() + ": ", Set.of(Style.STRONG));
                }
                inlines(p, b.description());
                if (b.evidence() != null && !b.evidence().isBlank()) {
                    run(p, " (evidence: " + b.evidence() + ")", Set.of());
                }
            }
        }
        if (!cs.outcomes().isEmpty()) {
            String caption = "Outcomes reported by " + cs.title();
            XWPFParagraph cap = paragraph("Caption");
            run(cap, caption, Set.of());
            XWPFTable t = newTable(caption, List.of("Measure", "Value", "Period", "Source"), new int[] {30, 20, 20, 30},
                    cs.outcomes().size(), false);
            int r = 1;
            for (Outcome o : cs.outcomes()) {
                XWPFTableRow row = t.getRow(r++);
                cellText(row.getCell(0), o.measure());
                cellText(row.getCell(1), o.value());
                cellText(row.getCell(2), o.period());
                XWPFParagraph sp = row.getCell(3).getParagraphs().get(0);
                sp.setStyle("TableText");
                inlines(sp, o.source());
            }
            paragraph("Normal").setSpacingAfter(0);
        }
        detail("Challenges addressed", cs.challenges().isEmpty() ? null : String.join("; ", cs.challenges()));
    }

    private void detail(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        XWPFParagraph p = paragraph("CaseStudyDetail");
        run(p, label + ": ", Set.of(Style.STRONG));
        run(p, value, Set.of());
    }

    /**
     * The matrix, as the HTML and PDF draw it: challenge, what it means, then one narrow numbered column per solution
     * with a mark where it helps; each solution described once below the table.
     */
    private void challengeMatrix(ChallengeTable t) {
        String caption = t.caption() != null && !t.caption().isBlank() ? t.caption() : "Challenges and what helps";
        XWPFParagraph cap = paragraph("Caption");
        bookmarked(cap, t.anchor(), () -> run(cap, caption, Set.of()));
        int n = t.solutions().size();
        List<String> columns = new ArrayList<>(List.of("Challenge", "What it means"));
        t.solutions().forEach(s -> columns.add(String.valueOf(s.number())));
        int mark = (int) Math.max(5, Math.min(8, 50.0 / n));
        int[] widths = new int[n + 2];
        widths[0] = 20;
        widths[1] = Math.max(20, 100 - 20 - n * mark);
        for (int c = 0; c < n; c++) {
            widths[c + 2] = mark;
        }
        XWPFTable table = newTable(caption, columns, widths, t.rows().size(), true);
        for (int c = 2; c < n + 2; c++) {
            for (XWPFTableRow tr : table.getRows()) {
                XWPFTableCell cell = tr.getCell(c);
                var mar = cell.getCTTc().getTcPr().addNewTcMar();
                mar.addNewLeft().setW(BigInteger.valueOf(20));
                mar.getLeft().setType(STTblWidth.DXA);
                mar.addNewRight().setW(BigInteger.valueOf(20));
                mar.getRight().setType(STTblWidth.DXA);
                cell.getParagraphs().get(0).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            }
        }
        int r = 1;
        for (ChallengeRow row : t.rows()) {
            XWPFTableRow tr = table.getRow(r++);
            XWPFParagraph name = tr.getCell(0).getParagraphs().get(0);
            name.setStyle("TableText");
            bookmarked(name, row.anchor(), () -> run(name, row.challenge(), Set.of(Style.STRONG)));
            XWPFParagraph meaning = tr.getCell(1).getParagraphs().get(0);
            meaning.setStyle("TableText");
            inlines(meaning, row.description());
            for (int c = 0; c < n; c++) {
                XWPFParagraph p = tr.getCell(c + 2).getParagraphs().get(0);
                p.setStyle("TableText");
                p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
                if (t.marks(row, t.solutions().get(c))) {
                    XWPFRun m = p.createRun();
                    m.setText("●");
                    m.setColor("1D70B8");
                }
            }
        }
        XWPFParagraph title = paragraph("Normal");
        title.setKeepNext(true);
        title.setSpacingBefore(120);
        run(title, "What helps: the numbered columns", Set.of(Style.STRONG));
        for (AssembledDocument.SolutionEntry s : t.solutions()) {
            XWPFParagraph p = paragraph("Normal");
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            bookmarked(p, s.anchor(), () -> run(p, s.number() + ".\t", Set.of()));
            run(p, s.title() + (s.description().isEmpty() ? "" : ":"), Set.of(Style.STRONG));
            if (!s.description().isEmpty()) {
                run(p, " ", Set.of());
                inlines(p, s.description());
            }
        }
    }

    private void challengeTable(ChallengeTable t) {
        if (!t.solutions().isEmpty()) {
            challengeMatrix(t);
            return;
        }
        String caption = t.caption() != null && !t.caption().isBlank() ? t.caption() : "Challenges and solutions";
        XWPFParagraph cap = paragraph("Caption");
        bookmarked(cap, t.anchor(), () -> run(cap, caption, Set.of()));
        XWPFTable table = newTable(caption, List.of("Challenge", "What helps"), new int[] {38, 62}, t.rows().size(), false);
        int r = 1;
        for (ChallengeRow row : t.rows()) {
            XWPFTableRow tr = table.getRow(r++);
            XWPFTableCell first = tr.getCell(0);
            XWPFParagraph name = first.getParagraphs().get(0);
            name.setStyle("TableText");
            bookmarked(name, row.anchor(), () -> run(name, row.challenge(), Set.of(Style.STRONG)));
            if (!row.description().isEmpty()) {
                XWPFParagraph d = first.addParagraph();
                d.setStyle("TableText");
                inlines(d, row.description());
            }
            XWPFTableCell second = tr.getCell(1);
            boolean firstSolution = true;
            for (List<Inline> solution : row.solutions()) {
                XWPFParagraph p = firstSolution ? second.getParagraphs().get(0) : second.addParagraph();
                firstSolution = false;
                p.setStyle("TableText");
                if (row.solutions().size() > 1) {
                    numbered(p, BULLETS);
                    p.setIndentationLeft(360);
                    p.setIndentationHanging(360);
                }
                inlines(p, solution);
            }
            if (row.solutions().isEmpty()) {
                XWPFParagraph p = second.getParagraphs().get(0);
                p.setStyle("TableText");
                run(p, "No solution recorded yet", Set.of(Style.EMPHASIS));
            }
        }
        paragraph("Normal").setSpacingAfter(0);
    }

    private void table(Table t) {
        String caption = t.caption();
        if (caption != null && !caption.isBlank()) {
            XWPFParagraph cap = paragraph("Caption");
            bookmarked(cap, t.anchor(), () -> run(cap, caption, Set.of()));
        }
        int[] widths = columnWidths(t.columns(), t.rows());
        XWPFTable table = newTable(caption, t.columns(), widths, t.rows().size(), t.firstColumnHeader());
        int r = 1;
        for (List<String> row : t.rows()) {
            XWPFTableRow tr = table.getRow(r++);
            for (int c = 0; c < widths.length; c++) {
                String value = c < row.size() ? row.get(c) : "";
                XWPFTableCell cell = tr.getCell(c);
                if (c == 0 && t.firstColumnHeader()) {
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    p.setStyle("TableText");
                    run(p, value, Set.of(Style.STRONG));
                } else {
                    cellText(cell, value);
                }
            }
        }
        paragraph("Normal").setSpacingAfter(0);
    }

    /**
     * Column widths in per cent of the text width: every column at least as wide as its longest word (header
     * included, so words are not broken inside), the rest shared by how much text each column holds on average.
     */
    static int[] columnWidths(List<String> columns, List<List<String>> rows) {
        int n = columns.size();
        double[] min = new double[n];
        double[] weight = new double[n];
        for (int c = 0; c < n; c++) {
            double total = columns.get(c).length();
            int longestWord = longestWord(columns.get(c));
            for (List<String> row : rows) {
                String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
                total += cell.length();
                longestWord = Math.max(longestWord, longestWord(cell));
            }
            // about 7.4 pt a character in bold 10.5 pt text (DejaVu Sans, what LibreOffice uses for Arial where Arial
            // is missing, is the widest likely face), plus the cell margins, on a 451 pt text width
            // (LibreOffice's cell margins, 2 x 5.4 pt, and a little for rounding down: "Language" broke as "Languag-e")
            min[c] = Math.max(6, (longestWord * 7.4 + 18) * 100 / 451.0);
            weight[c] = total / (rows.size() + 1);
        }
        double minSum = java.util.Arrays.stream(min).sum();
        double weightSum = Math.max(1, java.util.Arrays.stream(weight).sum());
        double spare = Math.max(0, 100 - minSum);
        double scale = minSum > 100 ? 100 / minSum : 1;
        int[] percent = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            percent[c] = (int) Math.floor(min[c] * scale + spare * weight[c] / weightSum);
            used += percent[c];
        }
        int widest = 0;
        for (int c = 1; c < n; c++) {
            widest = percent[c] > percent[widest] ? c : widest;
        }
        percent[widest] += 100 - used;
        return percent;
    }

    private static int longestWord(String s) {
        int longest = 0;
        for (String w : s.split("\\s+")) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }

    /**
     * A table with one header row (repeated on every page, white on dark blue) and {@code bodyRows} empty rows.
     *
     * @param percent column widths in per cent of the text width
     */
    private XWPFTable newTable(String caption, List<String> columns, int[] percent, int bodyRows, boolean firstColumn) {
        int cols = columns.size();
        XWPFTable t = doc.createTable(bodyRows + 1, cols);
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        t.setStyleID("GuidanceTable");
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(5000));
        CTTblLook look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        look.setFirstRow(true);
        look.setFirstColumn(firstColumn);
        look.setLastRow(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
        // the older bit-mask form too (as Word writes it): LibreOffice reads this one; 0x20 first row, 0x80 first
        // column, 0x200 no horizontal banding, 0x400 no vertical banding
        int mask = 0x20 | 0x200 | 0x400 | (firstColumn ? 0x80 : 0);
        look.setVal(new byte[] {(byte) (mask >> 8), (byte) mask});
        if (caption != null && !caption.isBlank()) {
            pr.addNewTblCaption().setVal(caption);
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] twips = new int[cols];
        for (int c = 0; c < cols; c++) {
            twips[c] = TEXT_WIDTH * percent[c] / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
        }
        for (int r = 0; r <= bodyRows; r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(twips[c]));
            }
        }
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = header.getCell(c);
            // direct formatting as well as the table style's first-row look: not every reader applies table styles
            CTShd shd = cell.getCTTc().getTcPr().addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill("003087");
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            XWPFRun run = p.createRun();
            run.setText(clean(columns.get(c)));
            run.setBold(true);
            run.setColor("FFFFFF");
            // a size smaller than the cells' text: header words ("Mandatory", "Amendments") stay whole in narrow columns
            run.setFontSize(9);
        }
        return t;
    }

    private void cellText(XWPFTableCell cell, String value) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("TableText");
        if (value != null) {
            run(p, value, Set.of());
        }
    }

    private void image(Image i) {
        XWPFParagraph p = paragraph("Figure");
        bookmarked(p, i.anchor(), () -> picture(p, i));
        if (!i.caption().isEmpty()) {
            XWPFParagraph cap = paragraph("Caption");
            inlines(cap, i.caption());
        }
        if (i.twin() != null) {
            // the figure's data as a table: what a screen reader reads and what the picture cannot say exactly
            table(i.twin());
        }
    }

    private void picture(XWPFParagraph p, Image i) {
        PictureType type = switch (i.mediaType().toLowerCase(Locale.ROOT)) {
            case "image/png" -> PictureType.PNG;
            case "image/jpeg", "image/jpg" -> PictureType.JPEG;
            case "image/gif" -> PictureType.GIF;
            default -> null;
        };
        byte[] data = i.data();
        double pixelsPerCssPixel = 1;
        int[] pixels = null;
        if ("image/svg+xml".equalsIgnoreCase(i.mediaType())) {
            // Word shows no SVG without a bitmap beside it: the picture drawn as PNG, sharp when printed
            try {
                data = svgToPng(i).data();
                type = PictureType.PNG;
                pixelsPerCssPixel = FIGURE_SCALE;
                // drawn here: its size is in its header, no need to decode 3.6 million pixels again to learn it
                pixels = pngSize(data);
            } catch (IOException e) {
                type = null;
            }
        }
        if (type != null && pixels == null) {
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
                pixels = img == null ? null : new int[] {img.getWidth(), img.getHeight()};
            } catch (IOException e) {
                pixels = null;
            }
        }
        if (pixels == null) {
            // a format Word cannot show (SVG needs a bitmap fallback): the alt text stands in for the image
            run(p, "[Figure: " + i.altText() + "]", Set.of(Style.EMPHASIS));
            return;
        }
        long w = Math.round(pixels[0] / pixelsPerCssPixel * EMU_PER_PIXEL);
        long h = Math.round(pixels[1] / pixelsPerCssPixel * EMU_PER_PIXEL);
        if (w > MAX_IMAGE_WIDTH_EMU) {
            h = h * MAX_IMAGE_WIDTH_EMU / w;
            w = MAX_IMAGE_WIDTH_EMU;
        }
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(data), type, safeFileName(i.anchor()) + "." + type.extension.replace(".", ""),
                    (int) w, (int) h);
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("Image " + i.anchor() + " could not be added: " + e.getMessage(), e));
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(i.altText());
        inline.getDocPr().setName(safeFileName(i.anchor()));
    }

    private static String safeFileName(String anchor) {
        return anchor.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    // ---------------------------------------------------------------- back matter

    private void bibliography() {
        if (source.bibliography().isEmpty()) {
            return;
        }
        heading(1, textOf(AssembledDocument.BIBLIOGRAPHY_ANCHOR, "References"), AssembledDocument.BIBLIOGRAPHY_ANCHOR);
        for (BibliographyEntry e : source.bibliography()) {
            XWPFParagraph p = paragraph("Bibliography");
            if (e.html() != null && !e.html().isBlank()) {
                html(p, e.html());
            } else {
                run(p, e.text(), Set.of());
            }
        }
    }

    private void glossary() {
        if (source.glossary().isEmpty()) {
            return;
        }
        heading(1, textOf(AssembledDocument.GLOSSARY_ANCHOR, "Glossary"), AssembledDocument.GLOSSARY_ANCHOR);
        for (GlossaryEntry g : source.glossary()) {
            XWPFParagraph term = paragraph("GlossaryTerm");
            bookmarked(term, g.anchor(), () -> {
                run(term, g.term(), Set.of());
                if (g.expansion() != null && !g.expansion().isBlank() && !g.expansion().equalsIgnoreCase(g.term())) {
                    run(term, " — " + g.expansion(), Set.of());
                }
            });
            if (!g.definition().isEmpty() || g.sector() != null) {
                XWPFParagraph def = paragraph("GlossaryDefinition");
                inlines(def, g.definition());
                if (g.sector() != null && !g.sector().isBlank()) {
                    run(def, (g.definition().isEmpty() ? "" : " ") + "(" + g.sector() + ")", Set.of(Style.EMPHASIS));
                }
            }
        }
    }

    // ---------------------------------------------------------------- paragraphs and runs

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** Writes {@code content} into p, inside a bookmark when the anchor is a section's or something links to it. */
    private void bookmarked(XWPFParagraph p, String anchor, Runnable content) {
        if (anchor == null || !bookmarks.known(anchor)) {
            content.run();
            return;
        }
        BigInteger id = BigInteger.valueOf(bookmarks.nextId());
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(bookmarks.name(anchor));
        content.run();
        CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
        end.setId(id);
    }

    private void inlines(XWPFParagraph p, List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> run(p, t.text(), t.styles());
                case LineBreak lb -> p.createRun().addBreak();
                case Citation c -> citation(p, c);
                case ElementRef r -> {
                    if (r.anchor() != null && bookmarks.known(r.anchor())) {
                        internalLink(p, bookmarks.name(r.anchor()), r.targetLabel(), List.of(Text.plain(r.text())));
                    } else {
                        run(p, r.text(), Set.of());
                    }
                }
                case Link l -> externalLink(p, l.url(), l.title(), l.content());
            }
        }
    }

    private void citation(XWPFParagraph p, Citation c) {
        if (c.html() != null && !c.html().isBlank()) {
            html(p, c.html());
        } else {
            run(p, c.text(), Set.of());
        }
    }

    private void html(XWPFParagraph p, String html) {
        for (HtmlFragment.Piece piece : HtmlFragment.parse(html)) {
            if (piece.href() != null && (piece.href().startsWith("http://") || piece.href().startsWith("https://"))) {
                CTHyperlink link = p.getCTP().addNewHyperlink();
                link.setId(relationship(p, piece.href()));
                link.setTooltip(tooltip(piece.href()));
                XWPFRun r = new XWPFRun(link.addNewR(), (IRunBody) p);
                r.setStyle("Hyperlink");
                styledText(r, piece);
            } else {
                styledText(p.createRun(), piece);
            }
        }
    }

    private static void styledText(XWPFRun r, HtmlFragment.Piece piece) {
        if (piece.italic()) {
            r.setItalic(true);
        }
        if (piece.bold()) {
            r.setBold(true);
        }
        if (piece.smallCaps()) {
            r.setSmallCaps(true);
        }
        if (piece.superscript()) {
            r.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
        } else if (piece.subscript()) {
            r.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
        }
        text(r, piece.text());
    }

    private void internalLink(XWPFParagraph p, String bookmark, String tooltip, List<Inline> content) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        if (tooltip != null && !tooltip.isBlank()) {
            link.setTooltip(tooltip(tooltip));
        }
        linkRuns(p, link, content);
    }

    private void externalLink(XWPFParagraph p, String url, String title, List<Inline> content) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setId(relationship(p, url));
        link.setTooltip(tooltip(title));
        linkRuns(p, link, content);
    }

    private static String relationship(XWPFParagraph p, String url) {
        return p.getPart().getPackagePart().addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
    }

    /** Word limits screen tips to 255 characters. */
    private static String tooltip(String s) {
        String t = clean(s);
        return t.length() > 255 ? t.substring(0, 254) + "…" : t;
    }

    private static void linkRuns(XWPFParagraph p, CTHyperlink link, List<Inline> content) {
        for (Inline i : content) {
            XWPFRun r = new XWPFRun(link.addNewR(), (IRunBody) p);
            r.setStyle("Hyperlink");
            if (i instanceof Text t) {
                applyStyles(r, t.styles());
                text(r, t.text());
            } else {
                text(r, AssembledDocument.plainText(List.of(i)));
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, Set<Style> styles) {
        XWPFRun r = p.createRun();
        applyStyles(r, styles);
        text(r, text);
        return r;
    }

    private static void applyStyles(XWPFRun r, Set<Style> styles) {
        if (styles.contains(Style.CODE)) {
            r.setStyle("Code");
        }
        if (styles.contains(Style.STRONG)) {
            r.setBold(true);
        }
        if (styles.contains(Style.EMPHASIS)) {
            r.setItalic(true);
        }
    }

    /** Sets a run's text; line feeds become line breaks (w:br) and characters XML cannot hold are dropped. */
    private static void text(XWPFRun r, String text) {
        if (text == null) {
            return;
        }
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            if (!lines[i].isEmpty()) {
                r.setText(lines[i], i == 0 ? 0 : r.getCTR().sizeOfTArray());
            }
        }
    }

    /** Removes characters XML 1.0 cannot carry (controls other than tab and line feed, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok || c == '\r') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                continue;
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
