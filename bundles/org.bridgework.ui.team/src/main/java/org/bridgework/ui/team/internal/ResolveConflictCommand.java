package org.bridgework.ui.team.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.MergeConflictKind;
import org.bridgework.team.api.ConflictResolution;
import org.bridgework.ui.api.Messages;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Resolves one recorded merge conflict through the command stack. A feature changed two ways (the usual case: text)
 * can be undone; resolutions that delete or move elements cannot (the stack says so by not offering undo).
 */
final class ResolveConflictCommand extends AbstractCommand {

    private static final Messages MESSAGES = Messages.of(ResolveConflictCommand.class);

    private final GuidanceProject root;
    private final MergeConflict conflict;
    private final ConflictResolution resolution;
    private final ConflictResolution.Take take;
    private final String value;
    private EObject element;
    private EStructuralFeature feature;
    private Object before;
    private int index;
    private boolean undoable;
    private String done;

    ResolveConflictCommand(GuidanceProject root, MergeConflict conflict, ConflictResolution resolution, ConflictResolution.Take take, String value) {
        super(MESSAGES.format("conflicts.command.resolve", conflict.getId()));
        this.root = root;
        this.conflict = conflict;
        this.resolution = resolution;
        this.take = take;
        this.value = value;
    }

    @Override
    protected boolean prepare() {
        return root.getMergeConflicts().contains(conflict);
    }

    @Override
    public void execute() {
        index = root.getMergeConflicts().indexOf(conflict);
        element = find(root, conflict.getElementId());
        feature = element == null || conflict.getFeature() == null ? null : element.eClass().getEStructuralFeature(conflict.getFeature());
        undoable = conflict.getKind() == MergeConflictKind.CHANGED_BOTH && feature != null && !(feature instanceof org.eclipse.emf.ecore.EReference r && r.isContainment());
        if (undoable) {
            Object current = element.eGet(feature);
            before = feature.isMany() ? new ArrayList<>((List<?>) current) : current;
        }
        done = resolution.resolve(root, conflict.getId(), take, value);
    }

    @Override
    public boolean canUndo() {
        return undoable;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void undo() {
        if (feature.isMany()) {
            ECollections.setEList((EList<Object>) element.eGet(feature), (List<Object>) before);
        } else {
            element.eSet(feature, before);
        }
        root.getMergeConflicts().add(Math.min(index, root.getMergeConflicts().size()), conflict);
    }

    @Override
    public void redo() {
        execute();
    }

    /** What was done, in a sentence (after execute). */
    String done() {
        return done;
    }

    static EObject find(GuidanceProject root, String id) {
        if (id == null || id.isEmpty()) {
            return root;
        }
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (e instanceof Identified i && id.equals(i.getId())) {
                return e;
            }
        }
        return null;
    }
}
