package org.bridgework.model.util;

import org.bridgework.model.GuidancePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Plain Java entry point, usable without OSGi (tests, tools): a resource set that
 * can load and save {@code .guidance} files.
 */
public final class GuidanceResources {

    private GuidanceResources() {
    }

    /** A fresh resource set with the guidance package and the {@code .guidance} factory registered on it. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(GuidancePackage.eNS_URI, GuidancePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(GuidanceResourceFactory.FILE_EXTENSION, new GuidanceResourceFactory());
        return resourceSet;
    }
}
