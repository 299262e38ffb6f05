package org.bridgework.ui.criteria.internal;

import org.bridgework.core.api.AtomicFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.criteria.api.RatingForms;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.JobHandle;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Write Rating Forms...: one XLSX form per panel member of the current round
 * ({@code rating-form-round-N-MEMBER.xlsx}) into a folder, in a background job (progress, cancel). Each file is
 * written to a temporary file first and then moved into place, so a failure or cancel leaves no half-written form.
 * The same as {@code bridgework consensus form} for every member.
 */
@Component(service = CommandContribution.class)
public class WriteFormsCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(WriteFormsCommand.class);

    private final RatingForms forms;
    private final ConsensusService consensus;

    @Activate
    public WriteFormsCommand(@Reference RatingForms forms, @Reference ConsensusService consensus) {
        this.forms = forms;
        this.consensus = consensus;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.criteria.writeForms";
    }

    @Override
    public String label() {
        return MESSAGES.get("write.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("write.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return context.project().flatMap(p -> consensus.currentRound(p.root())).map(r -> r.getClosed() == null && !r.getPanel().isEmpty())
                .orElse(false);
    }

    @Override
    public void execute(WorkbenchContext context) {
        DirectoryDialog dialog = new DirectoryDialog(context.shell());
        dialog.setText(MESSAGES.get("write.choose"));
        dialog.setMessage(MESSAGES.get("write.choose.message"));
        String folder = dialog.open();
        if (folder != null) {
            writeForms(context, Path.of(folder));
        }
    }

    /** Writes every panel member's form for the current round into {@code folder} in the background. */
    JobHandle<List<Path>> writeForms(WorkbenchContext context, Path folder) {
        GuidanceProject root = context.project().map(p -> p.root()).orElse(null);
        ConsensusRound round = root == null ? null : consensus.currentRound(root).orElse(null);
        if (round == null) {
            return null;
        }
        List<Member> panel = List.copyOf(round.getPanel());
        String name = MESSAGES.format("write.job", panel.size(), round.getNumber());
        return context.jobs().<List<Path>>schedule(name, monitor -> {
            monitor.beginTask(name, panel.size());
            List<Path> written = new ArrayList<>();
            Files.createDirectories(folder);
            for (Member m : panel) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                monitor.subTask(m.getId());
                Path target = folder.resolve("rating-form-round-" + round.getNumber() + "-" + m.getId() + ".xlsx");
                AtomicFiles.write(target, out -> forms.write(root, round, m, out));
                written.add(target);
                monitor.worked(1);
            }
            monitor.done();
            return written;
        }).whenDone((written, failure) -> {
            if (failure != null) {
                context.statusLine().setErrorMessage(failure instanceof java.util.concurrent.CancellationException
                        || failure instanceof OperationCanceledException ? MESSAGES.get("write.cancelled")
                                : MESSAGES.format("write.failed", String.valueOf(failure.getMessage())));
            } else {
                context.statusLine().setErrorMessage(null);
                context.statusLine().setMessage(MESSAGES.format("write.done", written.size(), round.getNumber(), folder));
            }
        });
    }
}
