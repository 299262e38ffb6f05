package org.bridgework.ui.literature.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.LiteratureImportPreview.Merge;
import org.bridgework.literature.api.LiteratureImportPreview.Resolution;
import org.bridgework.model.Source;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The import wizard's preview: one row per entry that would be added or merged and per problem found, in file
 * and line order. A duplicate's action can be changed (merge, keep both, skip) by clicking it.
 */
final class PreviewPage extends WizardPage {

    private static final Messages MESSAGES = Messages.of(PreviewPage.class);

    static final List<String> RESOLUTIONS = List.of(MESSAGES.get("preview.action.merge"), MESSAGES.get("preview.action.keepBoth"), MESSAGES.get("preview.action.skip"));

    private final ImportWizard wizard;
    Label summary;
    Label detail;
    TableViewer rows;
    private LiteratureImportPreview preview;

    /** A line of the preview. */
    record Row(String action, String entry, Path file, int line, String detail, Merge merge, ImportProblem.Severity severity) {
    }

    PreviewPage(ImportWizard wizard) {
        super("preview", MESSAGES.get("preview.title"), null);
        this.wizard = wizard;
        setDescription(MESSAGES.get("preview.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        summary = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        rows = new TableViewer(root, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = rows.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 220).applyTo(table);
        rows.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(rows);
        column(MESSAGES.get("preview.column.action"), 110, Row::action, new EditingSupport(rows) {
            private final ComboBoxCellEditor editor = new ComboBoxCellEditor(table, RESOLUTIONS.toArray(String[]::new), SWT.READ_ONLY);

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return ((Row) element).merge() != null;
            }

            @Override
            protected Object getValue(Object element) {
                return preview.resolution(((Row) element).merge()).ordinal();
            }

            @Override
            protected void setValue(Object element, Object value) {
                int i = (Integer) value;
                if (i >= 0) {
                    resolve(((Row) element).merge(), Resolution.values()[i]);
                }
            }
        });
        column(MESSAGES.get("preview.column.entry"), 230, Row::entry, null);
        column(MESSAGES.get("preview.column.file"), 130, r -> r.file() == null ? "" : r.file().getFileName().toString(), null);
        column(MESSAGES.get("preview.column.line"), 45, r -> r.line() > 0 ? Integer.toString(r.line()) : "", null);
        column(MESSAGES.get("preview.column.details"), 460, r -> r.detail() == null ? "" : r.detail(), null);
        detail = new Label(root, SWT.WRAP);
        detail.setText(MESSAGES.get("preview.detail.select"));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(detail);
        rows.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Row row) {
                String where = row.file() == null ? "" : row.line() > 0 ? MESSAGES.format("preview.detail.fileLine", row.file().getFileName(), row.line())
                        : MESSAGES.format("preview.detail.file", row.file().getFileName());
                detail.setText(MESSAGES.format("preview.detail", row.action(), row.entry(), where) + (row.detail() == null ? "" : "\n" + row.detail()));
                detail.getParent().layout(true, true);
            }
        });
        setControl(root);
    }

    private void column(String title, int width, Function<Row, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(rows, title.equals(MESSAGES.get("preview.column.line")) ? SWT.RIGHT : SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                Row row = (Row) element;
                if (row.severity() == ImportProblem.Severity.ERROR) {
                    return rows.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
                }
                return row.severity() == ImportProblem.Severity.WARNING ? rows.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                Row row = (Row) element;
                return row.detail();
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** Shows a fresh preview. */
    void show(LiteratureImportPreview preview) {
        this.preview = preview;
        refresh();
    }

    void resolve(Merge merge, Resolution resolution) {
        preview.resolve(merge, resolution);
        refresh();
        getContainer().updateButtons();
    }

    List<Row> rows() {
        List<Row> list = new ArrayList<>();
        Map<String, Source> added = new HashMap<>();
        for (Source s : preview.added()) {
            added.put(s.getId(), s);
        }
        for (ImportChange c : preview.changes()) {
            Source s = added.get(c.elementId());
            if (c.kind() == ImportChange.Kind.ADD && s != null) {
                String detail = MESSAGES.format("preview.detail.new", String.join(", ", List.of(SourceTexts.shortAuthors(s), SourceTexts.year(s), SourceTexts.type(s.getType()))
                        .stream().filter(x -> !x.isEmpty()).toList()));
                list.add(new Row(MESSAGES.get("preview.action.add"), c.label(), c.file(), c.line(), detail, null, null));
            }
        }
        for (Merge m : preview.merges()) {
            Resolution r = preview.resolution(m);
            String action = RESOLUTIONS.get(r.ordinal());
            String detail = switch (r) {
                case MERGE -> MESSAGES.format(m.existingInProject() ? "preview.detail.merge" : "preview.detail.mergeEarlier", m.existing().getCitationKey(),
                        m.reason()) + (m.fills().isEmpty() ? MESSAGES.get("preview.detail.fillsNothing") : MESSAGES.format("preview.detail.fills", String.join(", ", m.fills())));
                case KEEP_BOTH -> MESSAGES.format("preview.detail.keepBoth", m.existing().getCitationKey(), m.reason());
                case SKIP -> MESSAGES.format("preview.detail.skip", m.existing().getCitationKey(), m.reason());
            };
            String key = m.incoming().getCitationKey() == null ? "" : m.incoming().getCitationKey() + " ";
            list.add(new Row(action, key + "'" + SourceTexts.nonNull(m.incoming().getTitle()) + "'",
                    m.file(), m.line(), detail, m, null));
        }
        for (ImportProblem p : preview.problems()) {
            boolean error = p.severity() == ImportProblem.Severity.ERROR;
            list.add(new Row(error ? MESSAGES.get("preview.action.notImported") : MESSAGES.get("preview.action.warning"), error ? MESSAGES.get("preview.entry.malformed") : "", p.file(), p.line(), p.message(), null, p.severity()));
        }
        list.sort(Comparator.comparing((Row r) -> r.file() == null ? "" : r.file().toString()).thenComparingInt(Row::line));
        return list;
    }

    private void refresh() {
        if (rows == null || rows.getControl().isDisposed()) {
            return;
        }
        List<Row> list = rows();
        rows.setInput(list);
        long add = list.stream().filter(r -> r.action().equals(MESSAGES.get("preview.action.add")) || r.action().equals(MESSAGES.get("preview.action.keepBoth"))).count();
        long merge = list.stream().filter(r -> r.action().equals(MESSAGES.get("preview.action.merge"))).count();
        long skip = list.stream().filter(r -> r.action().equals(MESSAGES.get("preview.action.skip"))).count();
        long errors = list.stream().filter(r -> r.severity() == ImportProblem.Severity.ERROR).count();
        long warnings = list.stream().filter(r -> r.severity() == ImportProblem.Severity.WARNING).count();
        StringBuilder text = new StringBuilder();
        text.append(MESSAGES.format("preview.summary", add, merge));
        if (skip > 0) {
            text.append(MESSAGES.format("preview.summary.skipped", skip));
        }
        if (errors > 0) {
            text.append(MESSAGES.format("preview.summary.errors", errors));
        }
        if (warnings > 0) {
            text.append(MESSAGES.format("preview.summary.warnings", warnings));
        }
        text.append(MESSAGES.get("preview.summary.readAs"));
        List<String> formats = new ArrayList<>();
        for (Map.Entry<Path, String> e : preview.formats().entrySet()) {
            formats.add(MESSAGES.format("preview.summary.format", e.getKey().getFileName(), e.getValue()));
        }
        text.append(String.join(", ", formats));
        if (!wizard.hasChanges()) {
            text.append("\n").append(MESSAGES.get("preview.summary.nothing"));
        }
        summary.setText(text.toString());
        summary.getParent().layout(true, true);
    }
}
