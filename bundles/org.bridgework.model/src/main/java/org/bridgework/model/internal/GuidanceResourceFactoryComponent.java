package org.bridgework.model.internal;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code .guidance} resource factory as a {@link Resource.Factory} service
 * ({@code emf.fileExtension=guidance}); available once the package service is.
 */
@Component(service = Resource.Factory.class, property = {
        "emf.fileExtension=" + GuidanceResourceFactory.FILE_EXTENSION,
        "emf.nsURI=" + GuidancePackage.eNS_URI })
public final class GuidanceResourceFactoryComponent extends GuidanceResourceFactory {

    @Activate
    public GuidanceResourceFactoryComponent(
            @Reference(target = "(emf.nsURI=" + GuidancePackage.eNS_URI + ")") EPackage guidancePackage) {
        // the reference only orders activation: the package is registered before files can be read
    }
}
