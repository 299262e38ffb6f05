package org.bridgework.ui.workbench.internal.commands;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Edit &gt; Find/Replace... (Ctrl+F): finds and replaces in the text field or styled text that had the focus. It does
 * not block the window; typing replaced in a block editor is applied like typing (one undoable change).
 */
public final class FindReplaceDialog extends Dialog {
    static final int FIND = IDialogConstants.CLIENT_ID + 1;
    static final int REPLACE = IDialogConstants.CLIENT_ID + 2;
    static final int REPLACE_ALL = IDialogConstants.CLIENT_ID + 3;

    private final Control target;
    public Text find;
    public Text replace;
    Button caseSensitive;
    public Label status;

    public FindReplaceDialog(Shell parent, Control target) {
        super(parent);
        this.target = target;
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Find/Replace");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("&Find:");
        find = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(find);
        String selected = selectedText();
        find.setText(selected.contains("\n") ? "" : selected);
        find.selectAll();
        new Label(area, SWT.NONE).setText("R&eplace with:");
        replace = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(replace);
        caseSensitive = new Button(area, SWT.CHECK);
        caseSensitive.setText("&Case sensitive");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(caseSensitive);
        status = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, FIND, "Find &Next", true);
        createButton(parent, REPLACE, "&Replace", false);
        createButton(parent, REPLACE_ALL, "Replace &All", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id) {
            case FIND -> findNext();
            case REPLACE -> replaceOne();
            case REPLACE_ALL -> replaceAll();
            default -> close();
        }
    }

    private String text() {
        return target instanceof StyledText s ? s.getText() : target instanceof Text t ? t.getText() : "";
    }

    private String selectedText() {
        return target instanceof StyledText s ? s.getSelectionText() : target instanceof Text t ? t.getSelectionText() : "";
    }

    private int caret() {
        return target instanceof StyledText s ? s.getSelection().y : target instanceof Text t ? t.getSelection().y : 0;
    }

    private void select(int start, int end) {
        if (target instanceof StyledText s) {
            s.setSelection(start, end);
            s.showSelection();
        } else if (target instanceof Text t) {
            t.setSelection(start, end);
        }
    }

    private int indexOf(String text, String what, int from) {
        if (caseSensitive.getSelection()) {
            return text.indexOf(what, from);
        }
        return text.toLowerCase(Locale.ROOT).indexOf(what.toLowerCase(Locale.ROOT), from);
    }

    /** Selects the next match after the selection, wrapping round to the start. */
    public boolean findNext() {
        String what = find.getText();
        if (what.isEmpty() || target.isDisposed()) {
            return false;
        }
        String text = text();
        int at = indexOf(text, what, caret());
        boolean wrapped = false;
        if (at < 0) {
            at = indexOf(text, what, 0);
            wrapped = true;
        }
        if (at < 0) {
            status.setText("Not found: " + what);
            return false;
        }
        select(at, at + what.length());
        status.setText(wrapped ? "Wrapped to the start" : "");
        return true;
    }

    /** Replaces the selected match (if the selection is one), then finds the next. */
    void replaceOne() {
        String selected = selectedText();
        boolean match = caseSensitive.getSelection() ? selected.equals(find.getText()) : selected.equalsIgnoreCase(find.getText());
        if (match && !selected.isEmpty()) {
            insert(replace.getText());
        }
        findNext();
    }

    /** Replaces every match in one change. */
    public int replaceAll() {
        String what = find.getText();
        if (what.isEmpty() || target.isDisposed()) {
            return 0;
        }
        String text = text();
        StringBuilder out = new StringBuilder();
        int from = 0;
        int count = 0;
        for (int at = indexOf(text, what, 0); at >= 0; at = indexOf(text, what, from)) {
            out.append(text, from, at).append(replace.getText());
            from = at + what.length();
            count++;
        }
        out.append(text.substring(from));
        if (count > 0) {
            select(0, text.length());
            insert(out.toString());
        }
        status.setText(count == 0 ? "Not found: " + what : count + (count == 1 ? " match replaced" : " matches replaced"));
        return count;
    }

    private void insert(String s) {
        if (target instanceof StyledText st && st.getEditable()) {
            st.insert(s);
        } else if (target instanceof Text t && t.getEditable()) {
            t.insert(s);
        }
    }
}
