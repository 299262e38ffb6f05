package org.bridgework.assembly.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bridgework.core.api.Problem;

/**
 * The guidance ready to render: format-neutral, fully resolved, immutable. Built by
 * {@link AssemblyService#build}; renderers only read it.
 * <p>
 * Everything a renderer needs is here: no renderer looks at the EMF model. Anchors are stable (derived from model
 * ids) and unique in the document, so two assemblies of the same project give the same document.
 * <p>
 * Levels: {@link Section#level()} is 1 for a top-level section of the guidance, 2 for its subsections, and so on. The
 * document title is above level 1: HTML uses {@code <h1>} for the title and {@code <h(level+1)>} for sections; Word uses
 * the Title style and "Heading (level)". Back matter (bibliography, glossary, appendices) sits at level 1.
 *
 * @param metadata     title, language, subject, variant, date
 * @param frontMatter  blocks shown after the title, before the contents (for example the variant note);
 *                     may be empty
 * @param contents     the table of contents: top-level entries with their children, back matter included
 * @param sections     the body
 * @param bibliography the cited sources in the citation style's order (empty when nothing is cited)
 * @param glossary     terms, sorted by term (case-insensitive); empty when the project has none, and empty when the
 *                     document has its own top-level section headed "Glossary": the terms are then paragraphs at the
 *                     end of that section (bold term, expansion, definition), anchored at each term's id
 * @param appendices   optional appendices (consensus report, gap map ...), in order
 * @param warnings     what the builder noticed and could work around (unknown citation keys, broken element
 *                     references ...); never errors, those stop assembly
 */
public record AssembledDocument(Metadata metadata, List<Block> frontMatter, List<ContentsEntry> contents,
        List<Section> sections, List<BibliographyEntry> bibliography, List<GlossaryEntry> glossary,
        List<Appendix> appendices, List<Problem> warnings) {

    public AssembledDocument {
        Objects.requireNonNull(metadata, "metadata");
        frontMatter = List.copyOf(frontMatter);
        contents = List.copyOf(contents);
        sections = List.copyOf(sections);
        bibliography = List.copyOf(bibliography);
        glossary = List.copyOf(glossary);
        appendices = List.copyOf(appendices);
        warnings = List.copyOf(warnings);
    }

    /** Fixed anchors of the back matter. */
    public static final String BIBLIOGRAPHY_ANCHOR = "references";
    public static final String GLOSSARY_ANCHOR = "glossary";
    public static final String CONTENTS_ANCHOR = "contents";
    /** The anchor of the main content (target of the HTML skip link). */
    public static final String MAIN_ANCHOR = "main";

    /** Words of the body (sections), headings and citations excluded. */
    public int wordCount() {
        return sections.stream().mapToInt(Section::wordCount).sum();
    }

    /**
     * The bibliography as one CSL-JSON array (entries in bibliography order, each object's keys as the builder wrote
     * them), ending with a newline. For Markdown and other tools that format citations themselves.
     */
    public String bibliographyCslJson() {
        if (bibliography.isEmpty()) {
            return "[]\n";
        }
        return bibliography.stream().map(e -> "  " + e.cslJson().strip().replace("\n", "\n  "))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    /** Every section in reading order, depth first (subsections after their parent). */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            s.collect(all);
        }
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- metadata

    /**
     * @param title         the document title (the project's document title, else the project title)
     * @param subtitle      may be null
     * @param language      BCP 47 tag, for example {@code en-GB}
     * @param subject       one-sentence description (the project's purpose): HTML {@code meta subject/description},
     *                      PDF subject, DOCX description
     * @param keywords      may be empty
     * @param date          the publication date taken from the project (never the clock); null when the project has none
     * @param variant       the local context applied, or null for the national guidance
     * @param citationStyle CSL style id used for citations, for example {@code harvard-cite-them-right}
     * @param identifier    a stable id of the document (the project's document id), for file metadata
     * @param publisher     who publishes it: the confirmed issuers joined ("A and B"); may be null
     * @param status        what the document is (a kind of draft, or the release); never null
     * @param version       the version to print (the project's version, with the Git commit when there is one); may be null
     * @param assembled     the day it was assembled (from {@code SOURCE_DATE_EPOCH} when set, so builds can repeat byte for byte)
     * @param issuers       the confirmed issuing organisations in cover order (possible, unconfirmed ones are left out)
     * @param colophon      print the line about the tool that assembled it (off unless the project asks)
     */
    public record Metadata(String title, String subtitle, String language, String subject, List<String> keywords,
            LocalDate date, Variant variant, String citationStyle, String identifier, String publisher, Status status,
            String version, LocalDate assembled, List<Issuer> issuers, boolean colophon) {
        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(language, "language");
            keywords = List.copyOf(keywords);
            status = status == null ? Status.WORKING_DRAFT : status;
            issuers = issuers == null ? List.of() : List.copyOf(issuers);
            // a publication date belongs to a release only
            date = status.release() ? date : null;
        }

        /** The metadata of earlier versions of this API: a working draft assembled on {@code date}, no version, no issuers. */
        public Metadata(String title, String subtitle, String language, String subject, List<String> keywords,
                LocalDate date, Variant variant, String citationStyle, String identifier, String publisher) {
            this(title, subtitle, language, subject, keywords, date, variant, citationStyle, identifier, publisher,
                    Status.WORKING_DRAFT, null, date, List.of(), false);
        }

        /** One line naming the status, version and assembly date, for banners and running headers. */
        public String statusLine() {
            StringBuilder line = new StringBuilder(status.label());
            if (version != null) {
                line.append(" · Version ").append(version);
            }
            if (!status.release() && assembled != null) {
                line.append(" · Assembled ").append(longDate(assembled));
            }
            return line.toString();
        }

        /** The title as a window/tab/file title: with the variant label when there is one. */
        public String fullTitle() {
            return variant == null ? title : title + " — " + variant.label();
        }
    }

    /** A day as people write it in the UK: 7 December 2026. */
    public static String longDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK).format(date);
    }

    /**
     * What the document is.
     *
     * @param kind    the status literal: {@code working-draft}, {@code stakeholder-draft}, {@code taskforce-draft}, {@code final}
     * @param label   what the cover, banner and running header say, for example "Draft — not for circulation"
     * @param release true only for the final release: then, and only then, "Published" and the publication date appear
     */
    public record Status(String kind, String label, boolean release) {
        public static final Status WORKING_DRAFT = new Status("working-draft", "Working draft — not for circulation", false);

        public Status {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * An issuing organisation as the cover shows it.
     *
     * @param name          its name
     * @param logo          the logo's bytes (SVG or PNG), or null
     * @param logoMediaType {@code image/svg+xml} or {@code image/png}, or null
     * @param logoAlt       the logo's alt text (required with a logo)
     */
    public record Issuer(String name, byte[] logo, String logoMediaType, String logoAlt) {
        public Issuer {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A local-context variant.
     *
     * @param contextId for example {@code small-specialist}
     * @param label     shown on the title page, for example "Variant for small and specialist providers"
     */
    public record Variant(String contextId, String label) {
        public Variant {
            Objects.requireNonNull(contextId, "contextId");
            Objects.requireNonNull(label, "label");
        }
    }

    /** One line of the contents: the anchor it links to, its text, its level (1 = top) and its children. */
    public record ContentsEntry(String anchor, String text, int level, List<ContentsEntry> children) {
        public ContentsEntry {
            children = List.copyOf(children);
        }
    }

    /**
     * A section.
     *
     * @param anchor      stable, unique anchor (the model's section id)
     * @param level       1 for top-level sections, 2 for their subsections ...
     * @param heading     the heading text (plain text)
     * @param blocks      its blocks in order
     * @param subsections its subsections in order
     * @param wordCount   words of its blocks and of its subsections, headings and citations excluded
     * @param wordBudget  the section's word budget, or null
     */
    public record Section(String anchor, int level, String heading, List<Block> blocks, List<Section> subsections,
            int wordCount, Integer wordBudget) {
        public Section {
            Objects.requireNonNull(anchor, "anchor");
            blocks = List.copyOf(blocks);
            subsections = List.copyOf(subsections);
        }

        private void collect(List<Section> into) {
            into.add(this);
            for (Section s : subsections) {
                s.collect(into);
            }
        }
    }

    /** An appendix: a top-level unit of back matter; its blocks are usually {@link Table}s and paragraphs. */
    public record Appendix(String anchor, String title, List<Block> blocks) {
        public Appendix {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A bibliography entry.
     *
     * @param key     the citation key
     * @param html    the entry formatted in the citation style, as an HTML fragment (no enclosing block element)
     * @param text    the same as plain text
     * @param cslJson the source as one CSL-JSON object (for Markdown's bibliography file)
     */
    public record BibliographyEntry(String key, String html, String text, String cslJson) {
    }

    /**
     * A glossary entry.
     *
     * @param anchor     stable anchor (the term's id)
     * @param term       for example "HEP"
     * @param expansion  for example "Higher education provider", may be null
     * @param definition may be empty
     * @param sector     "HE", "NHS", "both" or "general" as a reader-facing label, may be null
     */
    public record GlossaryEntry(String anchor, String term, String expansion, List<Inline> definition, String sector) {
        public GlossaryEntry {
            definition = List.copyOf(definition);
        }
    }

    // ---------------------------------------------------------------- blocks

    /**
     * A block of a section. Every block has a stable {@link #anchor()} (the model element's id, or one derived from it)
     * that renderers may use as an element id / bookmark; element references point at these.
     */
    public sealed interface Block permits Paragraph, ListBlock, Callout, Checklist, Quote, CaseStudySummary,
            ChallengeTable, Image, Table {
        String anchor();
    }

    /** A paragraph of inline content. */
    public record Paragraph(String anchor, List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A bulleted or numbered list; each item is inline content. */
    public record ListBlock(String anchor, boolean ordered, List<List<Inline>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** What a callout is for. */
    public enum CalloutKind {
        KEY_MESSAGE("Key message"),
        FOR_NHS_READERS("For NHS readers"),
        FOR_HE_READERS("For higher education readers"),
        /** A note added by a local-context variant. */
        LOCAL_NOTE("Local note");

        private final String label;

        CalloutKind(String label) {
            this.label = label;
        }

        /** The reader-facing label, for example "Key message" (the default accessible name of the callout). */
        public String label() {
            return label;
        }
    }

    /**
     * A highlighted box (HTML {@code <aside>}).
     *
     * @param kind    what it is for
     * @param title   its own title, or null: then {@link CalloutKind#label()} is shown
     * @param label   the accessible name to give it (title if any, else the kind's label); never null
     * @param content its content: only {@link Paragraph}s and {@link ListBlock}s
     */
    public record Callout(String anchor, CalloutKind kind, String title, String label, List<Block> content) implements Block {
        public Callout {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            content = List.copyOf(content);
        }
    }

    /** A checklist: a titled list of things to check (rendered with empty boxes or as a list). */
    public record Checklist(String anchor, String title, List<List<Inline>> items) implements Block {
        public Checklist {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A quotation of a literature extract.
     *
     * @param extractId the extract's model id
     * @param text      the quoted text
     * @param citation  the citation of its source (with the extract's locator), null when the extract has no source
     */
    public record Quote(String anchor, String extractId, List<Inline> text, Citation citation) implements Block {
        public Quote {
            text = List.copyOf(text);
        }
    }

    /**
     * An embedded case study, expanded into a structured summary. Strings are reader-facing labels
     * (for example "CMHT-like" for the service model), null when unknown.
     *
     * @param caseStudyId      the case study's model id
     * @param title            the case study's title
     * @param partners         partner organisation names, in the model's order
     * @param serviceModel     for example "Liaison service"
     * @param region           for example "North West England"
     * @param contexts         partnership contexts, for example "Large city with several providers"
     * @param description      its description as blocks
     * @param populationServed who it serves, may be null
     * @param referralRoute    how students reach it, may be null
     * @param benefits         benefits by beneficiary
     * @param outcomes         reported outcomes
     * @param collectionStatus for example "Verified": a reader sees how far the information has been checked
     * @param challenges       titles of the challenges it addresses
     */
    public record CaseStudySummary(String anchor, String caseStudyId, String title, List<String> partners,
            String serviceModel, String region, List<String> contexts, List<Block> description, String populationServed,
            String referralRoute, List<Benefit> benefits, List<Outcome> outcomes, String collectionStatus,
            List<String> challenges) implements Block {
        public CaseStudySummary {
            partners = List.copyOf(partners);
            contexts = List.copyOf(contexts);
            description = List.copyOf(description);
            benefits = List.copyOf(benefits);
            outcomes = List.copyOf(outcomes);
            challenges = List.copyOf(challenges);
        }
    }

    /** A benefit: for whom ("Students", "Higher education providers", "Health system"), what, and how well evidenced. */
    public record Benefit(String beneficiary, List<Inline> description, String evidence) {
        public Benefit {
            description = List.copyOf(description);
        }
    }

    /** A reported outcome: measure, value, period (any may be null) and where it comes from (may be empty). */
    public record Outcome(String measure, String value, String period, List<Inline> source) {
        public Outcome {
            source = List.copyOf(source);
        }
    }

    /**
     * A table of challenges and the solutions that address them. With {@code solutions} (since 1.4) renderers draw it as
     * a matrix: one row per challenge, one column per solution with a mark where the solution helps, and each solution
     * described once below; without, as rows of challenge, meaning and solutions.
     *
     * @param solutions every solution that addresses a row, in column order, each described once; may be empty
     */
    public record ChallengeTable(String anchor, String caption, List<ChallengeRow> rows, List<SolutionEntry> solutions) implements Block {
        public ChallengeTable {
            rows = List.copyOf(rows);
            solutions = solutions == null ? List.of() : List.copyOf(solutions);
        }

        /** A table without the matrix's solution list (the form before 1.4). */
        public ChallengeTable(String anchor, String caption, List<ChallengeRow> rows) {
            this(anchor, caption, rows, List.of());
        }

        /** Whether the row helps with the solution in column {@code solution}. */
        public boolean marks(ChallengeRow row, SolutionEntry solution) {
            return row.solutionIds().contains(solution.solutionId());
        }
    }

    /**
     * A solution in a challenge matrix: its column and its one description.
     *
     * @param solutionId  the solution's model id
     * @param anchor      where its description is (the column header links there)
     * @param number      its column number, from 1
     * @param title       its title
     * @param description its description; may be empty
     */
    public record SolutionEntry(String solutionId, String anchor, int number, String title, List<Inline> description) {
        public SolutionEntry {
            Objects.requireNonNull(solutionId, "solutionId");
            description = List.copyOf(description);
        }
    }

    /**
     * One challenge row.
     *
     * @param anchor      anchor of the row (the challenge's id when it is unique in the document, else derived)
     * @param challengeId the challenge's model id
     * @param challenge   its title
     * @param description its description
     * @param solutions   the solutions addressing it, each as inline content ("Title: description")
     * @param solutionIds the ids of those solutions (the matrix's marks); may be empty
     */
    public record ChallengeRow(String anchor, String challengeId, String challenge, List<Inline> description,
            List<List<Inline>> solutions, List<String> solutionIds) {
        public ChallengeRow {
            description = List.copyOf(description);
            solutions = solutions.stream().map(List::copyOf).toList();
            solutionIds = solutionIds == null ? List.of() : List.copyOf(solutionIds);
        }

        /** A row without solution ids (the form before 1.4). */
        public ChallengeRow(String anchor, String challengeId, String challenge, List<Inline> description, List<List<Inline>> solutions) {
            this(anchor, challengeId, challenge, description, solutions, List.of());
        }
    }

    /**
     * An image or figure. {@code altText} is never blank (assembly fails on an image without one). The assembly
     * numbers figures in reading order: a captioned image's caption starts "Figure N." in every format.
     *
     * @param data      the image bytes (a copy is kept and handed out)
     * @param mediaType for example {@code image/png}, {@code image/jpeg}, {@code image/svg+xml}
     * @param caption   may be empty
     * @param twin      the figure's data as a table (its accessible twin), or null: HTML shows it behind a "Show as
     *                  table" disclosure, print and Word after the figure. A table that follows an SVG figure in the
     *                  same block list (as the gap map's does) is shown as its twin in HTML too (since 1.5)
     */
    public record Image(String anchor, String altText, byte[] data, String mediaType, List<Inline> caption, Table twin) implements Block {
        public Image {
            if (altText == null || altText.isBlank()) {
                throw new IllegalArgumentException("Image " + anchor + " has no alt text");
            }
            Objects.requireNonNull(mediaType, "mediaType");
            data = data.clone();
            caption = List.copyOf(caption);
        }

        /** An image without a table twin (the form before 1.5). */
        public Image(String anchor, String altText, byte[] data, String mediaType, List<Inline> caption) {
            this(anchor, altText, data, mediaType, caption, null);
        }

        /** This image with another caption and twin. */
        public Image with(List<Inline> caption, Table twin) {
            return new Image(anchor, altText, data, mediaType, caption, twin);
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image i && anchor.equals(i.anchor) && altText.equals(i.altText)
                    && Arrays.equals(data, i.data) && mediaType.equals(i.mediaType) && caption.equals(i.caption)
                    && Objects.equals(twin, i.twin);
        }

        @Override
        public int hashCode() {
            return Objects.hash(anchor, altText, Arrays.hashCode(data), mediaType, caption, twin);
        }

        @Override
        public String toString() {
            return "Image[" + anchor + ", " + mediaType + ", " + data.length + " bytes" + (twin == null ? "" : ", twin " + twin.anchor()) + "]";
        }
    }

    /**
     * A generic table of plain-text cells (appendices: consensus report, gap map).
     *
     * @param caption           may be null
     * @param columns           the header row
     * @param rows              the body rows, each as long as {@code columns}
     * @param firstColumnHeader true when each row's first cell is a row header ({@code th scope="row"})
     */
    public record Table(String anchor, String caption, List<String> columns, List<List<String>> rows,
            boolean firstColumnHeader) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    // ---------------------------------------------------------------- inline content

    /** A run of inline content. */
    public sealed interface Inline permits Text, Link, ElementRef, Citation, LineBreak {
    }

    /** Inline emphasis. */
    public enum Style {
        EMPHASIS, STRONG, CODE
    }

    /** Text with its styles (empty set = plain). */
    public record Text(String text, Set<Style> styles) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
            styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
        }

        public static Text plain(String text) {
            return new Text(text, Set.of());
        }

        public boolean has(Style style) {
            return styles.contains(style);
        }
    }

    /**
     * An external link.
     *
     * @param url     absolute URL (http, https or mailto)
     * @param title   a description for the link's title attribute / tooltip; never null (the URL when nothing better)
     * @param content the link text
     */
    public record Link(String url, String title, List<Inline> content) implements Inline {
        public Link {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
            content = List.copyOf(content);
        }
    }

    /**
     * A reference to another element of the guidance, resolved.
     *
     * @param targetId    the model id referred to
     * @param anchor      the document anchor to link to, or null when the target is not in this document (then show
     *                    the text without a link)
     * @param text        the link text as written
     * @param targetLabel the target's label (for a title attribute), never null
     */
    public record ElementRef(String targetId, String anchor, String text, String targetLabel) implements Inline {
    }

    /**
     * A citation cluster such as {@code [@uuk2022; @nous2023, p. 4]}.
     *
     * @param items the cited items as written (key, locator, prefix, suffix)
     * @param html  the citation formatted in the document's style as an HTML fragment, for example
     *              {@code (Universities UK, 2022)}; for an unknown key, the raw key
     * @param text  the same as plain text
     */
    public record Citation(List<CiteItem> items, String html, String text) implements Inline {
        public Citation {
            items = List.copyOf(items);
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(text, "text");
        }

        /** The cluster back in pandoc syntax, for example {@code [@uuk2022; @nous2023, p. 4]}. */
        public String pandoc() {
            return items.stream().map(CiteItem::pandoc).collect(Collectors.joining("; ", "[", "]"));
        }
    }

    /**
     * One cited source.
     *
     * @param key     citation key
     * @param locator for example {@code p. 4}, or null
     * @param prefix  for example {@code see}, or null
     * @param suffix  or null
     * @param known   false when no source of the project has this key (a warning was raised)
     */
    public record CiteItem(String key, String locator, String prefix, String suffix, boolean known) {
        public CiteItem {
            Objects.requireNonNull(key, "key");
        }

        /** This item in pandoc syntax, for example {@code see @uuk2022, p. 4}. */
        public String pandoc() {
            StringBuilder b = new StringBuilder();
            if (prefix != null && !prefix.isBlank()) {
                b.append(prefix).append(' ');
            }
            b.append('@').append(key);
            if (locator != null && !locator.isBlank()) {
                b.append(", ").append(locator);
            }
            if (suffix != null && !suffix.isBlank()) {
                b.append(' ').append(suffix);
            }
            return b.toString();
        }
    }

    /** A hard line break. */
    public record LineBreak() implements Inline {
    }

    /** The plain text of inline content (citations as their plain text, references as their text). */
    public static String plainText(List<Inline> content) {
        StringBuilder b = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> b.append(t.text());
                case Link l -> b.append(plainText(l.content()));
                case ElementRef r -> b.append(r.text());
                case Citation c -> b.append(c.text());
                case LineBreak lb -> b.append('\n');
            }
        }
        return b.toString();
    }
}
