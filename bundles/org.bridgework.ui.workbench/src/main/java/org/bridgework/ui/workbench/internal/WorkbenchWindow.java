package org.bridgework.ui.workbench.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's main window: a menu bar, a work area and a status line.
 * <p>
 * The menus are built from named groups so that later contributions (views,
 * editors, commands contributed as services) can be added to them by id:
 * {@link #MENU_FILE}, {@link #MENU_WINDOW}, {@link #MENU_HELP}, each with an
 * {@link #GROUP_ADDITIONS} group. The work area is created by
 * {@link #createWorkArea(Composite)}, the one place the view layout will grow from.
 * <p>
 * Like every widget, an instance is used on the display's thread only.
 */
public class WorkbenchWindow extends ApplicationWindow {
    public static final String MENU_FILE = "file";
    public static final String MENU_WINDOW = "window";
    public static final String MENU_HELP = "help";
    /** The group at the end of each menu where contributions go. */
    public static final String GROUP_ADDITIONS = "additions";

    private static final Point DEFAULT_SIZE = new Point(1024, 720);

    private final Messages messages;
    private final AboutInfo about;
    private final Optional<Path> file;

    private final IAction exitAction;
    private final IAction minimizeAction;
    private final IAction maximizeAction;
    private final IAction aboutAction;

    private final List<Runnable> afterFirstPaint = new ArrayList<>();
    private long firstPaintNanos;

    /**
     * @param messages the strings to show
     * @param about what Help &gt; About shows
     * @param file the project file named on the command line, if any (only shown for now)
     */
    public WorkbenchWindow(Messages messages, AboutInfo about, Optional<Path> file) {
        super(null);
        this.messages = Objects.requireNonNull(messages);
        this.about = Objects.requireNonNull(about);
        this.file = Objects.requireNonNull(file);

        exitAction = action("action.exit", this::close);
        exitAction.setToolTipText(messages.get("action.exit.tooltip"));
        exitAction.setAccelerator(SWT.MOD1 | 'Q');
        minimizeAction = action("action.minimize", () -> getShell().setMinimized(true));
        minimizeAction.setAccelerator(SWT.MOD1 | 'M');
        maximizeAction = action("action.maximize", () -> getShell().setMaximized(!getShell().getMaximized()));
        aboutAction = action("action.about", () -> new AboutDialog(getShell(), this.messages, this.about).open());
        aboutAction.setToolTipText(messages.get("action.about.tooltip"));

        addMenuBar();
        addStatusLine();
    }

    /** The strings this window shows. */
    protected Messages messages() {
        return messages;
    }

    /** The project file named on the command line, if any. */
    public Optional<Path> file() {
        return file;
    }

    /** The window title: the product name, after the file name when a file was given. */
    public String title() {
        return file.map(f -> messages.format("window.title.file", fileName(f))).orElse(messages.get("window.title"));
    }

    /**
     * Runs a task once, on the display's thread, after the window has first painted
     * (as the next event after that first paint, so the rest of the window is painted too).
     * Add tasks before the window opens.
     */
    public void afterFirstPaint(Runnable task) {
        afterFirstPaint.add(Objects.requireNonNull(task));
    }

    /** When the window first painted ({@link System#nanoTime()}), if it has. */
    public OptionalLong firstPaintNanos() {
        return firstPaintNanos == 0 ? OptionalLong.empty() : OptionalLong.of(firstPaintNanos);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    @Override
    protected Point getInitialSize() {
        Point preferred = super.getInitialSize();
        return new Point(Math.max(preferred.x, DEFAULT_SIZE.x), Math.max(preferred.y, DEFAULT_SIZE.y));
    }

    @Override
    protected MenuManager createMenuManager() {
        MenuManager bar = new MenuManager();
        bar.add(menu(MENU_FILE, "menu.file", this::fillFileMenu));
        bar.add(menu(MENU_WINDOW, "menu.window", this::fillWindowMenu));
        bar.add(new GroupMarker(GROUP_ADDITIONS));
        bar.add(menu(MENU_HELP, "menu.help", this::fillHelpMenu));
        return bar;
    }

    /** File menu: contributions go into {@link #GROUP_ADDITIONS}, above Exit. */
    protected void fillFileMenu(IMenuManager menu) {
        menu.add(new GroupMarker(GROUP_ADDITIONS));
        menu.add(new Separator());
        menu.add(exitAction);
    }

    protected void fillWindowMenu(IMenuManager menu) {
        menu.add(minimizeAction);
        menu.add(maximizeAction);
        menu.add(new Separator(GROUP_ADDITIONS));
    }

    protected void fillHelpMenu(IMenuManager menu) {
        menu.add(new GroupMarker(GROUP_ADDITIONS));
        menu.add(new Separator());
        menu.add(aboutAction);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite workArea = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(workArea);
        createWorkArea(workArea);
        workArea.addListener(SWT.Paint, this::firstPaint);
        setStatus(messages.get("status.ready"));
        return workArea;
    }

    private void firstPaint(Event event) {
        if (firstPaintNanos != 0) {
            return;
        }
        firstPaintNanos = System.nanoTime();
        List<Runnable> tasks = List.copyOf(afterFirstPaint);
        afterFirstPaint.clear();
        for (Runnable task : tasks) {
            event.display.asyncExec(task);
        }
    }

    /**
     * Fills the work area. For now it says which project (if any) was named;
     * the views contributed by other bundles will be laid out here.
     */
    protected void createWorkArea(Composite workArea) {
        Label label = new Label(workArea, SWT.WRAP);
        label.setText(file.map(f -> messages.format("workarea.file", f.toString())).orElse(messages.get("workarea.empty")));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    private Action action(String key, Runnable run) {
        Action action = new Action(messages.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(key);
        return action;
    }

    private MenuManager menu(String id, String key, Consumer<IMenuManager> fill) {
        MenuManager menu = new MenuManager(messages.get(key), id);
        fill.accept(menu);
        return menu;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name != null ? name.toString() : file.toString();
    }
}
