package org.bridgework.assembly.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeRow;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.GlossaryEntry;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.LineBreak;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.core.api.CitationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Pandoc-flavoured Markdown (pandoc 2.17 and later): a YAML metadata block, headings with {@code {#id}}, citations kept
 * as {@code [@key]}, a CSL-JSON bibliography ({@code <baseName>.json}) and the style's CSL file ({@code <style>.csl},
 * from the {@link CitationService}) beside it and named in the metadata, images as side files. So
 * {@code pandoc --citeproc NAME.md -o NAME.docx} works with no further arguments.
 */
@Component(service = Renderer.class)
public class MarkdownRenderer implements Renderer {

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    private final CitationService citations;

    /** Without a citation service: no CSL file is written, pandoc then uses its default style. */
    public MarkdownRenderer() {
        this(null);
    }

    @Activate
    public MarkdownRenderer(@Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    CitationService citations) {
        this.citations = citations;
    }

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String description() {
        return "Pandoc Markdown with citations kept as [@key] and a CSL-JSON bibliography beside it";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        String style = document.metadata().citationStyle();
        String styleXml = document.bibliography().isEmpty() || citations == null || style == null
                || !OutputSink.SIDE_FILE_NAME.matcher(style + ".csl").matches() ? null : citations.styleXml(style).orElse(null);
        Writer w = new Writer(document, out, styleXml == null ? null : style + ".csl");
        String markdown = w.document();
        out.main().write(markdown.getBytes(StandardCharsets.UTF_8));
        if (!document.bibliography().isEmpty()) {
            out.side(out.baseName() + ".json").write(document.bibliographyCslJson().getBytes(StandardCharsets.UTF_8));
        }
        if (styleXml != null) {
            out.side(style + ".csl").write(styleXml.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final class Writer {
        private final AssembledDocument doc;
        private final OutputSink sink;
        private final StringBuilder b = new StringBuilder(32 * 1024);
        private final String cslFile;

        Writer(AssembledDocument doc, OutputSink sink, String cslFile) {
            this.doc = doc;
            this.sink = sink;
            this.cslFile = cslFile;
        }

        String document() throws IOException {
            yaml();
            if (!doc.metadata().status().release()) {
                // a draft says so where a reader of the Markdown looks first
                b.append("::: {.status-banner}\n").append(doc.metadata().statusLine().replace("*", "\\*")).append("\n:::\n\n");
            }
            for (Block block : doc.frontMatter()) {
                block(block, 1);
            }
            for (Section s : doc.sections()) {
                section(s);
            }
            if (!doc.glossary().isEmpty()) {
                heading(1, "Glossary", AssembledDocument.GLOSSARY_ANCHOR);
                for (GlossaryEntry g : doc.glossary()) {
                    if (g.anchor() != null) {
                        b.append(anchorMark(g.anchor()));
                    }
                    b.append(escape(g.term()));
                    if (g.expansion() != null && !g.expansion().equalsIgnoreCase(g.term())) {
                        b.append(" (").append(escape(g.expansion())).append(')');
                    }
                    b.append("\n\n:   ");
                    inline(g.definition());
                    if (g.sector() != null) {
                        b.append(g.definition().isEmpty() ? "" : " ").append("\\[").append(escape(g.sector())).append("\\]");
                    }
                    b.append("\n\n");
                }
            }
            if (!doc.bibliography().isEmpty()) {
                heading(1, "References", AssembledDocument.BIBLIOGRAPHY_ANCHOR);
                b.append("::: {#refs}\n:::\n\n");
            }
            for (Appendix a : doc.appendices()) {
                heading(1, a.title(), a.anchor());
                for (Block block : a.blocks()) {
                    block(block, 1);
                }
            }
            return anchorsWhereLinked(b.toString()).stripTrailing() + "\n";
        }

        /**
         * Paragraphs are link targets (evidence entries, criteria, "back to the text"), but a span on every paragraph
         * would bury the text: each gets a mark, and only the marks of anchors some link points to become
         * {@code []{#anchor}}.
         */
        private static String anchorMark(String anchor) {
            return "\u0000" + anchor + "\u0000";
        }

        private static String anchorsWhereLinked(String markdown) {
            java.util.Set<String> linked = new java.util.HashSet<>();
            java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\]\\(#([^)\\s]+)\\)").matcher(markdown);
            while (links.find()) {
                linked.add(links.group(1));
            }
            java.util.regex.Matcher marks = java.util.regex.Pattern.compile("\u0000([^\u0000]*)\u0000").matcher(markdown);
            return marks.replaceAll(m -> linked.contains(m.group(1)) ? java.util.regex.Matcher.quoteReplacement("[]{#" + m.group(1) + "}") : "");
        }

        private void yaml() {
            Metadata m = doc.metadata();
            b.append("---\n");
            kv("title", m.title());
            String subtitle = m.subtitle();
            if (m.variant() != null) {
                subtitle = subtitle == null ? m.variant().label() : subtitle + " — " + m.variant().label();
            }
            kv("subtitle", subtitle);
            kv("lang", m.language());
            if (m.date() != null) {
                kv("date", m.date().toString());
            }
            kv("subject", m.subject());
            kv("description", m.subject());
            kv("publisher", m.publisher());
            if (!m.issuers().isEmpty()) {
                b.append("issuers: ").append(JSON.toJson(m.issuers().stream().map(AssembledDocument.Issuer::name).toList())).append('\n');
            }
            kv("status", m.status().label());
            kv("version", m.version());
            if (!m.status().release() && m.assembled() != null) {
                kv("assembled", m.assembled().toString());
            }
            kv("identifier", m.identifier());
            if (m.variant() != null) {
                kv("variant", m.variant().contextId());
            }
            if (!m.keywords().isEmpty()) {
                b.append("keywords: ").append(JSON.toJson(m.keywords())).append('\n');
            }
            if (!doc.bibliography().isEmpty()) {
                kv("bibliography", sink.baseName() + ".json");
                if (cslFile != null) {
                    kv("csl", cslFile);
                }
                b.append("link-citations: true\n");
            }
            b.append("toc: true\n");
            b.append("---\n\n");
        }

        private void kv(String key, String value) {
            if (value != null) {
                // YAML double-quoted scalars accept JSON escapes
                b.append(key).append(": ").append(JSON.toJson(value)).append('\n');
            }
        }

        private void heading(int level, String text, String anchor) {
            b.append("#".repeat(Math.min(6, level))).append(' ').append(escape(text)).append(" {#").append(anchor).append("}\n\n");
        }

        private void section(Section s) throws IOException {
            heading(s.level(), s.heading(), s.anchor());
            for (Block block : s.blocks()) {
                block(block, s.level());
            }
            for (Section sub : s.subsections()) {
                section(sub);
            }
        }

        private void block(Block block, int level) throws IOException {
            switch (block) {
                case AssembledDocument.Paragraph p -> {
                    int start = b.length();
                    paragraph(p.content());
                    if (p.anchor() != null) {
                        b.insert(start, anchorMark(p.anchor()));
                    }
                    b.append("\n\n");
                }
                case AssembledDocument.ListBlock l -> {
                    int n = 1;
                    for (List<Inline> item : l.items()) {
                        b.append(l.ordered() ? (n++) + ". " : "- ");
                        inline(item);
                        b.append('\n');
                    }
                    b.append('\n');
                }
                case Callout c -> {
                    b.append("::: {#").append(c.anchor()).append(" .callout .").append(c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .append("}\n**").append(escape(c.label())).append("**\n\n");
                    for (Block inner : c.content()) {
                        block(inner, level);
                    }
                    b.append(":::\n\n");
                }
                case AssembledDocument.Checklist c -> {
                    b.append("::: {#").append(c.anchor()).append(" .checklist}\n");
                    if (c.title() != null) {
                        b.append("**").append(escape(c.title())).append("**\n\n");
                    }
                    for (List<Inline> item : c.items()) {
                        b.append("- [ ] ");
                        inline(item);
                        b.append('\n');
                    }
                    b.append(":::\n\n");
                }
                case AssembledDocument.Quote q -> {
                    b.append("> ");
                    inline(q.text());
                    if (q.citation() != null) {
                        b.append("\n>\n> --- ");
                        citation(q.citation());
                    }
                    b.append("\n\n");
                }
                case CaseStudySummary cs -> caseStudy(cs, level);
                case AssembledDocument.ChallengeTable t when !t.solutions().isEmpty() -> {
                    // the matrix: a mark where a numbered solution helps, each solution described once below
                    b.append("| Challenge | What it means |");
                    for (AssembledDocument.SolutionEntry s : t.solutions()) {
                        b.append(" [").append(s.number()).append("](#").append(s.anchor()).append(") |");
                    }
                    b.append("\n|---|---|").append("---|".repeat(t.solutions().size())).append('\n');
                    for (ChallengeRow r : t.rows()) {
                        b.append("| ").append(r.anchor() == null ? "" : "[]{#" + r.anchor() + "}").append(cell(r.challenge())).append(" | ")
                                .append(cell(r.description())).append(" |");
                        for (AssembledDocument.SolutionEntry s : t.solutions()) {
                            b.append(t.marks(r, s) ? " ● |" : " |");
                        }
                        b.append('\n');
                    }
                    b.append('\n');
                    if (t.caption() != null) {
                        tableCaption(t.caption(), t.anchor());
                    }
                    b.append("**What helps: the numbered columns**\n\n");
                    for (AssembledDocument.SolutionEntry s : t.solutions()) {
                        b.append(s.number()).append(". []{#").append(s.anchor()).append("}**").append(escape(s.title())).append(s.description().isEmpty() ? "**" : ":** ");
                        inline(s.description());
                        b.append('\n');
                    }
                    b.append('\n');
                }
                case AssembledDocument.ChallengeTable t -> {
                    b.append("| Challenge | What it means | What helps |\n|---|---|---|\n");
                    for (ChallengeRow r : t.rows()) {
                        // rows are link targets (the HTML puts the id on the row): an empty span carries it
                        b.append("| ").append(r.anchor() == null ? "" : "[]{#" + r.anchor() + "}").append(cell(r.challenge())).append(" | ").append(cell(r.description())).append(" | ");
                        for (int i = 0; i < r.solutions().size(); i++) {
                            b.append(i == 0 ? "" : "; ").append(cell(r.solutions().get(i)));
                        }
                        b.append(" |\n");
                    }
                    b.append('\n');
                    if (t.caption() != null) {
                        tableCaption(t.caption(), t.anchor());
                    }
                }
                case AssembledDocument.Image i -> {
                    String extension = switch (i.mediaType()) {
                        case "image/png" -> "png";
                        case "image/jpeg" -> "jpg";
                        case "image/gif" -> "gif";
                        case "image/webp" -> "webp";
                        default -> "svg";
                    };
                    String file = sink.baseName() + "-" + i.anchor() + "." + extension;
                    sink.side(file).write(i.data());
                    b.append("![");
                    if (i.caption().isEmpty()) {
                        b.append(escape(i.altText()));
                    } else {
                        inline(i.caption());
                    }
                    b.append("](").append(file).append("){#").append(i.anchor()).append(" alt=").append(JSON.toJson(i.altText())).append("}\n\n");
                    if (i.twin() != null) {
                        // the figure's data as a table, right after it
                        block(i.twin(), level);
                    }
                }
                case AssembledDocument.Table t -> {
                    b.append('|');
                    for (String c : t.columns()) {
                        b.append(' ').append(cell(c)).append(" |");
                    }
                    b.append("\n|");
                    b.append("---|".repeat(t.columns().size()));
                    b.append('\n');
                    for (List<String> row : t.rows()) {
                        b.append('|');
                        for (String c : row) {
                            b.append(' ').append(cell(c)).append(" |");
                        }
                        b.append('\n');
                    }
                    b.append('\n');
                    if (t.caption() != null) {
                        tableCaption(t.caption(), t.anchor());
                    }
                }
            }
        }

        private void caseStudy(CaseStudySummary cs, int level) throws IOException {
            b.append("::: {#").append(cs.anchor()).append(" .case-study}\n");
            heading(level + 1, "Case study: " + cs.title(), cs.anchor() + "-heading");
            fact("Partners", cs.partners().isEmpty() ? null : String.join(", ", cs.partners()));
            fact("Service model", cs.serviceModel());
            fact("Region", cs.region());
            fact("Setting", cs.contexts().isEmpty() ? null : String.join("; ", cs.contexts()));
            fact("Who it serves", cs.populationServed());
            fact("How students are referred", cs.referralRoute());
            fact("Challenges it addresses", cs.challenges().isEmpty() ? null : String.join("; ", cs.challenges()));
            fact("Status of this information", cs.collectionStatus());
            for (Block d : cs.description()) {
                block(d, level);
            }
            if (!cs.benefits().isEmpty()) {
                b.append("| Who benefits | Benefit | Evidence |\n|---|---|---|\n");
                for (AssembledDocument.Benefit ben : cs.benefits()) {
                    b.append("| ").append(cell(ben.beneficiary())).append(" | ").append(cell(ben.description())).append(" | ")
                            .append(cell(ben.evidence())).append(" |\n");
                }
                b.append("\n: Benefits reported\n\n");
            }
            if (!cs.outcomes().isEmpty()) {
                b.append("| Measure | Result | Period | Source |\n|---|---|---|---|\n");
                for (AssembledDocument.Outcome o : cs.outcomes()) {
                    b.append("| ").append(cell(dash(o.measure()))).append(" | ").append(cell(dash(o.value()))).append(" | ")
                            .append(cell(dash(o.period()))).append(" | ").append(o.source().isEmpty() ? "–" : cell(o.source())).append(" |\n");
                }
                b.append("\n: Outcomes reported\n\n");
            }
            b.append(":::\n\n");
        }

        /** Pandoc has no attributes on table captions: an empty span in the caption carries the anchor links point to. */
        private void tableCaption(String caption, String anchor) {
            b.append(": ").append(escape(caption));
            if (anchor != null) {
                b.append(" []{#").append(anchor).append('}');
            }
            b.append("\n\n");
        }

        private static String dash(String s) {
            return s == null ? "–" : s;
        }

        private void fact(String label, String value) {
            if (value != null && !value.isBlank()) {
                b.append(escape(label)).append("\n:   ").append(escape(value)).append("\n\n");
            }
        }

        private String cell(String s) {
            return escape(s).replace("|", "\\|").replace("\n", " ");
        }

        private String cell(List<Inline> content) {
            int start = b.length();
            inline(content);
            String s = b.substring(start).replace("|", "\\|").replace("\n", " ");
            b.setLength(start);
            return s;
        }

        /** A paragraph: a leading character that would start a list, heading or quote is escaped. */
        private void paragraph(List<Inline> content) {
            int start = b.length();
            inline(content);
            String s = b.substring(start);
            if (s.matches("(?s)^(\\d+[.)]\\s|[-+*>]\\s|[-+*]$|:\\s).*")) {
                b.insert(start, '\\');
            }
        }

        private void inline(List<Inline> content) {
            for (Inline i : content) {
                switch (i) {
                    case Text t -> {
                        String mark = t.has(Style.STRONG) && t.has(Style.EMPHASIS) ? "***" : t.has(Style.STRONG) ? "**" : t.has(Style.EMPHASIS) ? "*" : "";
                        if (t.has(Style.CODE)) {
                            String ticks = t.text().contains("`") ? "`` " : "`";
                            b.append(mark).append(ticks).append(t.text()).append(new StringBuilder(ticks).reverse()).append(mark);
                        } else if (mark.isEmpty()) {
                            b.append(escape(t.text()));
                        } else {
                            // emphasis marks must hug the text: move outer spaces outside
                            String text = t.text();
                            String lead = text.substring(0, text.length() - text.stripLeading().length());
                            String trail = text.substring(text.stripTrailing().length());
                            String core = text.strip();
                            if (core.isEmpty()) {
                                b.append(text);
                            } else {
                                b.append(lead).append(mark).append(escape(core)).append(mark).append(trail);
                            }
                        }
                    }
                    case Link l -> {
                        b.append('[');
                        inline(l.content());
                        b.append("](").append(l.url().replace(")", "%29").replace(" ", "%20"));
                        if (!l.title().equals(l.url())) {
                            b.append(' ').append(JSON.toJson(l.title()));
                        }
                        b.append(')');
                    }
                    case ElementRef r -> {
                        if (r.anchor() == null) {
                            b.append(escape(r.text()));
                        } else {
                            b.append('[').append(escape(r.text())).append("](#").append(r.anchor()).append(')');
                        }
                    }
                    case Citation c -> citation(c);
                    case LineBreak lb -> b.append("\\\n");
                }
            }
        }

        private void citation(Citation c) {
            b.append(c.pandoc());
        }

        /** Escapes pandoc Markdown's inline specials. */
        private static String escape(String s) {
            if (s == null) {
                return "";
            }
            StringBuilder e = new StringBuilder(s.length() + 8);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '@', '$', '~', '^', '|' -> e.append('\\').append(c);
                    case '\n' -> e.append(' ');
                    default -> e.append(c);
                }
            }
            return e.toString();
        }
    }
}
