package org.bridgework.ui.drafting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.ReviewImport;
import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.JobHandle;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** Review pack export and import for the review view's buttons and the File menu's commands (a thin layer over {@link ReviewPacks}). */
final class ReviewPackActions {

    private static final Messages MESSAGES = Messages.of(ReviewPackActions.class);

    private ReviewPackActions() {
    }

    /** Asks where to save and exports; null when cancelled. */
    static JobHandle<Path> export(WorkbenchContext context, ReviewPacks packs) {
        FileDialog dialog = new FileDialog(context.shell(), SWT.SAVE);
        dialog.setText(MESSAGES.get("reviewPack.export.title"));
        dialog.setFilterExtensions(new String[] {"*.docx"});
        dialog.setFilterNames(new String[] {MESSAGES.get("reviewPack.filter.docx")});
        dialog.setFileName(suggestedName(context));
        dialog.setOverwrite(true);
        String file = dialog.open();
        return file == null ? null : exportTo(context, packs, Path.of(file));
    }

    static String suggestedName(WorkbenchContext context) {
        return context.project().map(p -> p.root().getDocument() == null ? "review" : p.root().getDocument().getId()).orElse("review") + "-review.docx";
    }

    /**
     * Writes the review pack of the open project to {@code file}: the DOCX is made from the model on the UI thread (fast),
     * then written in the background to a temporary file moved into place.
     */
    static JobHandle<Path> exportTo(WorkbenchContext context, ReviewPacks packs, Path file) {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null || root.getDocument() == null) {
            MessageDialog.openError(context.shell(), MESSAGES.get("reviewPack.export.title"), MESSAGES.get("reviewPack.error.noDocument"));
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            packs.export(root, bytes);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(context.shell(), MESSAGES.get("reviewPack.export.title"), MESSAGES.format("reviewPack.error.make", e.getMessage()));
            return null;
        }
        byte[] data = bytes.toByteArray();
        return context.jobs().<Path>schedule(MESSAGES.get("reviewPack.job"), monitor -> {
            Path target = file.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".review-", ".docx.tmp");
            try {
                Files.write(temp, data);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        }).whenDone((path, failure) -> context.statusLine().setMessage(failure == null ? MESSAGES.format("reviewPack.status.written", path)
                : null));
    }

    /** Asks for a commented review pack and imports it after a preview; the number of comments added. */
    static int importComments(WorkbenchContext context, ReviewPacks packs) {
        FileDialog dialog = new FileDialog(context.shell(), SWT.OPEN);
        dialog.setText(MESSAGES.get("importComments.title"));
        dialog.setFilterExtensions(new String[] {"*.docx", "*"});
        dialog.setFilterNames(new String[] {MESSAGES.get("reviewPack.filter.docx"), MESSAGES.get("reviewPack.filter.all")});
        String file = dialog.open();
        return file == null ? 0 : importFrom(context, packs, Path.of(file));
    }

    /** The plan with its new comments raised for no milestone. */
    private static ReviewImport withoutMilestone(ReviewImport plan) {
        for (var c : plan.toAdd()) {
            c.setMilestone(null);
        }
        for (var s : plan.suggestionsToAdd()) {
            s.setMilestone(null);
        }
        return new ReviewImport(plan.file(), null, plan.entries(), plan.suggestions());
    }

    /** Reads the comments of {@code file}, shows what would be added, and adds them as one undoable command when confirmed. */
    static int importFrom(WorkbenchContext context, ReviewPacks packs, Path file) {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null || context.editingDomain().isEmpty()) {
            return 0;
        }
        ReviewImport plan;
        try {
            plan = packs.plan(root, file, null);
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(context.shell(), MESSAGES.get("importComments.title"), MESSAGES.format("reviewPack.error.read", e.getMessage()));
            return 0;
        }
        ImportPreviewDialog preview = new ImportPreviewDialog(context.shell(), plan, root.getMilestones(), m -> {
            try {
                ReviewImport again = packs.plan(root, file, m == null ? null : m.getId());
                return m == null ? withoutMilestone(again) : again;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (preview.open() != Window.OK || preview.plan().toAdd().isEmpty() && preview.plan().suggestionsToAdd().isEmpty()) {
            return 0;
        }
        plan = preview.plan();
        int n = plan.toAdd().size();
        int s = plan.suggestionsToAdd().size();
        if (context.execute(packs.apply(context.editingDomain().get(), root, plan))) {
            context.statusLine().setMessage(s == 0 ? MESSAGES.format("reviewPack.status.added", n, file.getFileName())
                    : MESSAGES.format("reviewPack.status.addedWithChanges", n, s, file.getFileName()));
            return n + s;
        }
        return 0;
    }
}
