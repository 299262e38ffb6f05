package org.bridgework.ui.criteria.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.criteria.api.RatingForms;
import org.bridgework.criteria.api.RatingForms.FormImport;
import org.bridgework.criteria.api.RatingForms.FormProblem;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.JobHandle;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Import &gt; Rating Forms...: returned XLSX forms are read and checked in the background (progress and
 * cancel in the status line), then, only if every form is valid, recorded in the current round as one undoable
 * command; otherwise every problem is listed and nothing changes. The same as {@code bridgework consensus import}.
 */
@Component(service = CommandContribution.class)
public class ImportFormsCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(ImportFormsCommand.class);
    private static final int MAX_LISTED = 15;

    private final RatingForms forms;
    private final ConsensusService consensus;

    @Activate
    public ImportFormsCommand(@Reference RatingForms forms, @Reference ConsensusService consensus) {
        this.forms = forms;
        this.consensus = consensus;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.criteria.importForms";
    }

    @Override
    public String label() {
        return MESSAGES.get("import.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("import.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return context.project().flatMap(p -> consensus.currentRound(p.root())).map(r -> r.getClosed() == null).orElse(false);
    }

    @Override
    public void execute(WorkbenchContext context) {
        FileDialog dialog = new FileDialog(context.shell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(MESSAGES.get("import.choose"));
        dialog.setFilterExtensions(new String[] {"*.xlsx", "*"});
        dialog.setFilterNames(new String[] {MESSAGES.get("import.filter"), MESSAGES.get("import.filter.all")});
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        importForms(context, files);
    }

    /** Reads {@code files} in the background, then applies them on the UI thread if they are all valid. */
    JobHandle<FormImport> importForms(WorkbenchContext context, List<Path> files) {
        GuidanceProject root = context.project().map(p -> p.root()).orElse(null);
        if (root == null) {
            return null;
        }
        return context.jobs().<FormImport>schedule(MESSAGES.format("import.job", files.size()), monitor -> {
            monitor.beginTask(MESSAGES.format("import.job", files.size()), IProgressMonitor.UNKNOWN);
            try {
                return forms.read(root, files);
            } finally {
                monitor.done();
            }
        }).whenDone((read, failure) -> done(context, root, files, read, failure));
    }

    private void done(WorkbenchContext context, GuidanceProject root, List<Path> files, FormImport read, Throwable failure) {
        if (failure != null) {
            context.statusLine().setErrorMessage(failure instanceof java.util.concurrent.CancellationException ? MESSAGES.get("import.cancelled")
                    : MESSAGES.format("import.failed", String.valueOf(failure.getMessage())));
            return;
        }
        if (context.project().map(p -> p.root() != root).orElse(true)) {
            context.statusLine().setErrorMessage(MESSAGES.get("import.projectChanged"));
            return;
        }
        if (!read.ok()) {
            StringBuilder list = new StringBuilder();
            List<FormProblem> problems = read.problems();
            for (int i = 0; i < Math.min(MAX_LISTED, problems.size()); i++) {
                list.append("\u2022 ").append(problems.get(i)).append('\n');
            }
            if (problems.size() > MAX_LISTED) {
                list.append(MESSAGES.format("import.more", problems.size() - MAX_LISTED)).append('\n');
            }
            String message = MESSAGES.format("import.problems", problems.size(), files.size(), list.toString().strip());
            context.statusLine().setErrorMessage(MESSAGES.format("import.problems.short", problems.size()));
            MessageDialog dialog = new MessageDialog(context.shell(), MESSAGES.get("import.problems.title"), null, message, MessageDialog.ERROR, 0,
                    MESSAGES.get("import.ok"));
            dialog.setBlockOnOpen(false);
            dialog.open();
            return;
        }
        context.editingDomain().ifPresent(domain -> {
            if (context.execute(forms.applyCommand(domain, root, read))) {
                int ratings = read.forms().stream().mapToInt(f -> f.ratings().size()).sum();
                ConsensusRound round = root.getRounds().stream().filter(r -> r.getId().equals(read.roundId())).findFirst().orElse(null);
                context.statusLine().setErrorMessage(null);
                context.statusLine().setMessage(MESSAGES.format("import.done", read.forms().size(), ratings, round == null ? "?" : round.getNumber()));
                context.showView(DashboardView.ID);
            }
        });
    }
}
