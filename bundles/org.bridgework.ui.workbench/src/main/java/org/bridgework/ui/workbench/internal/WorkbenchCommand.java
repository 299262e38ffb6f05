package org.bridgework.ui.workbench.internal;

import java.util.List;

import org.bridgework.cli.api.CommandContribution;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code bridgework workbench}: opens the workbench window. */
@Component
public class WorkbenchCommand implements CommandContribution {
    static final String NAME = "workbench";

    private final BundleContext context;

    @Activate
    public WorkbenchCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object create() {
        return new OpenWorkbench(new AboutInfo(productVersion(), () -> List.of(context.getBundles())));
    }

    /** The product version the launcher set, or this bundle's when run without it. */
    private String productVersion() {
        return System.getProperty("bridgework.version", context.getBundle().getVersion().toString());
    }
}
