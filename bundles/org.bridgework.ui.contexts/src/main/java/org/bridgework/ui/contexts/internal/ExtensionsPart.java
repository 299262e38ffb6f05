package org.bridgework.ui.contexts.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The Extensions view's controls: buttons (install from a file, uninstall, refresh) with a summary, the table of
 * installed context bundles (name, id, version, vendor, signature, state) and the selected one's details. The table
 * follows the registry: every change it announces (a bundle installed, started, failing, uninstalled, also by
 * {@code bridgework contexts} or a jar dropped into {@code extensions/}) reads the registry again on a worker thread
 * and shows the result on the UI thread.
 */
final class ExtensionsPart implements Part {

    private static final String WIDEST = "widest";

    private final PartContext context;
    private final ContextRegistry registry;
    private final ExtensionActions actions;
    private final Messages messages;
    private final ExtensionLabels labels;
    private final Display display;
    private final Label status;
    private final Button install;
    private final Button uninstall;
    private final Button refresh;
    private final TableViewer table;
    private final Text details;
    private final ExecutorService reader;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AutoCloseable subscription;
    private List<ExtensionRow> rows = List.of();
    /** The key of a row to select when it shows up (after an install). */
    private String toSelect;
    private int shown;

    ExtensionsPart(Composite parent, PartContext context, ContextRegistry registry, ExtensionActions actions, Messages messages) {
        this.context = context;
        this.registry = registry;
        this.actions = actions;
        this.messages = messages;
        this.labels = new ExtensionLabels(messages);
        this.display = parent.getDisplay();

        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).spacing(6, 4).applyTo(root);
        install = button(root, "button.install", "button.install.tip");
        uninstall = button(root, "button.uninstall", "button.uninstall.tip");
        refresh = button(root, "button.refresh", "button.refresh.tip");
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        status.setText(messages.get("view.status.loading"));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(sash);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        // GTK paints cell text in the theme colour otherwise (white on the pale fills under a dark theme)
        org.bridgework.ui.api.CellColors.paintCellForegrounds(table.getTable());
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        accessibleName(table.getTable(), messages.get("view.table.name"));
        // what matters most first: the narrow bottom stack shows these without scrolling
        // what matters most first (the bottom stack is narrow); an icon on the name says at a glance which ones are not working
        column("column.name", 190, 240, row -> labels.name(row.info()), info -> false);
        column("column.state", 200, 420, row -> labels.state(row.info()), labels::bad);
        column("column.signature", 160, 260, row -> labels.signature(row.info()), info -> !info.trust().allowed());
        column("column.version", 66, 100, row -> row.info().version(), info -> false);
        column("column.vendor", 150, 240, row -> labels.vendor(row.info()), info -> false);
        column("column.id", 130, 240, row -> row.info().id(), info -> false);

        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setText(messages.get("view.details.empty"));
        accessibleName(details, messages.get("view.details.name"));
        sash.setWeights(70, 30);

        install.addListener(SWT.Selection, e -> actions.chooseAndInstall(context, this::installed));
        uninstall.addListener(SWT.Selection, e -> uninstallSelected());
        refresh.addListener(SWT.Selection, e -> refresh());
        table.addSelectionChangedListener(e -> selectionChanged());
        table.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                uninstallSelected();
            } else if (e.keyCode == SWT.F5) {
                refresh();
            }
        });
        table.getTable().setMenu(contextMenu());
        root.setTabList(new Control[] {install, uninstall, refresh, sash});

        reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bridgework-extensions-view");
            thread.setDaemon(true);
            return thread;
        });
        subscription = registry.onChange(this::refresh);
        selectionChanged();
        refresh();
    }

    private Button button(Composite parent, String text, String tip) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(messages.get(text));
        button.setToolTipText(messages.get(tip));
        return button;
    }

    private static void accessibleName(Control control, String name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
    }

    private void column(String title, int width, int widest, Function<ExtensionRow, String> text, Predicate<ContextInfo> flagged) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setData(WIDEST, widest);
        column.getColumn().setText(messages.get(title));
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ExtensionRow) element);
            }

            @Override
            public Image getImage(Object element) {
                if (!"column.name".equals(title)) {
                    return null;
                }
                ContextInfo info = ((ExtensionRow) element).info();
                return switch (info.status()) {
                    case REFUSED -> JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR);
                    case DISABLED -> JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING);
                    case ENABLED -> info.trust() == ContextInfo.Trust.UNSIGNED_ALLOWED || info.trust() == ContextInfo.Trust.UNTRUSTED_ALLOWED
                            ? JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_INFO) : null;
                };
            }

            @Override
            public Color getForeground(Object element) {
                return flagged.test(((ExtensionRow) element).info()) ? display.getSystemColor(SWT.COLOR_DARK_RED) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                ContextInfo info = ((ExtensionRow) element).info();
                String reason = labels.reason(info);
                return reason == null ? labels.signatureLong(info) : labels.signatureLong(info) + "\n" + reason;
            }
        });
    }

    private Menu contextMenu() {
        Menu menu = new Menu(table.getTable());
        MenuItem remove = new MenuItem(menu, SWT.PUSH);
        remove.setText(messages.get("menu.uninstall"));
        remove.addListener(SWT.Selection, e -> uninstallSelected());
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText(messages.get("menu.copy"));
        copy.addListener(SWT.Selection, e -> copyDetails());
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem again = new MenuItem(menu, SWT.PUSH);
        again.setText(messages.get("menu.refresh"));
        again.addListener(SWT.Selection, e -> refresh());
        menu.addListener(SWT.Show, e -> {
            ExtensionRow row = selected();
            remove.setEnabled(row != null && row.removable());
            copy.setEnabled(row != null);
        });
        return menu;
    }

    /** Reads the registry again (on any thread; repeated calls while a read is pending are one read). */
    void refresh() {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            reader.execute(() -> {
                refreshQueued.set(false);
                List<ExtensionRow> loaded;
                String failure = null;
                try {
                    loaded = ExtensionRow.load(registry);
                } catch (RuntimeException e) {
                    loaded = null;
                    failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
                List<ExtensionRow> result = loaded;
                String error = failure;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> show(result, error));
                }
            });
        } catch (RejectedExecutionException e) {
            refreshQueued.set(false); // the part is being disposed
        }
    }

    private void show(List<ExtensionRow> loaded, String failure) {
        if (table.getControl().isDisposed()) {
            return;
        }
        if (loaded == null) {
            status.setText(messages.format("view.status.failed", failure));
            return;
        }
        ExtensionRow previous = selected();
        String kept = toSelect != null ? null : previous == null ? null : previous.key();
        if (toSelect == null && shown > 0) {
            // one bundle came (installed from the File menu, the command line or dropped into extensions/): show it
            Set<String> before = rows.stream().map(ExtensionRow::key).collect(Collectors.toSet());
            List<ExtensionRow> added = loaded.stream().filter(r -> !before.contains(r.key())).toList();
            if (added.size() == 1) {
                kept = added.get(0).key();
            }
        }
        String keep = kept;
        rows = loaded;
        table.setInput(rows);
        fitColumns();
        ExtensionRow again = rows.stream()
                .filter(r -> toSelect != null ? r.info().id().equals(toSelect) || r.info().bundle().equals(toSelect) : r.key().equals(keep))
                .findFirst().orElse(null);
        if (again != null) {
            table.setSelection(new StructuredSelection(again), true);
            if (toSelect != null) {
                toSelect = null;
            }
        }
        long active = rows.stream().filter(r -> r.info().status() == Status.ENABLED).count();
        long disabled = rows.stream().filter(r -> r.info().status() == Status.DISABLED).count();
        long refused = rows.stream().filter(r -> r.info().status() == Status.REFUSED).count();
        status.setText(rows.isEmpty() ? messages.get("view.status.none")
                : messages.format("view.status.counts", String.valueOf(rows.size()), String.valueOf(active), String.valueOf(disabled),
                        String.valueOf(refused)));
        status.setToolTipText(status.getText());
        status.getParent().layout(new Control[] {status});
        selectionChanged();
        shown++;
    }

    /** Widens columns to their content up to a limit (the tooltip has the rest); never narrows what the user widened. */
    private void fitColumns() {
        for (TableColumn column : table.getTable().getColumns()) {
            int current = column.getWidth();
            column.pack();
            int fitted = Math.min(column.getWidth(), (Integer) column.getData(WIDEST));
            column.setWidth(Math.max(current, fitted));
        }
    }

    private void installed(ContextInfo info) {
        toSelect = info.id();
        refresh();
    }

    private ExtensionRow selected() {
        IStructuredSelection selection = table.getStructuredSelection();
        return selection.getFirstElement() instanceof ExtensionRow row ? row : null;
    }

    private void selectionChanged() {
        ExtensionRow row = selected();
        uninstall.setEnabled(row != null && row.removable());
        uninstall.setToolTipText(messages.get(row != null && !row.removable() ? "button.uninstall.product" : "button.uninstall.tip"));
        String text = row == null ? messages.get("view.details.empty") : labels.details(row);
        if (!Objects.equals(details.getText(), text)) {
            details.setText(text);
        }
    }

    private void uninstallSelected() {
        ExtensionRow row = selected();
        if (row == null || !row.removable()) {
            return;
        }
        actions.uninstall(context, row.info(), this::refresh);
    }

    private void copyDetails() {
        ExtensionRow row = selected();
        if (row == null) {
            return;
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] {labels.details(row)}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    // --- for tests

    TableViewer table() {
        return table;
    }

    Text details() {
        return details;
    }

    Label status() {
        return status;
    }

    Button installButton() {
        return install;
    }

    Button uninstallButton() {
        return uninstall;
    }

    Button refreshButton() {
        return refresh;
    }

    /** How many times the table was filled from the registry. */
    int shown() {
        return shown;
    }

    List<ExtensionRow> rows() {
        return rows;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        try {
            subscription.close();
        } catch (Exception e) {
            // the registry is gone already
        }
        reader.shutdownNow();
    }
}
