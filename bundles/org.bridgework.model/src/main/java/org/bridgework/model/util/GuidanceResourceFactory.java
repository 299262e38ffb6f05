package org.bridgework.model.util;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates a {@link GuidanceResource} for a {@code .guidance} URI. */
public class GuidanceResourceFactory extends ResourceFactoryImpl {

    /** The file extension of guidance projects. */
    public static final String FILE_EXTENSION = "guidance";

    @Override
    public Resource createResource(URI uri) {
        return new GuidanceResource(uri);
    }
}
