package org.bridgework.assembly.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CalloutKind;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeTable;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.ListBlock;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Text;

/**
 * The short summary of an assembled document (two pages at most), itself an assembled document any renderer can draw:
 * the key messages, the checklist, the challenges, what helps, the case studies by name, and where to find more (the
 * full document's parts). Made from the full
 * document only (no model access), so it says exactly what the full document says. Deterministic.
 */
public final class Summary {

    /** The anchors of the summary's sections, in order. */
    public static final List<String> ANCHORS = List.of("summary-key-messages", "summary-checklist", "summary-challenges",
            "summary-what-helps", "summary-case-studies", "summary-more");

    private Summary() {
    }

    public static AssembledDocument of(AssembledDocument full) {
        Metadata m = full.metadata();
        Metadata metadata = new Metadata(m.title(), "Summary", m.language(), m.subject(), m.keywords(), m.date(), m.variant(),
                m.citationStyle(), m.identifier(), m.publisher(), m.status(), m.version(), m.assembled(), m.issuers(), m.colophon());
        List<List<Inline>> keyMessages = new ArrayList<>();
        Set<String> challenges = new LinkedHashSet<>();
        Set<String> helps = new LinkedHashSet<>();
        List<String> caseStudies = new ArrayList<>();
        List<AssembledDocument.Checklist> checklists = new ArrayList<>();
        for (Section s : full.allSections()) {
            collect(s.blocks(), keyMessages, challenges, helps, caseStudies, checklists);
        }
        List<Section> sections = new ArrayList<>();
        if (!keyMessages.isEmpty()) {
            sections.add(section(0, "Key messages", new ListBlock(ANCHORS.get(0) + "-list", false, keyMessages)));
        }
        if (!checklists.isEmpty()) {
            // every checklist of the guidance, as one: the questions a reader takes to the first meeting
            List<List<Inline>> items = new ArrayList<>();
            checklists.forEach(c -> c.items().forEach(i -> items.add(plain(i))));
            String title = checklists.size() == 1 ? checklists.get(0).title() : null;
            sections.add(section(1, title == null || title.isBlank() ? "Checklist" : "Checklist: " + title,
                    new AssembledDocument.Checklist(ANCHORS.get(1) + "-list", null, items)));
        }
        if (!challenges.isEmpty()) {
            sections.add(section(2, "The challenges", items(ANCHORS.get(2), challenges)));
        }
        if (!helps.isEmpty()) {
            sections.add(section(3, "What helps", items(ANCHORS.get(3), helps)));
        }
        if (!caseStudies.isEmpty()) {
            sections.add(section(4, "Case studies", items(ANCHORS.get(4), caseStudies)));
        }
        String more = "The full guidance, " + m.fullTitle() + ", describes each challenge and what helps with the evidence for it, "
                + "the case studies in full" + (full.glossary().isEmpty() ? "" : ", a glossary") + (full.appendices().isEmpty() ? "" : " and appendices")
                + ". Its parts:";
        List<String> parts = full.sections().stream().map(Section::heading).filter(h -> h != null && !h.isBlank()).toList();
        List<Block> moreBlocks = new ArrayList<>();
        moreBlocks.add(new Paragraph(ANCHORS.get(5) + "-text", List.of(Text.plain(parts.isEmpty() ? more.replace(" Its parts:", "") : more))));
        if (!parts.isEmpty()) {
            moreBlocks.add(items(ANCHORS.get(5), parts));
        }
        sections.add(new Section(ANCHORS.get(5), 1, "Where to find more", moreBlocks, List.of(), 0, null));
        return new AssembledDocument(metadata, List.of(), List.of(), sections, List.of(), List.of(), List.of(), List.of());
    }

    private static Section section(int i, String heading, Block block) {
        return new Section(ANCHORS.get(i), 1, heading, List.of(block), List.of(), 0, null);
    }

    private static ListBlock items(String anchor, Set<String> values) {
        return items(anchor, List.copyOf(values));
    }

    private static ListBlock items(String anchor, List<String> values) {
        return new ListBlock(anchor + "-list", false, values.stream().map(v -> List.<Inline>of(Text.plain(v))).toList());
    }

    private static void collect(List<Block> blocks, List<List<Inline>> keyMessages, Set<String> challenges, Set<String> helps,
            List<String> caseStudies, List<AssembledDocument.Checklist> checklists) {
        for (Block b : blocks) {
            switch (b) {
                case Callout c when c.kind() == CalloutKind.KEY_MESSAGE -> {
                    for (Block inner : c.content()) {
                        if (inner instanceof Paragraph p && !p.content().isEmpty()) {
                            keyMessages.add(plain(p.content()));
                        }
                    }
                }
                case Callout c -> collect(c.content(), keyMessages, challenges, helps, caseStudies, checklists);
                case AssembledDocument.Checklist c -> checklists.add(c);
                case ChallengeTable t -> {
                    t.rows().forEach(r -> challenges.add(r.challenge()));
                    if (!t.solutions().isEmpty()) {
                        t.solutions().forEach(s -> helps.add(s.title()));
                    } else {
                        for (AssembledDocument.ChallengeRow r : t.rows()) {
                            for (List<Inline> s : r.solutions()) {
                                if (!s.isEmpty() && s.get(0) instanceof Text title) {
                                    helps.add(title.text());
                                }
                            }
                        }
                    }
                }
                case CaseStudySummary cs -> caseStudies.add(cs.region() == null ? cs.title() : cs.title() + " (" + cs.region() + ")");
                default -> {
                }
            }
        }
    }

    /** Links and references become their text: the summary stands alone, its targets are in the full document. */
    private static List<Inline> plain(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            switch (i) {
                case Text t -> out.add(t);
                case AssembledDocument.Link l -> out.addAll(plain(l.content()));
                case AssembledDocument.ElementRef r -> out.add(Text.plain(r.text()));
                case AssembledDocument.Citation c -> out.add(Text.plain(c.text()));
                case AssembledDocument.LineBreak lb -> out.add(Text.plain(" "));
            }
        }
        return out;
    }
}
