package org.bridgework.context.api;

import java.util.List;
import java.util.Objects;

import org.bridgework.model.Block;
import org.bridgework.model.Section;

/**
 * One change a context makes to the guidance document. Every kind names its target by element id (the
 * model's slug ids, for example {@code s-working-together} or {@code p-crisis-care}); a context is checked
 * against a project with {@link ContextRegistry#check(LocalContext, org.bridgework.model.GuidanceProject)}.
 * Text is the inline Markdown subset of the model (pandoc citations, element references).
 */
public sealed interface LocalAdaptation permits LocalAdaptation.Note, LocalAdaptation.Replace, LocalAdaptation.Insert, LocalAdaptation.Omit {

    /** The adaptation's own id (unique within its context), used in problems and in the document's anchors. */
    String id();

    /** The id of the element it changes. */
    String targetId();

    /**
     * A note shown with the target (section, block, challenge, case study ...), for example "In a conservatoire
     * this role is usually shared with ...". Renderers show it as a callout right after the target.
     */
    record Note(String id, String targetId, String text) implements LocalAdaptation {
        public Note {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(targetId, "targetId");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Replace text within the target's text (a paragraph's text, a callout's text, a list's items, a section's
     * heading): every occurrence of {@code find}, matched literally. A {@code find} that does not occur is a problem.
     */
    record Replace(String id, String targetId, String find, String replacement) implements LocalAdaptation {
        public Replace {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(targetId, "targetId");
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(replacement, "replacement");
            if (find.isEmpty()) {
                throw new IllegalArgumentException("find must not be empty");
            }
        }
    }

    /**
     * Content added after the target. When the target is a section: {@code sections} become its next siblings
     * and {@code blocks} are appended at the end of its own blocks. When the target is a block: {@code blocks}
     * follow it in its section and {@code sections} follow the section that holds it. Ids of the new content
     * must not clash with the project's.
     */
    record Insert(String id, String targetId, List<Section> sections, List<Block> blocks) implements LocalAdaptation {
        public Insert {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(targetId, "targetId");
            sections = List.copyOf(sections);
            blocks = List.copyOf(blocks);
        }
    }

    /** Leave the target (a block, a section with its content, a case study) out of this variant, saying why. */
    record Omit(String id, String targetId, String reason) implements LocalAdaptation {
        public Omit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(targetId, "targetId");
            reason = reason == null ? "" : reason;
        }
    }
}
