package org.bridgework.assembly.docx.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Benefit;
import org.bridgework.assembly.api.AssembledDocument.BibliographyEntry;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeRow;
import org.bridgework.assembly.api.AssembledDocument.ChallengeTable;
import org.bridgework.assembly.api.AssembledDocument.Checklist;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.GlossaryEntry;
import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.ListBlock;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Outcome;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Quote;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Table;

/**
 * Writes one {@link AssembledDocument} as a Word document: title page, contents (a TOC field Word refreshes on
 * opening, pre-filled with linked entries so other readers show it too), sections as Heading 1-6 with bookmarks,
 * blocks in named styles, tables with repeating header rows, images with alt text, references, glossary, appendices.
 * The WordprocessingML is written directly ({@link WordParagraph}, {@link WordRun}, {@link WordTable}), the package
 * around it by {@link DocxPackage}. One instance per document; not thread-safe.
 */
final class DocxWriter {
    static final String FONT = "Arial";
    static final String MONO = "Courier New";

    /** Numbering instances of numbering.xml: bullets, checkboxes, bullets in callouts. */
    static final long BULLETS = 1;
    private static final long CHECKBOXES = 2;
    private static final long CALLOUT_BULLETS = 3;
    /** Abstract numberings of numbering.xml: numbers, numbers in callouts. */
    private static final long ABSTRACT_NUMBERS = 2;
    private static final long ABSTRACT_CALLOUT_NUMBERS = 5;

    private final AssembledDocument source;
    private final BooleanSupplier cancelled;
    private final Map<String, Integer> pages;
    private final DocxPackage pack = new DocxPackage();
    private final DocxFigures figures;
    private final DocxBody body = new DocxBody();
    private final Bookmarks bookmarks = new Bookmarks();
    private final DocxInlines inlines = new DocxInlines(bookmarks, pack);
    private final DocxTables tables = new DocxTables(body, inlines);
    /** Anchors something links to: these get a bookmark where they are written. */
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, String> contentsText = new HashMap<>();
    /** The SVG figures met while collecting, in document order: drawn as PNG beside the document's building. */
    private final List<Image> svgFigures = new ArrayList<>();
    /** The w:num instances added for numbered lists (numbering.xml defines 1-3). */
    private final List<String> numberingInstances = new ArrayList<>();
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
        this.figures = new DocxFigures(cancelled);
    }

    /** The document, every ZIP entry stamped with {@code time}. */
    byte[] write(LocalDateTime time) throws IOException {
        try {
            collectReferences();
            figures.drawAhead(svgFigures);
            titlePage();
            new DocxContents(body, inlines, bookmarks, pages).write(source.contents(), textOf(AssembledDocument.CONTENTS_ANCHOR, "Contents"));
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
            String[] headerAndFooter = pack.headerAndFooter();
            return pack.write(document(headerAndFooter[0], headerAndFooter[1]), header(), footer(), source.metadata(),
                    numberingInstances, time);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            figures.end();
        }
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

    // ---------------------------------------------------------------- parts

    /** word/document.xml: the body, then the page set-up (A4, 1 inch margins) with the running header and footer. */
    private String document(String headerId, String footerId) {
        StringBuilder xml = new StringBuilder(128 * 1024).append(WordXml.DECLARATION)
                .append("<w:document xmlns:w=\"").append(WordXml.W).append("\" xmlns:r=\"").append(WordXml.R)
                .append("\" xmlns:wp=\"").append(WordXml.WP).append("\"><w:body>");
        body.write(xml);
        return xml.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"").append(headerId)
                .append("\"/><w:footerReference w:type=\"default\" r:id=\"").append(footerId)
                .append("\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"1440\"")
                .append(" w:right=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
                .toString();
    }

    /** The running header, as the PDF's: the short title on the left and, in a draft, what it is on the right (status and version). */
    private String header() {
        Metadata m = source.metadata();
        // the footer style's centre tab would put the status in the middle: cleared, so the one tab goes to the right edge
        WordParagraph h = new WordParagraph().style("Footer").align("left")
                .tabs("<w:tab w:val=\"clear\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"9026\"/>");
        h.run().fontSize(8).text(WordXml.clean(m.variant() == null ? m.title() : m.title() + " · local variant"));
        if (!m.status().release()) {
            // as the PDF's header: the label and version (the day assembled is on the cover), so it fits beside the title
            h.run().tab().bold().fontSize(8).color("B10E1E")
                    .text(WordXml.clean(m.status().label() + (m.version() == null ? "" : " · Version " + m.version())));
        }
        StringBuilder xml = new StringBuilder(WordXml.DECLARATION).append("<w:hdr xmlns:w=\"").append(WordXml.W).append("\">");
        h.write(xml);
        return xml.append("</w:hdr>").toString();
    }

    /** The footer: "Page N of M". */
    private static String footer() {
        WordParagraph p = new WordParagraph().style("Footer");
        p.run().text("Page ");
        p.simpleField(" PAGE ", "1");
        p.run().text(" of ");
        p.simpleField(" NUMPAGES ", "1");
        StringBuilder xml = new StringBuilder(WordXml.DECLARATION).append("<w:ftr xmlns:w=\"").append(WordXml.W).append("\">");
        p.write(xml);
        return xml.append("</w:ftr>").toString();
    }

    // ---------------------------------------------------------------- front matter

    private void titlePage() {
        Metadata m = source.metadata();
        run(paragraph("Title"), m.title(), Set.of());
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
                WordParagraph p = paragraph("TitlePageDetail");
                picture(p, new Image("issuer-logo-" + (++logo), issuer.logoAlt(), issuer.logo(), issuer.logoMediaType(), List.of()));
            }
        }
        WordParagraph status = paragraph("TitlePageDetail");
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
        WordParagraph p = paragraph("Heading" + Math.max(1, Math.min(6, level)));
        if (level <= 1 && firstBodyHeading) {
            // the body starts on a page of its own after the cover, unless the document is a short one without
            // contents (the summary, "you said, we did"), which goes on under its title
            p.pageBreakBefore(!source.contents().isEmpty());
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
                WordParagraph para = paragraph("Normal");
                bookmarked(para, p.anchor(), () -> inlines(para, p.content()));
            }
            case ListBlock l -> list(l);
            case Callout c -> callout(c);
            case Checklist c -> checklist(c);
            case Quote q -> quote(q);
            case CaseStudySummary cs -> caseStudy(cs, level);
            case ChallengeTable t -> tables.challengeTable(t);
            case Image i -> image(i);
            case Table t -> tables.table(t);
        }
    }

    private void list(ListBlock l) {
        long num = l.ordered() ? restartedNumbering(ABSTRACT_NUMBERS) : BULLETS;
        boolean first = true;
        for (List<Inline> item : l.items()) {
            WordParagraph p = paragraph(l.ordered() ? "ListNumber" : "ListBullet").numbered(num);
            if (first) {
                bookmarked(p, l.anchor(), () -> inlines(p, item));
                first = false;
            } else {
                inlines(p, item);
            }
        }
    }

    /** A new numbering instance of {@code abstractNum} that starts at 1 (each numbered list counts from 1). */
    private long restartedNumbering(long abstractNum) {
        long num = nextNum++;
        numberingInstances.add("<w:num w:numId=\"" + num + "\"><w:abstractNumId w:val=\"" + abstractNum
                + "\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        return num;
    }

    private void callout(Callout c) {
        List<WordParagraph> box = new ArrayList<>();
        WordParagraph title = paragraph("CalloutTitle");
        box.add(title);
        bookmarked(title, c.anchor(), () -> run(title, c.label(), Set.of()));
        for (Block b : c.content()) {
            if (b instanceof ListBlock l) {
                long num = l.ordered() ? restartedNumbering(ABSTRACT_CALLOUT_NUMBERS) : CALLOUT_BULLETS;
                for (List<Inline> item : l.items()) {
                    WordParagraph p = paragraph(l.ordered() ? "CalloutListNumber" : "CalloutListBullet").numbered(num);
                    inlines(p, item);
                    box.add(p);
                }
            } else if (b instanceof Paragraph para) {
                WordParagraph p = paragraph("Callout");
                inlines(p, para.content());
                box.add(p);
            } else {
                // the API allows only paragraphs and lists in a callout; anything else keeps at least its plain text
                WordParagraph p = paragraph("Callout");
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
        for (WordParagraph p : box) {
            p.boxed(colour, space);
        }
        box.get(box.size() - 1).spacingAfter(240);
    }

    private void checklist(Checklist c) {
        if (c.title() != null && !c.title().isBlank()) {
            WordParagraph title = paragraph("ChecklistTitle");
            bookmarked(title, c.anchor(), () -> run(title, c.title(), Set.of()));
        } else if (referenced.contains(c.anchor())) {
            WordParagraph marker = paragraph("ChecklistTitle");
            bookmarked(marker, c.anchor(), () -> run(marker, "Checklist", Set.of()));
        }
        for (List<Inline> item : c.items()) {
            inlines(paragraph("ChecklistItem").numbered(CHECKBOXES), item);
        }
    }

    private void quote(Quote q) {
        WordParagraph p = paragraph("Quote");
        bookmarked(p, q.anchor(), () -> inlines(p, q.text()));
        if (q.citation() != null) {
            WordParagraph src = paragraph("QuoteSource");
            run(src, "— ", Set.of());
            inlines.citation(src, q.citation());
        }
    }

    private void caseStudy(CaseStudySummary cs, int level) {
        WordParagraph title = paragraph("Heading" + Math.max(2, Math.min(6, level + 1)));
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
                WordParagraph p = paragraph("ListBullet").numbered(BULLETS);
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
            run(paragraph("Caption"), caption, Set.of());
            WordTable t = body.table(caption, List.of("Measure", "Value", "Period", "Source"), new int[] {30, 20, 20, 30},
                    cs.outcomes().size(), false);
            int r = 1;
            for (Outcome o : cs.outcomes()) {
                DocxTables.cellText(t.cell(r, 0), o.measure());
                DocxTables.cellText(t.cell(r, 1), o.value());
                DocxTables.cellText(t.cell(r, 2), o.period());
                inlines(t.cell(r, 3).paragraph().style("TableText"), o.source());
                r++;
            }
            paragraph("Normal").spacingAfter(0);
        }
        detail("Challenges addressed", cs.challenges().isEmpty() ? null : String.join("; ", cs.challenges()));
    }

    private void detail(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        WordParagraph p = paragraph("CaseStudyDetail");
        run(p, label + ": ", Set.of(Style.STRONG));
        run(p, value, Set.of());
    }

    private void image(Image i) {
        WordParagraph p = paragraph("Figure");
        bookmarked(p, i.anchor(), () -> picture(p, i));
        if (!i.caption().isEmpty()) {
            inlines(paragraph("Caption"), i.caption());
        }
        if (i.twin() != null) {
            // the figure's data as a table: what a screen reader reads and what the picture cannot say exactly
            tables.table(i.twin());
        }
    }

    private void picture(WordParagraph p, Image i) {
        String extension = switch (i.mediaType().toLowerCase(Locale.ROOT)) {
            case "image/png" -> "png";
            case "image/jpeg", "image/jpg" -> "jpeg";
            case "image/gif" -> "gif";
            default -> null;
        };
        byte[] data = i.data();
        double pixelsPerCssPixel = 1;
        int[] pixels = null;
        if ("image/svg+xml".equalsIgnoreCase(i.mediaType())) {
            // Word shows no SVG without a bitmap beside it: the picture drawn as PNG, sharp when printed
            try {
                data = figures.svgToPng(i).data();
                extension = "png";
                pixelsPerCssPixel = DocxFigures.FIGURE_SCALE;
                // drawn here: its size is in its header, no need to decode 3.6 million pixels again to learn it
                pixels = DocxFigures.pngSize(data);
            } catch (IOException e) {
                extension = null;
            }
        }
        if (extension != null && pixels == null) {
            pixels = "png".equals(extension) ? DocxFigures.pngSize(data) : null;
            if (pixels == null) {
                try {
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
                    pixels = img == null ? null : new int[] {img.getWidth(), img.getHeight()};
                } catch (IOException e) {
                    pixels = null;
                }
            }
        }
        if (pixels == null) {
            // a format Word cannot show (SVG needs a bitmap fallback): the alt text stands in for the image
            run(p, "[Figure: " + i.altText() + "]", Set.of(Style.EMPHASIS));
            return;
        }
        long w = Math.round(pixels[0] / pixelsPerCssPixel * DocxFigures.EMU_PER_PIXEL);
        long h = Math.round(pixels[1] / pixelsPerCssPixel * DocxFigures.EMU_PER_PIXEL);
        if (w > DocxFigures.MAX_IMAGE_WIDTH_EMU) {
            h = h * DocxFigures.MAX_IMAGE_WIDTH_EMU / w;
            w = DocxFigures.MAX_IMAGE_WIDTH_EMU;
        }
        // Word's EMU sizes are ints
        w = (int) w;
        h = (int) h;
        String name = safeFileName(i.anchor());
        String embed = pack.picture(data, extension);
        p.run().raw(DocxFigures.drawing(pack.nextDrawingId(), name, i.altText(), name + "." + extension, embed, w, h));
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
            WordParagraph p = paragraph("Bibliography");
            if (e.html() != null && !e.html().isBlank()) {
                inlines.html(p, e.html());
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
            WordParagraph term = paragraph("GlossaryTerm");
            bookmarked(term, g.anchor(), () -> {
                run(term, g.term(), Set.of());
                if (g.expansion() != null && !g.expansion().isBlank() && !g.expansion().equalsIgnoreCase(g.term())) {
                    run(term, " — " + g.expansion(), Set.of());
                }
            });
            if (!g.definition().isEmpty() || g.sector() != null) {
                WordParagraph def = paragraph("GlossaryDefinition");
                inlines(def, g.definition());
                if (g.sector() != null && !g.sector().isBlank()) {
                    run(def, (g.definition().isEmpty() ? "" : " ") + "(" + g.sector() + ")", Set.of(Style.EMPHASIS));
                }
            }
        }
    }

    // ---------------------------------------------------------------- paragraphs

    /** A new paragraph in the body. */
    private WordParagraph paragraph(String style) {
        return body.paragraph(style);
    }

    private void bookmarked(WordParagraph p, String anchor, Runnable content) {
        inlines.bookmarked(p, anchor, content);
    }

    private void inlines(WordParagraph p, List<Inline> content) {
        inlines.inlines(p, content);
    }

    private static WordRun run(WordParagraph p, String text, Set<Style> styles) {
        return DocxInlines.run(p, text, styles);
    }
}
