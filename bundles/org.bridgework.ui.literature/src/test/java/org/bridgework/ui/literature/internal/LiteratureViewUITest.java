package org.bridgework.ui.literature.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.model.Source;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The Literature view in a real workbench window over the shipped sample. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class LiteratureViewUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new LiteratureView(CoreServices.importer()));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.LITERATURE);
        settle();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<String> column(Table table, int column) {
        return Stream.of(table.getItems()).map(i -> i.getText(column)).toList();
    }

    @Test
    void sortFilterSelectDeleteUndo() throws Exception {
        LiteraturePart part = f.showView(LiteratureView.ID, LiteraturePart.class);
        Table table = part.viewer.getTable();
        Project project = f.project();
        List<Source> sources = List.copyOf(project.root().getSources());
        assertTrue(sources.size() >= 4, "the sample has sources: " + sources.size());
        assertEquals(sources.size(), table.getItemCount());
        assertEquals(sources.size() + " sources", part.count.getText());
        assertEquals(List.of("Author", "Year", "Title", "Type", "Extracts"), Stream.of(table.getColumns()).map(c -> c.getText()).toList());
        // project order before any sort; the extracts column counts them
        assertEquals(sources.get(0).getTitle(), table.getItem(0).getText(2));
        assertEquals(Integer.toString(sources.get(0).getExtracts().size()), table.getItem(0).getText(4));

        // a click on Year sorts ascending, a second click descending
        table.getColumn(1).notifyListeners(SWT.Selection, new Event());
        settle(30);
        List<String> years = column(table, 1).stream().filter(y -> !y.isEmpty()).toList();
        assertEquals(years.stream().sorted().toList(), years);
        assertEquals(SWT.UP, table.getSortDirection());
        table.getColumn(1).notifyListeners(SWT.Selection, new Event());
        settle(30);
        years = column(table, 1).stream().filter(y -> !y.isEmpty()).toList();
        assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
        assertFalse(years.get(0).equals(years.get(years.size() - 1)), "the sample has several years: " + years);
        // by title
        table.getColumn(2).notifyListeners(SWT.Selection, new Event());
        settle(30);
        List<String> titles = column(table, 2);
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);

        // the filter box: words match authors, title, year ...
        part.filter.setText("universities uk");
        settle(30);
        long expected = sources.stream().filter(s -> SourceTexts.searchable(s).contains("universities uk")).count();
        assertTrue(expected > 0 && expected < sources.size(), "filter finds some: " + expected);
        assertEquals(expected, table.getItemCount());
        assertEquals(expected + " of " + sources.size() + " sources", part.count.getText());
        f.screenshot("literature-filtered");
        part.filter.setText("");
        settle(30);
        assertEquals(sources.size(), table.getItemCount());

        // multi-select publishes the selection (Properties follows)
        table.setSelection(new int[] {0, 1});
        table.notifyListeners(SWT.Selection, new Event());
        settle();
        IStructuredSelection selection = (IStructuredSelection) ((org.bridgework.ui.api.SelectionService) f.window.selectionService()).getSelection();
        assertEquals(2, selection.size());
        Source first = (Source) table.getItem(0).getData();
        Source second = (Source) table.getItem(1).getData();
        assertEquals(List.of(first, second), selection.toList());
        f.screenshot("literature-view");

        // Delete removes both with one command; Undo restores them in place
        Event del = new Event();
        del.keyCode = SWT.DEL;
        table.notifyListeners(SWT.KeyDown, del);
        settle();
        assertEquals(sources.size() - 2, project.root().getSources().size());
        assertFalse(project.root().getSources().contains(first));
        assertEquals(sources.size() - 2, table.getItemCount());
        assertTrue(f.shell().getText().startsWith("*"), "dirty after delete: " + f.shell().getText());
        f.menu("Edit", "Undo");
        assertEquals(sources, project.root().getSources());
        assertEquals(sources.size(), table.getItemCount());
    }

    @Test
    void doubleClickOpensTheSourceEditor() throws Exception {
        f.register(new SourceEditorContribution());
        LiteraturePart part = f.showView(LiteratureView.ID, LiteraturePart.class);
        Table table = part.viewer.getTable();
        TableItem item = table.getItem(2);
        Source source = (Source) item.getData();
        table.setSelection(item);
        table.notifyListeners(SWT.Selection, new Event());
        table.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        SourceEditor editor = f.editorPart(source, SourceEditor.class);
        assertEquals(source.getTitle(), editor.title.getText());
    }

    @Test
    void exportTheSelectedSourcesOrAll() throws Exception {
        ExportReferencesCommand export = new ExportReferencesCommand(CoreServices.exporter());
        // the context commands get, caught by a command of the test
        org.bridgework.ui.api.WorkbenchContext[] context = new org.bridgework.ui.api.WorkbenchContext[1];
        f.register(export, new org.bridgework.ui.api.CommandContribution() {
            @Override
            public String id() {
                return "test.capture";
            }

            @Override
            public String label() {
                return "Capture Context";
            }

            @Override
            public void execute(org.bridgework.ui.api.WorkbenchContext c) {
                context[0] = c;
            }
        });
        assertTrue(f.menuItem("File", "Export References...").isEnabled());
        LiteraturePart part = f.showView(LiteratureView.ID, LiteraturePart.class);
        Table table = part.viewer.getTable();
        f.menu("Project", "Capture Context");
        // nothing selected: every source
        assertEquals(f.project().root().getSources(), ExportReferencesCommand.sources(context[0]));
        table.setSelection(new int[] {1, 3});
        table.notifyListeners(SWT.Selection, new Event());
        settle();
        List<Source> selected = List.of((Source) table.getItem(1).getData(), (Source) table.getItem(3).getData());
        assertEquals(selected, ExportReferencesCommand.sources(context[0]));
        Path file = home.resolve("refs.bib");
        export.export(context[0], selected, file, "bibtex");
        java.io.StringWriter expected = new java.io.StringWriter();
        CoreServices.exporter().export(selected, "bibtex", expected);
        assertEquals(expected.toString(), java.nio.file.Files.readString(file));
        assertTrue(expected.toString().contains("@"), expected.toString());
    }
}
