package org.bridgework.assembly.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;

/**
 * Figures of an assembled document made alike in every format: every captioned image is numbered in reading order
 * (body, then appendices): its caption starts "Figure N.". Deterministic.
 */
final class Figures {

    private static final java.util.regex.Pattern LEADING_FIGURE = java.util.regex.Pattern.compile("(?i)figure\\s*\\d*\\s*[:.]\\s*");

    private int number;

    private Figures() {
    }

    static AssembledDocument apply(AssembledDocument d) {
        Figures f = new Figures();
        List<Block> front = f.blocks(d.frontMatter());
        List<Section> sections = d.sections().stream().map(f::section).toList();
        List<Appendix> appendices = d.appendices().stream().map(a -> new Appendix(a.anchor(), a.title(), f.blocks(a.blocks()))).toList();
        if (f.number == 0 && d.appendices().equals(appendices)) {
            return d;
        }
        return new AssembledDocument(d.metadata(), front, d.contents(), sections, d.bibliography(), d.glossary(), appendices, d.warnings());
    }

    private Section section(Section s) {
        return new Section(s.anchor(), s.level(), s.heading(), blocks(s.blocks()), s.subsections().stream().map(this::section).toList(),
                s.wordCount(), s.wordBudget());
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Image i) {
                out.add(i.with(numbered(i.caption()), i.twin()));
            } else if (b instanceof Callout c) {
                out.add(new Callout(c.anchor(), c.kind(), c.title(), c.label(), blocks(c.content())));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private List<Inline> numbered(List<Inline> caption) {
        if (caption.isEmpty()) {
            return caption;
        }
        List<Inline> out = new ArrayList<>(caption.size() + 2);
        out.add(new Text("Figure " + (++number) + ".", Set.of(Style.STRONG)));
        out.add(Text.plain(" "));
        // a caption that already says "Figure:" (as the gap map's did before figures were numbered) says it once
        if (caption.get(0) instanceof Text first && LEADING_FIGURE.matcher(first.text()).lookingAt()) {
            String rest = LEADING_FIGURE.matcher(first.text()).replaceFirst("");
            if (!rest.isEmpty()) {
                out.add(new Text(Character.toUpperCase(rest.charAt(0)) + rest.substring(1), first.styles()));
            }
            out.addAll(caption.subList(1, caption.size()));
        } else {
            out.addAll(caption);
        }
        return out;
    }
}
