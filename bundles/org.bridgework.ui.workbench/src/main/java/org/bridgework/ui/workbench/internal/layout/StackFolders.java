package org.bridgework.ui.workbench.internal.layout;


import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.workbench.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The tab folder of one stack of the workbench (left, editor area, bottom, right): its look, what its buttons, clicks,
 * keys and tab menu do (all of it asks {@link PartStacks}), and how a narrow stack gives its tabs more room.
 */
final class StackFolders {

    private StackFolders() {
    }

    static CTabFolder create(PartStacks stacks, Messages messages, Composite parent, String stack) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        folder.setData("stack", stack);
        folder.setSimple(true);
        // tabs shrink (full name in the tooltip) before one is hidden: GTK showed no chevron for a hidden tab
        folder.setMinimumCharacters(6);
        folder.setMinimizeVisible(true);
        folder.setMaximizeVisible(true);
        folder.setUnselectedCloseVisible(false);
        folder.setTabHeight(Math.max(24, folder.getTabHeight()));
        folder.setSelectionBackground(folder.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        folder.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    e.result = messages.get("stack." + stack);
                }
            }
        });
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                event.doit = false;
                if (event.item.getData() instanceof PartSite site) {
                    stacks.close(site);
                }
            }

            @Override
            public void minimize(CTabFolderEvent event) {
                stacks.minimize(stack);
            }

            @Override
            public void maximize(CTabFolderEvent event) {
                stacks.toggleMaximize(stack);
            }

            @Override
            public void restore(CTabFolderEvent event) {
                if (stack.equals(stacks.maximized())) {
                    stacks.unmaximize();
                } else {
                    stacks.restore(stack);
                }
            }
        });
        folder.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof PartSite site) {
                stacks.activate(site, true);
            }
        });
        // the user picking a tab: a click on one, or Ctrl+Page Up/Down (Selection events also come from the folder itself)
        folder.addListener(SWT.MouseDown, e -> {
            if (folder.getItem(new Point(e.x, e.y)) != null) {
                stacks.tabChosen(stack);
            }
        });
        folder.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_PAGE_NEXT || e.detail == SWT.TRAVERSE_PAGE_PREVIOUS) {
                stacks.tabChosen(stack);
            }
        });
        folder.addListener(SWT.MouseDoubleClick, e -> {
            if (folder.getItem(new Point(e.x, e.y)) != null) {
                stacks.toggleMaximize(stack);
            }
        });
        folder.addListener(SWT.MenuDetect, e -> {
            Point at = folder.toControl(e.x, e.y);
            CTabItem item = folder.getItem(at);
            if (item != null && item.getData() instanceof PartSite site) {
                showMenu(stacks, messages, folder, site, new Point(e.x, e.y));
                e.doit = false;
            }
        });
        // no top-right view menu button: on GTK the folder placed it (and the chevron of hidden tabs) past its
        // right edge after a resize, where it only took room from the tabs; the tab's own menu (right-click,
        // Shift+F10) has Move to, Minimise, Maximise, Close and lists every tab of the stack
        // a narrow stack gives its tabs the room of the minimise and maximise buttons (the tab menu and a
        // double-click still minimise and maximise): GTK shows no chevron for tabs that do not fit
        folder.addListener(SWT.Resize, e -> fitButtons(folder));
        if (Stacks.EDITOR_AREA.equals(stack)) {
            folder.addListener(SWT.Paint, e -> paintEmptyEditorArea(messages, folder, e));
        }
        return folder;
    }

    /** The width under which a stack shows no minimise and maximise buttons. */
    static final int NARROW_STACK = 340;

    private static void fitButtons(CTabFolder folder) {
        boolean roomy = folder.getSize().x >= NARROW_STACK;
        if (folder.getMinimizeVisible() != roomy) {
            folder.setMinimizeVisible(roomy);
            folder.setMaximizeVisible(roomy);
        }
    }

    /** An empty editor area says how to open something. */
    private static void paintEmptyEditorArea(Messages messages, CTabFolder folder, Event event) {
        if (folder.getItemCount() > 0) {
            return;
        }
        org.eclipse.swt.graphics.Rectangle area = folder.getClientArea();
        String hint = messages.get("editorArea.empty");
        event.gc.setForeground(folder.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
        Point size = event.gc.textExtent(hint);
        event.gc.drawText(hint, area.x + Math.max(8, (area.width - size.x) / 2), area.y + Math.max(8, (area.height - size.y) / 2), true);
    }

    /** The tab menu: Move to, Minimise, Maximise/Restore, Close. */
    private static void showMenu(PartStacks stacks, Messages messages, CTabFolder folder, PartSite site, Point at) {
        Menu menu = new Menu(folder.getShell(), SWT.POP_UP);
        if (!site.isEditor()) {
            MenuItem moveTo = new MenuItem(menu, SWT.CASCADE);
            moveTo.setText(messages.get("stack.moveTo"));
            Menu targets = new Menu(moveTo);
            moveTo.setMenu(targets);
            for (String stack : PartStacks.STACKS) {
                MenuItem target = new MenuItem(targets, SWT.PUSH);
                target.setText(messages.get("stack." + stack + ".menu"));
                target.setEnabled(!stack.equals(site.stack));
                target.addListener(SWT.Selection, e -> stacks.moveView(site, stack));
            }
            new MenuItem(menu, SWT.SEPARATOR);
        }
        String stack = site.stack;
        MenuItem minimize = new MenuItem(menu, SWT.PUSH);
        minimize.setText(messages.get("stack.minimize"));
        minimize.addListener(SWT.Selection, e -> stacks.minimize(stack));
        MenuItem maximize = new MenuItem(menu, SWT.PUSH);
        maximize.setText(messages.get(stack.equals(stacks.maximized()) ? "stack.restore" : "stack.maximize") + "\tCtrl+M");
        maximize.addListener(SWT.Selection, e -> stacks.toggleMaximize(stack));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem close = new MenuItem(menu, SWT.PUSH);
        close.setText(messages.get("stack.close") + "\tCtrl+W");
        close.addListener(SWT.Selection, e -> stacks.close(site));
        // every tab of the stack, also those a narrow window hides
        new MenuItem(menu, SWT.SEPARATOR);
        for (CTabItem item : folder.getItems()) {
            if (item.getData() instanceof PartSite other) {
                MenuItem show = new MenuItem(menu, SWT.RADIO);
                show.setText(PartStacks.tabText(other.label) + (item.isShowing() ? "" : " " + messages.get("stack.hiddenTab")));
                show.setSelection(other == site);
                show.addListener(SWT.Selection, e -> {
                    if (show.getSelection()) {
                        stacks.activate(other, true);
                    }
                });
            }
        }
        menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
        menu.setLocation(at);
        menu.setVisible(true);
    }
}
