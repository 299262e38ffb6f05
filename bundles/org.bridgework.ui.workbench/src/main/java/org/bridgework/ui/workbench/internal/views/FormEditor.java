package org.bridgework.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bridgework.core.api.Project;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The generic editor: any model element as a form of its attributes (long text as a multi-line field), each
 * change a command on the stack when the field is left or Enter pressed. Area bundles contribute better editors
 * for their elements; this one has the lowest priority. References are shown here and edited in Properties.
 */
public final class FormEditor implements EditorContribution {
    static final String ID = "org.bridgework.ui.workbench.form";

    private final Messages messages;

    public FormEditor(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return messages.get("editor.form");
    }

    @Override
    public ImageDescriptor icon() {
        return null;
    }

    @Override
    public boolean canOpen(Object element) {
        return element instanceof EObject e && e.eResource() != null && !PropertiesView.rows(e).isEmpty();
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public Part createEditor(Composite parent, PartContext context, Object input) {
        return new Form(parent, context, (EObject) input);
    }

    /** The live form. */
    final class Form implements Part {
        private final PartContext context;
        private final EObject element;
        private final ScrolledComposite scroll;
        private final Composite body;
        private final Label heading;
        private final List<Field> fields = new ArrayList<>();

        Form(Composite parent, PartContext context, EObject element) {
            this.context = context;
            this.element = element;
            Color white = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
            scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            scroll.setBackground(white);
            body = new Composite(scroll, SWT.NONE);
            body.setBackground(white);
            body.setBackgroundMode(SWT.INHERIT_FORCE);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(16, 12).spacing(12, 8).applyTo(body);
            heading = new Label(body, SWT.WRAP);
            heading.setFont(context.resources().create(FontDescriptor.createFrom(JFaceResources.getHeaderFont())));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(heading);
            Label kind = new Label(body, SWT.NONE);
            kind.setText(ModelLabels.typeName(element));
            kind.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);

            for (PropertyEditing.Row row : PropertiesView.rows(element)) {
                if (row.feature() instanceof EStructuralFeature feature && !feature.isMany()) {
                    fields.add(new Field(row, feature));
                }
            }
            scroll.setContent(body);
            scroll.addListener(SWT.Resize, e -> resize());
            context.addProjectListener(new ProjectListener() {
                @Override
                public void projectChanged(Project project) {
                    refresh();
                }
            });
            refresh();
        }

        private void resize() {
            int width = scroll.getClientArea().width;
            scroll.setMinSize(body.computeSize(Math.max(width, 360), SWT.DEFAULT));
        }

        void refresh() {
            if (body.isDisposed() || element.eResource() == null) {
                return;
            }
            String name = ((ModelLabels) context.modelLabels()).getName(element);
            heading.setText(name);
            context.setTitle(name);
            for (Field field : fields) {
                field.show();
            }
            body.layout(true, true);
            resize();
        }

        @Override
        public void setFocus() {
            for (Field field : fields) {
                if (field.control != null && field.control.isEnabled() && field.control.setFocus()) {
                    return;
                }
            }
            body.setFocus();
        }

        /** One attribute (or reference, read-only) and its control. */
        private final class Field {
            final PropertyEditing.Row row;
            final EStructuralFeature feature;
            final Control control;
            final boolean multiLine;

            Field(PropertyEditing.Row row, EStructuralFeature feature) {
                this.row = row;
                this.feature = feature;
                Label label = new Label(body, SWT.NONE);
                label.setText(row.name() + ":");
                label.setToolTipText(row.descriptor().getDescription(row.owner()));
                multiLine = row.isLongText();
                GridDataFactory.fillDefaults().align(SWT.BEGINNING, multiLine ? SWT.BEGINNING : SWT.CENTER).indent(0, multiLine ? 3 : 0).applyTo(label);
                boolean editable = row.editable() && feature instanceof EAttribute;
                if (editable && (feature.getEType() instanceof EEnum || isBoolean())) {
                    Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
                    for (Object choice : choices()) {
                        combo.add(String.valueOf(choice));
                    }
                    combo.addListener(SWT.Selection, e -> commit(choices().get(combo.getSelectionIndex())));
                    GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(combo);
                    control = combo;
                } else if (editable) {
                    Text text = new Text(body, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
                    text.addListener(SWT.FocusOut, e -> commitText(text));
                    if (!multiLine) {
                        text.addListener(SWT.DefaultSelection, e -> commitText(text));
                    }
                    text.addListener(SWT.Traverse, e -> {
                        if (multiLine && (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS)) {
                            e.doit = true; // Tab leaves a multi-line field instead of inserting a tab
                        }
                    });
                    GridDataFactory.fillDefaults().grab(true, false).hint(300, multiLine ? 90 : SWT.DEFAULT).applyTo(text);
                    control = text;
                } else {
                    Label value = new Label(body, SWT.WRAP);
                    value.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
                    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(value);
                    control = value;
                }
                control.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                    @Override
                    public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                        e.result = row.name();
                    }
                });
            }

            void show() {
                Object value = element.eGet(feature);
                if (control instanceof Combo combo) {
                    combo.select(choices().indexOf(value));
                } else if (control instanceof Text text) {
                    String shown = value == null ? "" : EcoreUtil.convertToString((EDataType) feature.getEType(), value);
                    if (!text.getText().equals(shown) && !text.isFocusControl()) {
                        text.setText(shown);
                    }
                } else if (control instanceof Label label) {
                    String text = row.descriptor().getLabelProvider(row.owner()).getText(row.descriptor().getPropertyValue(row.owner()));
                    label.setText(text == null || text.isEmpty() ? messages.get("properties.none") : text);
                }
            }

            private void commitText(Text text) {
                if (text.isDisposed()) {
                    return;
                }
                Object current = element.eGet(feature);
                String shown = current == null ? "" : EcoreUtil.convertToString((EDataType) feature.getEType(), current);
                if (text.getText().equals(shown)) {
                    return;
                }
                try {
                    commit(PropertyEditing.convert(feature, text.getText()));
                    context.statusLine().setErrorMessage(null);
                } catch (RuntimeException e) {
                    context.statusLine().setErrorMessage(messages.format("properties.invalid", text.getText(), row.name(), Jobs.message(e)));
                }
            }

            private void commit(Object value) {
                if (!Objects.equals(value, element.eGet(feature))) {
                    PropertyEditing.set(context, element, feature, value);
                }
            }

            private boolean isBoolean() {
                Class<?> type = feature.getEType().getInstanceClass();
                return type == boolean.class || type == Boolean.class;
            }

            private List<Object> choices() {
                List<Object> choices = new ArrayList<>();
                if (isBoolean()) {
                    choices.add(Boolean.TRUE);
                    choices.add(Boolean.FALSE);
                } else {
                    Collection<?> offered = row.descriptor().getChoiceOfValues(row.owner());
                    if (offered != null) {
                        choices.addAll(offered);
                    }
                }
                return choices;
            }
        }
    }
}
