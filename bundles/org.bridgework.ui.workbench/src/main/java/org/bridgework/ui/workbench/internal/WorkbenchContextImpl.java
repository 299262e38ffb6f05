package org.bridgework.ui.workbench.internal;

import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.ui.api.JobRunner;
import org.bridgework.ui.api.SelectionService;
import org.bridgework.ui.api.StatusLine;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Shell;

/** The {@link WorkbenchContext} given to commands: the window's services. */
public class WorkbenchContextImpl implements WorkbenchContext {
    public final WorkbenchHost host;

    WorkbenchContextImpl(WorkbenchHost host) {
        this.host = host;
    }

    @Override
    public void afterFirstPaint(Runnable task) {
        host.afterFirstPaint(task);
    }

    @Override
    public Shell shell() {
        return host.shell();
    }

    @Override
    public Optional<Project> project() {
        return host.session().project();
    }

    @Override
    public boolean execute(Command command) {
        return host.session().execute(command);
    }

    @Override
    public SelectionService selection() {
        return host.selectionService();
    }

    @Override
    public JobRunner jobs() {
        return host.jobs();
    }

    @Override
    public StatusLine statusLine() {
        return host.statusLine();
    }

    @Override
    public boolean showView(String viewId) {
        return host.showView(viewId);
    }

    @Override
    public org.bridgework.ui.api.UserPreferences preferences() {
        return host.preferences();
    }

    @Override
    public boolean openEditor(Object element) {
        return host.openEditor(element);
    }
}
