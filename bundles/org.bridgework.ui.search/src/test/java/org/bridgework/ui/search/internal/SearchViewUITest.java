package org.bridgework.ui.search.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.findAll;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.model.Challenge;
import org.bridgework.model.GuidancePackage;
import org.bridgework.search.api.SearchHit;
import org.bridgework.search.internal.SearchServiceImpl;
import org.bridgework.ui.api.QuickSearchProvider;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The Search view and the quick-search provider in a real workbench window with the sample, driven through widgets. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class SearchViewUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    SearchServiceImpl search;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        search = new SearchServiceImpl(home.resolve("index"));
        f.register(new SearchView(search), new OpenSearchCommand(), new FullTextQuickSearch(search));
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private SearchPart openView() {
        f.menu("Edit", "Search...");
        return f.part(SearchView.ID, SearchPart.class);
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        settle(50);
    }

    private static List<SearchHit> hits(SearchPart part) {
        Object input = part.results().getInput();
        return input == null ? List.of() : ((List<?>) input).stream().map(SearchHit.class::cast).toList();
    }

    @Test
    void ctrlHSearchesWithAcronymsFiltersByFacetAndOpensTheElement() throws Exception {
        assertEquals(SWT.MOD1 | 'H', f.menuItem("Edit", "Search...").getAccelerator());
        SearchPart part = openView();
        type(part.query(), "community mental health team");
        waitFor("hits for the expansion", 5000, () -> !hits(part).isEmpty());
        // the acronym in the sample's text is found through its expansion, with the match marked
        assertTrue(hits(part).stream().anyMatch(h -> h.snippet().text().contains("CMHT") || h.title().text().contains("CMHT")),
                hits(part).stream().map(h -> h.snippet().text()).toList().toString());
        assertTrue(part.status().getText().matches("\\d+ results?.*"), part.status().getText());
        long all = hits(part).size();
        assertTrue(hits(part).stream().map(SearchHit::type).distinct().count() > 1, "several element types match");

        String type = hits(part).get(hits(part).size() - 1).type();
        part.setFilter("type", type, true);
        waitFor("the facet filter", 3000, () -> hits(part).stream().allMatch(h -> h.type().equals(type)) && !hits(part).isEmpty());
        assertTrue(hits(part).size() < all);
        f.screenshot("search-view-facets");
        part.setFilter("type", type, false);
        waitFor("the filter cleared", 3000, () -> hits(part).size() == all);

        // a double-click selects the element and opens its editor
        SearchHit first = hits(part).get(0);
        part.results().setSelection(new StructuredSelection(first));
        Table table = part.results().getTable();
        table.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        Object selected = f.selection().getFirstElement();
        assertEquals(first.id(), f.project().resource().getURIFragment((org.eclipse.emf.ecore.EObject) selected));
    }

    @Test
    void aViewInATabBehindAnotherOpensItsIndexOnlyWhenShown() {
        SearchPart part = f.part(SearchView.ID, SearchPart.class);
        settle(200);
        assertFalse(part.query().isVisible(), "the default layout has the search view behind another tab");
        assertEquals("Opening the search index...", part.status().getText(), "no index is opened for a view nobody sees");
        assertTrue(hits(part).isEmpty());
        SearchPart shown = openView();
        assertTrue(shown == part);
        waitFor("the project's elements listed once the view is shown", 5000, () -> !hits(part).isEmpty());
        assertTrue(part.status().getText().matches("\\d+ results?.*"), part.status().getText());
    }

    @Test
    void anInvalidQuerySaysWhereItFails() {
        SearchPart part = openView();
        type(part.query(), "title:\"unbalanced");
        assertTrue(part.status().getText().startsWith("Invalid query"), part.status().getText());
        assertTrue(hits(part).isEmpty());
        type(part.query(), "nosuchfield:liaison");
        assertTrue(part.status().getText().contains("nosuchfield"), part.status().getText());
    }

    @Test
    void anEditShowsUpInTheOpenResults() {
        SearchPart part = openView();
        type(part.query(), "zebracrossing");
        assertTrue(hits(part).isEmpty());
        Project project = f.project();
        Challenge challenge = project.root().getChallenges().get(0);
        project.editingDomain().getCommandStack().execute(SetCommand.create(project.editingDomain(), challenge,
                GuidancePackage.Literals.CHALLENGE__TITLE, "A zebracrossing between services"));
        waitFor("the edit to be found", 3000, () -> hits(part).stream().anyMatch(h -> challenge.getId().equals(h.id())));
        f.menu("Edit", "Undo");
        waitFor("the undo to be followed", 3000, () -> hits(part).isEmpty());
    }

    @Test
    void theToolbarFieldListsFullTextHits() throws Exception {
        Text field = findAll(f.shell(), Text.class).stream().filter(t -> (t.getStyle() & SWT.SEARCH) != 0).findFirst().orElseThrow();
        field.setFocus();
        field.setText("community mental health team"); // no element is named so: only the index finds these
        waitFor("full-text hits in the popup", 5000, () -> popupItems().stream().anyMatch(t -> t.contains(" \u00b7 ")));
        f.screenshot("search-quick-field");
        field.notifyListeners(SWT.KeyDown, keyDown(SWT.ESC));
        settle();
        assertTrue(popupItems().isEmpty(), "Esc closes the popup");

        FullTextQuickSearch provider = new FullTextQuickSearch(search);
        provider.prepare(f.project());
        List<QuickSearchProvider.SearchHit> found = provider.search(f.project(), "CMHT", 10, new NullProgressMonitor());
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(h -> f.project().resource().getEObject(h.elementId()) != null), found.toString());
        assertTrue(provider.search(f.project(), "\"unbalanced", 10, new NullProgressMonitor()).isEmpty(), "an unfinished query finds nothing, no error");
    }

    private static Event keyDown(int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        return event;
    }

    private List<String> popupItems() {
        return Stream.of(f.shell().getDisplay().getShells()).filter(s -> s.getParent() == f.shell() && s.isVisible())
                .flatMap(s -> findAll(s, Table.class).stream()).flatMap(t -> Stream.of(t.getItems())).map(TableItem::getText).toList();
    }

}
