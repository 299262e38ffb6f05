package org.bridgework.ui.criteria.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.AssessmentMatrix;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.CellEditing;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The assessment matrix: case studies × criteria, each cell met / partly met / not met / unknown in its colour and
 * words, and the derived "model of good practice" column. A click on a cell (or Enter, Space or F2 on the focused
 * cell; arrow keys move between cells) opens a choice of results; the choice is one undoable command.
 */
final class AssessmentPart implements Part {

    private static final Messages MESSAGES = Messages.of(AssessmentPart.class);
    /** The choices of a cell, in this order. */
    static final List<AssessmentResult> CHOICES = List.of(AssessmentResult.MET, AssessmentResult.PARTLY_MET, AssessmentResult.NOT_MET,
            AssessmentResult.UNKNOWN);

    private final PartContext context;
    private final ConsensusService consensus;
    private final Palette palette;
    final TableViewer viewer;
    final Label cell;
    final Text rationale;
    /** The cell whose details are shown: a case study and a criterion column index, or null. */
    private CaseStudy detailsCase;
    private int detailsColumn = -1;
    private List<String> columns = List.of();
    private AssessmentMatrix matrix;
    private final Map<String, AssessmentMatrix.Row> rows = new HashMap<>();

    AssessmentPart(Composite parent, PartContext context, ConsensusService consensus) {
        this.context = context;
        this.consensus = consensus;
        this.palette = new Palette(context.resources());
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        // GTK paints cell text in the theme colour otherwise (white on the pale fills under a dark theme)
        org.bridgework.ui.api.CellColors.paintCellForegrounds(viewer.getTable());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setToolTipText(MESSAGES.get("assess.tip"));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer) {
            @Override
            protected void focusCellChanged(ViewerCell newCell, ViewerCell oldCell) {
                super.focusCellChanged(newCell, oldCell);
                showDetails(newCell == null ? null : (CaseStudy) newCell.getElement(), newCell == null ? -1 : newCell.getColumnIndex() - 1);
            }
        });
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.character == ' ' || e.keyCode == SWT.F2);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        Composite details = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(details);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        cell = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(380, SWT.DEFAULT).applyTo(cell);
        Label r = new Label(details, SWT.NONE);
        r.setText(MESSAGES.get("assess.rationale"));
        rationale = new Text(details, SWT.SINGLE | SWT.BORDER);
        rationale.setToolTipText(MESSAGES.get("assess.rationale.tip"));
        r.setToolTipText(rationale.getToolTipText());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(rationale);
        rationale.addListener(SWT.FocusOut, e -> commitRationale());
        rationale.addListener(SWT.DefaultSelection, e -> commitRationale());
        showDetails(null, -1);
        context.setSelectionProvider(viewer);
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                refresh();
            }

            @Override
            public void projectClosed(Project project) {
                refresh();
            }

            @Override
            public void projectChanged(Project project) {
                refresh();
            }
        });
        refresh();
    }

    /** Recomputes the matrix (derived flags included); rebuilds the columns when the criteria changed. */
    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        matrix = root == null ? null : consensus.assessments(root);
        rows.clear();
        List<String> ids = List.of();
        if (matrix != null) {
            matrix.rows().forEach(r -> rows.put(r.caseStudyId(), r));
            ids = matrix.criteria().stream().map(c -> c.criterionId() + (c.mandatory() ? "*" : "") + (c.applicable() ? "" : "x") + c.code()).toList();
        }
        if (!ids.equals(columns)) {
            columns = ids;
            viewer.getTable().setRedraw(false);
            for (TableColumn c : viewer.getTable().getColumns()) {
                c.dispose();
            }
            buildColumns();
            viewer.getTable().setRedraw(true);
        }
        viewer.setInput(root == null ? new Object[0] : root.getCaseStudies().toArray());
        viewer.refresh();
        showDetails(detailsCase, detailsColumn);
    }

    /** Shows the rationale of one cell (a case study against the criterion of a column); null or -1 for none. */
    void showDetails(CaseStudy cs, int column) {
        if (cell.isDisposed()) {
            return;
        }
        Criterion criterion = cs == null || cs.eResource() == null || matrix == null || column < 0 || column >= matrix.criteria().size() ? null
                : criterion(matrix.criteria().get(column).criterionId());
        detailsCase = criterion == null ? null : cs;
        detailsColumn = criterion == null ? -1 : column;
        rationale.setEnabled(criterion != null);
        if (criterion == null) {
            cell.setText(MESSAGES.get("assess.details.none"));
            rationale.setText("");
            return;
        }
        cell.setText(MESSAGES.format("assess.details", cs.getTitle() == null ? cs.getId() : cs.getTitle(),
                criterion.getCode() == null ? criterion.getId() : criterion.getCode(), Palette.label(result(cs, column))));
        String text = assessment(cs, criterion).map(a -> a.getRationale() == null ? "" : a.getRationale()).orElse("");
        if (!rationale.getText().equals(text)) {
            rationale.setText(text);
        }
        cell.getParent().getParent().layout(true, true);
    }

    private static Optional<Assessment> assessment(CaseStudy cs, Criterion criterion) {
        Assessment found = null;
        for (Assessment a : cs.getAssessments()) {
            if (a.getCriterion() == criterion) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    private void commitRationale() {
        if (detailsCase == null || matrix == null || rationale.isDisposed()) {
            return;
        }
        Criterion criterion = criterion(matrix.criteria().get(detailsColumn).criterionId());
        String text = rationale.getText().strip();
        String before = assessment(detailsCase, criterion).map(Assessment::getRationale).orElse(null);
        if (criterion == null || text.equals(before == null ? "" : before)) {
            return;
        }
        CaseStudy cs = detailsCase;
        context.editingDomain().ifPresent(domain -> context.execute(
                consensus.assessCommand(domain, cs, criterion, result(cs, detailsColumn), text)));
    }

    private void buildColumns() {
        TableViewerColumn cs = new TableViewerColumn(viewer, SWT.LEFT);
        cs.getColumn().setText(MESSAGES.get("assess.caseStudy"));
        cs.getColumn().setWidth(250);
        cs.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                CaseStudy c = (CaseStudy) element;
                return c.getTitle() == null ? c.getId() : c.getTitle();
            }
        });
        if (matrix == null) {
            return;
        }
        for (int i = 0; i < matrix.criteria().size(); i++) {
            AssessmentMatrix.Column col = matrix.criteria().get(i);
            int index = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.CENTER);
            String code = col.code() == null ? col.criterionId() : col.code();
            c.getColumn().setText(code + (col.mandatory() ? "*" : "") + (col.applicable() ? "" : " " + MESSAGES.get("assess.excluded")));
            Criterion criterion = criterion(col.criterionId());
            c.getColumn().setToolTipText((criterion == null ? "" : criterion.getStatement() + "\n")
                    + MESSAGES.get(col.mandatory() ? "assess.mandatory" : "assess.desirable") + "; " + Palette.label(col.status()));
            c.getColumn().setWidth(92);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return Palette.label(result(element, index));
                }

                @Override
                public Color getBackground(Object element) {
                    return palette.fill(result(element, index));
                }

                @Override
                public Color getForeground(Object element) {
                    return palette.text(result(element, index));
                }
            });
            c.setEditingSupport(resultEditing(col.criterionId(), index));
        }
        TableViewerColumn good = new TableViewerColumn(viewer, SWT.LEFT);
        good.getColumn().setText(MESSAGES.get("assess.good"));
        good.getColumn().setToolTipText(MESSAGES.get("assess.good.tip"));
        good.getColumn().setWidth(330);
        good.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                AssessmentMatrix.Row r = rows.get(((CaseStudy) element).getId());
                return r == null ? "" : r.modelOfGoodPractice() ? MESSAGES.get("assess.good.yes") : MESSAGES.format("assess.good.no", r.reason());
            }

            @Override
            public Color getBackground(Object element) {
                AssessmentMatrix.Row r = rows.get(((CaseStudy) element).getId());
                return r != null && r.modelOfGoodPractice() ? palette.color(Palette.GREEN_FILL) : null;
            }

            @Override
            public Color getForeground(Object element) {
                AssessmentMatrix.Row r = rows.get(((CaseStudy) element).getId());
                return r != null && r.modelOfGoodPractice() ? palette.color(Palette.GREEN_TEXT) : null;
            }
        });
    }

    AssessmentResult result(Object element, int column) {
        AssessmentMatrix.Row r = rows.get(((CaseStudy) element).getId());
        return r == null || column >= r.results().size() ? AssessmentResult.UNKNOWN : r.results().get(column);
    }

    private Criterion criterion(String id) {
        return context.project().map(p -> p.root().getCriteria().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null))
                .orElse(null);
    }

    /** A cell's result as a read-only combo; a new choice is one command. */
    private EditingSupport resultEditing(String criterionId, int column) {
        return CellEditing.choice(viewer, () -> CHOICES.stream().map(Palette::label).toList(), element -> CHOICES.indexOf(result(element, column)),
                (element, i) -> assess((CaseStudy) element, criterionId, CHOICES.get(i)), element -> context.project().isPresent());
    }

    private void assess(CaseStudy caseStudy, String criterionId, AssessmentResult chosen) {
        Criterion criterion = criterion(criterionId);
        if (criterion == null) {
            return;
        }
        context.editingDomain().ifPresent(domain -> {
            Command cmd = consensus.assessCommand(domain, caseStudy, criterion, chosen);
            if (context.execute(cmd)) {
                context.statusLine().setMessage(MESSAGES.format("assess.done", caseStudy.getTitle(),
                        criterion.getCode() == null ? criterion.getId() : criterion.getCode(), Palette.label(chosen)));
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
