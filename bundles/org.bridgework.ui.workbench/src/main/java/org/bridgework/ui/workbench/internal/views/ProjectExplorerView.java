package org.bridgework.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bridgework.core.api.Project;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.MappedSelectionProvider;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.PartContextImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Project Explorer: the whole model as a tree through the EMF.Edit item providers (icons and labels from them),
 * the project's children grouped by kind, a filter box, and the selection published to the workbench.
 * Double-click opens an element's editor; selections made elsewhere are revealed.
 */
public final class ProjectExplorerView implements ViewContribution {
    public static final String ID = "org.bridgework.ui.workbench.explorer";
    private static final int FILTER_DELAY_MILLIS = 200;

    private final Messages messages;

    public ProjectExplorerView(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return messages.get("view.explorer");
    }

    @Override
    public ImageDescriptor icon() {
        return Icons.descriptor(Icons.EXPLORER);
    }

    @Override
    public String stack() {
        return Stacks.LEFT;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.ALL);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new Explorer(parent, context);
    }

    /** The live explorer. */
    public final class Explorer implements Part {
        public final Text filter;
        public final TreeViewer viewer;
        private final PartContext context;
        private final NameFilter nameFilter = new NameFilter();
        private final Runnable applyFilter = this::applyFilter;

        Explorer(Composite parent, PartContext context) {
            this.context = context;
            Composite area = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 2).margins(0, 2).applyTo(area);

            filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
            filter.setMessage(messages.get("explorer.filter"));
            filter.setToolTipText(messages.get("explorer.filter.tooltip"));
            filter.getAccessible().addAccessibleListener(new AccessibleAdapter() {
                @Override
                public void getName(AccessibleEvent e) {
                    e.result = messages.get("explorer.filter.tooltip");
                }
            });
            GridDataFactory.fillDefaults().grab(true, false).indent(2, 0).applyTo(filter);

            viewer = new TreeViewer(area, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
            viewer.setUseHashlookup(true);
            viewer.setContentProvider(new ModelContent(true));
            viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels((ModelLabels) context.modelLabels(),
                    context.resources().create(Icons.descriptor(Icons.FOLDER)))));
            viewer.getTree().getAccessible().addAccessibleListener(new AccessibleAdapter() {
                @Override
                public void getName(AccessibleEvent e) {
                    if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                        e.result = messages.get("view.explorer");
                    }
                }
            });
            viewer.addFilter(nameFilter);
            viewer.addDoubleClickListener(event -> {
                Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
                if (element instanceof EObject && context.openEditor(element)) {
                    return;
                }
                if (element != null) {
                    viewer.setExpandedState(element, !viewer.getExpandedState(element));
                }
            });
            context.setSelectionProvider(new MappedSelectionProvider(viewer, e -> e instanceof EObject ? e : null));
            context.addElementMenu(viewer.getTree());
            viewer.getTree().addListener(SWT.KeyDown, e -> {
                if (e.keyCode == SWT.DEL && e.stateMask == 0) {
                    e.doit = false;
                    deleteSelected();
                }
            });

            filter.addListener(SWT.Modify, e -> {
                filter.getDisplay().timerExec(-1, applyFilter);
                filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, applyFilter);
            });
            filter.addListener(SWT.DefaultSelection, e -> applyFilter());
            filter.addListener(SWT.KeyDown, e -> {
                if (e.keyCode == SWT.ARROW_DOWN) {
                    viewer.getTree().setFocus();
                }
            });

            context.selection().addSelectionListener((source, selection) -> {
                if (!ID.equals(source) && selection instanceof IStructuredSelection structured && !structured.isEmpty()
                        && structured.toList().stream().allMatch(EObject.class::isInstance)) {
                    viewer.setSelection(new StructuredSelection(structured.toList()), true);
                }
            });
            context.addProjectListener(new ProjectListener() {
                @Override
                public void projectOpened(Project project) {
                    show(project);
                }

                @Override
                public void projectClosed(Project project) {
                    viewer.setInput(null);
                }

                @Override
                public void projectChanged(Project project) {
                    viewer.refresh();
                }
            });
            context.project().ifPresent(this::show);
        }

        private void show(Project project) {
            viewer.setInput(new ModelContent.Input(project.root()));
            viewer.expandToLevel(2);
        }

        private void applyFilter() {
            if (filter.isDisposed()) {
                return;
            }
            String text = filter.getText().strip().toLowerCase(Locale.ROOT);
            if (text.equals(nameFilter.text)) {
                return;
            }
            nameFilter.text = text;
            viewer.getTree().setRedraw(false);
            try {
                viewer.refresh();
                if (text.isEmpty()) {
                    viewer.collapseAll();
                    viewer.expandToLevel(2);
                } else {
                    viewer.expandAll();
                }
            } finally {
                viewer.getTree().setRedraw(true);
            }
        }

        @Override
        public void setFocus() {
            viewer.getTree().setFocus();
        }

        /** The Delete key: the selected elements and every reference to them, one undoable command. */
        void deleteSelected() {
            List<EObject> elements = PartContextImpl.elements(viewer.getStructuredSelection());
            context.project().ifPresent(p -> {
                if (!elements.isEmpty() && context.execute(org.bridgework.core.api.ElementEdits.delete(p.editingDomain(), elements))) {
                    context.statusLine().setMessage(messages.format("edit.deleted", elements.size()));
                }
            });
        }

        /** Shows elements whose label contains the text, with their ancestors (and the descendants of a match). */
        private final class NameFilter extends ViewerFilter {
            String text = "";

            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                if (text.isEmpty()) {
                    return true;
                }
                return matches(element) || matchesBelow(element, 0) || ancestorMatches(parentElement);
            }

            private boolean matches(Object element) {
                return labelOf(element).toLowerCase(Locale.ROOT).contains(text);
            }

            private boolean matchesBelow(Object element, int depth) {
                if (depth > 12) {
                    return false;
                }
                ModelContent content = (ModelContent) viewer.getContentProvider();
                for (Object child : content.getChildren(element)) {
                    if (matches(child) || matchesBelow(child, depth + 1)) {
                        return true;
                    }
                }
                return false;
            }

            private boolean ancestorMatches(Object parentElement) {
                ModelContent content = (ModelContent) viewer.getContentProvider();
                Object p = parentElement instanceof org.eclipse.jface.viewers.TreePath path ? path.getLastSegment() : parentElement;
                for (int depth = 0; p != null && depth < 12; depth++) {
                    if (!(p instanceof org.bridgework.model.GuidanceProject) && matches(p)) {
                        return true;
                    }
                    p = content.getParent(p);
                }
                return false;
            }

            private String labelOf(Object element) {
                if (element instanceof ModelContent.Folder folder) {
                    return folderLabel(folder);
                }
                return context.modelLabels().getText(element);
            }
        }
    }

    String folderLabel(ModelContent.Folder folder) {
        String key = "explorer.folder." + folder.feature().getName();
        String label = messages.get(key);
        return label.startsWith("!") ? words(folder.feature().getName()) : label;
    }

    /** {@code caseStudies} as {@code Case studies}. */
    public static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Labels with a grey count after folders and a grey id after elements. */
    private final class Labels extends LabelProvider implements IStyledLabelProvider {
        private final ModelLabels model;
        private final Image folderImage;

        Labels(ModelLabels model, Image folderImage) {
            this.model = model;
            this.folderImage = folderImage;
        }

        @Override
        public StyledString getStyledText(Object element) {
            if (element instanceof ModelContent.Folder folder) {
                StyledString text = new StyledString(folderLabel(folder));
                text.append(" (" + folder.children().size() + ")", StyledString.COUNTER_STYLER);
                return text;
            }
            // in a folder the folder says what kind of element it is
            boolean inFolder = element instanceof EObject object && object.eContainer() instanceof org.bridgework.model.GuidanceProject
                    && object.eContainmentFeature() != null && object.eContainmentFeature().isMany();
            return new StyledString(inFolder ? model.getName(element) : model.getText(element));
        }

        @Override
        public Image getImage(Object element) {
            return element instanceof ModelContent.Folder ? folderImage : model.getImage(element);
        }

        @Override
        public String getText(Object element) {
            return getStyledText(element).getString();
        }
    }

    /** The elements a selection holds (for tests). */
    static List<Object> elements(IStructuredSelection selection) {
        return new ArrayList<>(selection.toList());
    }
}
