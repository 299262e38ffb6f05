package org.bridgework.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** An open project: resource, root and editing domain, and the file it belongs to. */
final class ProjectImpl implements Project {

    private Path file;
    private final Resource resource;
    private final GuidanceProject root;
    private final AdapterFactoryEditingDomain domain;
    private final ComposedAdapterFactory adapterFactory;
    private final Path temporaryFolder;
    /**
     * Changed other than through the command stack (an import writing the model directly, a migration, never saved):
     * only a save clears it. Changes through commands are the stack's business, so undoing back to the save point
     * leaves the project clean.
     */
    private boolean changedOutsideCommands;
    /** True while {@link #saved} signals the save on the resource (its modified flag true, then false). */
    private boolean signallingSave;
    /** The project's lock while it is open for editing, else null (saves then lock for their duration). */
    private ProjectLock lock;
    /** The file on disk as opened or last saved (null: never saved), to notice another writer before a save. */
    private DiskState diskState;

    ProjectImpl(Path file, Resource resource, AdapterFactoryEditingDomain domain, ComposedAdapterFactory adapterFactory,
            Path temporaryFolder) {
        this.file = file;
        this.resource = resource;
        this.root = (GuidanceProject) resource.getContents().get(0);
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        this.temporaryFolder = temporaryFolder;
        resource.setTrackingModification(true);
        resource.setModified(false);
        // the resource's modified flag flips on the first change after a reset; after every command it is reset, so
        // a flip outside a command is a change the stack does not know about
        resource.eAdapters().add(new org.eclipse.emf.common.notify.impl.AdapterImpl() {
            @Override
            public void notifyChanged(org.eclipse.emf.common.notify.Notification n) {
                if (n.getNotifier() == resource && n.getFeatureID(Resource.class) == Resource.RESOURCE__IS_MODIFIED && n.getNewBooleanValue()
                        && !stack().isRunning() && !signallingSave) {
                    changedOutsideCommands = true;
                }
            }
        });
        domain.getCommandStack().addCommandStackListener(event -> resource.setModified(false));
    }

    private ProjectCommandStack stack() {
        return (ProjectCommandStack) domain.getCommandStack();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Resource resource() {
        return resource;
    }

    @Override
    public GuidanceProject root() {
        return root;
    }

    @Override
    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return changedOutsideCommands || stack().isSaveNeeded();
    }

    @Override
    public boolean isTemporaryCopy() {
        return temporaryFolder != null;
    }

    ProjectLock lock() {
        return lock;
    }

    void lock(ProjectLock lock) {
        this.lock = lock;
    }

    DiskState diskState() {
        return diskState;
    }

    void diskState(DiskState state) {
        this.diskState = state;
    }

    /** After a save: not dirty, and the file on disk is as written; after a save as: belongs to the new file. */
    void saved(Path newFile, DiskState state) {
        diskState = state;
        if (!newFile.equals(file)) {
            file = newFile;
            resource.setURI(URI.createFileURI(newFile.toString()));
        }
        stack().saveIsDone();
        changedOutsideCommands = false;
        // listeners (the search index) take the modified flag turning false on a clean project as "saved": the flag
        // may already be false (it is reset after each command), so it is set and cleared to say so
        signallingSave = true;
        try {
            resource.setModified(true);
        } finally {
            signallingSave = false;
        }
        resource.setModified(false);
    }

    /** Marks a project that was never saved (new, or migrated from an older format) as needing a save. */
    void markDirty() {
        changedOutsideCommands = true;
    }

    @Override
    public void close() {
        try {
            closeModel();
        } finally {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }

    private void closeModel() {
        resource.setTrackingModification(false);
        domain.getCommandStack().flush();
        resource.unload();
        domain.getResourceSet().getResources().remove(resource);
        adapterFactory.dispose();
        if (temporaryFolder != null) {
            deleteTree(temporaryFolder);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary folder: the system cleans it eventually
                }
            });
        } catch (IOException e) {
            // as above
        }
    }

    @Override
    public String toString() {
        return "Project[" + file + "]";
    }
}
