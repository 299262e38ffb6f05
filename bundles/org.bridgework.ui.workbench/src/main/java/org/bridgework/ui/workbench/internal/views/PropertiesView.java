package org.bridgework.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bridgework.core.api.Project;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.api.PropertySection;
import org.bridgework.ui.api.PropertySectionPart;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.ContributionRegistry;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.layout.ErrorPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * Properties: the selected element's EMF.Edit property descriptors (General tab), editable in place through the
 * command stack (see {@link PropertyEditing}), plus a tab per contributed {@link PropertySection} that applies.
 */
public final class PropertiesView implements ViewContribution {
    public static final String ID = "org.bridgework.ui.workbench.properties";

    private final Messages messages;
    private final ContributionRegistry registry;

    public PropertiesView(Messages messages, ContributionRegistry registry) {
        this.messages = messages;
        this.registry = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return messages.get("view.properties");
    }

    @Override
    public ImageDescriptor icon() {
        return Icons.descriptor(Icons.PROPERTIES);
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.ALL);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new Sheet(parent, context);
    }

    /** A category of rows (when the descriptors have categories). */
    record Category(String name, List<PropertyEditing.Row> rows) {
    }

    /** The live view. */
    public final class Sheet implements Part {
        public final CLabel header;
        final CTabFolder tabs;
        final CTabItem general;
        public final TreeViewer viewer;
        private final PartContext context;
        private final Map<PropertySection, Section> sections = new LinkedHashMap<>();
        private final ContributionRegistry.Listener registryListener;
        private EObject input;

        Sheet(Composite parent, PartContext context) {
            this.context = context;
            Composite area = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
            header = new CLabel(area, SWT.NONE);
            header.setMargins(6, 3, 6, 3);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(header);

            tabs = new CTabFolder(area, SWT.BOTTOM | SWT.FLAT);
            tabs.setSimple(true);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
            general = new CTabItem(tabs, SWT.NONE);
            general.setText(messages.get("properties.general"));
            Composite holder = new Composite(tabs, SWT.NONE);
            TreeColumnLayout columns = new TreeColumnLayout();
            holder.setLayout(columns);
            general.setControl(holder);
            tabs.setSelection(general);

            viewer = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
            // the element shown (not the property row) is what New, Duplicate, Rename and Delete act on
            context.addElementMenu(viewer.getTree(), () -> input == null ? java.util.List.of() : java.util.List.of(input));
            viewer.getTree().setHeaderVisible(true);
            viewer.getTree().setLinesVisible(true);
            viewer.getTree().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                @Override
                public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                    if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                        e.result = messages.get("view.properties");
                    }
                }
            });
            viewer.setContentProvider(new Content());
            ColumnViewerToolTipSupport.enableFor(viewer);
            // keyboard: arrows move between cells, Enter or F2 edits the value
            TreeViewerFocusCellManager focus = new TreeViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
            ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
                @Override
                protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                    return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                            || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                            || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
                            || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
                                    && (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
                }
            };
            TreeViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                    | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);

            Color grey = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
            TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
            name.getColumn().setText(messages.get("properties.column.property"));
            columns.setColumnData(name.getColumn(), new ColumnWeightData(30, 120, true));
            name.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof Category c ? c.name() : ((PropertyEditing.Row) element).name();
                }

                @Override
                public String getToolTipText(Object element) {
                    return element instanceof PropertyEditing.Row row ? row.descriptor().getDescription(row.owner()) : null;
                }
            });
            TreeViewerColumn value = new TreeViewerColumn(viewer, SWT.LEFT);
            value.getColumn().setText(messages.get("properties.column.value"));
            columns.setColumnData(value.getColumn(), new ColumnWeightData(70, 160, true));
            value.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    if (!(element instanceof PropertyEditing.Row row)) {
                        return "";
                    }
                    // enumerations and dates in words, as everywhere else; references and text as the item providers say
                    if (row.feature() instanceof org.eclipse.emf.ecore.EAttribute a && row.owner() instanceof org.eclipse.emf.ecore.EObject o) {
                        String human = ModelLabels.value(o.eGet(a));
                        if (human != null && !(o.eGet(a) instanceof java.util.Collection<?> c && c.stream().anyMatch(x -> ModelLabels.value(x) == null))) {
                            return human;
                        }
                    }
                    Object v = row.descriptor().getPropertyValue(row.owner());
                    String text = row.descriptor().getLabelProvider(row.owner()).getText(v);
                    return text == null ? "" : text.replace('\n', ' ');
                }

                @Override
                public Image getImage(Object element) {
                    if (!(element instanceof PropertyEditing.Row row) || !(row.feature() instanceof org.eclipse.emf.ecore.EReference)) {
                        return null;
                    }
                    Object image = row.descriptor().getLabelProvider(row.owner()).getImage(row.descriptor().getPropertyValue(row.owner()));
                    ImageDescriptor d = ModelLabels.descriptor(image);
                    return d == null ? null : context.resources().create(d);
                }

                @Override
                public Color getForeground(Object element) {
                    return element instanceof PropertyEditing.Row row && !row.editable() ? grey : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    return element instanceof PropertyEditing.Row row && row.editable() ? messages.get("properties.edit.tooltip") : null;
                }
            });
            value.setEditingSupport(new PropertyEditing(viewer, context, messages));

            context.selection().addSelectionListener((source, selection) -> {
                if (!ID.equals(source)) {
                    Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
                    setInput(first instanceof EObject e ? e : null);
                }
            });
            context.addProjectListener(new ProjectListener() {
                @Override
                public void projectChanged(Project project) {
                    if (input != null && input.eResource() == null) {
                        setInput(null); // deleted (or its creation undone)
                    } else {
                        refresh();
                    }
                }

                @Override
                public void projectClosed(Project project) {
                    setInput(null);
                }
            });
            registryListener = new ContributionRegistry.Listener() {
                @Override
                public void added(ContributionRegistry.Kind kind, Object contribution) {
                    later(() -> updateSections());
                }

                @Override
                public void removed(ContributionRegistry.Kind kind, Object contribution) {
                    later(() -> updateSections());
                }
            };
            registry.addListener(registryListener);
            Object first = context.selection().getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null;
            setInput(first instanceof EObject e ? e : null);
        }

        private void later(Runnable task) {
            if (!tabs.isDisposed()) {
                tabs.getDisplay().asyncExec(() -> {
                    if (!tabs.isDisposed()) {
                        task.run();
                    }
                });
            }
        }

        public EObject input() {
            return input;
        }

        void setInput(EObject element) {
            input = element;
            if (element == null) {
                header.setText(messages.get("properties.nothing"));
                header.setImage(null);
            } else {
                header.setText(((ModelLabels) context.modelLabels()).getName(element) + "  \u2014  " + ModelLabels.typeName(element));
                header.setImage(context.modelLabels().getImage(element));
            }
            viewer.setInput(element);
            viewer.expandAll();
            updateSections();
        }

        void refresh() {
            if (input != null) {
                header.setText(((ModelLabels) context.modelLabels()).getName(input) + "  \u2014  " + ModelLabels.typeName(input));
            }
            viewer.refresh();
        }

        /** Tabs for the contributed sections that apply to the input; others removed. */
        private void updateSections() {
            List<PropertySection> installed = registry.propertySections();
            for (Map.Entry<PropertySection, Section> entry : List.copyOf(sections.entrySet())) {
                if (!installed.contains(entry.getKey()) || input == null || !applies(entry.getKey(), input)) {
                    entry.getValue().dispose();
                    sections.remove(entry.getKey());
                }
            }
            if (input != null) {
                List<PropertySection> applicable = new ArrayList<>();
                for (PropertySection section : installed) {
                    if (applies(section, input)) {
                        applicable.add(section);
                    }
                }
                applicable.sort(Comparator.comparingInt(PropertySection::rank).thenComparing(PropertySection::label));
                for (PropertySection section : applicable) {
                    Section live = sections.computeIfAbsent(section, s -> new Section(s));
                    live.setInput(input);
                }
            }
            if (tabs.getSelection() == null) {
                tabs.setSelection(general);
            }
        }

        private boolean applies(PropertySection section, Object element) {
            try {
                return section.appliesTo(element);
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        /** A contributed section's tab. */
        private final class Section {
            final CTabItem item;
            final Composite host;
            PropertySectionPart part;

            Section(PropertySection section) {
                item = new CTabItem(tabs, SWT.NONE);
                item.setText(section.label());
                host = new Composite(tabs, SWT.NONE);
                host.setLayout(new FillLayout());
                item.setControl(host);
                try {
                    part = section.createSection(host, context);
                } catch (Exception | LinkageError e) {
                    for (var child : host.getChildren()) {
                        child.dispose();
                    }
                    new ErrorPart(host, messages, messages.format("part.section", section.label()), e);
                }
            }

            void setInput(Object element) {
                if (part != null) {
                    try {
                        part.setInput(element);
                    } catch (RuntimeException | LinkageError e) {
                        part = null;
                    }
                }
            }

            void dispose() {
                try {
                    if (part != null) {
                        part.dispose();
                    }
                } catch (RuntimeException | LinkageError e) {
                    // the section's bundle is going away
                }
                item.dispose();
                host.dispose();
            }
        }

        @Override
        public void setFocus() {
            viewer.getTree().setFocus();
        }

        @Override
        public void dispose() {
            registry.removeListener(registryListener);
            for (Section section : sections.values()) {
                section.dispose();
            }
            sections.clear();
        }
    }

    /** Rows of an element, grouped by category when there are categories. */
    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof EObject owner)) {
                return new Object[0];
            }
            List<PropertyEditing.Row> rows = rows(owner);
            Map<String, List<PropertyEditing.Row>> byCategory = new LinkedHashMap<>();
            for (PropertyEditing.Row row : rows) {
                String category = row.descriptor().getCategory(owner);
                byCategory.computeIfAbsent(category == null ? "" : category, k -> new ArrayList<>()).add(row);
            }
            if (byCategory.size() <= 1) {
                return rows.toArray();
            }
            List<Object> result = new ArrayList<>(byCategory.getOrDefault("", List.of()));
            byCategory.forEach((name, list) -> {
                if (!name.isEmpty()) {
                    result.add(new Category(name, list));
                }
            });
            return result.toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof Category c ? c.rows().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category;
        }
    }

    /** The element's property descriptors as rows. */
    static List<PropertyEditing.Row> rows(EObject owner) {
        var factory = ModelLabels.adapterFactory(owner);
        if (factory == null) {
            return List.of();
        }
        IItemPropertySource source = (IItemPropertySource) factory.adapt(owner, IItemPropertySource.class);
        if (source == null) {
            return List.of();
        }
        List<PropertyEditing.Row> rows = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
            rows.add(new PropertyEditing.Row(owner, descriptor));
        }
        return rows;
    }
}
