package org.bridgework.ui.literature.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.LiteratureImporter;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;

/**
 * Imports reference files in two steps: the files, then a preview of what would be added, merged with a source
 * already there (the user may keep both or skip instead) or not read at all (file, line and reason). Reading runs
 * in the wizard's progress bar (cancellable, off the UI thread); Finish applies everything as one command, so one
 * Edit &gt; Undo takes the whole import back.
 */
final class ImportWizard extends Wizard {

    private static final Messages MESSAGES = Messages.of(ImportWizard.class);

    private final WorkbenchContext context;
    private final LiteratureImporter importer;
    final FilesPage files;
    final PreviewPage previewPage;
    /** The preview of the files on the files page, or null before it is read (or after the files changed). */
    LiteratureImportPreview preview;
    private List<Path> previewed = List.of();

    ImportWizard(WorkbenchContext context, LiteratureImporter importer) {
        this.context = context;
        this.importer = importer;
        setWindowTitle(MESSAGES.get("import.wizard.title"));
        setNeedsProgressMonitor(true);
        files = new FilesPage(importer);
        previewPage = new PreviewPage(this);
        addPage(files);
        addPage(previewPage);
    }

    /** Opens the wizard without blocking the caller (the dialog is modal to the window). */
    static WizardDialog open(WorkbenchContext context, LiteratureImporter importer) {
        return open(context, importer, List.of());
    }

    /** Opens the wizard with files already chosen (dropped on the Literature view). */
    static WizardDialog open(WorkbenchContext context, LiteratureImporter importer, List<Path> chosen) {
        ImportWizard wizard = new ImportWizard(context, importer);
        WizardDialog dialog = new WizardDialog(context.shell(), wizard);
        dialog.setPageSize(760, 360);
        dialog.addPageChangingListener(new IPageChangingListener() {
            @Override
            public void handlePageChanging(PageChangingEvent event) {
                if (event.getCurrentPage() == wizard.files && event.getTargetPage() == wizard.previewPage) {
                    event.doit = wizard.readFiles();
                }
            }
        });
        dialog.setBlockOnOpen(false);
        dialog.open();
        if (!chosen.isEmpty()) {
            wizard.files.addFiles(chosen);
        }
        return dialog;
    }

    /** Reads the chosen files into a preview, in the wizard's progress bar; false (and the reason shown) when it fails. */
    boolean readFiles() {
        List<Path> chosen = files.files();
        if (preview != null && chosen.equals(previewed)) {
            return true;
        }
        Project project = context.project().orElse(null);
        if (project == null) {
            files.setErrorMessage(MESSAGES.get("import.error.noProject"));
            return false;
        }
        preview = null;
        LiteratureImportPreview[] result = new LiteratureImportPreview[1];
        try {
            // the dialog is modal: the model does not change while the files are read against it
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(MESSAGES.format("import.job", chosen.size()), IProgressMonitor.UNKNOWN);
                try {
                    result[0] = importer.preview(chosen, project.root());
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
                if (monitor.isCanceled()) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            files.setErrorMessage(cause instanceof ImportException ie
                    ? (ie.file() == null || ie.getMessage().contains(ie.file().getFileName().toString()) ? "" : ie.file().getFileName() + ": ") + ie.getMessage()
                    : MESSAGES.format("import.error.read", cause));
            return false;
        } catch (InterruptedException | OperationCanceledException e) {
            files.setErrorMessage(MESSAGES.get("import.error.cancelled"));
            return false;
        }
        files.setErrorMessage(null);
        preview = result[0];
        previewed = chosen;
        previewPage.show(preview);
        return true;
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == previewPage && preview != null && hasChanges();
    }

    boolean hasChanges() {
        return preview != null && !preview.changes().isEmpty();
    }

    @Override
    public boolean performFinish() {
        Project project = context.project().orElse(null);
        if (project == null || preview == null) {
            return false;
        }
        Command imported = preview.command(project.editingDomain(), project.root());
        CompoundCommand command = new CompoundCommand(MESSAGES.get("import.wizard.title"));
        command.append(imported);
        if (!context.execute(command)) {
            previewPage.setErrorMessage(MESSAGES.get("import.error.notAccepted"));
            return false;
        }
        int added = 0;
        int merged = 0;
        for (ImportChange change : preview.changes()) {
            if (change.kind() == ImportChange.Kind.ADD) {
                added++;
            } else if (change.kind() == ImportChange.Kind.MERGE) {
                merged++;
            }
        }
        context.statusLine().setMessage(merged > 0 ? MESSAGES.format("import.status.importedMerged", added, merged)
                : MESSAGES.format("import.status.imported", added));
        return true;
    }
}
