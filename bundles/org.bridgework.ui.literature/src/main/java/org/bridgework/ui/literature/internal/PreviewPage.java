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

    static final List<String> RESOLUTIONS = List.of("Merge", "Keep both", "Skip");

    private final ImportWizard wizard;
    Label summary;
    Label detail;
    TableViewer rows;
    private LiteratureImportPreview preview;

    /** A line of the preview. */
    record Row(String action, String entry, Path file, int line, String detail, Merge merge, ImportProblem.Severity severity) {
    }

    PreviewPage(ImportWizard wizard) {
        super("preview", "Preview the Import", null);
        this.wizard = wizard;
        setDescription("What Finish will do. Click a duplicate's action to keep both or skip it instead of merging.");
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
        column("Action", 110, Row::action, new EditingSupport(rows) {
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
        column("Entry", 230, Row::entry, null);
        column("File", 130, r -> r.file() == null ? "" : r.file().getFileName().toString(), null);
        column("Line", 45, r -> r.line() > 0 ? Integer.toString(r.line()) : "", null);
        column("Details", 460, r -> r.detail() == null ? "" : r.detail(), null);
        detail = new Label(root, SWT.WRAP);
        detail.setText("Select a row to read all of it here.");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(detail);
        rows.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Row row) {
                detail.setText(row.action() + ": " + row.entry() + (row.file() == null ? "" : " (" + row.file().getFileName()
                        + (row.line() > 0 ? ", line " + row.line() : "") + ")") + (row.detail() == null ? "" : "\n" + row.detail()));
                detail.getParent().layout(true, true);
            }
        });
        setControl(root);
    }

    private void column(String title, int width, Function<Row, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(rows, title.equals("Line") ? SWT.RIGHT : SWT.LEFT);
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
                String detail = "new source: " + String.join(", ", List.of(SourceTexts.shortAuthors(s), SourceTexts.year(s), SourceTexts.type(s.getType()))
                        .stream().filter(x -> !x.isEmpty()).toList());
                list.add(new Row("Add", c.label(), c.file(), c.line(), detail, null, null));
            }
        }
        for (Merge m : preview.merges()) {
            Resolution r = preview.resolution(m);
            String action = RESOLUTIONS.get(r.ordinal());
            String detail = switch (r) {
                case MERGE -> "duplicate of " + m.existing().getCitationKey() + (m.existingInProject() ? "" : " (earlier in the import)") + ": " + m.reason()
                        + (m.fills().isEmpty() ? "; nothing to fill in" : "; fills in " + String.join(", ", m.fills()));
                case KEEP_BOTH -> "added as a separate source although it looks like " + m.existing().getCitationKey() + " (" + m.reason() + ")";
                case SKIP -> "left out: a duplicate of " + m.existing().getCitationKey() + " (" + m.reason() + ")";
            };
            String key = m.incoming().getCitationKey() == null ? "" : m.incoming().getCitationKey() + " ";
            list.add(new Row(action, key + "'" + SourceTexts.nonNull(m.incoming().getTitle()) + "'",
                    m.file(), m.line(), detail, m, null));
        }
        for (ImportProblem p : preview.problems()) {
            boolean error = p.severity() == ImportProblem.Severity.ERROR;
            list.add(new Row(error ? "Not imported" : "Warning", error ? "(malformed entry)" : "", p.file(), p.line(), p.message(), null, p.severity()));
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
        long add = list.stream().filter(r -> r.action().equals("Add") || r.action().equals("Keep both")).count();
        long merge = list.stream().filter(r -> r.action().equals("Merge")).count();
        long skip = list.stream().filter(r -> r.action().equals("Skip")).count();
        long errors = list.stream().filter(r -> r.severity() == ImportProblem.Severity.ERROR).count();
        long warnings = list.stream().filter(r -> r.severity() == ImportProblem.Severity.WARNING).count();
        StringBuilder text = new StringBuilder();
        text.append(add).append(add == 1 ? " source to add, " : " sources to add, ").append(merge).append(merge == 1 ? " duplicate to merge" : " duplicates to merge");
        if (skip > 0) {
            text.append(", ").append(skip).append(" skipped");
        }
        if (errors > 0) {
            text.append(", ").append(errors).append(errors == 1 ? " malformed entry not imported" : " malformed entries not imported")
                    .append(" (fix them in the file and import it again: the rest is not affected)");
        }
        if (warnings > 0) {
            text.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        text.append(".\nRead as: ");
        List<String> formats = new ArrayList<>();
        for (Map.Entry<Path, String> e : preview.formats().entrySet()) {
            formats.add(e.getKey().getFileName() + " (" + e.getValue() + ")");
        }
        text.append(String.join(", ", formats));
        if (!wizard.hasChanges()) {
            text.append("\nNothing to import: every entry is skipped, a duplicate with nothing new, or malformed.");
        }
        summary.setText(text.toString());
        summary.getParent().layout(true, true);
    }
}
