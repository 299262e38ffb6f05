package org.bridgework.ui.criteria.internal;

import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The Criteria view: the project's criteria in order (move up and down) beside the form of the selected one. */
final class CriteriaPart implements Part {

    private static final Messages MESSAGES = Messages.of(CriteriaPart.class);
    final TableViewer viewer;
    final Button up;
    final Button down;
    final Button add;
    final Button remove;
    final CriterionForm form;
    private final PartContext context;
    final ScrolledComposite scroll;

    CriteriaPart(Composite parent, PartContext context, ConsensusService consensus) {
        this.context = context;
        Palette palette = new Palette(context.resources());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(left);
        Composite holder = new Composite(left, SWT.NONE);
        holder.setLayout(columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        // GTK paints cell text in the theme colour otherwise (white on the pale fills under a dark theme)
        org.bridgework.ui.api.CellColors.paintCellForegrounds(viewer.getTable());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setToolTipText(MESSAGES.get("criteria.table.tip"));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(MESSAGES.get("criteria.col.code"), 0, 44, c -> CriterionForm.nn(c.getCode()), null, null);
        column(MESSAGES.get("criteria.col.title"), 3, 120, c -> CriterionForm.nn(c.getTitle()), null, null);
        column(MESSAGES.get("criteria.col.mandatory"), 0, 84, c -> c.isMandatory() ? MESSAGES.get("yes") : MESSAGES.get("no"), null, null);
        column(MESSAGES.get("criteria.col.consensus"), 0, 150, c -> Palette.label(c.getConsensusStatus()),
                c -> palette.fill(c.getConsensusStatus()), c -> palette.text(c.getConsensusStatus()));
        Composite buttons = new Composite(left, SWT.NONE);
        // the buttons wrap onto a second line in a narrow pane (at 1024 x 700 "Move Down" was cut off)
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.pack = false;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        row.spacing = 4;
        buttons.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        add = button(buttons, "criteria.add", e -> add());
        remove = button(buttons, "criteria.remove", e -> remove());
        up = button(buttons, "criteria.up", e -> move(-1));
        down = button(buttons, "criteria.down", e -> move(1));
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                e.doit = false;
                move(e.keyCode == SWT.ARROW_UP ? -1 : 1);
            }
        });

        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new CriterionForm(scroll, context, consensus);
        scroll.setContent(form.body);
        scroll.addListener(SWT.Resize, e -> resize());
        sash.setWeights(45, 55);

        viewer.addSelectionChangedListener(e -> {
            form.show(selected());
            buttons();
            resize();
        });
        context.setSelectionProvider(viewer);
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                input();
            }

            @Override
            public void projectClosed(Project project) {
                input();
            }

            @Override
            public void projectChanged(Project project) {
                viewer.setInput(criteria().toArray());
                form.refresh();
                buttons();
            }
        });
        input();
    }

    private final TableColumnLayout columns = new TableColumnLayout();

    /** A column: weight 0 is a fixed width of {@code width}, else a share of the room, at least {@code width}. */
    private void column(String text, int weight, int width, java.util.function.Function<Criterion, String> label,
            java.util.function.Function<Criterion, Color> fill, java.util.function.Function<Criterion, Color> ink) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
        col.getColumn().setText(text);
        columns.setColumnData(col.getColumn(), weight == 0 ? new ColumnPixelData(width) : new ColumnWeightData(weight, width));
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((Criterion) element);
            }

            @Override
            public Color getBackground(Object element) {
                return fill == null ? null : fill.apply((Criterion) element);
            }

            @Override
            public Color getForeground(Object element) {
                return ink == null ? null : ink.apply((Criterion) element);
            }
        });
    }

    private Button button(Composite parent, String key, org.eclipse.swt.widgets.Listener action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(MESSAGES.get(key));
        b.setToolTipText(MESSAGES.get(key + ".tip"));
        b.addListener(SWT.Selection, action);
        return b;
    }

    private List<Criterion> criteria() {
        return context.project().map(p -> (List<Criterion>) List.copyOf(p.root().getCriteria())).orElse(List.of());
    }

    private void input() {
        viewer.setInput(criteria().toArray());
        List<Criterion> all = criteria();
        if (!all.isEmpty()) {
            viewer.setSelection(new StructuredSelection(all.get(0)), true);
        } else {
            form.show(null);
        }
        buttons();
        resize();
    }

    Criterion selected() {
        return viewer.getStructuredSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Criterion c ? c : null;
    }

    /** Moves the selected criterion one place up (-1) or down (+1), as one command. */
    void move(int delta) {
        Criterion c = selected();
        if (c == null || !(c.eContainer() instanceof GuidanceProject root)) {
            return;
        }
        int index = root.getCriteria().indexOf(c) + delta;
        if (index < 0 || index >= root.getCriteria().size()) {
            return;
        }
        context.editingDomain().ifPresent(d -> context.execute(MoveCommand.create(d, root, GuidancePackage.Literals.GUIDANCE_PROJECT__CRITERIA, c, index)));
        viewer.setSelection(new StructuredSelection(c), true);
    }

    private void buttons() {
        Criterion c = selected();
        int i = c == null || !(c.eContainer() instanceof GuidanceProject root) ? -1 : root.getCriteria().indexOf(c);
        up.setEnabled(i > 0);
        down.setEnabled(i >= 0 && i < criteria().size() - 1);
        add.setEnabled(context.project().isPresent());
        String why = c == null ? null : whyNotRemovable(c);
        remove.setEnabled(c != null && why == null);
        remove.setToolTipText(why == null ? MESSAGES.get("criteria.remove.tip") : why);
    }

    /** A new criterion (next free code and id) after the selected one, or at the end; one command, then selected. */
    void add() {
        context.project().ifPresent(p -> {
            GuidanceProject root = p.root();
            java.util.Set<String> ids = new java.util.HashSet<>();
            root.eAllContents().forEachRemaining(o -> {
                if (o instanceof org.bridgework.model.Identified x && x.getId() != null) {
                    ids.add(x.getId());
                }
            });
            java.util.Set<String> codes = new java.util.HashSet<>();
            root.getCriteria().forEach(c -> codes.add(c.getCode()));
            int n = root.getCriteria().size() + 1;
            while (codes.contains("C" + n) || ids.contains("c" + n)) {
                n++;
            }
            Criterion c = org.bridgework.model.GuidanceFactory.eINSTANCE.createCriterion();
            c.setId("c" + n);
            c.setCode("C" + n);
            c.setTitle(MESSAGES.get("criteria.new.title"));
            c.setStatement(MESSAGES.get("criteria.new.statement"));
            Criterion after = selected();
            int index = after == null ? root.getCriteria().size() : root.getCriteria().indexOf(after) + 1;
            if (context.execute(org.eclipse.emf.edit.command.AddCommand.create(p.editingDomain(), root,
                    GuidancePackage.Literals.GUIDANCE_PROJECT__CRITERIA, c, index))) {
                viewer.setSelection(new StructuredSelection(c), true);
                form.title.setFocus();
                form.title.selectAll();
            }
        });
    }

    /** Removes the selected criterion when nothing refers to it (no round, rating, assessment or other reference). */
    void remove() {
        Criterion c = selected();
        if (c == null || whyNotRemovable(c) != null || !(c.eContainer() instanceof GuidanceProject root)) {
            return;
        }
        int index = root.getCriteria().indexOf(c);
        if (context.execute(org.eclipse.emf.edit.command.RemoveCommand.create(context.editingDomain().orElseThrow(), root,
                GuidancePackage.Literals.GUIDANCE_PROJECT__CRITERIA, c))) {
            List<Criterion> all = criteria();
            if (!all.isEmpty()) {
                viewer.setSelection(new StructuredSelection(all.get(Math.min(index, all.size() - 1))), true);
            }
        }
    }

    /** Why a criterion cannot be removed (it is referred to), or null when it can. */
    static String whyNotRemovable(Criterion c) {
        if (c.eResource() == null) {
            return null;
        }
        java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting> uses = org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer
                .find(c, c.eResource());
        if (uses.isEmpty()) {
            return null;
        }
        return MESSAGES.format("criteria.remove.used", uses.size());
    }

    private void resize() {
        fit(scroll, form.body);
    }

    /** Content as wide as the visible area (at least 360) and as tall as it needs at that width. */
    static void fit(ScrolledComposite scroll, Composite content) {
        scroll.setMinWidth(360);
        for (int pass = 0; pass < 2; pass++) { // again once a scroll bar came or went
            int width = Math.max(360, scroll.getClientArea().width);
            scroll.setMinHeight(content.computeSize(width, SWT.DEFAULT).y);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
