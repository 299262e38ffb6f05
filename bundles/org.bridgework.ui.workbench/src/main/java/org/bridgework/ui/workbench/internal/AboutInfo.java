package org.bridgework.ui.workbench.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.bridgework.core.api.ProblemReports;
import org.osgi.framework.Bundle;

/**
 * What Help &gt; About shows, and what Help &gt; Report a Problem... writes.
 *
 * @param productVersion the product's version
 * @param bundles the bundles installed now; asked each time the dialog opens
 * @param reports the environment and problem reports (commit, runtime, folders, logs, contexts), when the core runs
 */
public record AboutInfo(String productVersion, Supplier<List<Bundle>> bundles, Supplier<Optional<ProblemReports>> reports) {
    public AboutInfo {
        Objects.requireNonNull(productVersion);
        Objects.requireNonNull(bundles);
        Objects.requireNonNull(reports);
    }

    /** Without problem reports: About shows the version and the bundles. */
    public AboutInfo(String productVersion, Supplier<List<Bundle>> bundles) {
        this(productVersion, bundles, Optional::empty);
    }
}
