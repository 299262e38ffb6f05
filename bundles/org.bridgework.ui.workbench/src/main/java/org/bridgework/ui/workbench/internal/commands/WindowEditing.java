package org.bridgework.ui.workbench.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.bridgework.core.api.ProjectSession;
import org.bridgework.ui.api.PendingEdits;
import org.bridgework.ui.workbench.internal.PartContextImpl;
import org.bridgework.ui.workbench.internal.WorkbenchWindow;
import org.bridgework.ui.workbench.internal.layout.PartSite;
import org.bridgework.ui.workbench.internal.layout.PartStacks;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The Edit menu's work and the parts' typing not yet applied ({@link PendingEdits}): undo, redo, delete, the
 * clipboard on the focused control. Split out of {@link WorkbenchWindow}; UI thread only.
 */
public final class WindowEditing {
    private final WorkbenchWindow window;
    private final Display display;

    public WindowEditing(WorkbenchWindow window, Display display) {
        this.window = window;
        this.display = display;
    }

    /** Applies the typing that open parts hold and have not applied yet. */
    public void commitPendingEdits() {
        for (PartSite site : openSites()) {
            if (site.part instanceof PendingEdits pending) {
                try {
                    pending.commitPendingEdits();
                } catch (RuntimeException e) {
                    window.log().contributionFailed("the part " + site.id + " failed to apply its pending typing", e);
                }
            }
        }
    }

    /** True when an open part holds typing not yet applied. */
    public boolean hasPendingEdits() {
        for (PartSite site : openSites()) {
            if (site.part instanceof PendingEdits pending) {
                try {
                    if (pending.hasPendingEdits()) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // a failing part has nothing we can save
                }
            }
        }
        return false;
    }

    private List<PartSite> openSites() {
        PartStacks stacks = window.stacks();
        if (stacks == null) {
            return List.of();
        }
        List<PartSite> sites = new ArrayList<>(stacks.views().values());
        sites.addAll(stacks.editors());
        return sites;
    }

    public void undo() {
        window.commitPendingEdits();
        CommandStack stack = window.session().commandStack();
        if (stack != null && stack.canUndo()) {
            stack.undo();
        }
    }

    public void redo() {
        window.commitPendingEdits();
        CommandStack stack = window.session().commandStack();
        if (stack != null && stack.canRedo()) {
            stack.redo();
        }
    }

    /** The control that had the focus before a menu took it: menus do not take the focus in SWT, so it is the focus control. */
    Control focusControl() {
        return display.getFocusControl();
    }

    /** Cut, Copy, Paste, Select All on the focused control; a word in the status line when it has nothing to do. */
    void onFocus(String what, Predicate<Control> action) {
        Control focus = focusControl();
        if (focus == null || !action.test(focus)) {
            window.statusLine().setMessage(window.messages().format("edit.nothing", what));
        }
    }

    /** Edit > Delete: the selected text, or the elements selected in a tree or table (one undoable command). */
    void delete() {
        Control focus = focusControl();
        if (focus != null && TextEditing.isText(focus)) {
            TextEditing.delete(focus);
            return;
        }
        ProjectSession session = window.session();
        List<EObject> elements = PartContextImpl.elements(window.selectionService().getSelection());
        var project = session.project();
        if (elements.isEmpty() || project.isEmpty()) {
            window.statusLine().setMessage(window.messages().format("edit.nothing", "delete"));
            return;
        }
        if (session.execute(org.bridgework.core.api.ElementEdits.delete(project.get().editingDomain(), elements))) {
            window.statusLine().setMessage(window.messages().format("edit.deleted", elements.size()));
        }
    }
}
