package org.bridgework.model.internal;

import java.util.Hashtable;

import org.bridgework.model.GuidancePackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Publishes the generated {@link GuidancePackage} as an {@link EPackage} service
 * with {@code emf.nsURI}. DS cannot make a foreign object (the package singleton)
 * the service object, so this immediate component registers it and withdraws it
 * on deactivation.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.eclipse.emf.ecore.EPackage")
@Component(service = {}, immediate = true)
public final class GuidancePackageRegistration {

    /** Service property naming the package's namespace URI. */
    public static final String NS_URI_PROPERTY = "emf.nsURI";

    private final ServiceRegistration<EPackage> registration;

    @Activate
    public GuidancePackageRegistration(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(NS_URI_PROPERTY, GuidancePackage.eNS_URI);
        properties.put("emf.name", GuidancePackage.eNAME);
        // a factory: the package (hundreds of generated classes) is built when first asked for, not when the bundle
        // starts, so a command that reads no project does not pay for it
        registration = context.registerService(EPackage.class, new ServiceFactory<EPackage>() {
            @Override
            public EPackage getService(Bundle bundle, ServiceRegistration<EPackage> registered) {
                return GuidancePackage.eINSTANCE;
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<EPackage> registered, EPackage service) {
                // the package is a singleton: nothing to release
            }
        }, properties);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and the framework withdrew it first
        }
    }
}
