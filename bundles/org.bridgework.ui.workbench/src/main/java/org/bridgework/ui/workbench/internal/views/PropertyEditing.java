package org.bridgework.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * In-place editing of EMF.Edit property descriptors in the Properties view: a text field for strings, numbers
 * and dates, a drop-down for enumerations, booleans and single references (the descriptor's choice of values),
 * a dialog for long text, lists of values and many-valued references. Every change is a {@link SetCommand} on the
 * project's command stack.
 */
public final class PropertyEditing extends EditingSupport {

    /** A row of the Properties view: one descriptor of one element. */
    public record Row(EObject owner, IItemPropertyDescriptor descriptor) {
        Object feature() {
            return descriptor.getFeature(owner);
        }

        public String name() {
            return descriptor.getDisplayName(owner);
        }

        /** Text to edit in a multi-line field: the descriptor says so, or it is a description-like attribute, or already long. */
        boolean isLongText() {
            if (!(feature() instanceof EAttribute attribute) || attribute.isMany() || attribute.getEType().getInstanceClass() != String.class) {
                return false;
            }
            Object value = owner.eGet(attribute);
            return descriptor.isMultiLine(owner) || LONG_TEXT.contains(attribute.getName())
                    || value instanceof String text && (text.length() > 80 || text.contains("\n"));
        }

        boolean editable() {
            return descriptor.canSetProperty(owner) && feature() instanceof EStructuralFeature f && f.isChangeable() && !f.isDerived();
        }
    }

    /** Attributes that hold prose. */
    static final java.util.Set<String> LONG_TEXT = java.util.Set.of("description", "text", "statement", "rationale", "summary", "purpose",
            "note", "abstractText", "definition", "response", "audienceNotes", "evidenceExpected", "populationServed", "referralRoute",
            "funding", "staffing", "caption", "sourceNote");

    /** "No value" in a drop-down (JFace's combo cell editor cannot hold null). */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    private final PartContext context;
    private final Messages messages;
    private final ILabelProvider labels;

    PropertyEditing(ColumnViewer viewer, PartContext context, Messages messages) {
        super(viewer);
        this.context = context;
        this.messages = messages;
        this.labels = context.modelLabels();
    }

    @Override
    protected boolean canEdit(Object element) {
        return element instanceof Row row && row.editable();
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        Row row = (Row) element;
        Composite parent = (Composite) getViewer().getControl();
        EStructuralFeature feature = (EStructuralFeature) row.feature();
        if (feature.isMany()) {
            return feature instanceof EReference ? new ChooseCellEditor(parent, row) : new LinesCellEditor(parent, row, true);
        }
        if (feature instanceof EReference || feature.getEType() instanceof EEnum || isBoolean(feature)) {
            ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
            combo.setContentProvider(ArrayContentProvider.getInstance());
            combo.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return value == null || value == NONE ? messages.get("properties.none") : value instanceof EObject ? labels.getText(value) : value.toString();
                }
            });
            combo.setInput(choices(row));
            combo.setActivationStyle(ComboBoxViewerCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION);
            return combo;
        }
        if (row.isLongText()) {
            return new LinesCellEditor(parent, row, false);
        }
        return new TextCellEditor(parent);
    }

    @Override
    protected Object getValue(Object element) {
        Row row = (Row) element;
        EStructuralFeature feature = (EStructuralFeature) row.feature();
        Object value = row.owner().eGet(feature);
        if (feature.isMany() || feature instanceof EReference || feature.getEType() instanceof EEnum || isBoolean(feature)) {
            return value == null && !feature.isMany() ? NONE : value;
        }
        if (row.isLongText()) {
            return value;
        }
        return value == null ? "" : EcoreUtil.convertToString((EDataType) feature.getEType(), value);
    }

    @Override
    protected void setValue(Object element, Object value) {
        Row row = (Row) element;
        EStructuralFeature feature = (EStructuralFeature) row.feature();
        if (value == NONE) {
            value = null;
        }
        Object newValue;
        try {
            newValue = convert(feature, value);
        } catch (RuntimeException e) {
            context.statusLine().setErrorMessage(messages.format("properties.invalid", value, row.name(), Jobs.message(e)));
            return;
        }
        if (Objects.equals(newValue, row.owner().eGet(feature))) {
            return;
        }
        context.statusLine().setErrorMessage(null);
        set(context, row.owner(), feature, newValue);
    }

    /** Sets a feature through the project's command stack (undoable); false when nothing could be set. */
    public static boolean set(PartContext context, EObject owner, EStructuralFeature feature, Object value) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
        if (domain == null) {
            return false;
        }
        Command command = SetCommand.create(domain, owner, feature, value);
        return context.execute(command);
    }

    /** The text of a cell editor as the feature's value. */
    static Object convert(EStructuralFeature feature, Object value) {
        if (feature.isMany() || feature instanceof EReference || !(value instanceof String text)) {
            return value;
        }
        EDataType type = (EDataType) feature.getEType();
        if (type instanceof EEnum) {
            return value;
        }
        if (text.isEmpty() && type.getInstanceClass() != String.class) {
            if (type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
                throw new IllegalArgumentException("a value is needed");
            }
            return null;
        }
        return EcoreUtil.createFromString(type, text);
    }

    private List<Object> choices(Row row) {
        EStructuralFeature feature = (EStructuralFeature) row.feature();
        List<Object> choices = new ArrayList<>();
        if (isBoolean(feature)) {
            choices.add(Boolean.TRUE);
            choices.add(Boolean.FALSE);
            return choices;
        }
        Collection<?> offered = row.descriptor().getChoiceOfValues(row.owner());
        if (offered != null) {
            choices.addAll(offered);
        }
        boolean optional = feature instanceof EReference && !feature.isRequired() || choices.contains(null);
        choices.removeIf(java.util.Objects::isNull);
        if (optional && !feature.isMany()) {
            choices.add(0, NONE);
        }
        return choices;
    }

    private static boolean isBoolean(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == boolean.class || type == Boolean.class;
    }

    /** Long text or a list of values (one per line) in a dialog. */
    private final class LinesCellEditor extends DialogCellEditor {
        private final Row row;
        private final boolean many;

        LinesCellEditor(Composite parent, Row row, boolean many) {
            super(parent);
            this.row = row;
            this.many = many;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            Object value = getValue();
            String text;
            if (many) {
                List<String> lines = new ArrayList<>();
                for (Object item : value instanceof Collection<?> c ? c : List.of()) {
                    lines.add(EcoreUtil.convertToString((EDataType) ((EStructuralFeature) row.feature()).getEType(), item));
                }
                text = String.join("\n", lines);
            } else {
                text = value == null ? "" : value.toString();
            }
            TextDialog dialog = new TextDialog(cellEditorWindow.getShell(), row.name(),
                    messages.get(many ? "properties.lines.hint" : "properties.text.hint"), text);
            if (dialog.open() != Dialog.OK) {
                return null;
            }
            if (!many) {
                return dialog.text;
            }
            List<Object> values = new ArrayList<>();
            EDataType type = (EDataType) ((EStructuralFeature) row.feature()).getEType();
            for (String line : dialog.text.split("\\R")) {
                if (!line.isBlank()) {
                    values.add(EcoreUtil.createFromString(type, line.strip()));
                }
            }
            return values;
        }

        @Override
        protected void updateContents(Object value) {
            if (getDefaultLabel() != null) {
                getDefaultLabel().setText(row.descriptor().getLabelProvider(row.owner()).getText(row.descriptor().getPropertyValue(row.owner())));
            }
        }
    }

    /** Many-valued references: a check list of the descriptor's choice of values. */
    private final class ChooseCellEditor extends DialogCellEditor {
        private final Row row;

        ChooseCellEditor(Composite parent, Row row) {
            super(parent);
            this.row = row;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            List<Object> offered = new ArrayList<>(choices(row));
            offered.remove(NONE);
            Object current = getValue();
            ChooseDialog dialog = new ChooseDialog(cellEditorWindow.getShell(), row.name(), offered,
                    current instanceof Collection<?> c ? new ArrayList<>(c) : List.of());
            return dialog.open() == Dialog.OK ? dialog.chosen : null;
        }

        @Override
        protected void updateContents(Object value) {
            if (getDefaultLabel() != null) {
                getDefaultLabel().setText(row.descriptor().getLabelProvider(row.owner()).getText(row.descriptor().getPropertyValue(row.owner())));
            }
        }
    }

    /** A dialog with one multi-line text field. */
    final class TextDialog extends Dialog {
        private final String title;
        private final String hint;
        String text;
        Text field;

        TextDialog(Shell parent, String title, String hint, String text) {
            super(parent);
            this.title = title;
            this.hint = hint;
            this.text = text;
        }

        @Override
        protected boolean isResizable() {
            return true;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Label label = new Label(area, SWT.WRAP);
            label.setText(hint);
            field = new Text(area, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
            field.setText(text == null ? "" : text);
            field.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                @Override
                public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                    e.result = title;
                }
            });
            GridDataFactory.fillDefaults().grab(true, true).hint(480, 200).applyTo(field);
            return area;
        }

        @Override
        protected void okPressed() {
            text = field.getText();
            super.okPressed();
        }
    }

    /** A dialog to tick the elements a many-valued reference holds. */
    final class ChooseDialog extends Dialog {
        private final String title;
        private final List<Object> offered;
        private final List<Object> initial;
        List<Object> chosen;
        CheckboxTableViewer list;

        ChooseDialog(Shell parent, String title, List<Object> offered, List<Object> initial) {
            super(parent);
            this.title = title;
            this.offered = offered;
            this.initial = initial;
        }

        @Override
        protected boolean isResizable() {
            return true;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Label label = new Label(area, SWT.WRAP);
            label.setText(messages.format("properties.choose.hint", title));
            list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
            list.setContentProvider(ArrayContentProvider.getInstance());
            list.setLabelProvider(labels);
            list.setInput(offered);
            list.setCheckedElements(initial.toArray());
            if (!initial.isEmpty()) {
                list.setSelection(new StructuredSelection(initial.get(0)), true);
            }
            GridDataFactory.fillDefaults().grab(true, true).hint(420, 260).applyTo(list.getControl());
            return area;
        }

        @Override
        protected void okPressed() {
            // keep the order of the current value, then the newly ticked ones in list order
            List<Object> checked = List.of(list.getCheckedElements());
            chosen = new ArrayList<>();
            for (Object o : initial) {
                if (checked.contains(o)) {
                    chosen.add(o);
                }
            }
            for (Object o : checked) {
                if (!chosen.contains(o)) {
                    chosen.add(o);
                }
            }
            super.okPressed();
        }
    }

    static boolean isAttribute(Row row) {
        return row.feature() instanceof EAttribute;
    }
}
