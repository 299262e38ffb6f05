package org.bridgework.ui.drafting.internal;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.assembly.api.AssemblyOptions;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyResult;
import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.PublicationGate;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Project &gt; Release...: the publication gate, as {@code bridgework assemble --release} runs it. With blockers it lists
 * them (element, reason, fix) and writes nothing; otherwise it asks for a folder and assembles HTML, Word and PDF there.
 */
@Component(service = CommandContribution.class)
public class ReleaseCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(ReleaseCommand.class);

    static final String TITLE = MESSAGES.get("release.title");

    private final PublicationGate gate;
    private final AssemblyService assembly;

    @Activate
    public ReleaseCommand(@Reference PublicationGate gate, @Reference AssemblyService assembly) {
        this.gate = gate;
        this.assembly = assembly;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.drafting.release";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.release.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.release.description");
    }

    @Override
    public String menuPath() {
        return Menus.PROJECT;
    }

    @Override
    public void execute(WorkbenchContext context) {
        Project project = context.project().orElse(null);
        if (project == null) {
            return;
        }
        GuidanceProject root = project.root();
        List<Blocker> blockers = gate.blockers(root, ReleaseScope.release(null));
        if (!blockers.isEmpty()) {
            new BlockersDialog(context.shell(), blockers).open();
            context.statusLine().setMessage(MESSAGES.format("release.status.blocked", blockers.size()));
            return;
        }
        DirectoryDialog folder = new DirectoryDialog(context.shell(), SWT.SAVE);
        folder.setText(TITLE);
        folder.setMessage(MESSAGES.get("release.folder.message"));
        if (project.file() != null) {
            folder.setFilterPath(project.file().toAbsolutePath().getParent().toString());
        }
        String chosen = folder.open();
        if (chosen == null) {
            return;
        }
        // the job renders a copy (EMF models are not thread-safe) kept at the project's address, so logos, images and
        // the Git version resolve as they do for the original
        GuidanceProject copy = EcoreUtil.copy(root);
        Resource original = root.eResource();
        if (original != null && original.getURI() != null) {
            new XMIResourceImpl(original.getURI()).getContents().add(copy);
        }
        AssemblyOptions options = new AssemblyOptions(List.of("html", "docx", "pdf"), Path.of(chosen), null, false, null, true);
        context.jobs().<AssemblyResult>schedule(MESSAGES.get("release.job"), monitor -> assembly.assemble(copy, options, AssemblyProgress.NONE))
                .whenDone((result, failure) -> context.shell().getDisplay().asyncExec(() -> {
                    if (context.shell().isDisposed()) {
                        return;
                    }
                    if (failure == null) {
                        context.statusLine().setErrorMessage(null);
                        context.statusLine().setMessage(MESSAGES.format("release.status.done", result.outDir(), result.files().size()));
                    } else {
                        Throwable t = failure.getCause() != null ? failure.getCause() : failure;
                        context.statusLine().setErrorMessage(MESSAGES.format("release.status.failed", t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
                    }
                }));
    }

    /** The blockers, one paragraph each, in a read-only text a screen reader can walk through. */
    static final class BlockersDialog extends Dialog {
        private final List<Blocker> blockers;

        BlockersDialog(Shell shell, List<Blocker> blockers) {
            super(shell);
            this.blockers = blockers;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(MESSAGES.format("release.blockers.title", blockers.size()));
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Label intro = new Label(area, SWT.WRAP);
            intro.setText(MESSAGES.get("release.blockers.intro"));
            intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Text list = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            StringBuilder text = new StringBuilder();
            for (Blocker b : blockers) {
                text.append(b.elementId() == null ? "" : "[" + b.elementId() + "] ").append(b.reason()).append('\n');
                if (!b.fix().isEmpty()) {
                    text.append("    ").append(MESSAGES.format("release.blockers.fix", b.fix())).append('\n');
                }
                text.append('\n');
            }
            list.setText(text.toString().strip());
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 640;
            data.heightHint = 360;
            list.setLayoutData(data);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }
}
