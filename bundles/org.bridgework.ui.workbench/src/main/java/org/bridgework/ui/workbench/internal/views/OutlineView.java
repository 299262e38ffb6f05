package org.bridgework.ui.workbench.internal.views;

import java.util.Set;

import org.bridgework.core.api.Project;
import org.bridgework.model.Block;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.Messages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Outline: the guidance document's sections as a tree, each with its word count against its budget (over budget
 * in the error style). Selecting a section selects it everywhere; double-click opens it; a selected block
 * elsewhere highlights its section here.
 */
public final class OutlineView implements ViewContribution {
    public static final String ID = "org.bridgework.ui.workbench.outline";

    private final Messages messages;

    public OutlineView(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return messages.get("view.outline");
    }

    @Override
    public ImageDescriptor icon() {
        return Icons.descriptor(Icons.OUTLINE);
    }

    @Override
    public String stack() {
        return Stacks.RIGHT;
    }

    @Override
    public Set<String> perspectives() {
        // not Drafting: its Sections view shows the same tree (with word counts), so the Outline would repeat it
        return Set.of(Perspectives.SCOPE, Perspectives.REVIEW, Perspectives.ASSEMBLY);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new Outline(parent, context);
    }

    /** Every section's word count, made in one walk when first asked after a change (null: to be made). UI thread. */
    private java.util.Map<Section, Integer> counts;
    private GuidanceDocument counted;

    private int words(Section section) {
        GuidanceDocument document = section.eContainer() instanceof GuidanceDocument d ? d : null;
        for (org.eclipse.emf.ecore.EObject up = section.eContainer(); document == null && up != null; up = up.eContainer()) {
            if (up instanceof GuidanceDocument d) {
                document = d;
            }
        }
        if (counts == null || counted != document) {
            counts = Derived.sectionWordCounts(document);
            counted = document;
        }
        Integer known = counts.get(section);
        return known != null ? known : section.getWordCount();
    }

    /** The live view. */
    final class Outline implements Part {
        final TreeViewer viewer;
        final Label title;

        Outline(Composite parent, PartContext context) {
            Composite area = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 2).margins(0, 2).applyTo(area);
            title = new Label(area, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).applyTo(title);
            viewer = new TreeViewer(area, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
            viewer.setContentProvider(new Sections());
            viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels(context)));
            viewer.getTree().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                @Override
                public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                    if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                        e.result = messages.get("view.outline");
                    }
                }
            });
            viewer.addDoubleClickListener(e -> {
                Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
                if (element != null && !context.openEditor(element)) {
                    viewer.setExpandedState(element, !viewer.getExpandedState(element));
                }
            });
            context.setSelectionProvider(viewer);
            context.addElementMenu(viewer.getTree());
            context.selection().addSelectionListener((source, selection) -> {
                if (ID.equals(source) || !(selection instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof EObject e)) {
                    return;
                }
                Section section = sectionOf(e);
                if (section != null) {
                    viewer.setSelection(new StructuredSelection(section), true);
                }
            });
            context.addProjectListener(new ProjectListener() {
                @Override
                public void projectOpened(Project project) {
                    show(project);
                }

                @Override
                public void projectChanged(Project project) {
                    counts = null;
                    viewer.refresh();
                    updateTitle(project.root().getDocument());
                }

                @Override
                public void projectClosed(Project project) {
                    viewer.setInput(null);
                    title.setText(messages.get("outline.noProject"));
                }
            });
            context.project().ifPresentOrElse(this::show, () -> title.setText(messages.get("outline.noProject")));
        }

        private void show(Project project) {
            counts = null;
            GuidanceDocument document = project.root().getDocument();
            viewer.setInput(document);
            viewer.expandToLevel(2);
            updateTitle(document);
        }

        private void updateTitle(GuidanceDocument document) {
            if (title.isDisposed()) {
                return;
            }
            if (document == null) {
                title.setText(messages.get("outline.noDocument"));
            } else {
                int target = document.getLengthTargetWords();
                String name = document.getTitle() == null ? "" : document.getTitle();
                int words = 0;
                for (Section section : document.getSections()) {
                    words += words(section);
                }
                title.setText(target > 0 ? messages.format("outline.title.target", name, words, target)
                        : messages.format("outline.title", name, words));
            }
            title.getParent().layout();
        }

        @Override
        public void setFocus() {
            viewer.getTree().setFocus();
        }
    }

    /** The section an element belongs to (itself, or the section of a block). */
    static Section sectionOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Section section) {
                return section;
            }
            if (!(e instanceof Block)) {
                return null;
            }
        }
        return null;
    }

    private static final class Sections implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof GuidanceDocument document ? document.getSections().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof Section section ? section.getSections().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Section section && !(section.eContainer() instanceof GuidanceProject) ? section.eContainer() instanceof Section s ? s : null : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Section section && !section.getSections().isEmpty();
        }
    }

    private final class Labels extends LabelProvider implements IStyledLabelProvider {
        private final PartContext context;

        Labels(PartContext context) {
            this.context = context;
        }

        @Override
        public StyledString getStyledText(Object element) {
            if (!(element instanceof Section section)) {
                return new StyledString(String.valueOf(element));
            }
            String heading = section.getHeading() == null || section.getHeading().isBlank() ? section.getId() : section.getHeading();
            StyledString text = new StyledString(heading);
            int words = words(section);
            int budget = section.getWordBudget();
            String count = budget > 0 ? messages.format("outline.words.budget", words, budget) : messages.format("outline.words", words);
            text.append("  " + count, budget > 0 && words > budget ? StyledString.createColorRegistryStyler(
                    org.eclipse.jface.preference.JFacePreferences.ERROR_COLOR, null) : StyledString.COUNTER_STYLER);
            return text;
        }

        @Override
        public Image getImage(Object element) {
            return context.modelLabels().getImage(element);
        }

        @Override
        public String getText(Object element) {
            return getStyledText(element).getString();
        }
    }
}
