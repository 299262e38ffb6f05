package org.bridgework.ui.drafting.internal;

import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

/**
 * The outline: a tree of the document's sections with their word count and budget (over budget in red). Drag a section
 * onto another to make it a sub-section, or between two to reorder; Alt+Up and Alt+Down move the selected section among
 * its siblings. Every move is one undoable command. Double-click or Enter opens the section editor.
 */
final class OutlinePart implements Part {

    private static final Messages MESSAGES = Messages.of(OutlinePart.class);

    static final int UP = -1;
    static final int DOWN = 1;

    private final PartContext context;
    final TreeViewer viewer;
    private final Color overBudget;

    OutlinePart(Composite parent, PartContext context) {
        this.context = context;
        this.overBudget = context.resources().create(ColorDescriptor.createFrom(new RGB(180, 0, 20)));
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        // GTK paints cell text in the theme colour otherwise (white on the pale fills under a dark theme)
        org.bridgework.ui.api.CellColors.paintCellForegrounds(viewer.getTree());
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(false);
        tree.setToolTipText("");
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new Sections());

        TreeViewerColumn heading = new TreeViewerColumn(viewer, SWT.LEFT);
        heading.getColumn().setText(MESSAGES.get("outline.column.section"));
        heading.getColumn().setWidth(230);
        heading.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Section s = (Section) element;
                return s.getHeading() == null || s.getHeading().isBlank() ? "(" + s.getId() + ")" : s.getHeading();
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return context.modelLabels().getImage(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip((Section) element, words((Section) element));
            }
        });
        TreeViewerColumn words = new TreeViewerColumn(viewer, SWT.RIGHT);
        words.getColumn().setText(MESSAGES.get("outline.column.words"));
        words.getColumn().setToolTipText(MESSAGES.get("outline.column.words.tip"));
        words.getColumn().setWidth(52);
        words.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Integer.toString(words((Section) element));
            }

            @Override
            public Color getForeground(Object element) {
                return overBudget((Section) element) ? overBudget : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip((Section) element, words((Section) element));
            }
        });
        TreeViewerColumn budget = new TreeViewerColumn(viewer, SWT.RIGHT);
        budget.getColumn().setText(MESSAGES.get("outline.column.budget"));
        budget.getColumn().setToolTipText(MESSAGES.get("outline.column.budget.tip"));
        budget.getColumn().setWidth(56);
        budget.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                int b = ((Section) element).getWordBudget();
                return b > 0 ? Integer.toString(b) : "–";
            }

            @Override
            public Color getForeground(Object element) {
                return overBudget((Section) element) ? overBudget : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip((Section) element, words((Section) element));
            }
        });

        // the heading column takes what the number columns leave
        tree.addListener(SWT.Resize, e -> {
            int rest = tree.getClientArea().width - words.getColumn().getWidth() - budget.getColumn().getWidth();
            heading.getColumn().setWidth(Math.max(120, rest));
        });
        viewer.addDoubleClickListener(e -> openSelected());
        tree.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                e.doit = false;
                move(e.keyCode == SWT.ARROW_UP ? UP : DOWN);
            } else if ((e.stateMask & SWT.ALT) != 0 && e.keyCode == SWT.ARROW_RIGHT) {
                e.doit = false;
                indent();
            } else if ((e.stateMask & SWT.ALT) != 0 && e.keyCode == SWT.ARROW_LEFT) {
                e.doit = false;
                outdent();
            } else if (e.character == SWT.CR) {
                openSelected();
            }
        });
        dragAndDrop();

        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project p) {
                setInput();
            }

            @Override
            public void projectClosed(Project p) {
                setInput();
            }

            @Override
            public void projectChanged(Project p) {
                counts = null;
                if (viewer.getInput() != document()) {
                    setInput();
                } else {
                    viewer.refresh();
                }
            }
        });
        context.setSelectionProvider(viewer);
        context.addElementMenu(viewer.getControl());
        setInput();
    }

    /** Every section's word count, made in one walk when first asked after a change (null: to be made). */
    private java.util.Map<Section, Integer> counts;

    private int words(Section section) {
        if (counts == null) {
            counts = Derived.sectionWordCounts(document());
        }
        Integer known = counts.get(section);
        return known != null ? known : Derived.wordCount(section);
    }

    private boolean overBudget(Section s) {
        return s.getWordBudget() > 0 && words(s) > s.getWordBudget();
    }

    private void setInput() {
        counts = null;
        GuidanceDocument d = document();
        viewer.setInput(d);
        if (d != null) {
            viewer.expandToLevel(2);
        }
    }

    private GuidanceDocument document() {
        return context.project().map(p -> p.root().getDocument()).orElse(null);
    }

    static boolean isOverBudget(Section s) {
        return s.getWordBudget() > 0 && Derived.wordCount(s) > s.getWordBudget();
    }

    private static String tooltip(Section s, int words) {
        if (s.getWordBudget() <= 0) {
            return MESSAGES.format("outline.tip.noBudget", words);
        }
        int diff = words - s.getWordBudget();
        return (diff > 0 ? MESSAGES.format("outline.tip.over", words, s.getWordBudget(), diff) : MESSAGES.format("outline.tip.left", words, s.getWordBudget(), -diff))
                + "\n" + MESSAGES.get("outline.tip.keys");
    }

    Section selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Section s ? s : null;
    }

    private void openSelected() {
        Section s = selected();
        if (s != null) {
            context.openEditor(s);
        }
    }

    /** Moves the selected section up or down among its siblings (undoable); false when it cannot move. */
    boolean move(int delta) {
        Section s = selected();
        if (s == null || context.editingDomain().isEmpty()) {
            return false;
        }
        boolean moved = context.execute(SectionMoves.shift(context.editingDomain().get(), s, delta));
        if (!moved) {
            context.statusLine().setMessage(MESSAGES.format(delta < 0 ? "outline.status.first" : "outline.status.last", s.getHeading()));
        } else {
            viewer.setSelection(new StructuredSelection(s), true);
        }
        return moved;
    }

    /** Alt+Right: the selected section becomes the last sub-section of the section before it (the keyboard's drop "into"). */
    boolean indent() {
        Section s = selected();
        List<Section> siblings = s == null ? null : SectionMoves.siblings(s);
        if (siblings == null || siblings.indexOf(s) == 0 || context.editingDomain().isEmpty()) {
            context.statusLine().setMessage(MESSAGES.get("outline.status.cannotNest"));
            return false;
        }
        Section before = siblings.get(siblings.indexOf(s) - 1);
        return drop(s, before, ViewerDropAdapter.LOCATION_ON);
    }

    /** Alt+Left: the selected sub-section moves out, just after its parent section. */
    boolean outdent() {
        Section s = selected();
        if (s == null || !(s.eContainer() instanceof Section parent) || context.editingDomain().isEmpty()) {
            context.statusLine().setMessage(MESSAGES.get("outline.status.cannotUnnest"));
            return false;
        }
        return drop(s, parent, ViewerDropAdapter.LOCATION_AFTER);
    }

    /** Drops {@code s} relative to {@code target}: before it, after it, or into it as its last sub-section. */
    boolean drop(Section s, Section target, int location) {
        if (context.editingDomain().isEmpty() || s == target) {
            return false;
        }
        Command c;
        if (location == ViewerDropAdapter.LOCATION_ON) {
            c = SectionMoves.moveTo(context.editingDomain().get(), s, target, target.getSections().size());
        } else {
            EObject parent = target.eContainer();
            List<Section> siblings = SectionMoves.siblings(target);
            if (siblings == null) {
                return false;
            }
            int index = siblings.indexOf(target) + (location == ViewerDropAdapter.LOCATION_AFTER ? 1 : 0);
            c = SectionMoves.moveTo(context.editingDomain().get(), s, parent, index);
        }
        boolean moved = context.execute(c);
        if (moved) {
            viewer.setSelection(new StructuredSelection(s), true);
        } else {
            context.statusLine().setMessage(MESSAGES.get("outline.status.intoItself"));
        }
        return moved;
    }

    private void dragAndDrop() {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected() != null;
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                if (!(target instanceof Section t) || !LocalSelectionTransfer.getTransfer().isSupportedType(type)) {
                    return false;
                }
                Object dragged = LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection sel ? sel.getFirstElement() : null;
                // never into itself or one of its own sub-sections
                for (EObject e = t; e != null; e = e.eContainer()) {
                    if (e == dragged) {
                        return false;
                    }
                }
                return dragged instanceof Section;
            }

            @Override
            public boolean performDrop(Object data) {
                Object dragged = LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection sel ? sel.getFirstElement() : null;
                return dragged instanceof Section s && getCurrentTarget() instanceof Section target && OutlinePart.this.drop(s, target, getCurrentLocation());
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Document → sections → sub-sections. */
    private static final class Sections implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof GuidanceDocument d ? d.getSections().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Section s ? s.getSections().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Section s ? s.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Section s && !s.getSections().isEmpty();
        }
    }
}
