package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.workbench.internal.views.ProjectExplorerView;
import org.bridgework.ui.workbench.internal.views.PropertiesView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Labels for people: no markup or raw literals in the explorer and Properties, no mnemonics in tabs, an icon per tab. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class HumanLabelsUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static void collect(TreeItem item, List<String> out) {
        out.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, out);
        }
    }

    private static void values(TreeItem item, List<String> out) {
        out.add(item.getText(1));
        for (TreeItem child : item.getItems()) {
            values(child, out);
        }
    }

    @Test
    void theExplorerShowsTextWithoutItsMarkup() {
        ProjectExplorerView.Explorer explorer = f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class);
        explorer.viewer.expandAll();
        WorkbenchFixture.settle();
        List<String> texts = new ArrayList<>();
        for (TreeItem root : explorer.viewer.getTree().getItems()) {
            collect(root, texts);
        }
        assertTrue(texts.size() > 100, "the sample expanded: " + texts.size());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Paragraph ")), "paragraphs are listed");
        List<String> markup = texts.stream().filter(t -> t.contains("**") || t.contains("[@") || t.contains("](#")).toList();
        assertEquals(List.of(), markup);
        // labels made of an enumeration show it in words, as Properties does
        assertTrue(texts.contains("Publication working draft"), texts.stream().filter(t -> t.startsWith("Publication")).toList().toString());
        assertTrue(texts.stream().noneMatch(t -> t.endsWith("working-draft") || t.endsWith("nine-point")), "no raw literals");
    }

    @Test
    void propertiesShowEnumerationsInWordsAndDatesInOneForm() {
        Object cs = f.project().resource().getEObject("cs-greater-manchester");
        ((org.bridgework.ui.api.SelectionService) f.window.selectionService()).setSelection(new StructuredSelection(cs));
        WorkbenchFixture.settle();
        PropertiesView.Sheet properties = f.part(PropertiesView.ID, PropertiesView.Sheet.class);
        properties.viewer.expandAll();
        List<String> values = new ArrayList<>();
        for (TreeItem item : properties.viewer.getTree().getItems()) {
            values(item, values);
        }
        assertTrue(values.contains("integrated regional service"), values.toString());
        assertFalse(values.contains("integrated-regional-service"), values.toString());
        assertTrue(values.stream().noneMatch(v -> v.matches(".*\\d{4}-\\d{2}-\\d{2}.*")), "no ISO dates: " + values);
    }

    @Test
    void tabsHaveIconsAndNoMnemonicsInEveryPerspective() {
        for (String perspective : Perspectives.IDS) {
            f.window.showPerspective(perspective);
            WorkbenchFixture.settle();
            for (String stack : List.of(Stacks.LEFT, Stacks.RIGHT, Stacks.BOTTOM)) {
                for (CTabItem item : f.window.stacks().folder(stack).getItems()) {
                    assertNotNull(item.getImage(), "an icon on " + item.getText() + " in " + perspective);
                    String text = item.getText().replace("&&", "");
                    assertFalse(text.contains("&"), "no mnemonic in the tab " + item.getText());
                }
            }
        }
        assertTrue(Stream.of(f.window.stacks().folder(Stacks.LEFT).getItems()).findAny().isPresent());
    }
}
