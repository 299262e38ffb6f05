package org.bridgework.assembly.api;

import java.util.Optional;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An appendix that another bundle contributes to every assembled document (whiteboard service), for example the
 * consensus report (criteria bundle) or the evidence gap map (literature bundle). The assembly service asks every
 * registered provider, in {@link #order()} then {@link #id()} order, after its own appendix of the criteria and
 * before the appendices of a local-context variant.
 * <p>
 * A provider must be deterministic (the same project gives the same appendix) and should be quick. A provider that
 * throws does not stop assembly: its appendix is left out and the failure is listed in the document's warnings.
 */
@ConsumerType
public interface AppendixProvider {

    /** A stable id, for example {@code consensus-report}: names the provider in warnings and breaks order ties. */
    String id();

    /** Sort key: lower comes first (ties by {@link #id()}). */
    default int order() {
        return 0;
    }

    /**
     * The appendix for this project, or empty when it has nothing to show (for example no consensus rounds yet).
     * <p>
     * Every anchor in the appendix, its own and each of its blocks', must be one that {@link AppendixContext#anchor}
     * returned during this call: that keeps anchors unique in the document. An appendix with any other anchor is left
     * out with a warning.
     *
     * @param project the project being assembled: for a local-context variant the adapted copy, never to be changed
     * @param context anchors, the variant and warnings of the document being built
     */
    Optional<AssembledDocument.Appendix> appendix(GuidanceProject project, AppendixContext context);
}
