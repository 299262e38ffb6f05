package org.bridgework.model.provider.internal;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.provider.GuidanceItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The guidance item providers as an {@link AdapterFactory} service ({@code emf.nsURI}), for
 * a workbench that composes adapter factories from services. Prototype scope: each consumer
 * (editing domain) can get its own factory, disposed when released.
 */
@Component(service = AdapterFactory.class, scope = ServiceScope.PROTOTYPE,
        property = "emf.nsURI=" + GuidancePackage.eNS_URI)
public final class GuidanceItemProviderAdapterFactoryComponent extends GuidanceItemProviderAdapterFactory {

    public GuidanceItemProviderAdapterFactoryComponent() {
        super();
    }

    @Deactivate
    void deactivate() {
        dispose();
    }
}
