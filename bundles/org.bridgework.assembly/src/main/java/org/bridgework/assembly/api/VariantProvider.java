package org.bridgework.assembly.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bridgework.core.api.Problem;
import org.bridgework.model.Adaptation;
import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Local contexts that {@code assemble --context ID} can apply (whiteboard service): the hook through which the
 * local-context runtime ({@code org.bridgework.context.api.ContextRegistry}) feeds assembly. Contexts named by the
 * project's own {@link Adaptation} elements are known without any provider: the assembly service applies those
 * itself (note, replace, append, omit), also on top of what a provider returned.
 */
@ConsumerType
public interface VariantProvider {

    /** The contexts this provider can apply now, sorted by id. */
    List<Context> contexts();

    /**
     * Applies one context to a <em>copy</em> of the project (never changing {@code project}); ids stay the same in
     * the copy so references and citations keep working.
     *
     * @return the adapted copy, or null when this provider does not know {@code contextId}
     */
    Applied apply(GuidanceProject project, String contextId);

    /**
     * Why {@code contextId} (a context id or bundle name) is installed but cannot be applied now: refused, disabled,
     * failed or hanging. Empty when this provider does not know it or can apply it. Assembly with that context then
     * fails with this reason (exit 1), while assembly without it goes on.
     *
     * @since 1.2
     */
    default Optional<String> unavailable(String contextId) {
        return Optional.empty();
    }

    /**
     * A context as listed to users.
     *
     * @param id          as typed after {@code --context}, for example {@code small-specialist}
     * @param label       its name, for example "Small and specialist providers"; the variant label is built from it
     * @param description one sentence, may be null
     */
    record Context(String id, String label, String description) {
        public Context {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A project adapted to one context.
     *
     * @param project    the adapted copy
     * @param context    the context applied
     * @param notes      notes to show as callouts right after the element with their target id
     * @param appendices extra back matter (for example a local service directory), may be empty
     * @param problems   what could not be applied (shown as warnings)
     */
    record Applied(GuidanceProject project, Context context, List<Note> notes, List<AssembledDocument.Appendix> appendices,
            List<Problem> problems) {
        public Applied {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(context, "context");
            notes = List.copyOf(notes);
            appendices = List.copyOf(appendices);
            problems = List.copyOf(problems);
        }
    }

    /** A note (inline Markdown, pandoc citations allowed) to show after the element {@code targetId}. */
    record Note(String id, String targetId, String text) {
    }
}
