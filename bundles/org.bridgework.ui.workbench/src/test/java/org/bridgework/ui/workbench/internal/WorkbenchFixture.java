package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.api.ValidationService;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.ui.workbench.internal.layout.PartSite;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Assumptions;

/**
 * A real workbench window for UI tests, without OSGi: the core's project and validation services with the shipped
 * sample, a registry the test fills by hand, the user's folders in a temporary directory, and prompts answered
 * by the test. Helpers find and drive real widgets.
 * <p>
 * Shared with the UI bundles' tests through this module's test-jar
 * ({@code <type>test-jar</type>}, scope test): they register their contributions with {@link #register}, open
 * the window and drive their parts as the user would.
 */
public final class WorkbenchFixture implements AutoCloseable {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    private static Display display;

    public final Path home;
    final WorkbenchPaths paths;
    public final ContributionRegistry registry = new ContributionRegistry();
    public final ProjectServiceImpl projects = new ProjectServiceImpl();
    final ValidationService validation = new ValidationServiceImpl();
    public final TestPrompts prompts = new TestPrompts();
    public final StringWriter errors = new StringWriter();
    final ErrorLog log = new ErrorLog(new PrintWriter(errors, true));
    /** Problem reports of this fixture's product: its logs are in {@code home/cache/log}. */
    public final org.bridgework.core.internal.ProblemReportsImpl reports;
    public WorkbenchWindow window;

    public WorkbenchFixture(Path home) {
        this.home = home;
        this.paths = new WorkbenchPaths(home.resolve("config"), home.resolve("cache/recovery"));
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        java.util.Properties system = new java.util.Properties();
        system.putAll(System.getProperties());
        system.setProperty("bridgework.cache", home.resolve("cache").toString());
        system.setProperty("bridgework.home", home.resolve("product").toString());
        system.setProperty("bridgework.version", "0.1.0");
        this.reports = new org.bridgework.core.internal.ProblemReportsImpl(() -> new org.osgi.framework.Bundle[0], system, Map.of());
    }

    static final String NO_DISPLAY = "no display (DISPLAY is not set): run the UI tests under Xvfb, for example xvfb-run -a -s \"-screen 0 1280x1024x24\" mvn ...";

    /** Whether a display (X11 or Wayland) is named in the environment. */
    public static boolean hasDisplay() {
        return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** CI sets bridgework.requireDisplay=true: then a missing display fails UI tests instead of skipping them. */
    public static boolean displayRequired() {
        return Boolean.getBoolean("bridgework.requireDisplay");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The display of all UI tests, or the test is skipped (failed when bridgework.requireDisplay=true). UI test
     * classes also carry {@code @ExtendWith(WorkbenchFixtureNeedsDisplay.class)}, which skips them before their
     * set-up and tear-down run.
     */
    public static Display display() throws Exception {
        if (display == null) {
            if (!hasDisplay()) {
                if (displayRequired()) {
                    fail(NO_DISPLAY + " (bridgework.requireDisplay=true, so this is not skipped)");
                }
                Assumptions.abort(NO_DISPLAY);
            }
            Path natives = Files.createDirectories(TARGET.resolve("swt"));
            System.setProperty("swt.library.path", natives.toString());
            display = new Display();
        }
        return display;
    }

    WorkbenchWindow.Services services() {
        return new WorkbenchWindow.Services(Messages.load(Locale.ROOT), new AboutInfo("0.1.0", List::of, () -> Optional.of(reports)), registry,
                () -> Optional.<ProjectService>of(projects), () -> Optional.of(validation), paths, prompts, log);
    }

    /** Opens a new window (the previous one must be closed). */
    public WorkbenchWindow open() throws Exception {
        display();
        window = new WorkbenchWindow(services());
        window.setBlockOnOpen(false);
        window.open();
        settle();
        return window;
    }

    public Shell shell() {
        return window.getShell();
    }

    /** Registers contributions (views, editors, commands, property sections, quick-search providers) as their services would be. */
    public WorkbenchFixture register(Object... contributions) {
        for (Object c : contributions) {
            boolean known = false;
            if (c instanceof org.bridgework.ui.api.ViewContribution) { registry.add(ContributionRegistry.Kind.VIEW, c); known = true; }
            if (c instanceof org.bridgework.ui.api.EditorContribution) { registry.add(ContributionRegistry.Kind.EDITOR, c); known = true; }
            if (c instanceof org.bridgework.ui.api.CommandContribution) { registry.add(ContributionRegistry.Kind.COMMAND, c); known = true; }
            if (c instanceof org.bridgework.ui.api.PropertySection) { registry.add(ContributionRegistry.Kind.PROPERTY_SECTION, c); known = true; }
            if (c instanceof org.bridgework.ui.api.QuickSearchProvider) { registry.add(ContributionRegistry.Kind.QUICK_SEARCH, c); known = true; }
            if (c instanceof org.bridgework.ui.api.TitleDecoration) { registry.add(ContributionRegistry.Kind.TITLE, c); known = true; }
            if (!known) {
                throw new IllegalArgumentException(c + " is not a workbench contribution");
            }
        }
        settle(30);
        return this;
    }

    /** The workbench's current selection (what the Properties view shows), or an empty one. */
    public org.eclipse.jface.viewers.IStructuredSelection selection() {
        return window.selectionService().getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s ? s
                : org.eclipse.jface.viewers.StructuredSelection.EMPTY;
    }

    /** Opens the shipped sample project in the window (as File > Open the Sample Project does). */
    public org.bridgework.core.api.Project openSample() {
        window.files().openSample();
        settle();
        return project();
    }

    /** The open project. */
    public org.bridgework.core.api.Project project() {
        return window.session().project().orElseThrow(() -> new AssertionError("no project is open (call openSample() after open())"));
    }

    /** Shows a view (opening it in its stack) and returns its part. */
    public <T> T showView(String id, Class<T> type) {
        if (!window.showView(id)) {
            fail("view " + id + " could not be shown (registered? " + registry.views().stream().map(org.bridgework.ui.api.ViewContribution::id).toList() + ")");
        }
        settle();
        return part(id, type);
    }

    /** Opens the element's editor and returns the active editor's part. */
    public boolean openEditor(Object element) {
        boolean opened = window.openEditor(element);
        settle();
        return opened;
    }

    /** The controls of the view's part, for finding widgets in it. */
    public Composite viewControl(String id) {
        return view(id).host;
    }

    /** The part of the open editor of {@code element}. */
    public <T> T editorPart(Object element, Class<T> type) {
        PartSite site = window.stacks().editors().stream().filter(s -> s.input == element).findFirst()
                .orElseThrow(() -> new AssertionError("no editor is open on " + element));
        if (!type.isInstance(site.part)) {
            fail("editor on " + element + " is " + site.part + ", not a " + type.getSimpleName() + " (failed: " + site.failure + ")");
        }
        return type.cast(site.part);
    }

    /** The composite of the open editor of {@code element}, for finding widgets in it. */
    public Composite editorControl(Object element) {
        return window.stacks().editors().stream().filter(s -> s.input == element).findFirst()
                .orElseThrow(() -> new AssertionError("no editor is open on " + element)).host;
    }

    @Override
    public void close() {
        if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
            window.setCloseWithoutAsking(true);
            window.close();
        }
        settle();
    }

    // --- the event loop

    /** Lets the window process what is pending (paint, timers) for a moment. */
    public static void settle() {
        settle(150);
    }

    public static void settle(int millis) {
        if (display == null) {
            return;
        }
        long until = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }

    /** Runs the event loop until the condition holds (or fails after the timeout). */
    public static void waitFor(String what, int timeoutMillis, BooleanSupplier condition) {
        long until = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                fail("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    // --- menus

    /** Selects a menu item by its path of texts ("File", "Save"), as a click would. */
    public void menu(String... path) {
        MenuItem item = menuItem(path);
        if (!item.isEnabled()) {
            fail("menu item " + String.join(" > ", path) + " is disabled");
        }
        if ((item.getStyle() & SWT.RADIO) != 0) {
            item.setSelection(true);
        }
        item.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    public MenuItem menuItem(String... path) {
        Menu menu = shell().getMenuBar();
        MenuItem item = null;
        for (String text : path) {
            if (item != null) {
                menu = item.getMenu();
                menu.notifyListeners(SWT.Show, new Event()); // JFace fills menus as they are about to show
            }
            Menu current = menu;
            item = Stream.of(current.getItems()).filter(i -> plain(i.getText()).equals(text)).findFirst()
                    .or(() -> Stream.of(current.getItems()).filter(i -> plain(i.getText()).startsWith(text)).findFirst())
                    .orElse(null);
            if (item == null) {
                throw new AssertionError("no menu item '" + text + "' in " + texts(menu));
            }
        }
        return item;
    }

    public static List<String> texts(Menu menu) {
        return Stream.of(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).map(i -> plain(i.getText())).toList();
    }

    /** Menu text without its mnemonic and accelerator: "E&xit\tCtrl+Q" is "Exit". */
    public static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }

    // --- parts

    PartSite view(String id) {
        return window.stacks().view(id).orElseThrow(() -> new AssertionError("view " + id + " is not open: " + window.stacks().arrangement()));
    }

    @SuppressWarnings("unchecked")
    public <T> T part(String id, Class<T> type) {
        Object part = view(id).part;
        if (!type.isInstance(part)) {
            fail("view " + id + " is " + part + ", not a " + type.getSimpleName() + " (failed: " + view(id).failure + ")");
        }
        return (T) part;
    }

    /** The tab texts of a stack. */
    public List<String> tabs(String stack) {
        CTabFolder folder = window.stacks().folder(stack);
        return Stream.of(folder.getItems()).map(CTabItem::getText).toList();
    }

    /** Finds a tree item by its path of label prefixes, expanding as it goes. */
    public static TreeItem treeItem(Tree tree, String... path) {
        TreeItem[] items = tree.getItems();
        TreeItem found = null;
        for (String text : path) {
            if (found != null) {
                found.setExpanded(true);
                found.notifyListeners(SWT.Expand, new Event());
                Event expand = new Event();
                expand.item = found;
                tree.notifyListeners(SWT.Expand, expand);
                settle(30);
                items = found.getItems();
            }
            TreeItem[] candidates = items;
            found = Stream.of(candidates).filter(i -> i.getText().startsWith(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no tree item '" + text + "' among " + Stream.of(candidates).map(TreeItem::getText).toList()));
        }
        return found;
    }

    /** The tree item showing {@code element} in a JFace tree viewer (revealed first). */
    public static TreeItem itemOf(org.eclipse.jface.viewers.TreeViewer viewer, Object element) {
        viewer.reveal(element);
        settle(30);
        TreeItem found = find(viewer.getTree().getItems(), element);
        if (found == null) {
            throw new AssertionError("no tree item for " + element);
        }
        return found;
    }

    private static TreeItem find(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element) {
                return item;
            }
            TreeItem below = find(item.getItems(), element);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Selects a tree item as a click would (selection event included). */
    public static void select(Tree tree, TreeItem item) {
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        settle(30);
    }

    public static <T extends Control> List<T> findAll(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(findAll(composite, type));
            }
        }
        return found;
    }

    /** Writes a screenshot of the window to target/screenshots/NAME.png (test artifact). */
    public Path screenshot(String name) throws Exception {
        return screenshot(shell(), name);
    }

    /** Writes a screenshot of any shell (a dialog, say) to target/screenshots/NAME.png. */
    public static Path screenshot(Shell shell, String name) throws Exception {
        settle(200);
        shell.update();
        Path file = Files.createDirectories(TARGET.resolve("screenshots")).resolve(name + ".png");
        Screenshots.writePng(Screenshots.capture(shell), file);
        return file;
    }

    /** Prompts answered by the test: queues of answers, and a record of the questions. */
    public static final class TestPrompts implements Prompts {
        public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
        public final Deque<Boolean> restores = new ArrayDeque<>();
        public final Deque<Path> files = new ArrayDeque<>();
        public final Deque<ChangedOnDiskChoice> changedOnDisk = new ArrayDeque<>();
        /** Three-way answers to the restore question (LATER is what Escape gives); else {@link #restores} answers. */
        public final Deque<RestoreChoice> restoreChoices = new ArrayDeque<>();
        public final List<String> asked = new ArrayList<>();
        public final List<String> errors = new ArrayList<>();

        @Override
        public SaveChoice askSaveChanges(Shell shell, String name) {
            asked.add("save " + name);
            assertNotNull(saveChoices.peek(), "unexpected question: save changes to " + name);
            return saveChoices.poll();
        }

        @Override
        public boolean askRestore(Shell shell, RecoveryJournal.Entry entry) {
            asked.add("restore " + entry.displayName());
            assertNotNull(restores.peek(), "unexpected question: restore " + entry.displayName());
            return restores.poll();
        }

        @Override
        public RestoreChoice chooseRestore(Shell shell, RecoveryJournal.Entry entry) {
            if (!restoreChoices.isEmpty()) {
                asked.add("restore " + entry.displayName());
                return restoreChoices.poll();
            }
            return Prompts.super.chooseRestore(shell, entry);
        }

        @Override
        public Path chooseProjectToOpen(Shell shell) {
            asked.add("open");
            return files.poll();
        }

        @Override
        public Path chooseSaveLocation(Shell shell, String title, String suggestedName) {
            asked.add("save as " + suggestedName);
            return files.poll();
        }

        @Override
        public void showError(Shell shell, String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public boolean confirm(Shell shell, String title, String message) {
            asked.add("confirm " + title);
            return true;
        }

        @Override
        public ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message) {
            asked.add("changed on disk " + name + ": " + message);
            assertNotNull(changedOnDisk.peek(), "unexpected question: " + name + " changed on disk");
            return changedOnDisk.poll();
        }
    }
}
