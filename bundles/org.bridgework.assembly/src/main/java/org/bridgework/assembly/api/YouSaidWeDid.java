package org.bridgework.assembly.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;

/**
 * "You said, we did" for reviewers: the appendix of answered review comments (one table per review, grouped by
 * theme, with what was done) as a document of its own that any renderer can draw, each review a section. Made from
 * the full document only, so it says what the appendix says. Deterministic.
 *
 * @since 1.5
 */
public final class YouSaidWeDid {

    /** The anchor of the appendix in the full document. */
    public static final String ANCHOR = "appendix-you-said-we-did";

    private YouSaidWeDid() {
    }

    /** The reviewers' document, or empty when no comment has been answered (the full document has no such appendix). */
    public static Optional<AssembledDocument> of(AssembledDocument full) {
        Appendix appendix = full.appendices().stream().filter(a -> a.anchor().equals(ANCHOR)).findFirst().orElse(null);
        if (appendix == null) {
            return Optional.empty();
        }
        Metadata m = full.metadata();
        Metadata metadata = new Metadata(m.title(), "You said, we did", m.language(), m.subject(), m.keywords(), m.date(), m.variant(),
                m.citationStyle(), m.identifier(), m.publisher(), m.status(), m.version(), m.assembled(), m.issuers(), m.colophon());
        List<Block> front = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Block b : appendix.blocks()) {
            if (b instanceof Table t) {
                String heading = t.caption() == null ? "Comments" : t.caption();
                // the section's heading names the review: the table under it needs no caption saying it again
                sections.add(new Section(t.anchor() + "-section", 1, heading,
                        List.of(new Table(t.anchor(), null, t.columns(), t.rows(), t.firstColumnHeader())), List.of(), 0, null));
            } else if (sections.isEmpty()) {
                front.add(b);
            }
        }
        front.add(new Paragraph(ANCHOR + "-more", List.of(Text.plain("The changes are in the full guidance, " + m.fullTitle() + "."))));
        return Optional.of(new AssembledDocument(metadata, front, List.of(), sections, List.of(), List.of(), List.of(), List.of()));
    }
}
