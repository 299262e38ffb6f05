package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectChangedOnDiskException;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.ValidationService;
import org.bridgework.ui.api.PendingEdits;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The workbench's main window: menu bar, toolbar (commands, quick search, perspective switcher), the page of
 * views and editors ({@link PartStacks}), the minimised stacks' trim and the status line with its progress area.
 * It owns the {@link Session} (the open project), the selection service, the jobs, the crash-recovery journal and
 * the remembered layout, and follows the contributions registry: views, editors, commands and property sections
 * appear and disappear with their services. UI thread only.
 */
public class WorkbenchWindow extends ApplicationWindow implements WorkbenchHost, WelcomeView.Actions {
    private static final Point DEFAULT_SIZE = new Point(1280, 800);
    private static final int RECENT_LIMIT = 8;

    /** Everything the window needs from outside. */
    public record Services(Messages messages, AboutInfo about, ContributionRegistry registry,
            Supplier<Optional<ProjectService>> projects, Supplier<Optional<ValidationService>> validation,
            WorkbenchPaths paths, Prompts prompts, ErrorLog log) {
        public Services {
            Objects.requireNonNull(messages);
            Objects.requireNonNull(about);
            Objects.requireNonNull(registry);
            Objects.requireNonNull(projects);
            Objects.requireNonNull(validation);
            Objects.requireNonNull(paths);
            Objects.requireNonNull(prompts);
            Objects.requireNonNull(log);
        }
    }

    private final Services services;
    private final Messages messages;
    private final Display display;
    private final LayoutStore layoutStore;
    private final LayoutState layout;
    private final RecoveryJournal journal;
    private final WorkbenchPreferences preferences;
    private final Session session;
    private final SelectionServiceImpl selection;
    private final Jobs jobs;
    private final List<ViewContribution> builtinViews;
    private final List<EditorContribution> builtinEditors;
    private final ContributionRegistry.Listener registryListener = new RegistryListener();
    private final List<Runnable> afterFirstPaint = new ArrayList<>();
    private final Map<String, IMenuManager> menus = new LinkedHashMap<>();
    private final Set<Integer> reservedKeys = new HashSet<>();

    private StatusLineImpl statusLine;
    private PartStacks stacks;
    private ContributedCommands commands;
    private QuickSearch quickSearch;
    private ToolBarManager toolBar;
    private ToolBar perspectiveBar;
    private ProgressArea progressArea;
    private LocalResourceManager resources;
    private String initialPerspective;
    private long firstPaintNanos;
    private boolean closeWithoutAsking;
    private boolean closing;

    private final IAction newAction;
    private final IAction openAction;
    private final IAction openSampleAction;
    private final IAction closeProjectAction;
    private final IAction saveAction;
    private final IAction saveAsAction;
    private final IAction revertAction;
    private final IAction exitAction;
    private final IAction undoAction;
    private final IAction redoAction;
    private final IAction cutAction;
    private final IAction copyAction;
    private final IAction pasteAction;
    private final IAction deleteAction;
    private final IAction selectAllAction;
    private final IAction findReplaceAction;
    private final IAction keyAssistAction;
    private final IAction preferencesAction;
    private final IAction validateAction;
    private final IAction resetLayoutAction;
    private final IAction nextViewAction;
    private final IAction nextEditorAction;
    private final IAction nextPerspectiveAction;
    private final IAction maximizePartAction;
    private final IAction minimizePartAction;
    private final IAction closePartAction;
    private final IAction quickSearchAction;
    private final IAction minimizeAction;
    private final IAction zoomAction;
    private final IAction welcomeAction;
    private final IAction aboutAction;
    private final IAction userGuideAction;
    private final IAction reportProblemAction;

    public WorkbenchWindow(Services services) {
        super(null);
        this.services = services;
        this.messages = services.messages();
        this.display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("create the workbench window on the display's thread");
        }
        this.layoutStore = new LayoutStore(services.paths().layoutFile());
        this.layout = layoutStore.load();
        this.preferences = new WorkbenchPreferences(services.paths().config());
        this.journal = new RecoveryJournal(services.paths().recovery(), display, services.log(), preferences.current().journalMillis());
        this.session = new Session(services.projects(), journal, services.log());
        this.selection = new SelectionServiceImpl(services.log());
        this.jobs = new Jobs(display, messages, services.log());
        this.builtinViews = List.of(new ProjectExplorerView(messages), new PropertiesView(messages, services.registry()),
                new ProblemsView(messages, services.validation()), new OutlineView(messages), new WelcomeView(messages, this));
        this.builtinEditors = List.of(new FormEditor(messages));
        this.initialPerspective = layout.perspective != null && Perspectives.IDS.contains(layout.perspective) ? layout.perspective : Perspectives.SCOPE;

        newAction = action("action.new", Icons.NEW, SWT.MOD1 | 'N', this::newProject);
        openAction = action("action.open", Icons.OPEN, SWT.MOD1 | 'O', this::openProject);
        openSampleAction = action("action.openSample", null, 0, this::openSample);
        closeProjectAction = action("action.closeProject", null, SWT.MOD1 | SWT.SHIFT | 'W', this::closeProject);
        saveAction = action("action.save", Icons.SAVE, SWT.MOD1 | 'S', this::save);
        saveAsAction = action("action.saveAs", null, SWT.MOD1 | SWT.SHIFT | 'S', this::saveAs);
        revertAction = action("action.revert", null, 0, this::revert);
        exitAction = action("action.exit", null, SWT.MOD1 | 'Q', this::close);
        undoAction = action("action.undo", Icons.UNDO, SWT.MOD1 | 'Z', this::undo);
        redoAction = action("action.redo", Icons.REDO, SWT.MOD1 | 'Y', this::redo);
        cutAction = action("action.cut", null, SWT.MOD1 | 'X', () -> onFocus("cut", TextEditing::cut));
        copyAction = action("action.copy", null, SWT.MOD1 | 'C', () -> onFocus("copy", TextEditing::copy));
        pasteAction = action("action.paste", null, SWT.MOD1 | 'V', () -> onFocus("paste", TextEditing::paste));
        // no accelerator: the Delete key stays the text's and the tree's own (the explorer binds it to this)
        deleteAction = action("action.delete", null, 0, this::delete);
        selectAllAction = action("action.selectAll", null, SWT.MOD1 | 'A', () -> onFocus("select", TextEditing::selectAll));
        findReplaceAction = action("action.findReplace", null, SWT.MOD1 | 'F', this::findReplace);
        keyAssistAction = action("action.keyAssist", null, SWT.MOD1 | SWT.SHIFT | 'L', this::keyAssist);
        preferencesAction = action("action.preferences", null, 0, this::openPreferences);
        validateAction = action("action.validate", Icons.VALIDATE, 0, this::validate);
        resetLayoutAction = action("action.resetLayout", null, 0, this::resetLayout);
        nextViewAction = action("action.nextView", null, SWT.MOD1 | SWT.F7, () -> stacks.activateNext(false));
        nextEditorAction = action("action.nextEditor", null, SWT.MOD1 | SWT.F6, () -> stacks.activateNext(true));
        nextPerspectiveAction = action("action.nextPerspective", null, SWT.MOD1 | SWT.F8, this::nextPerspective);
        maximizePartAction = action("action.maximizePart", null, SWT.MOD1 | 'M', () -> {
            if (stacks.active() != null) {
                stacks.toggleMaximize(stacks.active().stack);
            }
        });
        minimizePartAction = action("action.minimizePart", null, 0, () -> {
            if (stacks.active() != null) {
                stacks.minimize(stacks.active().stack);
            }
        });
        closePartAction = action("action.closePart", null, SWT.MOD1 | 'W', () -> {
            if (stacks.active() != null) {
                stacks.close(stacks.active());
            }
        });
        quickSearchAction = action("action.quickSearch", Icons.SEARCH, SWT.MOD1 | '3', () -> quickSearch.focus());
        minimizeAction = action("action.minimize", null, 0, () -> getShell().setMinimized(true));
        zoomAction = action("action.maximize", null, 0, () -> getShell().setMaximized(!getShell().getMaximized()));
        welcomeAction = action("action.welcome", Icons.WELCOME, 0, () -> showView(WelcomeView.ID));
        aboutAction = action("action.about", null, 0, () -> {
            AboutDialog about = new AboutDialog(getShell(), messages, services.about());
            about.setBlockOnOpen(!Boolean.getBoolean("bridgework.test.nonBlockingDialogs"));
            about.open();
        });
        aboutAction.setToolTipText(messages.get("action.about.tooltip"));
        userGuideAction = action("action.userGuide", null, SWT.F1, this::openUserGuide);
        reportProblemAction = action("action.reportProblem", null, 0, this::reportProblem);
        exitAction.setToolTipText(messages.get("action.exit.tooltip"));

        addMenuBar();
        addStatusLine();
        session.onStateChanged(this::updateState);
        session.pendingEdits(this::hasPendingEdits, this::commitPendingEdits);
    }

    // --- WorkbenchHost

    @Override
    public Shell shell() {
        return getShell();
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public SelectionServiceImpl selectionService() {
        return selection;
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }

    @Override
    public StatusLineImpl statusLine() {
        return statusLine;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public ErrorLog log() {
        return services.log();
    }

    @Override
    public boolean showView(String viewId) {
        return stacks != null && stacks.showView(viewId);
    }

    @Override
    public boolean openEditor(Object element) {
        return stacks != null && stacks.openEditor(element);
    }

    /** The page of stacks (for tests and the shell commands). */
    PartStacks stacks() {
        return stacks;
    }

    RecoveryJournal journal() {
        return journal;
    }

    ContributedCommands commands() {
        return commands;
    }

    QuickSearch quickSearch() {
        return quickSearch;
    }

    ProgressArea progressArea() {
        return progressArea;
    }

    LayoutState layoutState() {
        return layout;
    }

    Prompts prompts() {
        return services.prompts();
    }

    /** A window size to open with instead of the remembered one (before the window is created), or null. */
    private Point sizeOverride;
    /** False: nothing about this window (layout, perspective, size) is remembered as the user's. */
    private boolean rememberLayout = true;

    public void setInitialSize(Point size) {
        sizeOverride = size;
    }

    /** Whether the layout is remembered as the user's when the window closes (not for a screenshot run). */
    public void setRememberLayout(boolean remember) {
        rememberLayout = remember;
    }

    /** The perspective to open with (before the window is created); the remembered one by default. */
    public void setInitialPerspective(String id) {
        if (!Perspectives.IDS.contains(id)) {
            throw new IllegalArgumentException("no perspective " + id);
        }
        initialPerspective = id;
    }

    /** Close the window without the save prompt (command-line --exit): unsaved changes stay in the recovery journal. */
    public void setCloseWithoutAsking(boolean value) {
        closeWithoutAsking = value;
    }

    /**
     * Runs a task once, on the display's thread, after the window has first painted (as the next event after that
     * first paint, so the rest of the window is painted too). Add tasks before the window opens.
     */
    public void afterFirstPaint(Runnable task) {
        afterFirstPaint.add(Objects.requireNonNull(task));
    }

    /** When the window first painted ({@link System#nanoTime()}), if it has. */
    public OptionalLong firstPaintNanos() {
        return firstPaintNanos == 0 ? OptionalLong.empty() : OptionalLong.of(firstPaintNanos);
    }

    // --- window

    /**
     * The window title: {@code *name – Bridgework}, the star while there are unsaved changes, and after the name what
     * the {@link org.bridgework.ui.api.TitleDecoration}s say (the Git branch and whether it is ahead or behind).
     */
    public String title() {
        if (session.project().isEmpty()) {
            return messages.get("window.title");
        }
        StringBuilder name = new StringBuilder(session.displayName());
        Project project = session.project().get();
        for (org.bridgework.ui.api.TitleDecoration decoration : services.registry().titleDecorations()) {
            try {
                String words = decoration.decorate(project);
                if (words != null && !words.isBlank()) {
                    name.append(" [").append(words.strip()).append(']');
                }
            } catch (RuntimeException e) {
                // a decoration's failure costs its words only
            }
        }
        return (session.isDirty() ? "*" : "") + messages.format("window.title.file", name.toString());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
        // back from a terminal (a git pull, a sync): the title's branch and ahead/behind are brought up to date
        shell.addListener(SWT.Activate, e -> updateState());
        resources = new LocalResourceManager(JFaceResources.getResources(), shell);
        shell.setImage(resources.create(Icons.descriptor(Icons.PERSPECTIVE)));
    }

    @Override
    protected Point getInitialSize() {
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

    @Override
    protected Point getInitialLocation(Point size) {
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        if (layout.windowBounds != null && layout.windowBounds.length == 4
                && screen.intersects(new Rectangle(layout.windowBounds[0], layout.windowBounds[1], size.x, size.y))) {
            return new Point(layout.windowBounds[0], layout.windowBounds[1]);
        }
        return new Point(screen.x + Math.max(0, (screen.width - size.x) / 2), screen.y + Math.max(0, (screen.height - size.y) / 2));
    }

    @Override
    protected MenuManager createMenuManager() {
        MenuManager bar = new MenuManager();
        bar.add(menu(Menus.FILE, "menu.file", this::fillFileMenu));
        bar.add(menu(Menus.EDIT, "menu.edit", this::fillEditMenu));
        bar.add(menu(Menus.PROJECT, "menu.project", this::fillProjectMenu));
        // empty (hidden) until a bundle contributes to it: team working comes with org.bridgework.ui.team
        bar.add(menu(Menus.TEAM, "menu.team", m -> m.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS))));
        bar.add(menu(Menus.WINDOW, "menu.window", this::fillWindowMenu));
        bar.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS));
        bar.add(menu(Menus.HELP, "menu.help", this::fillHelpMenu));
        return bar;
    }

    private void fillFileMenu(IMenuManager menu) {
        menu.add(newAction);
        menu.add(openAction);
        menu.add(openSampleAction);
        MenuManager recent = new MenuManager(messages.get("menu.recent"), "recent");
        recent.setRemoveAllWhenShown(true);
        recent.addMenuListener(this::fillRecentMenu);
        recent.add(new Action("") { });
        menu.add(recent);
        menu.add(new Separator());
        menu.add(closeProjectAction);
        menu.add(saveAction);
        menu.add(saveAsAction);
        menu.add(revertAction);
        menu.add(new Separator("import"));
        menu.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS));
        // a named separator ends the additions group: contributed commands go above Exit, not below it
        menu.add(new Separator("exit"));
        menu.add(exitAction);
    }

    private void fillEditMenu(IMenuManager menu) {
        menu.add(undoAction);
        menu.add(redoAction);
        menu.add(new Separator("clipboard"));
        menu.add(cutAction);
        menu.add(copyAction);
        menu.add(pasteAction);
        menu.add(new Separator("delete"));
        menu.add(deleteAction);
        menu.add(selectAllAction);
        menu.add(new Separator("find"));
        menu.add(findReplaceAction);
        menu.add(new Separator(ContributedCommands.GROUP_ADDITIONS));
    }

    private void fillProjectMenu(IMenuManager menu) {
        menu.add(validateAction);
        menu.add(new Separator(ContributedCommands.GROUP_ADDITIONS));
    }

    private void fillWindowMenu(IMenuManager menu) {
        MenuManager perspectives = new MenuManager(messages.get("menu.perspective"), "perspective");
        perspectives.setRemoveAllWhenShown(true);
        perspectives.addMenuListener(this::fillPerspectiveMenu);
        perspectives.add(new Action("") { });
        menu.add(perspectives);
        MenuManager showView = new MenuManager(messages.get("menu.showView"), "showView");
        showView.setRemoveAllWhenShown(true);
        showView.addMenuListener(this::fillShowViewMenu);
        showView.add(new Action("") { });
        menu.add(showView);
        menu.add(new Separator());
        menu.add(nextViewAction);
        menu.add(nextEditorAction);
        menu.add(nextPerspectiveAction);
        menu.add(maximizePartAction);
        menu.add(minimizePartAction);
        menu.add(closePartAction);
        menu.add(quickSearchAction);
        menu.add(new Separator());
        menu.add(resetLayoutAction);
        menu.add(new Separator());
        menu.add(minimizeAction);
        menu.add(zoomAction);
        menu.add(new Separator(ContributedCommands.GROUP_ADDITIONS));
        menu.add(new Separator("preferences"));
        menu.add(preferencesAction);
    }

    private void fillHelpMenu(IMenuManager menu) {
        menu.add(welcomeAction);
        menu.add(userGuideAction);
        menu.add(keyAssistAction);
        menu.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS));
        menu.add(new Separator("about"));
        menu.add(reportProblemAction);
        menu.add(aboutAction);
    }

    private void fillRecentMenu(IMenuManager menu) {
        List<Path> recent = recent();
        if (recent.isEmpty()) {
            Action none = new Action(messages.get("menu.recent.none")) { };
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int index = 1;
        for (Path file : recent) {
            String label = (index <= 9 ? "&" + index + " " : "") + file.getFileName().toString().replace("&", "&&");
            Action open = new Action(label) {
                @Override
                public void run() {
                    open(file);
                }
            };
            open.setToolTipText(file.toString());
            menu.add(open);
            index++;
        }
    }

    private void fillPerspectiveMenu(IMenuManager menu) {
        for (String id : Perspectives.IDS) {
            Action switchTo = new Action(messages.get("perspective." + id + ".menu"), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        showPerspective(id);
                    }
                }
            };
            switchTo.setChecked(id.equals(stacks.perspective()));
            switchTo.setToolTipText(messages.get("perspective." + id + ".purpose"));
            menu.add(switchTo);
        }
    }

    private void fillShowViewMenu(IMenuManager menu) {
        for (ViewContribution view : stacks.viewsForMenu()) {
            String id = view.id();
            Action show = new Action(view.label()) {
                @Override
                public void run() {
                    showView(id);
                }
            };
            try {
                show.setImageDescriptor(view.icon());
            } catch (RuntimeException e) {
                // no icon
            }
            menu.add(show);
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);

        Composite top = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).spacing(8, 0).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        toolBar = new ToolBarManager(SWT.FLAT);
        toolBar.add(newAction);
        toolBar.add(openAction);
        toolBar.add(saveAction);
        toolBar.add(new Separator());
        toolBar.add(undoAction);
        toolBar.add(redoAction);
        toolBar.add(new Separator());
        toolBar.add(validateAction);
        toolBar.add(new Separator(ContributedCommands.TOOLBAR_GROUP));
        ToolBar tools = toolBar.createControl(top);
        tools.getAccessible().addAccessibleListener(named(messages.get("toolbar.main")));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(tools);
        new Label(top, SWT.NONE).setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
        quickSearch = new QuickSearch(top, this, services.registry());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(240, SWT.DEFAULT).applyTo(quickSearch.field);
        perspectiveBar = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        perspectiveBar.getAccessible().addAccessibleListener(named(messages.get("toolbar.perspectives")));
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(perspectiveBar);
        for (String id : Perspectives.IDS) {
            ToolItem item = new ToolItem(perspectiveBar, SWT.RADIO);
            item.setText(" " + messages.get("perspective." + id) + " ");
            item.setToolTipText(messages.format("perspective.tooltip", messages.get("perspective." + id), messages.get("perspective." + id + ".purpose")));
            item.setData(id);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection() && !id.equals(stacks.perspective())) {
                    showPerspective(id);
                }
            });
        }
        Label line = new Label(root, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);

        Composite page = new Composite(root, SWT.NONE);
        page.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(page);
        page.setData("org.eclipse.swt.widgets.Composite.margin", 3);

        Composite trim = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 1).applyTo(trim);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(trim);
        trim.setVisible(false);
        ToolBar minimized = new ToolBar(trim, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        minimized.getAccessible().addAccessibleListener(named(messages.get("toolbar.minimized")));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(minimized);

        statusLine = new StatusLineImpl(getStatusLineManager());
        jobs.setStatusLine(statusLine);
        progressArea = new ProgressArea(jobs, messages);
        getStatusLineManager().add(progressArea);
        getStatusLineManager().update(true);

        stacks = new PartStacks(page, minimized, this, this::allViews, this::allEditors, layout);
        commands = new ContributedCommands(display, new WorkbenchContextImpl(this), menus, toolBar, reservedKeys, services.prompts(), messages, services.log());

        for (Control folder : List.of(stacks.folder(org.bridgework.ui.api.Stacks.EDITOR_AREA), stacks.folder(org.bridgework.ui.api.Stacks.LEFT), top)) {
            folder.addListener(SWT.Paint, this::firstPaint);
        }
        stacks.setPerspective(initialPerspective);
        updatePerspectiveBar();
        selection.addSelectionListener((source, sel) -> commands.updateEnablement());
        services.registry().addListener(registryListener);
        for (CommandContribution command : services.registry().commands()) {
            commands.add(command);
        }
        stacks.onChange(this::updatePerspectiveBar);
        updateState();
        statusLine.setMessage(messages.get("status.ready"));
        return root;
    }

    @Override
    protected void initializeBounds() {
        super.initializeBounds();
        if (layout.windowMaximized) {
            getShell().setMaximized(true);
        }
    }

    private List<ViewContribution> allViews() {
        List<ViewContribution> all = new ArrayList<>(builtinViews);
        all.addAll(services.registry().views());
        return all;
    }

    private List<EditorContribution> allEditors() {
        List<EditorContribution> all = new ArrayList<>(builtinEditors);
        all.addAll(services.registry().editors());
        return all;
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

    // --- perspectives

    /** Switches perspective (the toolbar, Window &gt; Perspective, Ctrl+F8, the Welcome links). */
    @Override
    public void showPerspective(String id) {
        commitPendingEdits();
        stacks.setPerspective(id);
        updatePerspectiveBar();
        statusLine.setMessage(messages.format("status.perspective", messages.get("perspective." + id)));
    }

    private void nextPerspective() {
        int index = Perspectives.IDS.indexOf(stacks.perspective());
        showPerspective(Perspectives.IDS.get((index + 1) % Perspectives.IDS.size()));
    }

    private void updatePerspectiveBar() {
        if (perspectiveBar == null || perspectiveBar.isDisposed()) {
            return;
        }
        for (ToolItem item : perspectiveBar.getItems()) {
            item.setSelection(item.getData().equals(stacks.perspective()));
        }
    }

    private void resetLayout() {
        stacks.resetPerspective();
        statusLine.setMessage(messages.format("status.reset", messages.get("perspective." + stacks.perspective())));
    }

    // --- project actions (File menu, Welcome)

    @Override
    public void openSample() {
        if (!closeCurrent()) {
            return;
        }
        try {
            session.openSample();
            statusLine.setMessage(messages.format("status.opened", session.displayName()));
        } catch (ProjectLoadException | IOException e) {
            services.prompts().showError(getShell(), messages.get("error.open.title"), e.getMessage());
        }
    }

    @Override
    public void newProject() {
        Path file = services.prompts().chooseSaveLocation(getShell(), messages.get("prompt.new.title"), messages.get("prompt.new.file"));
        if (file == null || !closeCurrent()) {
            return;
        }
        String name = file.getFileName().toString().replaceFirst("\\.guidance$", "");
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        try {
            session.create(file, id.isEmpty() ? "guidance" : id, messages.format("prompt.new.projectTitle", name));
            addRecent(file);
            statusLine.setMessage(messages.format("status.created", file));
        } catch (IOException e) {
            services.prompts().showError(getShell(), messages.get("error.new.title"), e.getMessage());
        }
    }

    @Override
    public void openProject() {
        Path file = services.prompts().chooseProjectToOpen(getShell());
        if (file != null) {
            open(file);
        }
    }

    /** Opens a project file (asking about unsaved changes first, offering recovered changes of that file). */
    @Override
    public void open(Path file) {
        if (!closeCurrent()) {
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Optional<RecoveryJournal.Entry> entry = journal.find(absolute);
            Prompts.RestoreChoice choice = entry.isPresent() ? services.prompts().chooseRestore(getShell(), entry.get()) : Prompts.RestoreChoice.DISCARD;
            if (choice == Prompts.RestoreChoice.LATER) {
                // not now: the recovered changes stay in the journal, and the file is not opened (editing it would replace them)
                statusLine.setMessage(messages.format("status.restoreLater", entry.get().displayName()));
                return;
            }
            if (choice == Prompts.RestoreChoice.RESTORE) {
                session.restore(entry.get());
                statusLine.setMessage(messages.format("status.restored", session.displayName()));
            } else {
                entry.ifPresent(journal::discard);
                session.open(absolute);
                statusLine.setMessage(messages.format("status.opened", session.displayName()));
            }
            addRecent(absolute);
        } catch (ProjectLoadException | IOException e) {
            services.prompts().showError(getShell(), messages.get("error.open.title"), e.getMessage());
        }
    }

    /** Offers the newest recovered changes (start without a file), restoring them if the user agrees. */
    public void offerRecovery() {
        List<RecoveryJournal.Entry> entries = journal.entries();
        if (entries.isEmpty()) {
            return;
        }
        RecoveryJournal.Entry entry = entries.get(0);
        Prompts.RestoreChoice choice = services.prompts().chooseRestore(getShell(), entry);
        if (choice == Prompts.RestoreChoice.LATER) {
            statusLine.setMessage(messages.format("status.restoreLater", entry.displayName()));
            return; // kept: offered again at the next start or open
        }
        if (choice == Prompts.RestoreChoice.DISCARD) {
            journal.discard(entry);
            return;
        }
        if (!closeCurrent()) {
            return;
        }
        try {
            session.restore(entry);
            statusLine.setMessage(messages.format("status.restored", session.displayName()));
        } catch (ProjectLoadException | IOException e) {
            services.prompts().showError(getShell(), messages.get("error.open.title"), e.getMessage());
        }
    }

    /** Takes over a project opened before the window (the command line opens it while the window is built). */
    public void adopt(Project project, boolean temporary) {
        session.adopt(project, temporary ? null : project.file(), false);
        if (!temporary) {
            addRecent(project.file());
        }
    }

    @Override
    public List<Path> recent() {
        List<Path> files = new ArrayList<>();
        for (String name : layout.recent) {
            files.add(Path.of(name));
        }
        return files;
    }

    private void addRecent(Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        layout.recent.remove(name);
        layout.recent.add(0, name);
        while (layout.recent.size() > RECENT_LIMIT) {
            layout.recent.remove(layout.recent.size() - 1);
        }
    }

    @Override
    public boolean importLiterature() {
        for (CommandContribution command : commands.commands()) {
            if (WelcomeView.IMPORT_LITERATURE.equals(command.id())) {
                commands.action(command).run();
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean canImportLiterature() {
        return services.registry().commands().stream().anyMatch(c -> WelcomeView.IMPORT_LITERATURE.equals(c.id()));
    }

    /** Saves; asks where first when the project has no file of its own. True when saved. */
    public boolean save() {
        commitPendingEdits();
        if (session.project().isEmpty()) {
            return false;
        }
        if (session.needsLocation()) {
            return saveAs();
        }
        try {
            session.save();
            statusLine.setMessage(messages.format("status.saved", session.displayName()));
            return true;
        } catch (ProjectChangedOnDiskException e) {
            return changedOnDisk(e);
        } catch (IOException | RuntimeException e) {
            services.prompts().showError(getShell(), messages.get("error.save.title"), Jobs.message(e));
            return false;
        }
    }

    /**
     * Save found the file changed by someone else: Reload, Compare (then the question again), Overwrite or Cancel, as
     * the user says. True when saved.
     */
    private boolean changedOnDisk(ProjectChangedOnDiskException refused) {
        String name = session.displayName();
        Prompts.ChangedOnDiskChoice choice;
        while (true) {
            List<org.bridgework.ui.api.compare.ProjectComparer> comparers = services.registry().comparers();
            choice = services.prompts().askChangedOnDisk(getShell(), name, refused.getMessage(), !comparers.isEmpty());
            if (choice != Prompts.ChangedOnDiskChoice.COMPARE || comparers.isEmpty()) {
                break;
            }
            try {
                services.prompts().showDifferences(getShell(), name, session.compareWithDisk(comparers.get(0)));
            } catch (ProjectLoadException | IOException | RuntimeException e) {
                services.prompts().showError(getShell(), messages.get("error.compare.title"), Jobs.message(e));
            }
        }
        switch (choice) {
            case OVERWRITE -> {
                try {
                    session.save(true);
                    statusLine.setMessage(messages.format("status.saved", session.displayName()));
                    return true;
                } catch (IOException | RuntimeException e) {
                    services.prompts().showError(getShell(), messages.get("error.save.title"), Jobs.message(e));
                    return false;
                }
            }
            case RELOAD -> {
                try {
                    session.reload();
                    statusLine.setMessage(messages.format("status.reloaded", name));
                } catch (ProjectLoadException | IOException | RuntimeException e) {
                    services.prompts().showError(getShell(), messages.get("error.save.title"), Jobs.message(e));
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    public boolean saveAs() {
        commitPendingEdits();
        if (session.project().isEmpty()) {
            return false;
        }
        String suggested = session.saveTarget().map(p -> p.getFileName().toString()).orElse(defaultFileName());
        Path file = services.prompts().chooseSaveLocation(getShell(), messages.get("prompt.saveAs.title"), suggested);
        if (file == null) {
            return false;
        }
        try {
            session.saveAs(file);
            addRecent(file);
            statusLine.setMessage(messages.format("status.saved", session.displayName()));
            return true;
        } catch (IOException | RuntimeException e) {
            services.prompts().showError(getShell(), messages.get("error.save.title"), Jobs.message(e));
            return false;
        }
    }

    private String defaultFileName() {
        String id = session.project().map(p -> p.root().getId()).orElse(null);
        return (id == null || id.isBlank() ? "guidance" : id) + ".guidance";
    }

    private void revert() {
        if (!session.isDirty() || session.saveTarget().isEmpty()) {
            return;
        }
        if (!services.prompts().confirm(getShell(), messages.get("prompt.revert.title"), messages.format("prompt.revert.message", session.displayName()))) {
            return;
        }
        try {
            session.revert();
            statusLine.setMessage(messages.format("status.reverted", session.displayName()));
        } catch (ProjectLoadException | IOException e) {
            services.prompts().showError(getShell(), messages.get("error.open.title"), e.getMessage());
        }
    }

    private void closeProject() {
        if (closeCurrent()) {
            statusLine.setMessage(messages.get("status.closed"));
        }
    }

    /** Closes the open project, asking first about unsaved changes; false when the user chose to stay. */
    boolean closeCurrent() {
        commitPendingEdits();
        if (session.project().isEmpty()) {
            return true;
        }
        if (session.isDirty()) {
            switch (services.prompts().askSaveChanges(getShell(), session.displayName())) {
                case SAVE -> {
                    if (!save()) {
                        return false;
                    }
                }
                case DISCARD -> {
                    // closed below, its journal with it
                }
                case CANCEL -> {
                    return false;
                }
            }
        }
        session.close();
        return true;
    }

    // --- editing

    void undo() {
        commitPendingEdits();
        CommandStack stack = session.commandStack();
        if (stack != null && stack.canUndo()) {
            stack.undo();
        }
    }

    void redo() {
        commitPendingEdits();
        CommandStack stack = session.commandStack();
        if (stack != null && stack.canRedo()) {
            stack.redo();
        }
    }

    private void validate() {
        showView(ProblemsView.ID);
        stacks.view(ProblemsView.ID).ifPresent(site -> {
            if (site.part instanceof ProblemsView.Problems problems) {
                problems.validateNow();
                statusLine.setMessage(messages.format("status.validated", problems.problems().size()));
            }
        });
    }

    /** Title, dirty marker, and the actions that depend on the project and its command stack. */
    private void updateState() {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            String title = title();
            if (!title.equals(shell.getText())) {
                shell.setText(title);
            }
        }
        boolean open = session.project().isPresent();
        boolean hasService = session.hasService();
        newAction.setEnabled(hasService);
        openAction.setEnabled(hasService);
        openSampleAction.setEnabled(hasService);
        saveAction.setEnabled(open && (session.isDirty() || session.needsLocation()));
        saveAsAction.setEnabled(open);
        revertAction.setEnabled(open && session.isDirty() && session.saveTarget().isPresent());
        closeProjectAction.setEnabled(open);
        validateAction.setEnabled(open);
        CommandStack stack = session.commandStack();
        Command undo = stack == null ? null : stack.getUndoCommand();
        Command redo = stack == null ? null : stack.getRedoCommand();
        undoAction.setEnabled(stack != null && stack.canUndo());
        redoAction.setEnabled(stack != null && stack.canRedo());
        undoAction.setText(withLabel("action.undo", undo));
        redoAction.setText(withLabel("action.redo", redo));
        if (commands != null) {
            commands.updateEnablement();
        }
    }

    private String withLabel(String key, Command command) {
        String label = command == null ? null : command.getLabel();
        return label == null || label.isBlank() ? messages.get(key) : messages.format(key + ".label", label);
    }

    // --- closing

    @Override
    protected void handleShellCloseEvent() {
        close();
    }

    @Override
    public boolean close() {
        if (closing) {
            return super.close();
        }
        commitPendingEdits();
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed() && stacks != null) {
            if (closeWithoutAsking) {
                session.abandon();
            } else if (!closeCurrent()) {
                return false;
            }
            closing = true;
            rememberLayout(shell);
            services.registry().removeListener(registryListener);
            stacks.dispose();
            commands.dispose();
        }
        closing = true;
        jobs.close();
        journal.close();
        return super.close();
    }

    private void rememberLayout(Shell shell) {
        stacks.unmaximize();
        stacks.captureState();
        layout.windowMaximized = shell.getMaximized();
        if (!shell.getMaximized() && !shell.getMinimized()) {
            Rectangle bounds = shell.getBounds();
            layout.windowBounds = new int[] {bounds.x, bounds.y, bounds.width, bounds.height};
        }
        saveLayout();
    }

    /** Writes the layout, perspectives and recent files now. */
    void saveLayout() {
        if (!rememberLayout) {
            return;
        }
        try {
            layoutStore.save(layout);
        } catch (IOException e) {
            services.log().warn("could not remember the layout in " + layoutStore.file() + ": " + e.getMessage());
        }
    }

    // --- contributions coming and going

    private final class RegistryListener implements ContributionRegistry.Listener {
        @Override
        public void added(ContributionRegistry.Kind kind, Object contribution) {
            onUiThread(() -> {
                switch (kind) {
                    case VIEW -> stacks.viewAdded((ViewContribution) contribution);
                    case COMMAND -> commands.add((CommandContribution) contribution);
                    case TITLE -> updateState();
                    default -> {
                        // editors open on demand; property sections and search providers are asked when used
                    }
                }
            });
        }

        @Override
        public void removed(ContributionRegistry.Kind kind, Object contribution) {
            onUiThread(() -> {
                switch (kind) {
                    case VIEW -> stacks.viewRemoved((ViewContribution) contribution);
                    case EDITOR -> stacks.editorRemoved((EditorContribution) contribution);
                    case COMMAND -> commands.remove((CommandContribution) contribution);
                    case TITLE -> updateState();
                    default -> {
                    }
                }
            });
        }
    }

    /** Runs now on the UI thread, or as soon as possible from another thread. */
    private void onUiThread(Runnable task) {
        if (display.isDisposed()) {
            return;
        }
        Runnable guarded = () -> {
            Shell shell = getShell();
            if (shell != null && !shell.isDisposed() && !closing) {
                task.run();
            }
        };
        if (display.getThread() == Thread.currentThread()) {
            guarded.run();
        } else {
            display.asyncExec(guarded);
        }
    }

    // --- helpers

    /** Applies the typing that open parts hold and have not applied yet ({@link PendingEdits}). UI thread. */
    @Override
    public void commitPendingEdits() {
        if (stacks == null) {
            return;
        }
        for (PartSite site : openSites()) {
            if (site.part instanceof PendingEdits pending) {
                try {
                    pending.commitPendingEdits();
                } catch (RuntimeException e) {
                    services.log().contributionFailed("the part " + site.id + " failed to apply its pending typing", e);
                }
            }
        }
    }

    /** True when an open part holds typing not yet applied. */
    boolean hasPendingEdits() {
        if (stacks == null) {
            return false;
        }
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
        List<PartSite> sites = new ArrayList<>(stacks.views().values());
        sites.addAll(stacks.editors());
        return sites;
    }

    @Override
    public void pendingEditsChanged() {
        session.pendingEditsChanged();
    }

    /** The control that had the focus before a menu took it: menus do not take the focus in SWT, so it is the focus control. */
    private org.eclipse.swt.widgets.Control focusControl() {
        return display.getFocusControl();
    }

    private void onFocus(String what, java.util.function.Predicate<org.eclipse.swt.widgets.Control> action) {
        org.eclipse.swt.widgets.Control focus = focusControl();
        if (focus == null || !action.test(focus)) {
            statusLine().setMessage(messages.format("edit.nothing", what));
        }
    }

    /** Edit > Delete: the selected text, or the elements selected in a tree or table (one undoable command). */
    void delete() {
        org.eclipse.swt.widgets.Control focus = focusControl();
        if (focus != null && TextEditing.isText(focus)) {
            TextEditing.delete(focus);
            return;
        }
        List<org.eclipse.emf.ecore.EObject> elements = PartContextImpl.elements(selection.getSelection());
        var project = session.project();
        if (elements.isEmpty() || project.isEmpty()) {
            statusLine().setMessage(messages.format("edit.nothing", "delete"));
            return;
        }
        if (session.execute(org.bridgework.core.api.ElementEdits.delete(project.get().editingDomain(), elements))) {
            statusLine().setMessage(messages.format("edit.deleted", elements.size()));
        }
    }

    @Override
    public org.bridgework.ui.api.UserPreferences preferences() {
        return preferences.current();
    }

    WorkbenchPreferences preferenceStore() {
        return preferences;
    }

    /** The user guide F1 and Help > User Guide open (tests replace its opener). */
    UserGuide userGuide;
    /** The last Report a Problem dialog (tests). */
    ReportProblemDialog reportProblemDialog;

    UserGuide userGuide() {
        if (userGuide == null) {
            userGuide = new UserGuide(Path.of(System.getProperty("bridgework.home", ".")), getShell());
        }
        return userGuide;
    }

    /** F1 and Help > User Guide: the guide at the section of the active view or editor, else of the perspective. */
    private void openUserGuide() {
        PartSite active = stacks == null ? null : stacks.active();
        String anchor = userGuide().anchorFor(active == null ? null : active.id, stacks == null ? null : stacks.perspective());
        if (userGuide().open(anchor)) {
            statusLine.setMessage(messages.format("guide.opened", anchor == null ? userGuide().file().toString() : anchor));
        } else {
            services.prompts().showError(getShell(), messages.get("guide.missing.title"), messages.format("guide.missing", userGuide().file()));
        }
    }

    private void reportProblem() {
        Optional<org.bridgework.core.api.ProblemReports> reports = services.about().reports().get();
        if (reports.isEmpty()) {
            services.prompts().showError(getShell(), messages.get("report.title"), messages.format("report.failed", "-", "the core services are not running"));
            return;
        }
        reportProblemDialog = new ReportProblemDialog(getShell(), messages, reports.get(), session.saveTarget(), services.prompts());
        reportProblemDialog.setBlockOnOpen(!Boolean.getBoolean("bridgework.test.nonBlockingDialogs"));
        reportProblemDialog.open();
        if (reportProblemDialog.written != null) {
            statusLine.setMessage(messages.format("report.written", reportProblemDialog.written.file()));
        }
    }

    /** The open Key Assist and Preferences dialogs, if any (tests). */
    KeyAssistDialog keyAssist;
    PreferencesDialog preferencesDialog;

    List<KeyAssistDialog.Binding> keyBindings() {
        return KeyAssistDialog.collect(menus, commands == null ? List.of() : commands.actions(), messages);
    }

    private void keyAssist() {
        keyAssist = new KeyAssistDialog(getShell(), keyBindings());
        keyAssist.setBlockOnOpen(!Boolean.getBoolean("bridgework.test.nonBlockingDialogs"));
        keyAssist.open();
    }

    private void openPreferences() {
        preferencesDialog = new PreferencesDialog(getShell(), preferences);
        preferencesDialog.setBlockOnOpen(!Boolean.getBoolean("bridgework.test.nonBlockingDialogs"));
        try {
            preferencesDialog.open();
        } catch (java.io.UncheckedIOException e) {
            services.prompts().showError(getShell(), messages.get("action.preferences"), e.getMessage());
        }
    }

    /** The open Find/Replace dialog, if any (tests). */
    FindReplaceDialog findReplace;

    private void findReplace() {
        org.eclipse.swt.widgets.Control focus = focusControl();
        if (!(focus instanceof org.eclipse.swt.widgets.Text || focus instanceof org.eclipse.swt.custom.StyledText)) {
            statusLine().setMessage(messages.get("edit.findNoText"));
            return;
        }
        if (findReplace != null && findReplace.getShell() != null && !findReplace.getShell().isDisposed()) {
            findReplace.close();
        }
        findReplace = new FindReplaceDialog(getShell(), focus);
        findReplace.open();
    }

    private Action action(String key, String icon, int accelerator, Runnable run) {
        Action action = new Action(messages.get(key)) {
            @Override
            public void run() {
                commitPendingEdits(); // typing not yet applied is part of what Undo, Save, Close... act on
                run.run();
            }
        };
        action.setId(key);
        String tooltip = messages.get(key + ".tooltip");
        action.setToolTipText(tooltip.startsWith("!") ? PartStacks.plain(messages.get(key)) : tooltip);
        if (icon != null) {
            ImageDescriptor descriptor = Icons.descriptor(icon);
            action.setImageDescriptor(descriptor);
        }
        if (accelerator != 0) {
            action.setAccelerator(accelerator);
            reservedKeys.add(accelerator);
        }
        return action;
    }

    private MenuManager menu(String id, String key, java.util.function.Consumer<IMenuManager> fill) {
        MenuManager menu = new MenuManager(messages.get(key), id);
        fill.accept(menu);
        menus.put(id, menu);
        return menu;
    }

    private static org.eclipse.swt.accessibility.AccessibleAdapter named(String name) {
        return new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    e.result = name;
                }
            }
        };
    }

    /** For tests: whether a file exists (menus offer only existing recent files). */
    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
