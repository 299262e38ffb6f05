package org.bridgework.drafting.api;

import java.util.List;
import java.util.Optional;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/** The drafting checks: what they are, and running them over a project's document with given settings. */
@ProviderType
public interface DraftingChecks {

    /** Every check, in the order they are reported (including the core's section budget check, for its explanation). */
    List<CheckInfo> checks();

    default Optional<CheckInfo> check(String code) {
        return checks().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Runs the enabled checks; findings in document order. */
    List<Finding> run(GuidanceProject project, CheckSettings settings);
}
