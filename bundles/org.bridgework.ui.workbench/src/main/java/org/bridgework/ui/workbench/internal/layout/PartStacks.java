package org.bridgework.ui.workbench.internal.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SessionListener;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.ErrorLog;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.WorkbenchHost;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

/**
 * The page: four tabbed stacks ({@link Stacks}) in sashes around the editor area, the views and editors living
 * in them, and the perspectives that arrange them. Views are placed by the current perspective's
 * {@link LayoutState.PerspectiveState} (as the user left it) over its defaults (the views that name the
 * perspective); users move, minimise, maximise, close and reopen them. UI thread only.
 */
public final class PartStacks {
    static final List<String> STACKS = List.of(Stacks.LEFT, Stacks.EDITOR_AREA, Stacks.BOTTOM, Stacks.RIGHT);
    static final int[] DEFAULT_COLUMNS = {21, 57, 22};
    static final int[] DEFAULT_ROWS = {66, 34};

    private final WorkbenchHost host;
    private final LayoutState state;
    private final Messages messages;
    private final ErrorLog log;
    private final SashForm columns;
    private final SashForm centre;
    private final Map<String, CTabFolder> folders = new LinkedHashMap<>();
    private final Map<String, PartSite> viewSites = new LinkedHashMap<>();
    /** While the first perspective is built: views behind another tab are made later. */
    private boolean deferHidden;
    private final List<PartSite> editorSites = new ArrayList<>();
    private final LocalResourceManager resources;
    private final PartSites sites;
    private final PartActivation activation;
    private final PerspectivePlacements placing;
    private final MinimizedTrim trim;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private String perspective;
    /** "perspective/stack" where the user picked a tab (now or in a remembered layout): a view arriving later stays behind. */
    private final Set<String> tabChosen = new java.util.HashSet<>();
    private String maximized;

    /**
     * @param parent       where the sashes go (a composite with a FillLayout)
     * @param minimizedBar a tool bar in the window's trim for minimised stacks
     */
    public PartStacks(Composite parent, ToolBar minimizedBar, WorkbenchHost host, Supplier<List<ViewContribution>> views,
            Supplier<List<EditorContribution>> editors, LayoutState state) {
        this.host = host;
        this.state = state;
        state.perspectives.forEach((id, ps) -> ps.selected.keySet().forEach(stack -> tabChosen.add(id + "/" + stack)));
        this.messages = host.messages();
        this.log = host.log();
        this.resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        this.sites = new PartSites(host, resources, editors);
        this.placing = new PerspectivePlacements(views, sites);

        columns = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        columns.setSashWidth(5);
        folders.put(Stacks.LEFT, folder(columns, Stacks.LEFT));
        centre = new SashForm(columns, SWT.VERTICAL | SWT.SMOOTH);
        centre.setSashWidth(5);
        folders.put(Stacks.EDITOR_AREA, folder(centre, Stacks.EDITOR_AREA));
        folders.put(Stacks.BOTTOM, folder(centre, Stacks.BOTTOM));
        folders.put(Stacks.RIGHT, folder(columns, Stacks.RIGHT));
        columns.setWeights(DEFAULT_COLUMNS);
        centre.setWeights(DEFAULT_ROWS);
        Color activeBar = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0x35, 0x84, 0xe4)));
        this.activation = new PartActivation(host, folders, columns, activeBar);
        this.trim = new MinimizedTrim(minimizedBar, folders, messages, stack -> {
            restore(stack);
            CTabFolder folder = folders.get(stack);
            if (folder.getSelection() != null && folder.getSelection().getData() instanceof PartSite site) {
                activate(site, true);
            }
        });

        Listener focusFilter = activation::focusIn;
        parent.getDisplay().addFilter(SWT.FocusIn, focusFilter);
        columns.addListener(SWT.Dispose, e -> {
            e.display.removeFilter(SWT.FocusIn, focusFilter);
        });
        host.session().addListener(new SessionListener() {
            @Override
            public void projectClosed(Project project) {
                for (PartSite editor : List.copyOf(editorSites)) {
                    disposeSite(editor);
                }
                updateVisibility();
            }
        });
    }

    // --- queries

    public String perspective() {
        return perspective;
    }

    public CTabFolder folder(String stack) {
        return folders.get(stack);
    }

    /** The live views, by id. */
    public Map<String, PartSite> views() {
        return Map.copyOf(viewSites);
    }

    public List<PartSite> editors() {
        return List.copyOf(editorSites);
    }

    public Optional<PartSite> view(String id) {
        PartSite site = viewSites.get(id);
        if (site != null) {
            sites.ensureCreated(site);
        }
        return Optional.ofNullable(site);
    }

    /**
     * At the window's first start, views in tabs behind another are made only when first shown or once the window has
     * painted ({@link #createHiddenViews}), so the first paint waits only for what it shows.
     */
    public void deferHiddenViews() {
        deferHidden = true;
    }

    /** Makes the views left for later, one per event, so the window answers input in between. */
    public void createHiddenViews() {
        deferHidden = false;
        for (PartSite site : List.copyOf(viewSites.values())) {
            if (site.pending != null) {
                columns.getDisplay().asyncExec(() -> {
                    if (!columns.isDisposed()) {
                        sites.ensureCreated(site);
                    }
                });
            }
        }
    }

    public PartSite active() {
        return activation.active();
    }

    /** Brings a part's tab to the front, makes it the active part and, if asked, gives it the focus. */
    public void activate(PartSite site, boolean focus) {
        sites.ensureCreated(site);
        activation.activate(site, focus);
    }

    /** The next view (or editor) after the active one, for Ctrl+F7 / Ctrl+F6. */
    public void activateNext(boolean editor) {
        activation.activateNext(editor);
    }

    private void activateSomething() {
        activation.activateSomething();
    }

    boolean isMinimized(String stack) {
        return perspectiveState().minimized.contains(stack);
    }

    public String maximized() {
        return maximized;
    }

    /** Told after views open, close or move (the Window menu follows). */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    // --- perspectives

    /** Switches to a perspective: remembers the current arrangement, then shows the new one's. */
    public void setPerspective(String id) {
        if (!Perspectives.IDS.contains(id)) {
            throw new IllegalArgumentException("no perspective " + id);
        }
        if (perspective != null) {
            captureState();
        }
        perspective = id;
        state.perspective = id;
        rebuild();
    }

    /** Forgets what the user changed in the current perspective and shows its defaults. */
    void resetPerspective() {
        state.perspectives.remove(perspective);
        unmaximize();
        rebuild();
    }

    /** The placements of the current perspective: what the user left, then defaults not seen before. */
    List<LayoutState.Placement> placements() {
        return placing.of(perspective, perspectiveState());
    }

    private void rebuild() {
        List<LayoutState.Placement> placements = placements();
        for (PartSite site : List.copyOf(viewSites.values())) {
            if (!PerspectivePlacements.contains(placements, site.id)) {
                disposeSite(site);
            }
        }
        Map<String, ViewContribution> known = placing.knownViews();
        for (LayoutState.Placement placement : placements) {
            PartSite site = viewSites.get(placement.view);
            if (site == null) {
                createView(known.get(placement.view), placement.stack);
            } else {
                // same or another stack: a new tab at the end keeps the remembered order
                move(site, placement.stack);
            }
        }
        LayoutState.PerspectiveState ps = perspectiveState();
        columns.setWeights(valid(ps.columns, 3) ? ps.columns : DEFAULT_COLUMNS);
        centre.setWeights(valid(ps.rows, 2) ? ps.rows : DEFAULT_ROWS);
        for (Map.Entry<String, CTabFolder> entry : folders.entrySet()) {
            CTabFolder folder = entry.getValue();
            String wanted = ps.selected.get(entry.getKey());
            CTabItem selection = null;
            for (CTabItem item : folder.getItems()) {
                if (item.getData() instanceof PartSite site && site.id.equals(wanted)) {
                    selection = item;
                }
            }
            if (selection == null) {
                // first time in this perspective: its own views in front of those shown everywhere
                for (CTabItem item : folder.getItems()) {
                    if (selection == null && ownView(item)) {
                        selection = item;
                    }
                }
            }
            if (selection == null && folder.getItemCount() > 0) {
                selection = folder.getItem(0);
            }
            if (selection != null) {
                folder.setSelection(selection);
                if (selection.getData() instanceof PartSite site) {
                    sites.ensureCreated(site); // the tab in front is made now, those behind it may wait
                }
            }
        }
        deferHidden = false;
        updateVisibility();
        changed();
    }

    /** Records the live arrangement into the current perspective's state (before switching, saving, changing). */
    void captureState() {
        if (perspective == null || columns.isDisposed()) {
            return;
        }
        LayoutState.PerspectiveState ps = perspectiveState();
        List<LayoutState.Placement> shown = new ArrayList<>();
        for (Map.Entry<String, CTabFolder> entry : folders.entrySet()) {
            for (CTabItem item : entry.getValue().getItems()) {
                if (item.getData() instanceof PartSite site && !site.isEditor()) {
                    shown.add(new LayoutState.Placement(site.id, entry.getKey()));
                }
            }
            CTabItem selected = entry.getValue().getSelection();
            if (selected != null && selected.getData() instanceof PartSite site && !site.isEditor()) {
                ps.selected.put(entry.getKey(), site.id);
            }
        }
        if (ps.shown != null) {
            // views of bundles that are not running now keep their place for when they come back
            Map<String, ViewContribution> known = placing.knownViews();
            for (LayoutState.Placement placement : ps.shown) {
                if (!known.containsKey(placement.view) && !PerspectivePlacements.contains(shown, placement.view)) {
                    shown.add(placement);
                }
            }
        }
        ps.shown = shown;
        if (maximized == null) {
            ps.columns = columns.getWeights();
            ps.rows = centre.getWeights();
        }
    }

    // --- views

    /** Opens a view in the current perspective (or brings it to the front) and gives it the focus. */
    public boolean showView(String id) {
        PartSite site = viewSites.get(id);
        if (site == null) {
            ViewContribution view = placing.knownViews().get(id);
            if (view == null) {
                return false;
            }
            captureState();
            LayoutState.PerspectiveState ps = perspectiveState();
            ps.closed.remove(id);
            String stack = placing.stackOf(view);
            ps.shown.add(new LayoutState.Placement(id, stack));
            site = createView(view, stack);
            changed();
        }
        restore(site.stack);
        if (maximized != null && !maximized.equals(site.stack)) {
            unmaximize();
        }
        updateVisibility();
        activate(site, true);
        return true;
    }

    /** Closes a view in this perspective (Window &gt; Show View reopens it) or an editor. */
    public void close(PartSite site) {
        if (site.isEditor()) {
            disposeSite(site);
        } else {
            captureState();
            LayoutState.PerspectiveState ps = perspectiveState();
            ps.shown.removeIf(p -> p.view.equals(site.id));
            ViewContribution view = placing.knownViews().get(site.id);
            if (view != null && placing.isDefault(view, perspective)) {
                ps.closed.add(site.id);
            }
            disposeSite(site);
        }
        updateVisibility();
        activateSomething();
        changed();
    }

    /** Moves a view to another stack of this perspective. */
    public void moveView(PartSite site, String stack) {
        if (site.isEditor() || site.stack.equals(stack)) {
            return;
        }
        captureState();
        LayoutState.PerspectiveState ps = perspectiveState();
        ps.shown.removeIf(p -> p.view.equals(site.id));
        ps.shown.add(new LayoutState.Placement(site.id, stack));
        String from = site.stack;
        move(site, stack);
        restore(stack);
        if (maximized != null) {
            unmaximize();
        }
        if (folders.get(from).getItemCount() > 0 && folders.get(from).getSelection() == null) {
            folders.get(from).setSelection(0);
        }
        updateVisibility();
        activate(site, true);
        changed();
    }

    /** A contribution was registered: show it if the perspective wants it. */
    public void viewAdded(ViewContribution view) {
        if (perspective == null || columns.isDisposed()) {
            return;
        }
        String id = safeId(view);
        if (viewSites.containsKey(id)) {
            log.warn("a second view with id " + id + " is ignored");
            return;
        }
        for (LayoutState.Placement placement : placements()) {
            if (placement.view.equals(id)) {
                PartSite site = createView(view, placement.stack);
                // views arrive as their bundles start, after the window opened: one made for this perspective comes
                // to the front of a stack showing only a view shown everywhere, unless the user chose that stack's tab
                CTabFolder folder = folders.get(placement.stack);
                CTabItem selected = folder.getSelection();
                if (!tabChosen.contains(perspective + "/" + placement.stack) && ownView(site.item)
                        && (selected == null || !ownView(selected))) {
                    folder.setSelection(site.item);
                }
                updateVisibility();
            }
        }
        changed();
    }

    /** True for a view tab made for the current perspective (not one shown in every perspective). */
    private boolean ownView(CTabItem item) {
        return item != null && item.getData() instanceof PartSite site && site.contribution instanceof ViewContribution view
                && safe(view::perspectives, Set.<String>of()).contains(perspective);
    }

    /** A contribution went away (its bundle stopped): its part goes at once. */
    public void viewRemoved(ViewContribution view) {
        for (PartSite site : List.copyOf(viewSites.values())) {
            if (site.contribution == view) {
                disposeSite(site);
            }
        }
        updateVisibility();
        activateSomething();
        changed();
    }

    public void editorRemoved(EditorContribution editor) {
        for (PartSite site : List.copyOf(editorSites)) {
            if (site.contribution == editor) {
                disposeSite(site);
            }
        }
        updateVisibility();
        changed();
    }

    // --- editors

    /**
     * Opens an element in the best editor, or brings its editor to the front. An element with no editor of its
     * own better than the generic form (a block, a table row) opens in the editor of the nearest container that
     * has one (the section), which then reveals it: {@link Part#reveal(Object)}.
     */
    public boolean openEditor(Object element) {
        if (element == null) {
            return false;
        }
        Object input = element;
        EditorContribution best = sites.bestEditor(element);
        int bestPriority = best == null ? Integer.MIN_VALUE : best.priority();
        if (element instanceof org.eclipse.emf.ecore.EObject eo) {
            for (org.eclipse.emf.ecore.EObject c = eo.eContainer(); c != null; c = c.eContainer()) {
                EditorContribution editor = sites.bestEditor(c);
                if (editor != null && editor.priority() > bestPriority) {
                    best = editor;
                    bestPriority = editor.priority();
                    input = c;
                }
            }
        }
        for (PartSite site : editorSites) {
            if (site.input == input) {
                restore(Stacks.EDITOR_AREA);
                activate(site, true);
                sites.reveal(site, element);
                return true;
            }
        }
        if (best == null) {
            return false;
        }
        PartSite site = createEditor(best, input);
        restore(Stacks.EDITOR_AREA);
        if (maximized != null && !maximized.equals(Stacks.EDITOR_AREA)) {
            unmaximize();
        }
        updateVisibility();
        activate(site, true);
        sites.reveal(site, element);
        changed();
        return true;
    }

    // --- stacks: minimise, maximise

    public void minimize(String stack) {
        if (maximized != null) {
            unmaximize();
        }
        perspectiveState().minimized.add(stack);
        activation.forgetIn(stack);
        updateVisibility();
        activateSomething();
    }

    void restore(String stack) {
        if (perspectiveState().minimized.remove(stack)) {
            updateVisibility();
        }
    }

    /** Maximises a stack (the others hide), or restores them if it is maximised. */
    public void toggleMaximize(String stack) {
        if (stack.equals(maximized)) {
            unmaximize();
            return;
        }
        if (maximized != null) {
            unmaximize();
        }
        captureState();
        restore(stack);
        CTabFolder folder = folders.get(stack);
        if (folder.getParent() == centre) {
            centre.setMaximizedControl(folder);
            columns.setMaximizedControl(centre);
        } else {
            columns.setMaximizedControl(folder);
        }
        folder.setMaximized(true);
        maximized = stack;
    }

    void unmaximize() {
        if (maximized == null) {
            return;
        }
        folders.get(maximized).setMaximized(false);
        centre.setMaximizedControl(null);
        columns.setMaximizedControl(null);
        maximized = null;
        updateVisibility();
    }

    // --- creating, moving, disposing parts (PartSites)

    private PartSite createView(ViewContribution view, String stack) {
        return sites.view(view, stack, folders.get(stack), site -> viewSites.put(site.id, site), deferHidden);
    }

    private PartSite createEditor(EditorContribution editor, Object input) {
        return sites.editor(editor, input, folders.get(Stacks.EDITOR_AREA), editorSites.size(), editorSites::add);
    }

    private void move(PartSite site, String stack) {
        sites.move(site, stack, folders.get(stack));
    }

    private void disposeSite(PartSite site) {
        activation.forget(site);
        sites.dispose(site);
        if (site.isEditor()) {
            editorSites.remove(site);
        } else if (viewSites.get(site.id) == site) {
            viewSites.remove(site.id);
        }
    }

    /** Disposes every part (the window is closing). */
    public void dispose() {
        for (PartSite site : List.copyOf(editorSites)) {
            disposeSite(site);
        }
        for (PartSite site : List.copyOf(viewSites.values())) {
            disposeSite(site);
        }
    }

    // --- stack widgets

    private CTabFolder folder(Composite parent, String stack) {
        return StackFolders.create(this, messages, parent, stack);
    }

    /** The user picked a tab of {@code stack} in this perspective: a view arriving later stays behind it. */
    void tabChosen(String stack) {
        tabChosen.add(perspective + "/" + stack);
    }

    /** Shows the stacks that have something to show (the editor area always) and the trim's minimised stacks. */
    void updateVisibility() {
        if (columns.isDisposed()) {
            return;
        }
        LayoutState.PerspectiveState ps = perspectiveState();
        for (Map.Entry<String, CTabFolder> entry : folders.entrySet()) {
            CTabFolder folder = entry.getValue();
            boolean hasContent = folder.getItemCount() > 0 || Stacks.EDITOR_AREA.equals(entry.getKey());
            boolean visible = hasContent && !ps.minimized.contains(entry.getKey());
            if (folder.getVisible() != visible) {
                folder.setVisible(visible);
            }
            if (folder.getItemCount() > 0 && folder.getSelection() == null) {
                folder.setSelection(0);
            }
        }
        centre.setVisible(folders.get(Stacks.EDITOR_AREA).getVisible() || folders.get(Stacks.BOTTOM).getVisible());
        centre.layout(true);
        columns.layout(true);
        trim.update(ps);
    }

    // --- helpers

    private LayoutState.PerspectiveState perspectiveState() {
        return state.perspective(perspective == null ? Perspectives.SCOPE : perspective);
    }

    private String safeId(ViewContribution view) {
        return sites.safeId(view);
    }

    private <T> T safe(Supplier<T> value, T fallback) {
        return sites.safe(value, fallback);
    }

    private static boolean valid(int[] weights, int length) {
        return weights != null && weights.length == length && java.util.Arrays.stream(weights).allMatch(w -> w > 0);
    }

    /** A tab's text: no mnemonic underscore (tabs have no mnemonics), an ampersand shown as one. */
    static String tabText(String label) {
        return plain(label).replace("&", "&&");
    }

    /** A label without its mnemonic marker. */
    public static String plain(String label) {
        return label == null ? "" : label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
    }

    private void changed() {
        for (Runnable listener : changeListeners) {
            listener.run();
        }
    }

    /** Sorted views for menus: by label. */
    public List<ViewContribution> viewsForMenu() {
        List<ViewContribution> list = new ArrayList<>(placing.knownViews().values());
        list.sort(Comparator.comparing(v -> plain(safe(v::label, safeId(v))), String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** For tests and the shell command: the ids of the live views per stack, in tab order. */
    public Map<String, List<String>> arrangement() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, CTabFolder> entry : folders.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (CTabItem item : entry.getValue().getItems()) {
                if (item.getData() instanceof PartSite site) {
                    ids.add(site.id);
                }
            }
            result.put(entry.getKey(), ids);
        }
        return result;
    }

    Widget widget() {
        return columns;
    }
}
