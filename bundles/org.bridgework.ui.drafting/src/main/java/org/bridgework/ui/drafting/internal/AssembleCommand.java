package org.bridgework.ui.drafting.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.bridgework.assembly.api.AssemblyException;
import org.bridgework.assembly.api.AssemblyOptions;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyResult;
import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.assembly.api.AssemblyService.FormatInfo;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.core.api.Project;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.JobHandle;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Project &gt; Assemble...: the formats installed, a local context, the output folder and whether to go on when
 * validation finds errors, then the assembly in a background job (progress and Cancel in the status line), as
 * {@code bridgework assemble} does; at the end a dialog offers to open the folder or the first file.
 */
@Component(service = CommandContribution.class)
public class AssembleCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(AssembleCommand.class);

    static final String TITLE = MESSAGES.get("assemble.title");

    private final AssemblyService assembly;
    /** The last options dialog and result dialog, for tests. */
    OptionsDialog lastOptions;
    MessageDialog lastResult;

    @Activate
    public AssembleCommand(@Reference AssemblyService assembly) {
        this.assembly = assembly;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.drafting.assemble";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.assemble.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.assemble.description");
    }

    @Override
    public String keySequence() {
        return "M1+M2+B";
    }

    @Override
    public String menuPath() {
        return Menus.PROJECT;
    }

    @Override
    public boolean toolbar() {
        return false;
    }

    @Override
    public void execute(WorkbenchContext context) {
        Project project = context.project().orElse(null);
        if (project == null) {
            return;
        }
        GuidanceProject root = project.root();
        Path folder = context.preferences().exportFolderFor(project.isTemporaryCopy() || project.file() == null ? null
                : project.file().toAbsolutePath().getParent());
        OptionsDialog dialog = new OptionsDialog(context.shell(), assembly.formats(), assembly.contexts(root), folder,
                options -> start(context, project, options));
        lastOptions = dialog;
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    /** Runs the assembly of a copy of the project (EMF models are not thread-safe) kept at the project's address. */
    JobHandle<AssemblyResult> start(WorkbenchContext context, Project project, AssemblyOptions options) {
        GuidanceProject root = project.root();
        GuidanceProject copy = EcoreUtil.copy(root);
        Resource original = root.eResource();
        if (original != null && original.getURI() != null) {
            new XMIResourceImpl(original.getURI()).getContents().add(copy); // logos, images and the Git version resolve as for the original
        }
        context.statusLine().setErrorMessage(null);
        JobHandle<AssemblyResult> handle = context.jobs().<AssemblyResult>schedule(MESSAGES.get("assemble.job"),
                monitor -> assembly.assemble(copy, options, progress(monitor)));
        handle.whenDone((result, failure) -> context.shell().getDisplay().asyncExec(() -> {
            if (context.shell().isDisposed()) {
                return;
            }
            if (failure == null) {
                done(context, result);
            } else {
                failed(context, failure);
            }
        }));
        return handle;
    }

    private void done(WorkbenchContext context, AssemblyResult result) {
        List<Path> files = result.files().stream().filter(AssemblyResult.OutputFile::main).map(AssemblyResult.OutputFile::path).toList();
        context.statusLine().setMessage(MESSAGES.format("assemble.status.done", files.size(), result.outDir()));
        StringBuilder text = new StringBuilder(MESSAGES.format("assemble.done.intro", result.outDir()));
        for (Path f : files) {
            text.append("\n  ").append(f.getFileName());
        }
        if (!result.warnings().isEmpty()) {
            text.append("\n\n").append(MESSAGES.format("assemble.done.warnings", result.warnings().size()));
        }
        MessageDialog dialog = new MessageDialog(context.shell(), TITLE, null, text.toString(), MessageDialog.INFORMATION, 0,
                MESSAGES.get("assemble.button.openFolder"), files.isEmpty() ? MESSAGES.get("assemble.button.close") : MESSAGES.get("assemble.button.openFile"), IDialogConstants.CLOSE_LABEL) {
            @Override
            protected void buttonPressed(int buttonId) {
                if (buttonId == 0) {
                    Program.launch(result.outDir().toString());
                } else if (buttonId == 1 && !files.isEmpty()) {
                    Program.launch(files.get(0).toString());
                }
                super.buttonPressed(buttonId);
            }
        };
        lastResult = dialog;
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    private void failed(WorkbenchContext context, Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof CancellationException || t instanceof AssemblyException a && a.kind() == AssemblyException.Kind.CANCELLED) {
            context.statusLine().setMessage(MESSAGES.get("assemble.status.cancelled"));
            return;
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof AssemblyException a && !a.problems().isEmpty()) {
            StringBuilder b = new StringBuilder(message);
            a.problems().stream().limit(12).forEach(p -> b.append("\n  \u2022 ").append(p.message()));
            if (a.problems().size() > 12) {
                b.append("\n  ").append(MESSAGES.format("assemble.failed.more", a.problems().size() - 12));
            }
            message = b.toString();
        }
        context.statusLine().setErrorMessage(MESSAGES.get("assemble.status.failed"));
        MessageDialog dialog = new MessageDialog(context.shell(), TITLE, null, MESSAGES.format("assemble.failed.message", message), MessageDialog.ERROR, 0,
                IDialogConstants.CLOSE_LABEL);
        lastResult = dialog;
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    private static AssemblyProgress progress(IProgressMonitor monitor) {
        return new AssemblyProgress() {
            @Override
            public void begin(String name, int totalWork) {
                monitor.beginTask(name, totalWork);
            }

            @Override
            public void subTask(String name) {
                monitor.subTask(name);
            }

            @Override
            public void worked(int units) {
                monitor.worked(units);
            }

            @Override
            public void done() {
                monitor.done();
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        };
    }

    /** The choices: formats, context, folder, force. */
    static final class OptionsDialog extends TitleAreaDialog {
        private final List<FormatInfo> formats;
        private final List<VariantProvider.Context> contexts;
        private final Path folder;
        private final java.util.function.Consumer<AssemblyOptions> run;
        final List<Button> formatButtons = new ArrayList<>();
        Combo context;
        Text outDir;
        Button force;

        OptionsDialog(Shell shell, List<FormatInfo> formats, List<VariantProvider.Context> contexts, Path folder,
                java.util.function.Consumer<AssemblyOptions> run) {
            super(shell);
            this.formats = formats;
            this.contexts = contexts;
            this.folder = folder;
            this.run = run;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(TITLE);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle(MESSAGES.get("assemble.dialog.title"));
            setMessage(MESSAGES.get("assemble.dialog.message"));
            Composite body = new Composite(area, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

            Group group = new Group(body, SWT.NONE);
            group.setText(MESSAGES.get("assemble.formats"));
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
            for (FormatInfo f : formats) {
                Button b = new Button(group, SWT.CHECK);
                b.setText(MESSAGES.format("assemble.format.choice", formatName(f.format()), f.fileExtension()));
                b.setToolTipText(f.description());
                b.setData(f.format());
                b.setSelection(List.of("html", "docx", "pdf").contains(f.format()));
                b.addListener(SWT.Selection, e -> validate());
                formatButtons.add(b);
            }

            new Label(body, SWT.NONE).setText(MESSAGES.get("assemble.context.label"));
            context = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            context.add(MESSAGES.get("assemble.context.none"));
            for (VariantProvider.Context c : contexts) {
                context.add(c.label() == null || c.label().isBlank() ? c.id() : MESSAGES.format("assemble.context.choice", c.label(), c.id()));
            }
            context.select(0);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(context);

            new Label(body, SWT.NONE).setText(MESSAGES.get("assemble.folder.label"));
            outDir = new Text(body, SWT.BORDER | SWT.SINGLE);
            outDir.setText(folder.toString());
            outDir.addListener(SWT.Modify, e -> validate());
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(outDir);
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(MESSAGES.get("assemble.folder.browse"));
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(getShell(), SWT.SAVE);
                d.setFilterPath(outDir.getText());
                String chosen = d.open();
                if (chosen != null) {
                    outDir.setText(chosen);
                }
            });

            force = new Button(body, SWT.CHECK);
            force.setText(MESSAGES.get("assemble.force"));
            GridDataFactory.fillDefaults().span(3, 1).applyTo(force);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, MESSAGES.get("assemble.button.assemble"), true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
            validate();
        }

        /** What is wrong with the choices, shown as the dialog's error; null when they can be assembled. */
        String problem() {
            if (selectedFormats().isEmpty()) {
                return MESSAGES.get("assemble.error.noFormat");
            }
            String dir = outDir.getText().strip();
            if (dir.isEmpty()) {
                return MESSAGES.get("assemble.error.noFolder");
            }
            Path p = Path.of(dir);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return MESSAGES.format("assemble.error.notFolder", dir);
            }
            return null;
        }

        private void validate() {
            if (outDir == null || getButton(IDialogConstants.OK_ID) == null) {
                return;
            }
            String problem = problem();
            setErrorMessage(problem);
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }

        /** A format as readers know it. */
        static String formatName(String format) {
            return switch (format) {
                case "html" -> MESSAGES.get("assemble.format.html");
                case "docx" -> MESSAGES.get("assemble.format.docx");
                case "pdf" -> MESSAGES.get("assemble.format.pdf");
                case "md" -> MESSAGES.get("assemble.format.md");
                default -> format.toUpperCase(java.util.Locale.ROOT);
            };
        }

        /** The Assemble (OK) or Cancel button. */
        Button button(int id) {
            return getButton(id);
        }

        List<String> selectedFormats() {
            List<String> out = new ArrayList<>();
            for (Button b : formatButtons) {
                if (b.getSelection()) {
                    out.add((String) b.getData());
                }
            }
            return out;
        }

        AssemblyOptions options() {
            int i = context.getSelectionIndex();
            String contextId = i <= 0 ? null : contexts.get(i - 1).id();
            return new AssemblyOptions(selectedFormats(), Path.of(outDir.getText().strip()), contextId, force.getSelection(), null, false);
        }

        @Override
        protected void okPressed() {
            if (problem() != null) {
                return;
            }
            AssemblyOptions options = options();
            super.okPressed();
            run.accept(options);
        }
    }
}
