package org.bridgework.ui.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.ProjectSession;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.core.api.ValidationService;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.commands.ContributedCommands;
import org.bridgework.ui.workbench.internal.commands.KeyAssistDialog;
import org.bridgework.ui.workbench.internal.commands.QuickSearch;
import org.bridgework.ui.workbench.internal.commands.WindowActions;
import org.bridgework.ui.workbench.internal.commands.WindowEditing;
import org.bridgework.ui.workbench.internal.layout.LayoutStore;
import org.bridgework.ui.workbench.internal.layout.PartStacks;
import org.bridgework.ui.workbench.internal.layout.WindowLayout;
import org.bridgework.ui.workbench.internal.session.DisplayScheduler;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.bridgework.ui.workbench.internal.session.ProgressArea;
import org.bridgework.ui.workbench.internal.session.ProjectFiles;
import org.bridgework.ui.workbench.internal.views.FormEditor;
import org.bridgework.ui.workbench.internal.views.OutlineView;
import org.bridgework.ui.workbench.internal.views.ProblemsView;
import org.bridgework.ui.workbench.internal.views.ProjectExplorerView;
import org.bridgework.ui.workbench.internal.views.PropertiesView;
import org.bridgework.ui.workbench.internal.views.WelcomeView;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;

/**
 * The workbench's main window: menu bar, toolbar (commands, quick search, perspective switcher), the page of
 * views and editors ({@link PartStacks}), the minimised stacks' trim and the status line with its progress area.
 * It owns the {@link ProjectSession} (the open project), the selection service, the jobs, the crash-recovery journal and
 * the remembered layout, and follows the contributions registry: views, editors, commands and property sections
 * appear and disappear with their services. What it does is split by responsibility: its actions and menus
 * ({@link WindowActions}), the File menu's work ({@link ProjectFiles}), the Edit menu's ({@link WindowEditing}),
 * perspectives and the remembered layout ({@link WindowLayout}), the dialogs it opens ({@link WindowDialogs}).
 * UI thread only.
 */
public class WorkbenchWindow extends ApplicationWindow implements WorkbenchHost {
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
    private final WindowLayout layout;
    private final RecoveryJournal journal;
    private final WorkbenchPreferences preferences;
    private final ProjectSession session;
    private final SelectionServiceImpl selection;
    private final Jobs jobs;
    private final List<ViewContribution> builtinViews;
    private final List<EditorContribution> builtinEditors;
    private final ContributionRegistry.Listener registryListener = new ContributionsFollower(this);
    private final FirstPaint firstPaint = new FirstPaint();
    private final ProjectFiles files;
    private final WindowEditing editing;
    private final WindowDialogs dialogs;
    private final WindowActions actions;

    private StatusLineImpl statusLine;
    private PartStacks stacks;
    private ContributedCommands commands;
    private QuickSearch quickSearch;
    private ProgressArea progressArea;
    private boolean closeWithoutAsking;
    private boolean deferHiddenViews;
    private boolean closing;

    public WorkbenchWindow(Services services) {
        super(null);
        this.services = services;
        this.messages = services.messages();
        this.display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("create the workbench window on the display's thread");
        }
        this.layout = new WindowLayout(this, new LayoutStore(services.paths().layoutFile()));
        this.preferences = new WorkbenchPreferences(services.paths().config());
        this.journal = new RecoveryJournal(services.paths().recovery(), new DisplayScheduler(display), services.log(), preferences.current().journalMillis());
        this.session = new ProjectSession(services.projects(), journal, services.log());
        this.selection = new SelectionServiceImpl(services.log());
        this.jobs = new Jobs(display, messages, services.log());
        this.files = new ProjectFiles(this, session, journal, layout.state());
        this.builtinViews = List.of(new ProjectExplorerView(messages), new PropertiesView(messages, services.registry()),
                new ProblemsView(messages, services.validation()), new OutlineView(messages), new WelcomeView(messages, files));
        this.builtinEditors = List.of(new FormEditor(messages));
        this.editing = new WindowEditing(this, display);
        this.dialogs = new WindowDialogs(this);
        this.actions = new WindowActions(this, files, editing, dialogs);

        addMenuBar();
        Icons.statusLineStopAsPng();
        addStatusLine();
        session.onStateChanged(this::updateState);
        session.pendingEdits(editing::hasPendingEdits, this::commitPendingEdits);
    }

    // --- WorkbenchHost

    @Override
    public Shell shell() {
        return getShell();
    }

    @Override
    public ProjectSession session() {
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
    public PartStacks stacks() {
        return stacks;
    }

    public Services services() {
        return services;
    }

    public RecoveryJournal journal() {
        return journal;
    }

    public ContributedCommands commands() {
        return commands;
    }

    public QuickSearch quickSearch() {
        return quickSearch;
    }

    ProgressArea progressArea() {
        return progressArea;
    }

    Prompts prompts() {
        return services.prompts();
    }

    Display display() {
        return display;
    }

    /** True once the window is closing: contributions coming and going no longer change it. */
    boolean isClosing() {
        return closing;
    }

    /** The dialogs the window opened last (tests). */
    WindowDialogs dialogs() {
        return dialogs;
    }

    public void setInitialSize(Point size) {
        layout.sizeOverride = size;
    }

    /**
     * Views in tabs behind another are made when first shown or a moment after the window has painted
     * ({@link #HIDDEN_VIEWS_DELAY_MILLIS}), not before its first paint (the workbench command; tests that build a window
     * make every view at once).
     */
    public void setDeferHiddenViews(boolean defer) {
        deferHiddenViews = defer;
    }

    /** How long after the first paint the views behind other tabs begin to be made, one per event. */
    static final int HIDDEN_VIEWS_DELAY_MILLIS = 300;

    /** Whether the layout is remembered as the user's when the window closes (not for a screenshot run). */
    public void setRememberLayout(boolean remember) {
        layout.remember = remember;
    }

    /** The perspective to open with (before the window is created); the remembered one by default. */
    public void setInitialPerspective(String id) {
        if (!Perspectives.IDS.contains(id)) {
            throw new IllegalArgumentException("no perspective " + id);
        }
        layout.initialPerspective = id;
    }

    /** Close the window without the save prompt (command-line --exit): unsaved changes stay in the recovery journal. */
    public void setCloseWithoutAsking(boolean value) {
        closeWithoutAsking = value;
    }

    /**
     * Runs a task once, on the display's thread, after the window has first painted (as the next event after that
     * first paint, so the rest of the window is painted too); once it has painted, as the next event.
     */
    @Override
    public void afterFirstPaint(Runnable task) {
        firstPaint.add(task);
    }

    /** When the window first painted ({@link System#nanoTime()}), if it has. */
    public OptionalLong firstPaintNanos() {
        return firstPaint.nanos();
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
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), shell);
        shell.setImage(resources.create(Icons.descriptor(Icons.PERSPECTIVE)));
    }

    @Override
    protected Point getInitialSize() {
        return layout.initialSize(display);
    }

    @Override
    protected Point getInitialLocation(Point size) {
        return layout.initialLocation(display, size);
    }

    @Override
    protected MenuManager createMenuManager() {
        return actions.menuBar();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);

        Composite top = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).spacing(8, 0).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        ToolBarManager toolBar = actions.toolBar();
        ToolBar tools = toolBar.createControl(top);
        tools.getAccessible().addAccessibleListener(named(messages.get("toolbar.main")));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(tools);
        new Label(top, SWT.NONE).setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
        quickSearch = new QuickSearch(top, this, services.registry());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(240, SWT.DEFAULT).applyTo(quickSearch.field);
        layout.createPerspectiveBar(top, messages);
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

        stacks = new PartStacks(page, minimized, this, this::allViews, this::allEditors, layout.state());
        commands = new ContributedCommands(display, new WorkbenchContextImpl(this), actions.menus(), toolBar, actions.reservedKeys(), services.prompts(), messages, services.log());

        for (Control folder : List.of(stacks.folder(org.bridgework.ui.api.Stacks.EDITOR_AREA), stacks.folder(org.bridgework.ui.api.Stacks.LEFT), top)) {
            folder.addListener(SWT.Paint, firstPaint);
        }
        if (deferHiddenViews) {
            stacks.deferHiddenViews();
            // a moment after the paint: the user's first keys and clicks go before views nobody sees yet
            firstPaint.add(() -> {
                if (!display.isDisposed()) {
                    display.timerExec(HIDDEN_VIEWS_DELAY_MILLIS, stacks::createHiddenViews);
                }
            });
        }
        stacks.setPerspective(layout.initialPerspective);
        layout.updatePerspectiveBar();
        selection.addSelectionListener((source, sel) -> commands.updateEnablement());
        services.registry().addListener(registryListener);
        for (CommandContribution command : services.registry().commands()) {
            commands.add(command);
        }
        stacks.onChange(layout::updatePerspectiveBar);
        updateState();
        statusLine.setMessage(messages.get("status.ready"));
        return root;
    }

    @Override
    protected void initializeBounds() {
        super.initializeBounds();
        if (layout.state().windowMaximized) {
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

    // --- perspectives

    /** Switches perspective (the toolbar, Window &gt; Perspective, Ctrl+F8, the Welcome links). */
    public void showPerspective(String id) {
        commitPendingEdits();
        layout.showPerspective(id);
    }

    public void nextPerspective() {
        layout.nextPerspective();
    }

    public void resetLayout() {
        layout.resetLayout();
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
            } else if (!files.closeCurrent()) {
                return false;
            }
            closing = true;
            layout.rememberOnClose(shell);
            services.registry().removeListener(registryListener);
            stacks.dispose();
            commands.dispose();
        }
        closing = true;
        jobs.close();
        journal.close();
        return super.close();
    }

    /** Writes the layout, perspectives and recent files now. */
    void saveLayout() {
        layout.save();
    }

    /** What the File menu and the Welcome page do with the project (open, save, recover...). */
    public ProjectFiles files() {
        return files;
    }

    /** Runs the literature import command (the Welcome page's link); false when it is not installed. */
    public boolean importLiterature() {
        return files.importLiterature();
    }

    public boolean canImportLiterature() {
        return files.canImportLiterature();
    }

    public void undo() {
        editing.undo();
    }

    public void redo() {
        editing.redo();
    }

    public void validate() {
        showView(ProblemsView.ID);
        stacks.view(ProblemsView.ID).ifPresent(site -> {
            if (site.part instanceof ProblemsView.Problems problems) {
                problems.validateNow(found -> statusLine.setMessage(messages.format("status.validated", found.size())));
            }
        });
    }

    /** Title, dirty marker, and the actions that depend on the project and its command stack. */
    void updateState() {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            String title = title();
            if (!title.equals(shell.getText())) {
                shell.setText(title);
            }
        }
        actions.updateEnablement(session);
        if (commands != null) {
            commands.updateEnablement();
        }
    }

    /** Applies the typing that open parts hold and have not applied yet ({@link org.bridgework.ui.api.PendingEdits}). UI thread. */
    @Override
    public void commitPendingEdits() {
        editing.commitPendingEdits();
    }

    @Override
    public void pendingEditsChanged() {
        session.pendingEditsChanged();
    }

    @Override
    public org.bridgework.ui.api.UserPreferences preferences() {
        return preferences.current();
    }

    public WorkbenchPreferences preferenceStore() {
        return preferences;
    }

    /** Every key binding: the menus' and the contributed commands' (Key Assist). */
    public List<KeyAssistDialog.Binding> keyBindings() {
        return dialogs.keyBindings(actions.menus(), commands);
    }

    public static AccessibleAdapter named(String name) {
        return new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                if (e.childID == ACC.CHILDID_SELF) {
                    e.result = name;
                }
            }
        };
    }
}
