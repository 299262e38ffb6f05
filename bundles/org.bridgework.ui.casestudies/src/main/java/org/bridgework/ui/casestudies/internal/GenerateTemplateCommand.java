package org.bridgework.ui.casestudies.internal;

import org.bridgework.core.api.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.bridgework.casestudies.api.CaseStudyTemplates;
import org.bridgework.core.api.Project;
import org.bridgework.model.CaseStudy;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Project &gt; Generate Case-Study Template...: the data collection template (DOCX, or XLSX when the name ends in .xlsx) for the selected case study
 * (or the case study of the selected benefit, outcome ...), prefilled with what the project knows, written where the
 * user chooses. The model is read on the UI thread; the file is written in the background, atomically.
 */
@Component(service = CommandContribution.class)
public class GenerateTemplateCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(GenerateTemplateCommand.class);

    static final String ID = "org.bridgework.ui.casestudies.generateTemplate";
    static final String TITLE = MESSAGES.get("generate.dialog.title");

    private final CaseStudyTemplates templates;
    private final FileChooser chooser;

    @Activate
    public GenerateTemplateCommand(@Reference CaseStudyTemplates templates) {
        this(templates, new FileChooser.Native());
    }

    GenerateTemplateCommand(CaseStudyTemplates templates, FileChooser chooser) {
        this.templates = templates;
        this.chooser = chooser;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return MESSAGES.get("command.generate.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.generate.description");
    }

    @Override
    public String menuPath() {
        return Menus.PROJECT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return selected(context) != null;
    }

    /** The selected case study, or the case study the selected element belongs to. */
    static CaseStudy selected(WorkbenchContext context) {
        if (context.project().isEmpty() || !(context.selection().getSelection() instanceof IStructuredSelection s)) {
            return null;
        }
        for (Object o = s.getFirstElement(); o instanceof EObject e; o = e.eContainer()) {
            if (e instanceof CaseStudy cs) {
                return cs.eResource() == context.project().get().resource() ? cs : null;
            }
        }
        return null;
    }

    @Override
    public void execute(WorkbenchContext context) throws IOException {
        CaseStudy cs = selected(context);
        Project project = context.project().orElse(null);
        if (cs == null || project == null) {
            return;
        }
        Path file = chooser.save(context.shell(), MESSAGES.format("generate.dialog.titleFor", cs.getTitle() == null ? cs.getId() : cs.getTitle()), cs.getId() + "-template.docx",
                new String[] {MESSAGES.get("generate.filter.docx"), MESSAGES.get("generate.filter.xlsx")}, "docx", "xlsx");
        if (file == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // reads the model: here, on the UI thread; the format from the name (.xlsx: a workbook, else Word)
        templates.write(project.root(), cs, CaseStudyTemplates.Format.of(file.getFileName().toString()), bytes);
        byte[] docx = bytes.toByteArray();
        context.jobs().<Path>schedule(MESSAGES.format("generate.job", file.getFileName()), monitor -> {
            monitor.beginTask(MESSAGES.format("generate.job", file.getFileName()), IProgressMonitor.UNKNOWN);
            try {
                AtomicFiles.write(file, docx);
            } finally {
                monitor.done();
            }
            return file;
        }).whenDone((written, failure) -> {
            if (failure == null) {
                String message = MESSAGES.format("generate.status.written", cs.getId(), written);
                context.shell().getDisplay().asyncExec(() -> { // after the job's own "done" message
                    if (context.shell() != null && !context.shell().isDisposed()) { // the window may have closed meanwhile
                        context.statusLine().setErrorMessage(null);
                        context.statusLine().setMessage(message);
                    }
                });
            } else {
                Throwable t = failure.getCause() != null ? failure.getCause() : failure;
                String message = MESSAGES.format("generate.error.write", file, t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
                context.statusLine().setErrorMessage(message);
                MessageDialog d = new MessageDialog(context.shell(), TITLE, null, message, MessageDialog.ERROR, 0, MESSAGES.get("dialog.ok"));
                d.setBlockOnOpen(false);
                d.open();
            }
        });
    }
}
