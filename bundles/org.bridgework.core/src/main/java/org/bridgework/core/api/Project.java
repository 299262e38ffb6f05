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

    /**
     * A copy of the model as it is now, to be read on another thread while this one goes on editing (the workbench
     * validates and derives milestone readiness so): in a resource of its own at the same address, as checks read the
     * project's sidecar files beside it; ids and references within it are the copy's own. Costs a walk of the model:
     * about 130 ms for 100,000 elements.
     *
     * @since 1.11
     */
    default GuidanceProject snapshot() {
        org.eclipse.emf.ecore.util.EcoreUtil.Copier copier = new org.eclipse.emf.ecore.util.EcoreUtil.Copier();
        GuidanceProject copy = (GuidanceProject) copier.copy(root());
        copier.copyReferences();
        Resource own = resource();
        Resource resource = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(own == null || own.getURI() == null
                ? org.eclipse.emf.common.util.URI.createURI("snapshot.guidance") : own.getURI());
        resource.getContents().add(copy);
        return copy;
    }

    /** Unloads the model and releases the editing domain; deletes the folder of a temporary sample copy. */
    @Override
    void close();
}
