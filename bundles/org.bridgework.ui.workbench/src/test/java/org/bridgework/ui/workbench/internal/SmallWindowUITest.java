package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A 1024×700 window with as many views as the product's Drafting perspective: every tab shows. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class SmallWindowUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    private static ViewContribution view(String id, String label, String stack) {
        return new ViewContribution() {
            public String id() {
                return id;
            }

            public String label() {
                return label;
            }

            public org.eclipse.jface.resource.ImageDescriptor icon() {
                return Icons.descriptor(Icons.OUTLINE); // tabs with icons, as in the product
            }

            public String stack() {
                return stack;
            }

            public Set<String> perspectives() {
                return Set.of(Perspectives.DRAFTING);
            }

            public Part createPart(Composite parent, PartContext context) {
                new Label(parent, SWT.NONE).setText(label);
                return new Part() { };
            }
        };
    }

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        // the views the product adds to Drafting besides the workbench's own
        f.register(view("t.sections", "Sections", Stacks.LEFT), view("t.preview", "Preview", Stacks.RIGHT),
                view("t.extensions", "Extensions", Stacks.BOTTOM), view("t.review", "Review Comments", Stacks.BOTTOM),
                view("t.search", "Search", Stacks.BOTTOM), view("t.conflicts", "Merge Conflicts", Stacks.BOTTOM));
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void everyTabShowsAt1024x700() throws Exception {
        f.shell().setSize(1024, 700);
        f.window.showPerspective(Perspectives.DRAFTING);
        WorkbenchFixture.settle(300);
        List<String> hidden = new ArrayList<>();
        int tabs = 0;
        for (String stack : List.of(Stacks.LEFT, Stacks.RIGHT, Stacks.BOTTOM, Stacks.EDITOR_AREA)) {
            CTabFolder folder = f.window.stacks().folder(stack);
            for (CTabItem item : folder.getItems()) {
                tabs++;
                if (!item.isShowing()) {
                    hidden.add(stack + ": " + item.getToolTipText());
                }
            }
        }
        f.screenshot("workbench-1024x700");
        assertTrue(tabs >= 9, "the views are open: " + tabs);
        assertEquals(List.of(), hidden, "tabs hidden at 1024x700");
    }
}
