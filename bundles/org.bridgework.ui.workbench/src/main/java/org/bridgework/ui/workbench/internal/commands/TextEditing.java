package org.bridgework.ui.workbench.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Edit &gt; Cut, Copy, Paste, Delete and Select All on the focused control: a text field, a styled text, a combo, or a
 * tree or table (whose rows are copied as text). The menu's accelerators take the keys before the control does, so
 * these do what the control itself would have done.
 */
public final class TextEditing {

    private TextEditing() {
    }

    static boolean isText(Control c) {
        return c instanceof Text || c instanceof StyledText || c instanceof Combo || c instanceof CCombo;
    }

    static boolean editable(Control c) {
        return switch (c) {
            case Text t -> t.getEditable();
            case StyledText t -> t.getEditable();
            case Combo combo -> (combo.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0;
            case CCombo combo -> combo.getEditable();
            case null, default -> false;
        };
    }

    static boolean hasSelectedText(Control c) {
        return switch (c) {
            case Text t -> t.getSelectionCount() > 0;
            case StyledText t -> t.getSelectionCount() > 0;
            case Combo combo -> combo.getSelection().y > combo.getSelection().x;
            case CCombo combo -> combo.getSelection().y > combo.getSelection().x;
            case null, default -> false;
        };
    }

    static boolean cut(Control c) {
        if (!editable(c)) {
            return false;
        }
        switch (c) {
            case Text t -> t.cut();
            case StyledText t -> t.cut();
            case Combo combo -> combo.cut();
            case CCombo combo -> combo.cut();
            default -> {
                return false;
            }
        }
        return true;
    }

    public static boolean copy(Control c) {
        switch (c) {
            case Text t -> t.copy();
            case StyledText t -> t.copy();
            case Combo combo -> combo.copy();
            case CCombo combo -> combo.copy();
            case Tree tree -> {
                List<String> lines = new ArrayList<>();
                for (TreeItem i : tree.getSelection()) {
                    lines.add(i.getText());
                }
                return toClipboard(c, lines);
            }
            case Table table -> {
                List<String> lines = new ArrayList<>();
                for (TableItem i : table.getSelection()) {
                    List<String> cells = new ArrayList<>();
                    for (int col = 0; col < Math.max(1, table.getColumnCount()); col++) {
                        cells.add(i.getText(col));
                    }
                    lines.add(String.join("\t", cells));
                }
                return toClipboard(c, lines);
            }
            case null, default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean toClipboard(Control c, List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        Clipboard clipboard = new Clipboard(c.getDisplay());
        try {
            clipboard.setContents(new Object[] {String.join(System.lineSeparator(), lines)}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        return true;
    }

    static boolean paste(Control c) {
        if (!editable(c)) {
            return false;
        }
        switch (c) {
            case Text t -> t.paste();
            case StyledText t -> t.paste();
            case Combo combo -> combo.paste();
            case CCombo combo -> combo.paste();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Deletes the selected text, or the character after the caret as the Delete key does. */
    static boolean delete(Control c) {
        if (!editable(c)) {
            return false;
        }
        switch (c) {
            case Text t -> {
                if (t.getSelectionCount() == 0 && t.getCaretPosition() < t.getCharCount()) {
                    t.setSelection(t.getCaretPosition(), t.getCaretPosition() + 1);
                }
                t.insert("");
            }
            case StyledText t -> {
                if (t.getSelectionCount() == 0 && t.getCaretOffset() < t.getCharCount()) {
                    t.setSelection(t.getCaretOffset(), t.getCaretOffset() + 1);
                }
                t.insert("");
                t.setSelection(t.getSelection().x);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static boolean selectAll(Control c) {
        switch (c) {
            case Text t -> t.selectAll();
            case StyledText t -> t.selectAll();
            case Combo combo -> combo.setSelection(new org.eclipse.swt.graphics.Point(0, combo.getText().length()));
            case Tree tree when (tree.getStyle() & org.eclipse.swt.SWT.MULTI) != 0 -> tree.selectAll();
            case Table table when (table.getStyle() & org.eclipse.swt.SWT.MULTI) != 0 -> table.selectAll();
            case null, default -> {
                return false;
            }
        }
        // a viewer learns of the new selection only from an event
        if (c instanceof Tree || c instanceof Table) {
            c.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
        return true;
    }
}
