package org.bridgework.assembly.internal;

import java.util.List;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.LineBreak;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.core.api.InlineText;

/** Words a reader reads in assembled blocks (citations, headings and table headers excluded), counted as {@link InlineText#wordCount} does. */
final class Words {

    private Words() {
    }

    static int count(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += count(b);
        }
        return n;
    }

    static int count(Block block) {
        return switch (block) {
            case AssembledDocument.Paragraph p -> inline(p.content());
            case AssembledDocument.ListBlock l -> l.items().stream().mapToInt(Words::inline).sum();
            case AssembledDocument.Callout c -> words(c.title()) + count(c.content());
            case AssembledDocument.Checklist c -> words(c.title()) + c.items().stream().mapToInt(Words::inline).sum();
            case AssembledDocument.Quote q -> inline(q.text());
            case AssembledDocument.CaseStudySummary cs -> words(cs.title()) + count(cs.description()) + words(cs.referralRoute())
                    + words(cs.populationServed()) + cs.benefits().stream().mapToInt(b -> inline(b.description())).sum()
                    + cs.outcomes().stream().mapToInt(o -> words(o.measure()) + words(o.value())).sum();
            case AssembledDocument.ChallengeTable t -> t.rows().stream()
                    .mapToInt(r -> words(r.challenge()) + inline(r.description()) + r.solutions().stream().mapToInt(Words::inline).sum()).sum();
            case AssembledDocument.Image i -> inline(i.caption());
            case AssembledDocument.Table t -> t.rows().stream().flatMap(List::stream).mapToInt(Words::words).sum();
        };
    }

    static int inline(List<Inline> content) {
        StringBuilder b = new StringBuilder();
        append(content, b);
        return words(b.toString());
    }

    private static void append(List<Inline> content, StringBuilder b) {
        for (Inline i : content) {
            switch (i) {
                case Text t -> b.append(t.text());
                case Link l -> append(l.content(), b);
                case ElementRef r -> b.append(r.text());
                case Citation c -> b.append(' ');
                case LineBreak lb -> b.append(' ');
            }
        }
    }

    static int words(String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        return InlineText.wordCount(s.replace('[', ' ').replace(']', ' '));
    }
}
