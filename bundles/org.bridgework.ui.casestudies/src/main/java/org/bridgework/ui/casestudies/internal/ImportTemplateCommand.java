package org.bridgework.ui.casestudies.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.bridgework.casestudies.api.ReturnedTemplates;
import org.bridgework.casestudies.api.ReturnedTemplates.Returned;
import org.bridgework.casestudies.api.ReturnedTemplates.Review;
import org.bridgework.core.api.Project;
import org.bridgework.literature.api.ImportException;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.derive.Derived;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.JobHandle;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Import Returned Case-Study Template...: choose the .docx (or .xlsx) a partner sent back, read it in the background
 * (hostile files refused there), then show what would change ({@link TemplateDiffDialog}) and apply it as one
 * command only on Apply. A file that cannot be imported is explained in an error dialog; nothing changes.
 */
@Component(service = CommandContribution.class)
public class ImportTemplateCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(ImportTemplateCommand.class);

    static final String ID = "org.bridgework.ui.casestudies.importTemplate";
    static final String TITLE = MESSAGES.get("import.dialog.title");

    private final ReturnedTemplates returned;
    private final FileChooser chooser;
    /** The dialog shown last (the diff or an error), for tests. */
    Dialog lastDialog;

    @Activate
    public ImportTemplateCommand(@Reference ReturnedTemplates returned) {
        this(returned, new FileChooser.Native());
    }

    ImportTemplateCommand(ReturnedTemplates returned, FileChooser chooser) {
        this.returned = returned;
        this.chooser = chooser;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return MESSAGES.get("command.import.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.import.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public void execute(WorkbenchContext context) {
        Path file = chooser.open(context.shell(), TITLE, MESSAGES.get("import.filter"), "docx", "xlsx");
        if (file != null) {
            importFile(context, file);
        }
    }

    /** What reading gave: the template, or why the file cannot be imported (an expected outcome, not a job failure). */
    record Read(Returned template, ImportException refused) {
    }

    JobHandle<Read> importFile(WorkbenchContext context, Path file) {
        context.statusLine().setErrorMessage(null);
        String name = String.valueOf(file.getFileName());
        return context.jobs().<Read>schedule(MESSAGES.format("import.job", name), monitor -> {
            monitor.beginTask(MESSAGES.format("import.job", name), IProgressMonitor.UNKNOWN);
            try {
                return new Read(returned.read(file), null);
            } catch (ImportException e) {
                return new Read(null, e);
            } finally {
                monitor.done();
            }
        }).whenDone((r, failure) -> {
            if (failure != null) {
                failed(context, file, failure);
            } else if (r.refused() != null) {
                error(context, r.refused().getMessage());
            } else {
                review(context, r.template());
            }
        });
    }

    /** A status message shown after the job's own "done" message. */
    private static void later(WorkbenchContext context, String message) {
        context.shell().getDisplay().asyncExec(() -> {
            if (context.shell() != null && !context.shell().isDisposed()) { // the window may have closed meanwhile
                context.statusLine().setMessage(message);
            }
        });
    }

    private void review(WorkbenchContext context, Returned r) {
        Project project = context.project().orElse(null);
        if (project == null) {
            error(context, MESSAGES.get("import.error.noProject"));
            return;
        }
        CaseStudy cs;
        Review first;
        try {
            first = returned.review(r, project.root());
        } catch (ImportException e) {
            error(context, e.getMessage());
            return;
        }
        cs = project.root().getCaseStudies().stream().filter(c -> c.getId().equals(first.caseStudyId())).findFirst().orElse(null);
        String title = cs == null ? null : cs.getTitle() == null ? cs.getId() : cs.getTitle();
        // today, unless the case study's history already runs past today (a planned timeline): then its last change
        LocalDate today = LocalDate.now();
        LocalDate last = cs == null ? null : Derived.lastStatusChange(cs);
        LocalDate returnedOn = last != null && last.isAfter(today) ? last : today;
        TemplateDiffDialog dialog = new TemplateDiffDialog(context.shell(), date -> {
            try {
                return returned.review(r, project.root(), date);
            } catch (ImportException e) {
                return first; // the file was read once already: only the date changed
            }
        }, title, returnedOn, date -> apply(context, project, r, date));
        Review review = dialog.review();
        dialog.setBlockOnOpen(false);
        lastDialog = dialog;
        dialog.open();
        later(context, review.errors().isEmpty() ? MESSAGES.format("import.status.toReview", r.file().getFileName(), review.differences().size())
                : MESSAGES.format("import.status.errors", r.file().getFileName()));
    }

    private void apply(WorkbenchContext context, Project project, Returned returnedTemplate, LocalDate date) {
        if (context.project().orElse(null) != project) {
            error(context, MESSAGES.get("import.error.changed"));
            return;
        }
        Review review;
        try {
            review = returned.review(returnedTemplate, project.root(), date); // recorded as returned on the chosen day
        } catch (ImportException e) {
            error(context, e.getMessage());
            return;
        }
        if (!review.errors().isEmpty()) {
            error(context, review.errors().get(0).message());
            return;
        }
        Command command = review.preview().command(project.editingDomain(), project.root());
        if (context.execute(command)) {
            context.statusLine().setMessage(MESSAGES.format("import.status.imported", review.file().getFileName(), review.caseStudyId(),
                    review.differences().size()));
        } else {
            error(context, MESSAGES.get("import.error.apply"));
        }
    }

    private void failed(WorkbenchContext context, Path file, Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof CancellationException) {
            context.statusLine().setMessage(MESSAGES.format("import.status.cancelled", file.getFileName()));
            return;
        }
        String message = t instanceof ImportException ? t.getMessage()
                : MESSAGES.format("import.error.read", file, t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        error(context, message);
    }

    private void error(WorkbenchContext context, String message) {
        context.shell().getDisplay().asyncExec(() -> {
            if (context.shell() != null && !context.shell().isDisposed()) { // the window may have closed meanwhile
                context.statusLine().setErrorMessage(message);
            }
        });
        MessageDialog d = new MessageDialog(context.shell(), TITLE, null, message, MessageDialog.ERROR, 0, MESSAGES.get("dialog.ok"));
        d.setBlockOnOpen(false);
        lastDialog = d;
        d.open();
    }
}
