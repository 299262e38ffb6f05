package org.bridgework.ui.workbench.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.ui.workbench.internal.Messages;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Help &gt; Key Assist... (Ctrl+Shift+L): every key binding — the menus' accelerators (the workbench's and the
 * contributed commands'), commands bound to keys without a menu item, and the keys the views and editors handle
 * themselves — with a filter field.
 */
public final class KeyAssistDialog extends Dialog {

    /** One binding: what it does, its keys, where it works. */
    public record Binding(String command, String keys, String where) {
    }

    /** Keys that views and editors handle themselves (not menu accelerators). */
    static final List<Binding> IN_PARTS = List.of(
            new Binding("Open the element's editor at it", "Enter / double-click", "Project Explorer, Outline, Sections, Problems, Search"),
            new Binding("Delete the selected elements", "Delete", "Project Explorer"),
            new Binding("Context menu (New, Duplicate, Rename, Delete...)", "Shift+F10 / Menu", "trees and tables"),
            new Binding("Quick fixes at the caret (and stale evidence: Open Evidence, Mark as Re-checked)", "Ctrl+1", "Section editor"),
            new Binding("Complete a citation or element reference", "Ctrl+Space", "Section editor"),
            new Binding("Move the block up / down", "Alt+Up / Alt+Down", "Section editor, Sections"),
            new Binding("Move the case study on to the next status", "Ctrl+Right", "Collection Board"),
            new Binding("Next field", "Tab / Shift+Tab", "everywhere"));

    private final List<Binding> bindings;
    public Text filter;
    TableViewer table;

    public KeyAssistDialog(Shell parent, List<Binding> bindings) {
        super(parent);
        this.bindings = bindings;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The bindings of the menus (walked as they are filled now) and of commands without a menu item. */
    public static List<Binding> collect(Map<String, IMenuManager> menus, Iterable<? extends IAction> contributed, Messages messages) {
        Map<IAction, Binding> found = new LinkedHashMap<>();
        for (Map.Entry<String, IMenuManager> menu : menus.entrySet()) {
            walk(menu.getValue(), menuText(menu.getValue(), menu.getKey()), found);
        }
        for (IAction a : contributed) {
            if (!found.containsKey(a) && a.getAccelerator() != 0) {
                found.put(a, new Binding(plain(a.getText()), LegacyActionTools.convertAccelerator(a.getAccelerator()), "everywhere"));
            }
        }
        List<Binding> out = new ArrayList<>(found.values());
        out.addAll(IN_PARTS);
        return out;
    }

    private static void walk(IMenuManager menu, String path, Map<IAction, Binding> found) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof IMenuManager sub) {
                walk(sub, path + " > " + menuText(sub, sub.getId()), found);
            } else if (item instanceof ActionContributionItem aci && !found.containsKey(aci.getAction())) {
                IAction a = aci.getAction();
                String keys = a.getAccelerator() != 0 ? LegacyActionTools.convertAccelerator(a.getAccelerator()) : acceleratorText(a.getText());
                if (keys != null && !keys.isBlank()) {
                    found.put(a, new Binding(plain(a.getText()), keys, path));
                }
            }
        }
    }

    private static String menuText(IMenuManager menu, String fallback) {
        String text = menu instanceof org.eclipse.jface.action.MenuManager m ? m.getMenuText() : null;
        return LegacyActionTools.removeMnemonics(text == null ? String.valueOf(fallback) : text);
    }

    private static String acceleratorText(String text) {
        int tab = text == null ? -1 : text.indexOf('\t');
        return tab < 0 ? null : text.substring(tab + 1);
    }

    private static String plain(String text) {
        int tab = text == null ? -1 : text.indexOf('\t');
        return LegacyActionTools.removeMnemonics(tab < 0 ? String.valueOf(text) : text.substring(0, tab));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Key Assist");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Type to filter by command, key or place");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        table = new TableViewer(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 420).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Command", 330, Binding::command);
        column("Keys", 170, Binding::keys);
        column("Where", 240, Binding::where);
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String f = filter.getText().strip().toLowerCase(Locale.ROOT);
                Binding b = (Binding) element;
                return f.isEmpty() || (b.command() + " " + b.keys() + " " + b.where()).toLowerCase(Locale.ROOT).contains(f);
            }
        });
        table.setInput(bindings);
        filter.addListener(SWT.Modify, e -> table.refresh());
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Binding, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Binding) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    /** The rows shown now (after the filter). */
    public int shownRows() {
        return table.getTable().getItemCount();
    }
}
