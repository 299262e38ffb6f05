package org.bridgework.ui.workbench.internal.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectChangedOnDiskException;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectSession;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.Prompts;
import org.bridgework.ui.workbench.internal.WorkbenchWindow;
import org.bridgework.ui.workbench.internal.commands.ContributedCommands;
import org.bridgework.ui.workbench.internal.layout.LayoutState;
import org.bridgework.ui.workbench.internal.views.WelcomeView;
import org.eclipse.swt.widgets.Shell;

/**
 * What the File menu and the Welcome page do with the open project: new, open, the sample, recovered changes, save,
 * save as, revert, close, and the recent files. Split out of {@link WorkbenchWindow} so the window only wires
 * things together; UI thread only.
 */
public final class ProjectFiles implements WelcomeView.Actions {
    private static final int RECENT_LIMIT = 8;

    private final WorkbenchWindow window;
    private final WorkbenchWindow.Services services;
    private final Messages messages;
    private final ProjectSession session;
    private final RecoveryJournal journal;
    private final LayoutState layout;

    public ProjectFiles(WorkbenchWindow window, ProjectSession session, RecoveryJournal journal, LayoutState layout) {
        this.window = window;
        this.services = window.services();
        this.messages = services.messages();
        this.session = session;
        this.journal = journal;
        this.layout = layout;
    }

    private Shell shell() {
        return window.getShell();
    }

    private void status(String message) {
        window.statusLine().setMessage(message);
    }

    private void showError(String titleKey, String message) {
        services.prompts().showError(shell(), messages.get(titleKey), message);
    }

    @Override
    public void openSample() {
        if (!closeCurrent()) {
            return;
        }
        load(session::openSample, "status.opened");
    }

    @Override
    public void newProject() {
        Path file = services.prompts().chooseSaveLocation(shell(), messages.get("prompt.new.title"), messages.get("prompt.new.file"));
        if (file == null || !closeCurrent()) {
            return;
        }
        String name = file.getFileName().toString().replaceFirst("\\.guidance$", "");
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        try {
            session.create(file, id.isEmpty() ? "guidance" : id, messages.format("prompt.new.projectTitle", name));
            addRecent(file);
            status(messages.format("status.created", file));
        } catch (IOException e) {
            showError("error.new.title", e.getMessage());
        }
    }

    @Override
    public void openProject() {
        Path file = services.prompts().chooseProjectToOpen(shell());
        if (file != null) {
            open(file);
        }
    }

    /** Opens a project file (asking about unsaved changes first, offering recovered changes of that file). */
    @Override
    public void open(Path file) {
        if (!closeCurrent()) {
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Optional<RecoveryJournal.Entry> entry = journal.find(absolute);
            Prompts.RestoreChoice choice = entry.isPresent() ? services.prompts().chooseRestore(shell(), entry.get()) : Prompts.RestoreChoice.DISCARD;
            if (choice == Prompts.RestoreChoice.LATER) {
                // not now: the recovered changes stay in the journal, and the file is not opened (editing it would replace them)
                status(messages.format("status.restoreLater", entry.get().displayName()));
                return;
            }
            if (choice == Prompts.RestoreChoice.RESTORE) {
                session.restore(entry.get());
                status(messages.format("status.restored", session.displayName()));
            } else {
                entry.ifPresent(journal::discard);
                session.open(absolute);
                status(messages.format("status.opened", session.displayName()));
            }
            addRecent(absolute);
        } catch (ProjectLoadException | IOException e) {
            showError("error.open.title", e.getMessage());
        }
    }

    /** Offers the newest recovered changes (start without a file), restoring them if the user agrees. */
    public void offerRecovery() {
        List<RecoveryJournal.Entry> entries = journal.entries();
        if (entries.isEmpty()) {
            return;
        }
        RecoveryJournal.Entry entry = entries.get(0);
        Prompts.RestoreChoice choice = services.prompts().chooseRestore(shell(), entry);
        if (choice == Prompts.RestoreChoice.LATER) {
            status(messages.format("status.restoreLater", entry.displayName()));
            return; // kept: offered again at the next start or open
        }
        if (choice == Prompts.RestoreChoice.DISCARD) {
            journal.discard(entry);
            return;
        }
        if (!closeCurrent()) {
            return;
        }
        load(() -> session.restore(entry), "status.restored");
    }

    /** Takes over a project opened before the window (the command line opens it while the window is built). */
    public void adopt(Project project, boolean temporary) {
        session.adopt(project, temporary ? null : project.file(), false);
        if (!temporary) {
            addRecent(project.file());
        }
    }

    @Override
    public List<Path> recent() {
        List<Path> files = new ArrayList<>();
        for (String name : layout.recent) {
            files.add(Path.of(name));
        }
        return files;
    }

    private void addRecent(Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        layout.recent.remove(name);
        layout.recent.add(0, name);
        while (layout.recent.size() > RECENT_LIMIT) {
            layout.recent.remove(layout.recent.size() - 1);
        }
    }

    @Override
    public void showPerspective(String id) {
        window.showPerspective(id);
    }

    @Override
    public boolean importLiterature() {
        ContributedCommands commands = window.commands();
        for (org.bridgework.ui.api.CommandContribution command : commands.commands()) {
            if (WelcomeView.IMPORT_LITERATURE.equals(command.id())) {
                commands.action(command).run();
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean canImportLiterature() {
        return services.registry().commands().stream().anyMatch(c -> WelcomeView.IMPORT_LITERATURE.equals(c.id()));
    }

    /** Saves; asks where first when the project has no file of its own. True when saved. */
    public boolean save() {
        window.commitPendingEdits();
        if (session.project().isEmpty()) {
            return false;
        }
        if (session.needsLocation()) {
            return saveAs();
        }
        try {
            session.save();
            status(messages.format("status.saved", session.displayName()));
            return true;
        } catch (ProjectChangedOnDiskException e) {
            return changedOnDisk(e);
        } catch (IOException | RuntimeException e) {
            showError("error.save.title", Jobs.message(e));
            return false;
        }
    }

    /**
     * Save found the file changed by someone else: Reload, Compare (then the question again), Overwrite or Cancel, as
     * the user says. True when saved.
     */
    private boolean changedOnDisk(ProjectChangedOnDiskException refused) {
        String name = session.displayName();
        Prompts.ChangedOnDiskChoice choice;
        while (true) {
            List<org.bridgework.ui.api.compare.ProjectComparer> comparers = services.registry().comparers();
            choice = services.prompts().askChangedOnDisk(shell(), name, refused.getMessage(), !comparers.isEmpty());
            if (choice != Prompts.ChangedOnDiskChoice.COMPARE || comparers.isEmpty()) {
                break;
            }
            try {
                services.prompts().showDifferences(shell(), name, session.compareWithDisk(comparers.get(0)::differences));
            } catch (ProjectLoadException | IOException | RuntimeException e) {
                showError("error.compare.title", Jobs.message(e));
            }
        }
        switch (choice) {
            case OVERWRITE -> {
                try {
                    session.save(true);
                    status(messages.format("status.saved", session.displayName()));
                    return true;
                } catch (IOException | RuntimeException e) {
                    showError("error.save.title", Jobs.message(e));
                    return false;
                }
            }
            case RELOAD -> {
                try {
                    session.reload();
                    status(messages.format("status.reloaded", name));
                } catch (ProjectLoadException | IOException | RuntimeException e) {
                    showError("error.save.title", Jobs.message(e));
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    public boolean saveAs() {
        window.commitPendingEdits();
        if (session.project().isEmpty()) {
            return false;
        }
        String suggested = session.saveTarget().map(p -> p.getFileName().toString()).orElse(defaultFileName());
        Path file = services.prompts().chooseSaveLocation(shell(), messages.get("prompt.saveAs.title"), suggested);
        if (file == null) {
            return false;
        }
        try {
            session.saveAs(file);
            addRecent(file);
            status(messages.format("status.saved", session.displayName()));
            return true;
        } catch (IOException | RuntimeException e) {
            showError("error.save.title", Jobs.message(e));
            return false;
        }
    }

    private String defaultFileName() {
        String id = session.project().map(p -> p.root().getId()).orElse(null);
        return (id == null || id.isBlank() ? "guidance" : id) + ".guidance";
    }

    public void revert() {
        if (!session.isDirty() || session.saveTarget().isEmpty()) {
            return;
        }
        if (!services.prompts().confirm(shell(), messages.get("prompt.revert.title"), messages.format("prompt.revert.message", session.displayName()))) {
            return;
        }
        load(session::revert, "status.reverted");
    }

    private interface Load {
        void run() throws ProjectLoadException, IOException;
    }

    /** Opens, restores or reverts, then says so in the status line (the project's name after the key), or shows why not. */
    private void load(Load load, String statusKey) {
        try {
            load.run();
            status(messages.format(statusKey, session.displayName()));
        } catch (ProjectLoadException | IOException e) {
            showError("error.open.title", e.getMessage());
        }
    }

    public void closeProject() {
        if (closeCurrent()) {
            status(messages.get("status.closed"));
        }
    }

    /** Closes the open project, asking first about unsaved changes; false when the user chose to stay. */
    public boolean closeCurrent() {
        window.commitPendingEdits();
        if (session.project().isEmpty()) {
            return true;
        }
        if (session.isDirty()) {
            switch (services.prompts().askSaveChanges(shell(), session.displayName())) {
                case SAVE -> {
                    if (!save()) {
                        return false;
                    }
                }
                case DISCARD -> {
                    // closed below, its journal with it
                }
                case CANCEL -> {
                    return false;
                }
            }
        }
        session.close();
        return true;
    }
}
