package org.bridgework.core.api;

import java.nio.file.Path;

import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An open {@code .guidance} project: the file it is saved to, the EMF resource holding it, its root and the
 * editing domain (command stack with undo/redo) that UI and command-line edits go through.
 * Obtained from {@link ProjectService}; saved with {@link ProjectService#save(Project)}.
 * Not thread-safe: use it from one thread at a time (the UI thread in the workbench).
 */
@ProviderType
public interface Project extends AutoCloseable {

    /** The file this project is saved to (absolute). */
    Path file();

    /** The XMI resource holding the project; its single root is {@link #root()}. */
    Resource resource();

    /** The root of the model. */
    GuidanceProject root();

    /**
     * The editing domain: an {@code AdapterFactoryEditingDomain} over the model's item providers with a
     * {@code BasicCommandStack}. Execute changes as commands on its command stack to get undo and redo.
     */
    AdapterFactoryEditingDomain editingDomain();

    /**
     * True when the project differs from what was last opened or saved: a command was executed (or undone)
     * since, or the model was changed directly.
     */
    boolean isDirty();

    /**
     * True when this is a throw-away copy of a sample made by {@link ProjectService#sampleCopy()}: its
     * working folder is deleted on {@link #close()}.
     */
    boolean isTemporaryCopy();

    /** Unloads the model and releases the editing domain; deletes the folder of a temporary sample copy. */
    @Override
    void close();
}
