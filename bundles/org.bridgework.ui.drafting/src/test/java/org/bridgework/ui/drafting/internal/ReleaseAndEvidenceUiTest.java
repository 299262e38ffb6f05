package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.core.internal.PublicationGateImpl;
import org.bridgework.core.internal.PublicationRules;
import org.bridgework.drafting.internal.EvidenceLinksImpl;
import org.bridgework.drafting.internal.release.PlaceholderTextRule;
import org.bridgework.model.Block;
import org.bridgework.model.Extract;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project &gt; Release... and Edit &gt; Link Evidence... (Ctrl+Alt+E) in the real workbench window. */
class ReleaseAndEvidenceUiTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    final EvidenceLinksImpl links = new EvidenceLinksImpl();
    final PublicationGateImpl gate = new PublicationGateImpl(List.of(new PublicationRules(), new PlaceholderTextRule()));

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new ReleaseCommand(gate, new AssemblyServiceImpl(List.of(), null, null, List.of())), new LinkEvidenceCommand(links));
        f.open();
        f.openSample();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void releaseIsOnTheProjectMenuAndListsEveryBlockerWithItsFix() {
        assertTrue(f.menuItem("Project", "Release...").isEnabled());
        List<Blocker> blockers = gate.blockers(f.project().root(), ReleaseScope.release(null));
        assertTrue(blockers.stream().anyMatch(b -> b.code().equals("status-not-final")), blockers.toString());
        ReleaseCommand.BlockersDialog dialog = new ReleaseCommand.BlockersDialog(f.shell(), blockers);
        dialog.setBlockOnOpen(false);
        dialog.open();
        WorkbenchFixture.settle();
        String shown = WorkbenchFixture.findAll(dialog.getShell(), Text.class).get(0).getText();
        for (Blocker b : blockers) {
            assertTrue(shown.contains(b.reason()) && shown.contains("Fix: " + b.fix()), "listed with its fix: " + b);
        }
        assertTrue(shown.contains("[cs-liverpool]"), "with the element: " + shown);
        dialog.close();
    }

    @Test
    void linkEvidenceNeedsASelectedBlockAndIsOneUndoableChange() {
        assertFalse(f.menuItem("Edit", "Link Evidence...").isEnabled(), "nothing selected");
        Block block = null;
        for (var it = f.project().root().getDocument().eAllContents(); it.hasNext() && block == null;) {
            block = it.next() instanceof Block b ? b : null;
        }
        ((org.bridgework.ui.api.SelectionService) f.window.selectionService()).setSelection(new StructuredSelection(block));
        WorkbenchFixture.settle();
        assertTrue(f.menuItem("Edit", "Link Evidence...").isEnabled(), "a block selected");

        LinkEvidenceCommand.ChooseDialog dialog = new LinkEvidenceCommand.ChooseDialog(f.shell(), block,
                List.copyOf(f.project().root().getSources().stream().flatMap(s -> s.getExtracts().stream()).toList()));
        dialog.setBlockOnOpen(false);
        dialog.open();
        WorkbenchFixture.settle();
        Text filter = WorkbenchFixture.findAll(dialog.getShell(), Text.class).get(0);
        filter.setText("broglia-hubs");
        WorkbenchFixture.settle();
        org.eclipse.swt.widgets.List list = WorkbenchFixture.findAll(dialog.getShell(), org.eclipse.swt.widgets.List.class).get(0);
        assertEquals(1, list.getItemCount(), List.of(list.getItems()).toString());
        dialog.close();

        Extract extract = (Extract) f.project().root().getSources().stream().flatMap(s -> s.getExtracts().stream())
                .filter(x -> x.getId().equals("ex-broglia-hubs")).findFirst().orElseThrow();
        int before = block.getEvidenceLinks().size();
        var stack = f.project().editingDomain().getCommandStack();
        stack.execute(links.link(f.project().editingDomain(), block, extract, null, null, "editor", Instant.now()));
        assertEquals(before + 1, block.getEvidenceLinks().size());
        stack.undo();
        assertEquals(before, block.getEvidenceLinks().size(), "undo removes the link");
    }
}
