package org.bridgework.ui.api;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * In-place editing of a table or tree cell, for the common cases: free text, and one choice of a list. The editor
 * only reads and hands the new value to {@code commit}, which should change the model through
 * {@link WorkbenchContext#execute} (one undoable command per edit).
 *
 * <pre>{@code
 * column.setEditingSupport(CellEditing.text(viewer, o -> ((Outcome) o).getValue(),
 *         (o, text) -> context.execute(SetCommand.create(domain, o, VALUE, text))));
 * }</pre>
 *
 * @since 1.1
 */
public final class CellEditing {

    private CellEditing() {
    }

    /**
     * A text cell: {@code value} gives the text shown in the editor (null shows as empty), {@code commit} gets what
     * the user typed when it differs.
     */
    public static EditingSupport text(ColumnViewer viewer, Function<Object, String> value, BiConsumer<Object, String> commit) {
        return text(viewer, value, commit, element -> true);
    }

    /** {@link #text(ColumnViewer, Function, BiConsumer)} for the elements {@code editable} accepts. */
    public static EditingSupport text(ColumnViewer viewer, Function<Object, String> value, BiConsumer<Object, String> commit,
            Predicate<Object> editable) {
        TextCellEditor editor = new TextCellEditor((Composite) viewer.getControl());
        return new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable.test(element);
            }

            @Override
            protected Object getValue(Object element) {
                return Objects.requireNonNullElse(value.apply(element), "");
            }

            @Override
            protected void setValue(Object element, Object typed) {
                String text = (String) typed;
                if (!text.equals(getValue(element))) {
                    commit.accept(element, text);
                }
            }
        };
    }

    /**
     * A read-only choice: {@code labels} is asked each time the editor opens (so the choices may follow the model),
     * {@code selected} gives the index of the element's current choice (-1 for none), {@code commit} gets the index
     * chosen when it differs.
     */
    public static EditingSupport choice(ColumnViewer viewer, Supplier<List<String>> labels, ToIntFunction<Object> selected,
            IndexConsumer commit) {
        return choice(viewer, labels, selected, commit, element -> true);
    }

    /** {@link #choice(ColumnViewer, Supplier, ToIntFunction, IndexConsumer)} for the elements {@code editable} accepts. */
    public static EditingSupport choice(ColumnViewer viewer, Supplier<List<String>> labels, ToIntFunction<Object> selected,
            IndexConsumer commit, Predicate<Object> editable) {
        ComboBoxCellEditor editor = new ComboBoxCellEditor((Composite) viewer.getControl(), new String[0], SWT.READ_ONLY);
        return new EditingSupport(viewer) {
            private int count;

            @Override
            protected CellEditor getCellEditor(Object element) {
                List<String> items = labels.get();
                count = items.size();
                editor.setItems(items.toArray(String[]::new));
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable.test(element);
            }

            @Override
            protected Object getValue(Object element) {
                return selected.applyAsInt(element);
            }

            @Override
            protected void setValue(Object element, Object chosen) {
                int index = chosen instanceof Integer i ? i : -1;
                if (index >= 0 && index < count && index != selected.applyAsInt(element)) {
                    commit.accept(element, index);
                }
            }
        };
    }

    /** Takes the element edited and the index chosen. */
    @FunctionalInterface
    public interface IndexConsumer {
        void accept(Object element, int index);
    }
}
