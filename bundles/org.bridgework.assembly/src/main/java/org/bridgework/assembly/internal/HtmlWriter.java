package org.bridgework.assembly.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.BibliographyEntry;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeRow;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.GlossaryEntry;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.LineBreak;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.assembly.api.HtmlExport.HtmlOptions;
import org.bridgework.assembly.api.HtmlExport.Medium;
import org.bridgework.assembly.api.Pictures;

/**
 * Writes an {@link AssembledDocument} as one self-contained HTML5 file that is also well-formed XML. Deterministic:
 * output depends only on the document and the options. Not thread-safe: one instance per document.
 */
final class HtmlWriter {

    static final String DEFAULT_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\"Liberation Sans\",\"DejaVu Sans\",sans-serif";
    private static final String SCREEN_CSS = resource("screen.css");
    private static final String PRINT_CSS = resource("print.css");
    private static final java.util.regex.Pattern LINK_WITHOUT_TITLE = java.util.regex.Pattern.compile("<a href=\"([^\"]*)\">");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Set<String> ids = new HashSet<>();
    private final HtmlOptions options;
    private final boolean print;

    private HtmlWriter(HtmlOptions options) {
        this.options = options == null ? HtmlOptions.screen() : options;
        this.print = this.options.medium() == Medium.PRINT;
    }

    static String write(AssembledDocument document, HtmlOptions options) {
        return new HtmlWriter(options).document(document);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing stylesheet " + name + " in the assembly bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^/\\*.*\\*/\\n", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String css() {
        String font = options.fontFamily() == null || options.fontFamily().isBlank() ? DEFAULT_FONTS : options.fontFamily();
        String css = print ? PRINT_CSS : SCREEN_CSS + "\n@media print{\n" + PRINT_CSS + "\n}";
        css = css.replace("BODYFONT", font);
        if (print) {
            // the running header on every page after the cover: the short title, and what this document is (draft status)
            css = css + "\n@page{@top-left{content:\"" + cssString(runningTitle) + "\";font-family:" + font
                    + ";font-size:8pt;color:#505a5f;vertical-align:bottom;padding-bottom:3mm}";
            if (statusLine != null) {
                css = css + "@top-right{content:\"" + cssString(statusLine) + "\";font-family:" + font
                        + ";font-size:8pt;font-weight:700;color:#d4351c;text-align:right;vertical-align:bottom;padding-bottom:3mm}";
            }
            css = css + "}\n@page :first{@top-left{content:none}@top-right{content:none}}";
        }
        if (options.extraCss() != null && !options.extraCss().isBlank()) {
            css = css + "\n" + options.extraCss().strip();
        }
        // never let the stylesheet close the style element
        return css.replace("</", "<\\/");
    }

    /** The draft's status line for the PDF running header; null for a release. */
    private String statusLine;
    /** The title the PDF running header repeats (with the variant, if any). */
    private String runningTitle;

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    private String document(AssembledDocument doc) {
        Metadata m = doc.metadata();
        // the header has room for the label and version beside the title; the day assembled is on the cover
        statusLine = m.status().release() ? null : m.status().label() + (m.version() == null ? "" : " · Version " + m.version());
        runningTitle = m.variant() == null ? m.title() : m.title() + " · local variant";
        out.append("<!DOCTYPE html>\n");
        out.append("<html lang=\"").append(attr(m.language())).append("\" xml:lang=\"").append(attr(m.language())).append("\">\n");
        out.append("<head>\n<meta charset=\"utf-8\"/>\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.append("<title>").append(text(m.fullTitle())).append("</title>\n");
        if (m.subject() != null) {
            out.append("<meta name=\"subject\" content=\"").append(attr(m.subject())).append("\"/>\n");
            out.append("<meta name=\"description\" content=\"").append(attr(m.subject())).append("\"/>\n");
        }
        if (!m.keywords().isEmpty()) {
            out.append("<meta name=\"keywords\" content=\"").append(attr(String.join(", ", m.keywords()))).append("\"/>\n");
        }
        if (m.publisher() != null) {
            out.append("<meta name=\"author\" content=\"").append(attr(m.publisher())).append("\"/>\n");
        }
        if (m.date() != null) {
            out.append("<meta name=\"dcterms.date\" content=\"").append(m.date()).append("\"/>\n");
        }
        for (AssembledDocument.Issuer issuer : m.issuers()) {
            out.append("<meta name=\"dcterms.publisher\" content=\"").append(attr(issuer.name())).append("\"/>\n");
        }
        out.append("<meta name=\"bridgework.status\" content=\"").append(attr(m.status().kind())).append("\"/>\n");
        out.append("<meta name=\"bridgework.status-label\" content=\"").append(attr(m.status().label())).append("\"/>\n");
        if (m.version() != null) {
            out.append("<meta name=\"dcterms.hasVersion\" content=\"").append(attr(m.version())).append("\"/>\n");
        }
        if (m.assembled() != null) {
            out.append("<meta name=\"dcterms.modified\" content=\"").append(m.assembled()).append("\"/>\n");
        }
        out.append("<meta name=\"dcterms.identifier\" content=\"").append(attr(m.identifier())).append("\"/>\n");
        out.append("<meta name=\"generator\" content=\"Bridgework\"/>\n");
        out.append("<style>\n").append(css()).append("\n</style>\n</head>\n<body>\n");
        if (!print) {
            out.append("<a class=\"skip-link\" href=\"#").append(AssembledDocument.MAIN_ANCHOR).append("\" title=\"Skip to main content\">Skip to main content</a>\n");
        }
        if (!m.status().release()) {
            // the draft banner: first thing on screen and on the cover of the PDF
            out.append("<div class=\"status-banner\" role=\"note\"><p><strong>").append(text(m.status().label())).append("</strong>");
            if (m.version() != null) {
                out.append(" · Version ").append(text(m.version()));
            }
            if (m.assembled() != null) {
                out.append(" · Assembled <time datetime=\"").append(m.assembled()).append("\">").append(LONG_DATE.format(m.assembled())).append("</time>");
            }
            out.append("</p></div>\n");
        }
        titlePage(doc);
        contents(doc);
        out.append("<main id=\"").append(AssembledDocument.MAIN_ANCHOR).append("\"").append(print ? "" : " tabindex=\"-1\"").append(">\n");
        ids.add(AssembledDocument.MAIN_ANCHOR);
        for (Section s : doc.sections()) {
            section(s);
        }
        glossary(doc.glossary());
        bibliography(doc.bibliography());
        for (Appendix a : doc.appendices()) {
            appendix(a);
        }
        out.append("</main>\n");
        footer(doc);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void titlePage(AssembledDocument doc) {
        Metadata m = doc.metadata();
        out.append("<header class=\"title-page\">\n<div class=\"band\">\n<div class=\"wrap\">\n");
        if (m.publisher() != null && m.issuers().isEmpty()) {
            out.append("<p class=\"kicker\">").append(text(m.publisher())).append("</p>\n");
        }
        issuers(m);
        out.append("<h1 id=\"title\">").append(text(m.title())).append("</h1>\n");
        ids.add("title");
        if (m.subtitle() != null) {
            out.append("<p class=\"subtitle\">").append(text(m.subtitle())).append("</p>\n");
        }
        if (m.variant() != null) {
            out.append("<p class=\"variant\">").append(text(m.variant().label())).append("</p>\n");
        }
        // a draft's banner already says this line: print leaves the repeat out to keep the cover and contents on one page
        out.append("<p class=\"meta status").append(m.status().release() ? "" : " repeat").append("\">");
        if (m.status().release()) {
            out.append(text(m.status().label()));
            if (m.date() != null) {
                out.append(". Published <time datetime=\"").append(m.date()).append("\">").append(LONG_DATE.format(m.date())).append("</time>");
            }
            if (m.version() != null) {
                out.append(". Version ").append(text(m.version()));
            }
        } else {
            out.append("<strong>").append(text(m.status().label())).append("</strong>");
            if (m.version() != null) {
                out.append(". Version ").append(text(m.version()));
            }
            if (m.assembled() != null) {
                out.append(". Assembled <time datetime=\"").append(m.assembled()).append("\">").append(LONG_DATE.format(m.assembled())).append("</time>");
            }
        }
        out.append("</p>\n");
        out.append("</div>\n</div>\n");
        if (!doc.frontMatter().isEmpty()) {
            out.append("<div class=\"wrap front-matter\">\n");
            blocks(doc.frontMatter(), 1);
            out.append("</div>\n");
        }
        out.append("</header>\n");
    }

    /** The issuers on the cover: "Issued by A and B", then their logos (alt text required by the builder). */
    private void issuers(Metadata m) {
        if (m.issuers().isEmpty()) {
            return;
        }
        out.append("<p class=\"issuers\">Issued by ").append(text(m.publisher())).append("</p>\n");
        if (m.issuers().stream().anyMatch(i -> i.logo() != null)) {
            out.append("<p class=\"issuer-logos\">");
            for (AssembledDocument.Issuer i : m.issuers()) {
                if (i.logo() != null) {
                    out.append("<img src=\"data:").append(i.logoMediaType()).append(";base64,").append(Base64.getEncoder().encodeToString(i.logo()))
                            .append("\" alt=\"").append(attr(i.logoAlt())).append("\"/>");
                }
            }
            out.append("</p>\n");
        }
    }

    private void contents(AssembledDocument doc) {
        if (doc.contents().isEmpty()) {
            return;
        }
        out.append("<nav class=\"contents\" id=\"").append(AssembledDocument.CONTENTS_ANCHOR).append("\" aria-labelledby=\"contents-heading\">\n");
        ids.add(AssembledDocument.CONTENTS_ANCHOR);
        ids.add("contents-heading");
        out.append("<h2 id=\"contents-heading\">Contents</h2>\n");
        contentsList(doc.contents());
        out.append("</nav>\n");
    }

    private void contentsList(List<ContentsEntry> entries) {
        out.append("<ol>\n");
        for (ContentsEntry e : entries) {
            out.append("<li><a href=\"#").append(attr(e.anchor())).append("\" title=\"").append(attr(e.text())).append("\">")
                    .append(text(e.text())).append("</a>");
            if (!e.children().isEmpty()) {
                out.append('\n');
                contentsList(e.children());
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static int h(int level) {
        return Math.max(2, Math.min(6, level + 1));
    }

    private void section(Section s) {
        int h = h(s.level());
        out.append("<section").append(id(s.anchor() + "-section")).append(" aria-labelledby=\"").append(attr(s.anchor())).append("\">\n");
        out.append("<h").append(h).append(id(s.anchor())).append('>').append(text(s.heading())).append("</h").append(h).append(">\n");
        blocks(keyMessageFirst(s.blocks()), s.level());
        for (Section sub : s.subsections()) {
            section(sub);
        }
        out.append("</section>\n");
    }

    /**
     * Layered reading, as MAGICapp does: a section opens with its key message (the first key-message callout moves
     * up to just under the heading), the rest follows, evidence behind disclosures on screen.
     */
    static List<Block> keyMessageFirst(List<Block> blocks) {
        for (int n = 1; n < blocks.size(); n++) {
            if (blocks.get(n) instanceof Callout c && c.kind() == AssembledDocument.CalloutKind.KEY_MESSAGE) {
                List<Block> reordered = new java.util.ArrayList<>(blocks.size());
                reordered.add(c);
                for (int m = 0; m < blocks.size(); m++) {
                    if (m != n) {
                        reordered.add(blocks.get(m));
                    }
                }
                return reordered;
            }
        }
        return blocks;
    }

    /**
     * On screen, content a reader opens when they want it (evidence, facts, a figure's table): a {@code details}
     * disclosure that works without JavaScript and prints expanded (the print stylesheet shows its content). Print
     * and the PDF write the content as it is.
     */
    private void openLayer(String cssClass, String summary) {
        if (!print) {
            out.append("<details class=\"layer ").append(cssClass).append("\">\n<summary>").append(summary).append("</summary>\n");
        }
    }

    private void closeLayer() {
        if (!print) {
            out.append("</details>\n");
        }
    }

    private void backSection(String anchor, String heading) {
        out.append("<section").append(id(anchor + "-section")).append(" aria-labelledby=\"").append(attr(anchor)).append("\">\n");
        out.append("<h2").append(id(anchor)).append('>').append(text(heading)).append("</h2>\n");
    }

    private void glossary(List<GlossaryEntry> glossary) {
        if (glossary.isEmpty()) {
            return;
        }
        backSection(AssembledDocument.GLOSSARY_ANCHOR, "Glossary");
        out.append("<dl class=\"glossary\">\n");
        for (GlossaryEntry g : glossary) {
            out.append("<dt").append(id(g.anchor())).append('>').append(text(g.term()));
            if (g.expansion() != null && !g.expansion().equalsIgnoreCase(g.term())) {
                out.append(" (").append(text(g.expansion())).append(')');
            }
            out.append("</dt>\n<dd>");
            inline(g.definition());
            if (g.sector() != null) {
                out.append(g.definition().isEmpty() ? "" : " ").append("<span class=\"sector\">[").append(text(g.sector())).append("]</span>");
            }
            out.append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private void bibliography(List<BibliographyEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        backSection(AssembledDocument.BIBLIOGRAPHY_ANCHOR, "References");
        out.append("<ol class=\"references\">\n");
        for (BibliographyEntry e : entries) {
            out.append("<li").append(e.key() == null ? "" : id("ref-" + DocumentBuilder.slug(e.key()))).append('>')
                    .append(xmlSafe(e.html())).append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void appendix(Appendix a) {
        backSection(a.anchor(), a.title());
        // the consensus report's tables are the evidence behind the criteria: each opens on demand, named by its caption
        boolean layered = a.anchor().startsWith("appendix-consensus");
        List<Block> rest = new java.util.ArrayList<>();
        for (Block b : a.blocks()) {
            if (layered && b instanceof AssembledDocument.Table t && t.caption() != null) {
                blocks(rest, 1);
                rest.clear();
                openLayer("evidence", text(t.caption()));
                table(t);
                closeLayer();
            } else {
                rest.add(b);
            }
        }
        blocks(rest, 1);
        out.append("</section>\n");
    }

    private void footer(AssembledDocument doc) {
        Metadata m = doc.metadata();
        out.append("<footer>\n<div class=\"wrap\">\n<p>").append(text(m.fullTitle()));
        if (m.publisher() != null) {
            out.append(". Issued by ").append(text(m.publisher()));
        }
        if (m.status().release() && m.date() != null) {
            out.append(". Published ").append(LONG_DATE.format(m.date()));
        } else if (!m.status().release()) {
            out.append(". ").append(text(m.statusLine()));
        }
        out.append(".</p>\n");
        if (m.colophon()) {
            out.append("<p>Assembled offline with Bridgework from the guidance project ").append(text(m.identifier())).append(".</p>\n");
        }
        out.append("</div>\n</footer>\n");
    }

    // ---------------------------------------------------------------- blocks

    private void blocks(List<Block> blocks, int level) {
        for (int n = 0; n < blocks.size(); n++) {
            Block b = blocks.get(n);
            if (b instanceof AssembledDocument.Image i && i.twin() == null && "image/svg+xml".equals(i.mediaType()) && n + 1 < blocks.size()
                    && blocks.get(n + 1) instanceof AssembledDocument.Table t) {
                // a table right after an SVG figure (the gap map's) is the figure's twin: on screen behind "Show as table"
                block(i.with(i.caption(), t), level);
                n++;
            } else {
                block(b, level);
            }
        }
    }

    private void block(Block block, int level) {
        switch (block) {
            case AssembledDocument.Paragraph p -> {
                out.append("<p").append(id(p.anchor())).append('>');
                inline(p.content());
                out.append("</p>\n");
            }
            case AssembledDocument.ListBlock l -> {
                String tag = l.ordered() ? "ol" : "ul";
                out.append('<').append(tag).append(id(l.anchor())).append(">\n");
                for (List<Inline> item : l.items()) {
                    out.append("<li>");
                    inline(item);
                    out.append("</li>\n");
                }
                out.append("</").append(tag).append(">\n");
            }
            case Callout c -> callout(c, level);
            case AssembledDocument.Checklist c -> {
                out.append("<div class=\"checklist\"").append(id(c.anchor())).append(">\n");
                if (c.title() != null) {
                    out.append("<p class=\"checklist-title\">").append(text(c.title())).append("</p>\n");
                }
                out.append("<ul>\n");
                for (List<Inline> item : c.items()) {
                    out.append("<li>");
                    inline(item);
                    out.append("</li>\n");
                }
                out.append("</ul>\n</div>\n");
            }
            case AssembledDocument.Quote q -> {
                openLayer("evidence", "Evidence: extract" + (q.citation() == null ? "" : " from " + text(q.citation().text())));
                out.append("<figure class=\"quote\"").append(id(q.anchor())).append(">\n<blockquote><p>");
                inline(q.text());
                out.append("</p></blockquote>\n");
                if (q.citation() != null) {
                    out.append("<figcaption>");
                    citation(q.citation());
                    out.append("</figcaption>\n");
                }
                out.append("</figure>\n");
                closeLayer();
            }
            case CaseStudySummary cs -> caseStudy(cs, level);
            case AssembledDocument.ChallengeTable t -> challengeTable(t);
            case AssembledDocument.Image i -> {
                out.append("<figure class=\"image\"").append(id(i.anchor())).append(">\n");
                if ("image/svg+xml".equals(i.mediaType())) {
                    svgFigure(i);
                } else {
                    out.append("<img src=\"data:").append(i.mediaType()).append(";base64,").append(Base64.getEncoder().encodeToString(i.data()))
                            .append("\" alt=\"").append(attr(i.altText())).append("\"/>\n");
                }
                if (!i.caption().isEmpty()) {
                    out.append("<figcaption>");
                    inline(i.caption());
                    out.append("</figcaption>\n");
                }
                out.append("</figure>\n");
                if (i.twin() != null) {
                    // the figure's accessible twin: its data as a table, on screen behind "Show as table"
                    openLayer("twin", "Show as table<span class=\"visually-hidden\">: "
                            + text(i.twin().caption() == null ? i.altText() : i.twin().caption()) + "</span>");
                    table(i.twin());
                    closeLayer();
                }
            }
            case AssembledDocument.Table t -> table(t);
        }
    }

    /** The text width of the printed page (A4 less 20 mm margins) in CSS pixels: a wider figure is scaled down to it. */
    private static final double PRINT_WIDTH = 640;

    /**
     * An SVG figure. On screen the SVG itself as an image (sharp at any zoom; an inline SVG's text over its shaded cells
     * leaves axe-core unable to check contrast), named by the figure's alt text. In print an {@code object} of type
     * {@value #SVG_OBJECT_TYPE} carrying the SVG, sized to fit the page, with the alt text: the PDF renderer draws it as
     * vectors (its object drawer) and tags it as a figure with that alt text.
     */
    private void svgFigure(AssembledDocument.Image i) {
        byte[] data = i.data();
        if (print) {
            java.awt.geom.Dimension2D size;
            try {
                size = Pictures.svgSize(data);
            } catch (IOException e) {
                // not a picture JSVG can draw: the alt text stands in for it
                out.append("<p class=\"figure-missing\">").append(text("[Figure: " + i.altText() + "]")).append("</p>\n");
                return;
            }
            double scale = Math.min(1, PRINT_WIDTH / Math.max(1, size.getWidth()));
            long width = Math.round(size.getWidth() * scale);
            long height = Math.round(size.getHeight() * scale);
            out.append("<object type=\"").append(SVG_OBJECT_TYPE).append("\" data=\"data:image/svg+xml;base64,")
                    .append(Base64.getEncoder().encodeToString(data)).append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" style=\"display:block;width:").append(width).append("px;height:").append(height).append("px\" alt=\"")
                    .append(attr(i.altText())).append("\" title=\"").append(attr(i.altText())).append("\"></object>\n");
            return;
        }
        out.append("<img src=\"data:image/svg+xml;base64,").append(Base64.getEncoder().encodeToString(data)).append("\" alt=\"")
                .append(attr(i.altText())).append("\"/>\n");
    }

    /** The {@code object} type of an SVG figure in print HTML (drawn as vectors by the PDF renderer). */
    static final String SVG_OBJECT_TYPE = "image/svg+xml";

    private void callout(Callout c, int level) {
        String kind = c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String titleId = c.anchor() + "-label";
        boolean labelled = !ids.contains(titleId);
        out.append("<aside class=\"callout ").append(kind).append('"').append(id(c.anchor()));
        if (labelled) {
            out.append(" aria-labelledby=\"").append(attr(titleId)).append('"');
        } else {
            out.append(" aria-label=\"").append(attr(c.label())).append('"');
        }
        out.append(">\n<p class=\"callout-title\"").append(labelled ? id(titleId) : "").append('>').append(text(c.label())).append("</p>\n");
        blocks(c.content(), level);
        out.append("</aside>\n");
    }

    private void caseStudy(CaseStudySummary cs, int level) {
        int h = Math.min(6, h(level) + 1);
        String headingId = cs.anchor() + "-heading";
        out.append("<div class=\"case-study\"").append(id(cs.anchor())).append(">\n");
        out.append("<p class=\"case-study-label\">Case study</p>\n");
        out.append("<h").append(h).append(id(headingId)).append('>').append(text(cs.title())).append("</h").append(h).append(">\n");
        // on screen the description first; the facts, benefits and outcomes open on demand
        blocks(cs.description(), level);
        openLayer("facts", "Facts, benefits and outcomes<span class=\"visually-hidden\">: " + text(cs.title()) + "</span>");
        out.append("<dl class=\"facts\">\n");
        fact("Partners", cs.partners().isEmpty() ? null : String.join(", ", cs.partners()));
        fact("Service model", cs.serviceModel());
        fact("Region", cs.region());
        fact("Setting", cs.contexts().isEmpty() ? null : String.join("; ", cs.contexts()));
        fact("Who it serves", cs.populationServed());
        fact("How students are referred", cs.referralRoute());
        fact("Challenges it addresses", cs.challenges().isEmpty() ? null : String.join("; ", cs.challenges()));
        fact("Status of this information", cs.collectionStatus());
        out.append("</dl>\n");
        if (!cs.benefits().isEmpty()) {
            openScroll("Benefits reported: " + cs.title());
            out.append("<table>\n<caption>Benefits reported: ").append(text(cs.title())).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Who benefits</th><th scope=\"col\">Benefit</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
            for (AssembledDocument.Benefit b : cs.benefits()) {
                out.append("<tr><th scope=\"row\">").append(text(b.beneficiary())).append("</th><td>");
                inline(b.description());
                out.append("</td><td>").append(text(b.evidence())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        closeScroll();
        }
        if (!cs.outcomes().isEmpty()) {
            openScroll("Outcomes reported: " + cs.title());
            out.append("<table>\n<caption>Outcomes reported: ").append(text(cs.title())).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Measure</th><th scope=\"col\">Result</th><th scope=\"col\">Period</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
            for (AssembledDocument.Outcome o : cs.outcomes()) {
                out.append("<tr><th scope=\"row\">").append(text(orDash(o.measure()))).append("</th><td>").append(text(orDash(o.value())))
                        .append("</td><td>").append(text(orDash(o.period()))).append("</td><td>");
                if (o.source().isEmpty()) {
                    out.append("–");
                } else {
                    inline(o.source());
                }
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        closeScroll();
        }
        closeLayer();
        out.append("</div>\n");
    }

    /**
     * On screen a wide table scrolls inside its own region instead of widening the page (390 px phones); the region is
     * focusable so keyboard users can scroll it, hence it needs a name. Print keeps bare tables: the PDF's tagging
     * wants the table itself as the block.
     */
    private void openScroll(String label) {
        if (!print) {
            out.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(attr(label)).append("\">\n");
        }
    }

    private void closeScroll() {
        if (!print) {
            out.append("</div>\n");
        }
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    private void fact(String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<dt>").append(text(label)).append("</dt><dd>").append(text(value)).append("</dd>\n");
        }
    }

    private void challengeTable(AssembledDocument.ChallengeTable t) {
        if (!t.solutions().isEmpty()) {
            challengeMatrix(t);
            return;
        }
        openScroll(t.caption() == null ? "Challenges" : t.caption());
        out.append("<table").append(id(t.anchor())).append(">\n");
        if (t.caption() != null) {
            out.append("<caption>").append(text(t.caption())).append("</caption>\n");
        }
        out.append("<thead><tr><th scope=\"col\">Challenge</th><th scope=\"col\">What it means</th><th scope=\"col\">What helps</th></tr></thead>\n<tbody>\n");
        for (ChallengeRow r : t.rows()) {
            out.append("<tr").append(id(r.anchor())).append("><th scope=\"row\">").append(text(r.challenge())).append("</th><td>");
            inline(r.description());
            out.append("</td><td>");
            if (r.solutions().isEmpty()) {
                out.append("No solution recorded yet.");
            } else if (r.solutions().size() == 1) {
                inline(r.solutions().get(0));
            } else {
                out.append("<ul>");
                for (List<Inline> s : r.solutions()) {
                    out.append("<li>");
                    inline(s);
                    out.append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        closeScroll();
    }

    /**
     * Challenges against solutions: a mark where a solution helps, the columns numbered as the one description of
     * each solution below the table is (instead of repeating it in every row it helps).
     */
    private void challengeMatrix(AssembledDocument.ChallengeTable t) {
        openScroll(t.caption() == null ? "Challenges" : t.caption());
        out.append("<table class=\"matrix\"").append(id(t.anchor())).append(">\n");
        if (t.caption() != null) {
            out.append("<caption>").append(text(t.caption())).append("</caption>\n");
        }
        out.append("<thead><tr><th scope=\"col\">Challenge</th><th scope=\"col\">What it means</th>");
        for (AssembledDocument.SolutionEntry s : t.solutions()) {
            // a plain number, not a link: ten small links side by side are too small a touch target (WCAG 2.5.8)
            out.append("<th scope=\"col\" class=\"mark\" title=\"").append(attr("What helps " + s.number() + ": " + s.title())).append("\">");
            if (!print) {
                out.append("<span class=\"visually-hidden\">What helps </span>");
            }
            out.append(s.number()).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ChallengeRow r : t.rows()) {
            out.append("<tr").append(id(r.anchor())).append("><th scope=\"row\">").append(text(r.challenge())).append("</th><td>");
            inline(r.description());
            out.append("</td>");
            for (AssembledDocument.SolutionEntry s : t.solutions()) {
                if (!t.marks(r, s)) {
                    out.append(print ? "<td class=\"mark\"></td>" : "<td class=\"mark\" data-n=\"" + s.number() + "\"></td>");
                } else if (print) {
                    out.append("<td class=\"mark\">●</td>");
                } else {
                    // on screen the dot is drawn by CSS and the cell says in words what it means (a lone symbol is
                    // no text a screen reader or a contrast check can use); on a narrow screen the rows stack and
                    // each mark shows its solution's number (data-n)
                    out.append("<td class=\"mark yes\" data-n=\"").append(s.number()).append("\"><span class=\"visually-hidden\">helps (")
                            .append(s.number()).append(")</span></td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        closeScroll();
        out.append("<div class=\"solutions\">\n<p class=\"solutions-title\">What helps: the numbered columns</p>\n<ol>\n");
        for (AssembledDocument.SolutionEntry s : t.solutions()) {
            out.append("<li").append(id(s.anchor())).append("><strong>").append(text(s.title())).append(s.description().isEmpty() ? "" : ":")
                    .append("</strong>");
            if (!s.description().isEmpty()) {
                out.append(' ');
                inline(s.description());
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</div>\n");
    }

    private void table(AssembledDocument.Table t) {
        openScroll(t.caption() == null ? String.join(", ", t.columns()) : t.caption());
        out.append("<table").append(id(t.anchor())).append(">\n");
        if (t.caption() != null) {
            out.append("<caption>").append(text(t.caption())).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (String c : t.columns()) {
            out.append("<th scope=\"col\">").append(text(c)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0 && t.firstColumnHeader()) {
                    out.append("<th scope=\"row\">").append(text(row.get(i))).append("</th>");
                } else {
                    out.append("<td>").append(text(row.get(i))).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        closeScroll();
    }

    // ---------------------------------------------------------------- inline

    private void inline(List<Inline> content) {
        for (int n = 0; n < content.size(); n++) {
            Inline i = content.get(n);
            if (i instanceof Text t && !t.styles().isEmpty() && n + 1 < content.size() && content.get(n + 1) instanceof Text next
                    && next.styles().isEmpty() && next.text().startsWith(":")) {
                // "<strong>label</strong>: text" could break before the colon (openhtmltopdf does): the colon joins the label
                styled(new Text(t.text() + ":", t.styles()));
                String rest = next.text().substring(1);
                if (!rest.isEmpty()) {
                    out.append(text(rest));
                }
                n++;
                continue;
            }
            switch (i) {
                case Text t -> styled(t);
                case Link l -> {
                    out.append("<a href=\"").append(attr(l.url())).append("\" title=\"").append(attr(l.title())).append("\">");
                    inline(l.content());
                    out.append("</a>");
                }
                case ElementRef r -> {
                    if (r.anchor() == null) {
                        out.append("<span class=\"ref\">").append(text(r.text())).append("</span>");
                    } else {
                        out.append("<a href=\"#").append(attr(r.anchor())).append("\" title=\"").append(attr(r.targetLabel())).append("\">")
                                .append(text(r.text())).append("</a>");
                    }
                }
                case Citation c -> citation(c);
                case LineBreak b -> out.append("<br/>");
            }
        }
    }

    private void citation(Citation c) {
        out.append("<span class=\"citation\" data-cites=\"")
                .append(attr(String.join(" ", c.items().stream().map(AssembledDocument.CiteItem::key).toList()))).append("\">")
                .append(xmlSafe(c.html())).append("</span>");
    }

    private void styled(Text t) {
        if (t.has(Style.STRONG)) {
            out.append("<strong>");
        }
        if (t.has(Style.EMPHASIS)) {
            out.append("<em>");
        }
        if (t.has(Style.CODE)) {
            out.append("<code>");
        }
        out.append(text(t.text()));
        if (t.has(Style.CODE)) {
            out.append("</code>");
        }
        if (t.has(Style.EMPHASIS)) {
            out.append("</em>");
        }
        if (t.has(Style.STRONG)) {
            out.append("</strong>");
        }
    }

    // ---------------------------------------------------------------- escaping and ids

    /** {@code id="..."} the first time an id is used, nothing after (ids stay unique). */
    private String id(String id) {
        if (id == null || !ids.add(id)) {
            return "";
        }
        return " id=\"" + attr(id) + "\"";
    }

    private static String text(String s) {
        return Html.escape(s);
    }

    private static String attr(String s) {
        return Html.escape(s).replace("\n", "&#10;");
    }

    /** An HTML fragment from a citation engine made XML-safe: named entities other than the XML five become characters. */
    private static String xmlSafe(String html) {
        // links from the citation engine (DOI, URL) get a title, as every link here has (PDF/UA link descriptions)
        html = LINK_WITHOUT_TITLE.matcher(html).replaceAll("<a href=\"$1\" title=\"$1\">");
        if (html.indexOf('&') < 0) {
            return html;
        }
        return html.replace("&nbsp;", "\u00a0").replace("&ndash;", "–").replace("&mdash;", "—")
                .replace("&lsquo;", "‘").replace("&rsquo;", "’").replace("&ldquo;", "“").replace("&rdquo;", "”")
                .replace("&hellip;", "…");
    }
}
