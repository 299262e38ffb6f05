package org.bridgework.assembly.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Benefit;
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
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.core.api.DisplayText;

/**
 * Typographic quotes at render time: the model keeps the straight quotes people type, every format gets ‘ ’ “ ” and
 * the apostrophe ’. Applied once to the assembled document (appendices from other bundles included) so HTML, PDF,
 * Word and Markdown agree. Code and URLs are left alone; citations and references come from the citation engine
 * already typeset.
 */
final class Typography {

    private Typography() {
    }

    static AssembledDocument apply(AssembledDocument d) {
        Metadata m = d.metadata();
        Metadata metadata = new Metadata(quotes(m.title()), quotes(m.subtitle()), m.language(), quotes(m.subject()), m.keywords(),
                m.date(), m.variant(), m.citationStyle(), m.identifier(), m.publisher(), m.status(), m.version(), m.assembled(),
                m.issuers(), m.colophon());
        List<GlossaryEntry> glossary = d.glossary().stream()
                .map(g -> new GlossaryEntry(g.anchor(), quotes(g.term()), quotes(g.expansion()), inlines(g.definition()), g.sector()))
                .toList();
        List<Appendix> appendices = d.appendices().stream().map(a -> new Appendix(a.anchor(), quotes(a.title()), blocks(a.blocks()))).toList();
        return new AssembledDocument(metadata, blocks(d.frontMatter()), contents(d.contents()), sections(d.sections()),
                d.bibliography(), glossary, appendices, d.warnings());
    }

    private static List<ContentsEntry> contents(List<ContentsEntry> entries) {
        return entries.stream().map(e -> new ContentsEntry(e.anchor(), quotes(e.text()), e.level(), contents(e.children()))).toList();
    }

    private static List<Section> sections(List<Section> sections) {
        return sections.stream().map(s -> new Section(s.anchor(), s.level(), quotes(s.heading()), blocks(s.blocks()),
                sections(s.subsections()), s.wordCount(), s.wordBudget())).toList();
    }

    private static List<Block> blocks(List<Block> blocks) {
        return blocks.stream().map(Typography::block).toList();
    }

    private static Block block(Block b) {
        return switch (b) {
            case Paragraph p -> new Paragraph(p.anchor(), inlines(p.content()));
            case ListBlock l -> new ListBlock(l.anchor(), l.ordered(), l.items().stream().map(Typography::inlines).toList());
            case Callout c -> new Callout(c.anchor(), c.kind(), quotes(c.title()), quotes(c.label()), blocks(c.content()));
            case Checklist c -> new Checklist(c.anchor(), quotes(c.title()), c.items().stream().map(Typography::inlines).toList());
            case Quote q -> new Quote(q.anchor(), q.extractId(), inlines(q.text()), q.citation());
            case CaseStudySummary cs -> new CaseStudySummary(cs.anchor(), cs.caseStudyId(), quotes(cs.title()), strings(cs.partners()),
                    quotes(cs.serviceModel()), quotes(cs.region()), strings(cs.contexts()), blocks(cs.description()),
                    quotes(cs.populationServed()), quotes(cs.referralRoute()),
                    cs.benefits().stream().map(x -> new Benefit(quotes(x.beneficiary()), inlines(x.description()), quotes(x.evidence()))).toList(),
                    cs.outcomes().stream().map(o -> new Outcome(quotes(o.measure()), quotes(o.value()), quotes(o.period()), inlines(o.source()))).toList(),
                    quotes(cs.collectionStatus()), strings(cs.challenges()));
            case ChallengeTable t -> new ChallengeTable(t.anchor(), quotes(t.caption()), t.rows().stream()
                    .map(r -> new ChallengeRow(r.anchor(), r.challengeId(), quotes(r.challenge()), inlines(r.description()),
                            r.solutions().stream().map(Typography::inlines).toList(), r.solutionIds()))
                    .toList(), t.solutions().stream()
                    .map(x -> new AssembledDocument.SolutionEntry(x.solutionId(), x.anchor(), x.number(), quotes(x.title()), inlines(x.description())))
                    .toList());
            case Image i -> new Image(i.anchor(), quotes(i.altText()), i.data(), i.mediaType(), inlines(i.caption()),
                    i.twin() == null ? null : (Table) block(i.twin()));
            case Table t -> new Table(t.anchor(), quotes(t.caption()), strings(t.columns()),
                    t.rows().stream().map(Typography::strings).toList(), t.firstColumnHeader());
        };
    }

    private static List<String> strings(List<String> values) {
        return values.stream().map(Typography::quotes).toList();
    }

    /** Quotes in a run of inline content, each quote decided by the character before it, across runs. */
    static List<Inline> inlines(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content.size());
        char[] before = {' '};
        for (Inline i : content) {
            out.add(inline(i, before));
        }
        return out;
    }

    private static Inline inline(Inline i, char[] before) {
        switch (i) {
            case Text t -> {
                if (t.has(Style.CODE)) {
                    remember(t.text(), before);
                    return t;
                }
                String s = quotes(t.text(), before[0]);
                remember(s, before);
                return new Text(s, t.styles());
            }
            case Link l -> {
                List<Inline> content = new ArrayList<>();
                for (Inline c : l.content()) {
                    content.add(inline(c, before));
                }
                return new Link(l.url(), quotes(l.title()), content);
            }
            case ElementRef r -> {
                String s = r.text() == null ? null : quotes(r.text(), before[0]);
                remember(s, before);
                return new ElementRef(r.targetId(), r.anchor(), s, quotes(r.targetLabel()));
            }
            default -> {
                before[0] = 'x'; // a citation or line break: text after it follows something
                if (i instanceof AssembledDocument.LineBreak) {
                    before[0] = ' ';
                }
                return i;
            }
        }
    }

    private static void remember(String s, char[] before) {
        if (s != null && !s.isEmpty()) {
            before[0] = s.charAt(s.length() - 1);
        }
    }

    static String quotes(String s) {
        return quotes(s, ' ');
    }

    /** See {@link DisplayText#quotes(String, char)}: one rule for the documents and the pictures drawn for them. */
    static String quotes(String s, char before) {
        return DisplayText.quotes(s, before);
    }
}
