package org.bridgework.ui.team.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.MergeConflictKind;
import org.bridgework.model.Paragraph;
import org.bridgework.team.api.ConflictResolution;
import org.bridgework.team.internal.ConflictResolutionImpl;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Merge Conflicts view in a real workbench window: versions side by side, one click takes one, undo brings the conflict back. */
class ConflictsViewUITest {

    @TempDir
    Path home;
    WorkbenchFixture f;
    Project project;
    String original;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new ConflictsView(new ConflictResolutionImpl()), new TeamCommands.ResolveConflicts(), new DecisionsView());
        f.open();
        project = f.openSample();
        original = paragraph().getText();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    Paragraph paragraph() {
        return (Paragraph) ResolveConflictCommand.find(project.root(), "p-ch-roles");
    }

    void recordConflict() {
        MergeConflict c = GuidanceFactory.eINSTANCE.createMergeConflict();
        c.setId("conflict-1");
        c.setKind(MergeConflictKind.CHANGED_BOTH);
        c.setElementId("p-ch-roles");
        c.setElementLabel("Paragraph 'Who does what'");
        c.setFeature("text");
        c.setBaseValue(original);
        c.setOursValue(original);
        c.setTheirsValue("Ben's wording of who does what.");
        c.setOursLabel("Anna");
        c.setTheirsLabel("Ben");
        project.editingDomain().getCommandStack().execute(AddCommand.create(project.editingDomain(), project.root(),
                GuidancePackage.Literals.GUIDANCE_PROJECT__MERGE_CONFLICTS, c));
        settle(50);
    }

    static void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
        settle(50);
    }

    @Test
    void eachConflictSideBySideAndOneClickTakesAVersion() {
        ConflictsPart part = f.showView(ConflictsView.ID, ConflictsPart.class);
        assertEquals(0, part.table().getTable().getItemCount());
        assertFalse(f.menuItem("Team", "Resolve Conflicts").isEnabled(), "nothing to resolve");
        recordConflict();
        waitFor("the conflict is listed", 5000, () -> part.table().getTable().getItemCount() == 1);
        assertTrue(part.summaryText().startsWith("1 merge conflict"), part.summaryText());
        assertEquals("Ben's wording of who does what.", part.versionText(ConflictResolution.Take.THEIRS).getText());
        assertEquals(original, part.versionText(ConflictResolution.Take.OURS).getText());
        assertEquals("conflict-1", part.table().getTable().getItem(0).getText(0));
        assertTrue(f.menuItem("Team", "Resolve Conflicts").isEnabled());

        click(part.takeButton(ConflictResolution.Take.THEIRS));
        assertEquals("Ben's wording of who does what.", paragraph().getText());
        assertTrue(project.root().getMergeConflicts().isEmpty());
        waitFor("the list is empty", 5000, () -> part.table().getTable().getItemCount() == 0);

        // undo puts the text and the conflict back
        project.editingDomain().getCommandStack().undo();
        settle(50);
        assertEquals(original, paragraph().getText());
        assertEquals(1, project.root().getMergeConflicts().size());
        waitFor("the conflict is back", 5000, () -> part.table().getTable().getItemCount() == 1);
    }

    @Test
    void theDecisionLogListsEachDecisionWithWhatItConcerns() {
        f.showView(DecisionsView.ID, Object.class);
        org.eclipse.swt.widgets.Table table = WorkbenchFixture.findAll(f.viewControl(DecisionsView.ID), org.eclipse.swt.widgets.Table.class).get(0);
        assertEquals(0, table.getItemCount());
        org.bridgework.model.Decision d = GuidanceFactory.eINSTANCE.createDecision();
        d.setId("decision-1");
        d.setTitle("Keep the glossary short");
        d.setRationale("Readers asked for it");
        d.setDecidedBy("Working group");
        d.setDecidedOn(java.time.LocalDate.of(2027, 1, 10));
        d.getElements().add(paragraph());
        project.editingDomain().getCommandStack().execute(AddCommand.create(project.editingDomain(), project.root(),
                GuidancePackage.Literals.GUIDANCE_PROJECT__DECISIONS, d));
        waitFor("the decision is listed", 5000, () -> table.getItemCount() == 1);
        assertEquals("Keep the glossary short", table.getItem(0).getText(1));
        assertEquals("p-ch-roles", table.getItem(0).getText(4));
    }
}
