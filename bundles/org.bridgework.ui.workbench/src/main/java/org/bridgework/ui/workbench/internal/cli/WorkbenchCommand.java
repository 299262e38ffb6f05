package org.bridgework.ui.workbench.internal.cli;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.ui.workbench.internal.OpenWorkbench;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes {@code bridgework workbench}. It holds the whiteboard ({@link WorkbenchWhiteboard}: every view, editor
 * and command contribution and the core services) without activating it, so the window activates it on another
 * thread while the display opens on the UI thread.
 */
@Component(service = CommandContribution.class, property = {CommandContribution.NAME_PROPERTY + "=" + WorkbenchCommand.NAME,
        CommandContribution.SUMMARY_PROPERTY + "=" + WorkbenchCommand.SUMMARY})
public class WorkbenchCommand implements CommandContribution {
    public static final String NAME = "workbench";
    /** The first sentence of the command's description: how {@code bridgework --help} lists it, started or not. */
    public static final String SUMMARY = "Open the Bridgework workbench window, optionally with a project.";

    private final BundleContext context;
    private final ComponentServiceObjects<WorkbenchWhiteboard> whiteboard;

    @Activate
    public WorkbenchCommand(BundleContext context, @Reference ComponentServiceObjects<WorkbenchWhiteboard> whiteboard) {
        this.context = context;
        this.whiteboard = whiteboard;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object create() {
        return new OpenWorkbench(() -> whiteboard.getService().wiring(), context);
    }
}
