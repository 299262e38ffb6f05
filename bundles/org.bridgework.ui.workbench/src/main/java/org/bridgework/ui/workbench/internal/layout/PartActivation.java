package org.bridgework.ui.workbench.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.workbench.internal.ErrorLog;
import org.bridgework.ui.workbench.internal.WorkbenchHost;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The active part: which one it is, the stack's highlight, the focus, Ctrl+F6/F7, and the part the focus enters
 * (a display filter). Split out of {@link PartStacks}; UI thread only.
 */
final class PartActivation {
    private final WorkbenchHost host;
    private final ErrorLog log;
    private final Map<String, CTabFolder> folders;
    private final Composite columns;
    private final Color activeBar;
    private PartSite active;

    PartActivation(WorkbenchHost host, Map<String, CTabFolder> folders, Composite columns, Color activeBar) {
        this.host = host;
        this.log = host.log();
        this.folders = folders;
        this.columns = columns;
        this.activeBar = activeBar;
    }

    PartSite active() {
        return active;
    }

    /** The part is going: no longer the active one. */
    void forget(PartSite site) {
        if (active == site) {
            active = null;
        }
    }

    /** A stack is minimised: its part is no longer the active one. */
    void forgetIn(String stack) {
        if (active != null && stack.equals(active.stack)) {
            active = null;
        }
    }

    /** Brings a part's tab to the front, makes it the active part and, if asked, gives it the focus. */
    void activate(PartSite site, boolean focus) {
        if (site == null || site.item == null || site.item.isDisposed()) {
            return;
        }
        CTabFolder folder = site.item.getParent();
        if (folder.getSelection() != site.item) {
            folder.setSelection(site.item);
        }
        if (active != site) {
            active = site;
            highlight();
            if (site.context != null && site.context.selectionProvider() != null) {
                ISelection selection = site.context.selectionProvider().getSelection();
                if (selection != null && !selection.isEmpty()) {
                    host.selectionService().set(site.id, selection);
                }
            }
        }
        if (focus) {
            focus(site);
        }
    }

    /** The next view (or editor) after the active one, for Ctrl+F7 / Ctrl+F6. */
    void activateNext(boolean editor) {
        List<PartSite> candidates = new ArrayList<>();
        for (CTabFolder folder : folders.values()) {
            if (!folder.isVisible()) {
                continue;
            }
            for (CTabItem item : folder.getItems()) {
                if (item.getData() instanceof PartSite site && site.isEditor() == editor) {
                    candidates.add(site);
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int index = candidates.indexOf(active);
        activate(candidates.get((index + 1) % candidates.size()), true);
    }

    private void focus(PartSite site) {
        try {
            site.part.setFocus();
        } catch (RuntimeException | LinkageError e) {
            log.contributionFailed("setFocus of " + site + " failed", e);
        }
        Control focus = site.host.getDisplay().getFocusControl();
        if (!isInside(focus, site.host)) {
            site.host.setFocus();
        }
    }

    void focusIn(Event event) {
        if (!(event.widget instanceof Control control) || columns.isDisposed()) {
            return;
        }
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getData(PartSite.class.getName()) instanceof PartSite site) {
                activate(site, false);
                return;
            }
            if (c == columns) {
                return;
            }
        }
    }

    void activateSomething() {
        if (active != null && !active.host.isDisposed()) {
            return;
        }
        active = null;
        for (String stack : List.of(Stacks.EDITOR_AREA, Stacks.LEFT, Stacks.BOTTOM, Stacks.RIGHT)) {
            CTabFolder folder = folders.get(stack);
            if (folder.isVisible() && folder.getSelection() != null && folder.getSelection().getData() instanceof PartSite site) {
                activate(site, false);
                return;
            }
        }
        highlight();
    }

    private void highlight() {
        for (CTabFolder folder : folders.values()) {
            boolean isActive = active != null && active.item != null && !active.item.isDisposed() && active.item.getParent() == folder;
            folder.setSelectionForeground(isActive ? activeBar : folder.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            folder.setSelectionBarThickness(isActive ? 2 : 0);
        }
    }

    private static boolean isInside(Control control, Composite ancestor) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }
}
