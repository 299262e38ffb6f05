package org.bridgework.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The project open in the workbench and what happens to it: open, save (to its file, or to another after a
 * restore or for a sample copy), revert, close; every change through its command stack, each one told to the
 * {@link SessionListener}s and journalled for crash recovery ({@link RecoveryJournal}). No SWT: it runs on one
 * thread (the workbench's UI thread), and the journal's delay runs on the {@link RecoveryJournal.Scheduler} it is given.
 * Not thread-safe.
 */
public final class ProjectSession implements RecoveryJournal.Source {
    /** What the project lock names as its holder while the workbench has a project open. */
    public static final String LOCK_HOLDER = "Bridgework workbench";

    private final Supplier<Optional<ProjectService>> projects;
    private final RecoveryJournal journal;
    private final SessionLog log;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> stateListeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;

    private Project project;
    /** Where Save writes; null: ask (a sample copy, a restored temporary project). */
    private Path saveTarget;
    /** Unsaved although the command stack says otherwise (restored from the journal). */
    private boolean forcedDirty;
    /** The SHA-256 of the save target's content the changes are made on (as opened, last saved, or a restored entry's). */
    private String base;
    /** Restored from the journal: the first save checks that the file is still {@link #base} (the service cannot: it saves a copy). */
    private boolean checkBaseOnSave;
    /** Whether a part holds typing not yet applied, and how to apply it (the window's parts). */
    private java.util.function.BooleanSupplier pendingEdits = () -> false;
    private Runnable commitPendingEdits = () -> {
    };

    public ProjectSession(Supplier<Optional<ProjectService>> projects, RecoveryJournal journal, SessionLog log) {
        this.projects = projects;
        this.journal = journal;
        this.log = log;
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** How to know of and apply typing that parts have not yet applied to the model. */
    public void pendingEdits(java.util.function.BooleanSupplier pending, Runnable commit) {
        this.pendingEdits = Objects.requireNonNull(pending);
        this.commitPendingEdits = Objects.requireNonNull(commit);
    }

    /** Applies typing not yet applied (before a command, a save, a close, a journal write). */
    public void commitPendingEdits() {
        if (project != null) {
            commitPendingEdits.run();
        }
    }

    /** A part started or stopped holding typing: the state (title, Save) follows, and the journal is scheduled. */
    public void pendingEditsChanged() {
        stateChanged();
        if (project != null && pendingEdits.getAsBoolean()) {
            journal.schedule(this);
        }
    }

    @Override
    public void beforeWrite() {
        commitPendingEdits();
    }

    /** The project service, or a message saying it is missing. */
    public ProjectService service() throws IOException {
        return projects.get().orElseThrow(() -> new IOException("the project service (bundle org.bridgework.core) is not running"));
    }

    public boolean hasService() {
        return projects.get().isPresent();
    }

    /**
     * Unsaved changes: the command stack is not at its save point, or the project needed saving when it was
     * opened (new, migrated, restored). Undoing back to the save point makes it clean again.
     */
    @Override
    public boolean isDirty() {
        if (project == null) {
            return false;
        }
        CommandStack stack = project.editingDomain().getCommandStack();
        boolean saveNeeded = stack instanceof org.eclipse.emf.common.command.BasicCommandStack basic ? basic.isSaveNeeded() : project.isDirty();
        return forcedDirty || saveNeeded || pendingEdits.getAsBoolean();
    }

    /** True when Save must ask where (no file of its own yet). */
    public boolean needsLocation() {
        return project != null && saveTarget == null;
    }

    /** The file name shown in the title (or the project's title for a sample copy). */
    public String displayName() {
        if (project == null) {
            return "";
        }
        if (saveTarget == null) {
            String title = project.root().getTitle();
            return title == null || title.isBlank() ? project.file().getFileName().toString() : title;
        }
        return saveTarget.getFileName().toString();
    }

    /** The file this project saves to, if it has one. */
    public Optional<Path> saveTarget() {
        return Optional.ofNullable(saveTarget);
    }

    // --- opening and closing

    /** Opens a project file (the current project must have been closed). */
    public Project open(Path file) throws ProjectLoadException, IOException {
        // locked while open: a command-line write to it meanwhile is refused naming this workbench
        Project opened = service().openForEditing(file.toAbsolutePath().normalize(), LOCK_HOLDER, java.time.Duration.ZERO);
        adopt(opened, opened.file(), false);
        return opened;
    }

    /** A throw-away copy of the default sample. */
    public Project openSample() throws ProjectLoadException, IOException {
        Project opened = service().sampleCopy();
        adopt(opened, null, false);
        return opened;
    }

    /** A new project saved at once to {@code file}. */
    public Project create(Path file, String id, String title) throws IOException {
        ProjectService service = service();
        Project created = service.create(file.toAbsolutePath().normalize(), id, title);
        service.save(created);
        adopt(created, created.file(), false);
        return created;
    }

    /**
     * Restores a journal entry: its content, unsaved, to be saved to the entry's file (or asked for). A project
     * open now (say the entry's file as it was on disk) is closed first, without asking and without touching the
     * entry.
     */
    public Project restore(RecoveryJournal.Entry entry) throws ProjectLoadException, IOException {
        Path folder = Files.createTempDirectory("bridgework-recovered");
        Path copy = folder.resolve(entry.temporary() ? "recovered.guidance" : entry.file().getFileName().toString());
        RecoveryJournal.copy(entry, copy);
        Project restored;
        try {
            restored = service().open(copy);
        } finally {
            // loaded into memory: the working copy is not needed (saves go to the entry's file), and is no stray left behind
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
        if (project != null) {
            closeQuietly();
        }
        adopt(restored, entry.temporary() ? null : entry.file(), true);
        // the changes were made on the entry's base: if the file changed since, the first save asks (keep both)
        base = entry.base();
        checkBaseOnSave = base != null;
        return restored;
    }

    /** Closes the project without asking and without touching the journal. */
    private void closeQuietly() {
        Project closing = project;
        closing.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        project = null;
        saveTarget = null;
        forcedDirty = false;
        fire(l -> l.projectClosed(closing));
        closing.close();
    }

    /** Takes over a project opened elsewhere (tests, the command line's early load). */
    public void adopt(Project opened, Path target, boolean dirty) {
        if (project != null) {
            throw new IllegalStateException("close " + project + " first");
        }
        project = Objects.requireNonNull(opened);
        makeDomainFindable(opened);
        saveTarget = target;
        base = target == null ? null : RecoveryJournal.hash(target);
        checkBaseOnSave = false;
        // a project that needs saving as it comes (new, migrated from an older format, restored) stays dirty until saved
        forcedDirty = dirty || opened.isDirty();
        project.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        fire(l -> l.projectOpened(opened));
        stateChanged();
        if (dirty) {
            journal.schedule(this);
        }
    }

    /**
     * Lets EMF.Edit find the project's editing domain from any of its elements
     * ({@code AdapterFactoryEditingDomain.getEditingDomainFor}), which item providers and the label, content and
     * property code rely on: the resource set gets the standard provider adapter if it has none.
     */
    public static void makeDomainFindable(Project project) {
        var resourceSet = project.resource().getResourceSet();
        if (resourceSet != null && org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain.getEditingDomainFor(project.root()) == null) {
            resourceSet.eAdapters().add(new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain.EditingDomainProvider(project.editingDomain()));
        }
    }

    /** Closes the project without asking (the caller asked); its unsaved changes are dropped, and their journal too. */
    public void close() {
        if (project == null) {
            return;
        }
        Project closing = project;
        journal.discard(file());
        closing.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        project = null;
        saveTarget = null;
        forcedDirty = false;
        fire(l -> l.projectClosed(closing));
        try {
            closing.close();
        } catch (RuntimeException e) {
            log.error("closing " + closing.file() + " failed", e);
        }
        stateChanged();
    }

    /** Closes the project but keeps its journal entry (the workbench is going away with unsaved changes it was told to keep). */
    public void abandon() {
        if (project == null) {
            return;
        }
        if (isDirty()) {
            journal.writeNow(this);
            journal.flush();
        }
        Project closing = project;
        closing.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        project = null;
        fire(l -> l.projectClosed(closing));
        closing.close();
        stateChanged();
    }

    // --- saving

    /** Saves to the project's file. The caller asks for a location first when {@link #needsLocation()}. */
    public void save() throws IOException {
        save(false);
    }

    /**
     * Saves to the project's file; with {@code overwrite}, also when someone else changed it on disk meanwhile
     * (without, that is a {@link ProjectChangedOnDiskException}).
     */
    public void save(boolean overwrite) throws IOException {
        Project saving = require();
        if (saveTarget == null) {
            throw new IllegalStateException("no file to save to: use saveAs");
        }
        ProjectService service = service();
        Path oldKey = file();
        if (saveTarget.equals(saving.file())) {
            service.save(saving, overwrite);
        } else {
            if (checkBaseOnSave && !overwrite && Files.exists(saveTarget) && !base.equals(RecoveryJournal.hash(saveTarget))) {
                throw new ProjectChangedOnDiskException(saveTarget, "Could not save " + saveTarget + ": it was changed on disk "
                        + "since the recovered changes were made (saved again, or changed by another program). Nothing was written, so the "
                        + "version on disk is kept. Compare them, reload it, or save again choosing to overwrite it.");
            }
            service.saveAs(saving, saveTarget);
        }
        saved(oldKey);
    }

    /** Saves to {@code file}, which the project then belongs to. */
    public void saveAs(Path file) throws IOException {
        Project saving = require();
        Path oldKey = file();
        service().saveAs(saving, file.toAbsolutePath().normalize());
        saveTarget = saving.file();
        saved(oldKey);
    }

    private void saved(Path oldKey) {
        forcedDirty = false;
        checkBaseOnSave = false;
        base = saveTarget == null ? null : RecoveryJournal.hash(saveTarget);
        journal.discard(oldKey);
        Project saved = project;
        fire(l -> l.projectSaved(saved));
        stateChanged();
    }

    /**
     * What differs between the file as it is on disk now and this version (Compare in the changed-on-disk question):
     * the file is read into a separate model, never opened for editing, so nothing here changes.
     */
    public List<String> compareWithDisk(BiFunction<GuidanceProject, GuidanceProject, List<String>> differences) throws ProjectLoadException, IOException {
        Project mine = require();
        Path file = saveTarget != null ? saveTarget : mine.file();
        Project onDisk = service().open(file);
        try {
            return differences.apply(onDisk.root(), mine.root());
        } finally {
            onDisk.close();
        }
    }

    /** Opens the project again from its file as it is on disk now, dropping the unsaved changes (and their journal). */
    public void reload() throws ProjectLoadException, IOException {
        revert();
    }

    /** Throws away the unsaved changes: the project is opened again from its file. */
    public void revert() throws ProjectLoadException, IOException {
        require();
        Path file = saveTarget;
        if (file == null || !Files.isRegularFile(file)) {
            throw new IOException("there is no saved version of " + displayName() + " to go back to");
        }
        close();
        open(file);
    }

    // --- changes

    /** Executes a command on the project's command stack; false when there is no project or it cannot execute. */
    public boolean execute(Command command) {
        if (project == null || command == null || !command.canExecute()) {
            return false;
        }
        project.editingDomain().getCommandStack().execute(command);
        return true;
    }

    public CommandStack commandStack() {
        return project == null ? null : project.editingDomain().getCommandStack();
    }

    private void commandStackChanged(EventObject event) {
        Project changed = project;
        if (changed == null) {
            return;
        }
        fire(l -> l.projectChanged(changed));
        stateChanged();
        if (isDirty()) {
            journal.schedule(this);
        } else {
            // undone back to the saved state: nothing left to recover
            journal.discard(file());
        }
    }

    // --- RecoveryJournal.Source

    @Override
    public Resource resource() {
        return require().resource();
    }

    /** The journal key: the file the project belongs to (its save target, else its working copy). */
    @Override
    public Path file() {
        Project current = require();
        return saveTarget != null ? saveTarget : current.file();
    }

    @Override
    public String base() {
        return base;
    }

    /** The file's content the unsaved changes are made on (tests, Compare). */
    public String baseHash() {
        return base;
    }

    @Override
    public boolean temporary() {
        return saveTarget == null;
    }

    @Override
    public String title() {
        return project == null ? "" : project.root().getTitle();
    }

    // --- listeners

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Told after anything that changes the title or the actions' state (open, close, change, save). */
    public void onStateChanged(Runnable listener) {
        stateListeners.add(listener);
    }

    private void stateChanged() {
        for (Runnable listener : stateListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.error("updating the window after a change failed", e);
            }
        }
    }

    private void fire(Consumer<SessionListener> event) {
        for (SessionListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException | LinkageError e) {
                log.contributionFailed("a project listener failed", e);
            }
        }
    }

    private Project require() {
        if (project == null) {
            throw new IllegalStateException("no project is open");
        }
        return project;
    }
}
