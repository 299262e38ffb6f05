package org.bridgework.ui.workbench.internal.layout;

import java.io.IOException;

import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.WorkbenchWindow;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * Perspective switching (the toolbar's perspective buttons, Window &gt; Perspective, Ctrl+F8) and the remembered
 * layout (window bounds, perspective, stacks, recent files in {@code workbench.json}): split out of
 * {@link WorkbenchWindow}. UI thread only.
 */
public final class WindowLayout {
    private static final Point DEFAULT_SIZE = new Point(1280, 800);

    private final WorkbenchWindow window;
    private final LayoutStore store;
    private final LayoutState layout;
    private ToolBar perspectiveBar;
    /** A window size to open with instead of the remembered one (before the window is created), or null. */
    public Point sizeOverride;
    /** False: nothing about this window (layout, perspective, size) is remembered as the user's. */
    public boolean remember = true;
    public String initialPerspective;

    public WindowLayout(WorkbenchWindow window, LayoutStore store) {
        this.window = window;
        this.store = store;
        this.layout = store.load();
        this.initialPerspective = layout.perspective != null && Perspectives.IDS.contains(layout.perspective) ? layout.perspective : Perspectives.SCOPE;
    }

    public LayoutState state() {
        return layout;
    }

    public Point initialSize(Display display) {
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        Point preferred = new Point(Math.min(DEFAULT_SIZE.x, screen.width), Math.min(DEFAULT_SIZE.y, screen.height));
        if (sizeOverride != null) {
            return new Point(Math.min(sizeOverride.x, screen.width), Math.min(sizeOverride.y, screen.height));
        }
        if (layout.windowBounds != null && layout.windowBounds.length == 4 && layout.windowBounds[2] > 200 && layout.windowBounds[3] > 150) {
            return new Point(Math.min(layout.windowBounds[2], screen.width), Math.min(layout.windowBounds[3], screen.height));
        }
        return preferred;
    }

    public Point initialLocation(Display display, Point size) {
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        if (layout.windowBounds != null && layout.windowBounds.length == 4
                && screen.intersects(new Rectangle(layout.windowBounds[0], layout.windowBounds[1], size.x, size.y))) {
            return new Point(layout.windowBounds[0], layout.windowBounds[1]);
        }
        return new Point(screen.x + Math.max(0, (screen.width - size.x) / 2), screen.y + Math.max(0, (screen.height - size.y) / 2));
    }

    /** The toolbar's perspective buttons, one per perspective, the current one pressed. */
    public void createPerspectiveBar(Composite top, Messages messages) {
        perspectiveBar = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        perspectiveBar.getAccessible().addAccessibleListener(WorkbenchWindow.named(messages.get("toolbar.perspectives")));
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(perspectiveBar);
        for (String id : Perspectives.IDS) {
            ToolItem item = new ToolItem(perspectiveBar, SWT.RADIO);
            item.setText(" " + messages.get("perspective." + id) + " ");
            item.setToolTipText(messages.format("perspective.tooltip", messages.get("perspective." + id), messages.get("perspective." + id + ".purpose")));
            item.setData(id);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection() && !id.equals(window.stacks().perspective())) {
                    window.showPerspective(id);
                }
            });
        }
    }

    /** Switches perspective and says so in the status line. */
    public void showPerspective(String id) {
        window.stacks().setPerspective(id);
        updatePerspectiveBar();
        window.statusLine().setMessage(window.messages().format("status.perspective", window.messages().get("perspective." + id)));
    }

    public void nextPerspective() {
        int index = Perspectives.IDS.indexOf(window.stacks().perspective());
        window.showPerspective(Perspectives.IDS.get((index + 1) % Perspectives.IDS.size()));
    }

    public void updatePerspectiveBar() {
        if (perspectiveBar == null || perspectiveBar.isDisposed()) {
            return;
        }
        for (ToolItem item : perspectiveBar.getItems()) {
            item.setSelection(item.getData().equals(window.stacks().perspective()));
        }
    }

    public void resetLayout() {
        PartStacks stacks = window.stacks();
        stacks.resetPerspective();
        window.statusLine().setMessage(window.messages().format("status.reset", window.messages().get("perspective." + stacks.perspective())));
    }

    /** The stacks', perspective's and window's state as the window closes, written at once. */
    public void rememberOnClose(Shell shell) {
        PartStacks stacks = window.stacks();
        stacks.unmaximize();
        stacks.captureState();
        layout.windowMaximized = shell.getMaximized();
        if (!shell.getMaximized() && !shell.getMinimized()) {
            Rectangle bounds = shell.getBounds();
            layout.windowBounds = new int[] {bounds.x, bounds.y, bounds.width, bounds.height};
        }
        save();
    }

    /** Writes the layout, perspectives and recent files now. */
    public void save() {
        if (!remember) {
            return;
        }
        try {
            store.save(layout);
        } catch (IOException e) {
            window.log().warn("could not remember the layout in " + store.file() + ": " + e.getMessage());
        }
    }
}
