package org.bridgework.ui.team.internal;

import org.bridgework.core.api.Project;
import org.bridgework.team.api.TeamService;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Project > Team commands: Sync, Approve, Resolve Conflicts. Each is a few lines over the team services. */
final class TeamCommands {

    private static final Messages MESSAGES = Messages.of(TeamCommands.class);

    private TeamCommands() {
    }

    static boolean shared(WorkbenchContext context) {
        return context.project().filter(p -> !p.isTemporaryCopy()).isPresent();
    }

    /** Team > Sync: commit, fetch, merge by element, push - in the background; the saved project is what is shared. */
    @Component(service = CommandContribution.class)
    public static class Sync implements CommandContribution {
        private final TeamService team;

        @Activate
        public Sync(@Reference TeamService team) {
            this.team = team;
        }

        @Override
        public String id() {
            return "org.bridgework.ui.team.sync";
        }

        @Override
        public String label() {
            return MESSAGES.get("command.sync.label");
        }

        @Override
        public String description() {
            return MESSAGES.get("command.sync.description");
        }

        @Override
        public String menuPath() {
            return Menus.TEAM;
        }

        @Override
        public boolean isEnabled(WorkbenchContext context) {
            return shared(context);
        }

        @Override
        public void execute(WorkbenchContext context) {
            Project project = context.project().orElseThrow();
            if (project.isDirty()) {
                context.statusLine().setErrorMessage(MESSAGES.get("sync.status.saveFirst"));
                return;
            }
            Display display = context.shell().getDisplay();
            java.nio.file.Path file = project.file();
            context.jobs().schedule(MESSAGES.format("sync.job", file.getFileName()), monitor -> team.sync(file, null, null, false))
                    .whenDone((result, error) -> display.asyncExec(() -> {
                        if (error != null) {
                            Throwable cause = error.getCause() != null ? error.getCause() : error;
                            MessageDialog.openError(context.shell(), MESSAGES.get("sync.dialog.title"), cause.getMessage());
                        } else {
                            String text = String.join("\n", result.messages());
                            if (result.merged()) {
                                text += "\n\n" + MESSAGES.get("sync.merged.reopen");
                            }
                            MessageDialog.openInformation(context.shell(), MESSAGES.get("sync.dialog.title"), text);
                        }
                    }));
        }
    }

    /** Team > Approve: a sign-off of the committed version. */
    @Component(service = CommandContribution.class)
    public static class Approve implements CommandContribution {
        private final TeamService team;

        @Activate
        public Approve(@Reference TeamService team) {
            this.team = team;
        }

        @Override
        public String id() {
            return "org.bridgework.ui.team.approve";
        }

        @Override
        public String label() {
            return MESSAGES.get("command.approve.label");
        }

        @Override
        public String menuPath() {
            return Menus.TEAM;
        }

        @Override
        public boolean isEnabled(WorkbenchContext context) {
            return shared(context);
        }

        @Override
        public void execute(WorkbenchContext context) {
            Project project = context.project().orElseThrow();
            ApproveDialog dialog = new ApproveDialog(context.shell(), project.root());
            if (dialog.open() != ApproveDialog.OK) {
                return;
            }
            try {
                TeamService.Approval a = team.approve(project.file(), dialog.milestone(), dialog.name(), dialog.role(), dialog.organisation(),
                        dialog.note(), false);
                MessageDialog.openInformation(context.shell(), MESSAGES.get("approve.dialog.short"),
                        MESSAGES.format("approve.recorded", a.id(), a.milestone(), a.name(), a.commit().substring(0, 8), a.tag()));
            } catch (TeamService.TeamException e) {
                MessageDialog.openError(context.shell(), MESSAGES.get("approve.dialog.short"), e.getMessage());
            }
        }
    }

    /** Team > Resolve Conflicts: the Merge Conflicts view. */
    @Component(service = CommandContribution.class)
    public static class ResolveConflicts implements CommandContribution {

        @Override
        public String id() {
            return "org.bridgework.ui.team.resolve";
        }

        @Override
        public String label() {
            return MESSAGES.get("command.resolve.label");
        }

        @Override
        public String menuPath() {
            return Menus.TEAM;
        }

        @Override
        public boolean isEnabled(WorkbenchContext context) {
            return context.project().map(p -> !p.root().getMergeConflicts().isEmpty()).orElse(false);
        }

        @Override
        public void execute(WorkbenchContext context) {
            context.showView(ConflictsView.ID);
        }
    }
}
