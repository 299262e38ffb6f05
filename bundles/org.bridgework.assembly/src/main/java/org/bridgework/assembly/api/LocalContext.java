package org.bridgework.assembly.api;

import java.util.List;

import org.bridgework.model.Adaptation;
import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A local context that can be applied with {@code assemble --context ID} (whiteboard service). Hook for the local-context
 * extension API ({@code org.bridgework.context.api}): a bundle there can register one of these per context (or adapt
 * its own services to this interface). Contexts named by the project's own {@link Adaptation}s are known without any
 * service.
 */
@ConsumerType
public interface LocalContext {

    /** The context id, as in {@link Adaptation#getContextId()}, for example {@code small-specialist}. */
    String id();

    /** The reader-facing name, for example "Small and specialist providers"; the variant label is built from it. */
    String label();

    /**
     * Adaptations this context adds to those the project holds for the same id (they are applied after the
     * project's, in list order). The returned objects are only read; they may be detached from any resource but their
     * {@code target} must be an element of {@code project}.
     */
    default List<Adaptation> adaptations(GuidanceProject project) {
        return List.of();
    }

    /** A context as listed to users. */
    record Info(String id, String label) {
    }
}
