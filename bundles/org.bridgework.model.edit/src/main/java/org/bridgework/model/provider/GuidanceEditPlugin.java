package org.bridgework.model.provider;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.ResourceLocator;

/**
 * The resource locator of the guidance item providers: strings from
 * {@code plugin.properties} and images under {@code icons/}, both at the bundle root.
 * <p>
 * Hand-written in place of EMF's generated class, whose nested {@code Implementation}
 * extends Eclipse's {@code org.eclipse.core.runtime.Plugin} and cannot be loaded on
 * Felix. Without the Eclipse runtime {@link EMFPlugin} finds its resources relative to
 * this class's location, which works from a bundle ({@code bundle:} URLs) and from a
 * plain class folder or jar (tests).
 */
public final class GuidanceEditPlugin extends EMFPlugin {

    /** The singleton the generated item providers use. */
    public static final GuidanceEditPlugin INSTANCE = new GuidanceEditPlugin();

    private GuidanceEditPlugin() {
        super(new ResourceLocator[] {});
    }

    /** There is no Eclipse plug-in behind this locator. */
    @Override
    public ResourceLocator getPluginResourceLocator() {
        return null;
    }
}
