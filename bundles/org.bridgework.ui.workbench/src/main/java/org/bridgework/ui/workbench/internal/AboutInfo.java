package org.bridgework.ui.workbench.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;

/**
 * What Help &gt; About shows.
 *
 * @param productVersion the product's version
 * @param bundles the bundles installed now; asked each time the dialog opens
 */
public record AboutInfo(String productVersion, Supplier<List<Bundle>> bundles) {
    public AboutInfo {
        Objects.requireNonNull(productVersion);
        Objects.requireNonNull(bundles);
    }
}
