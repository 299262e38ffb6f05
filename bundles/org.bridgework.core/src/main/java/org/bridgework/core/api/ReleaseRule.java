package org.bridgework.core.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One rule of the publication gate (whiteboard: register it as an OSGi service). {@code bridgework assemble --release}
 * writes files only when no rule finds a {@link Blocker}; {@code bridgework check} and the Problems view show the same
 * blockers as warnings at any time. Bundles contribute the rules of the concepts they own (literature, case studies,
 * criteria, drafting, contexts); a context or an institution can add its own.
 * <p>
 * A rule must not change the model. It runs on the thread that asked (the UI thread in the workbench): keep it quick.
 * A rule that throws blocks the release with code {@code rule-failed} (a gate that cannot check must not pass).
 */
@ConsumerType
public interface ReleaseRule {

    /** A stable id of the rule, for example {@code placeholder-text}. */
    String id();

    /** What stops {@code project} from being released in {@code scope} (empty when nothing). */
    List<Blocker> blockers(GuidanceProject project, ReleaseScope scope);
}
