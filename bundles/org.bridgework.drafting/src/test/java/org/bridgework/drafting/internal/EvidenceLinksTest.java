package org.bridgework.drafting.internal;

import org.bridgework.drafting.internal.cli.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.core.internal.PublicationGateImpl;
import org.bridgework.drafting.api.EvidenceLinks.Step;
import org.bridgework.drafting.internal.release.StaleEvidenceRule;
import org.bridgework.model.Block;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage.Literals;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provenance on the shipped sample, through the project's real editing domain and command stack. */
class EvidenceLinksTest {

    private final Cli cli = new Cli();
    private final EvidenceLinksImpl links = new EvidenceLinksImpl();
    private final PublicationGateImpl gate = new PublicationGateImpl(List.of(new StaleEvidenceRule()));
    private Project project;
    private CommandStack stack;

    @BeforeEach
    void open() throws Exception {
        project = cli.projects.sampleCopy();
        stack = project.editingDomain().getCommandStack();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private <T> T element(String id, Class<T> type) {
        return type.cast(Locate.element(project.root(), id));
    }

    private List<String> blockers() {
        return gate.blockers(project.root(), ReleaseScope.release(null)).stream().map(b -> b.code() + "@" + b.elementId()).toList();
    }

    @Test
    void editingAnExtractMakesItsBlockStaleConfirmingClearsItAndUndoRestoresEachState() {
        Block block = element("p-sol-data", Block.class);
        Extract extract = element("ex-broglia-hubs", Extract.class);
        assertEquals(List.of(), blockers(), "the sample's links are current");
        assertFalse(links.trace(block).get(0).stale());

        stack.execute(SetCommand.create(project.editingDomain(), extract, Literals.EXTRACT__TEXT, "Only three of eight universities used the template."));
        Step step = links.trace(block).get(0);
        assertTrue(step.stale(), "edited evidence makes the text stale");
        assertTrue(step.currentState().contains("Only three") && step.confirmedState().contains("standardised data collection template"), step.toString());
        assertEquals(List.of("evidence-stale@p-sol-data"), blockers(), "and blocks the release");
        // the same finding shows as a warning in check and the Problems view
        assertTrue(gate.check(project.root()).stream().anyMatch(p -> p.code().equals("evidence-stale") && p.elementId().equals("p-sol-data")));

        EvidenceLink link = block.getEvidenceLinks().get(0);
        String before = link.getConfirmedAt();
        Command confirm = links.confirm(project.editingDomain(), block, "editor", Instant.parse("2027-04-01T09:30:00Z"));
        stack.execute(confirm);
        assertEquals(List.of(), blockers(), "confirmed: still supported");
        assertEquals("editor", link.getConfirmedBy());
        assertEquals("2027-04-01T09:30:00Z", link.getConfirmedAt());

        stack.undo();
        assertEquals(before, link.getConfirmedAt(), "one undo takes the whole confirmation back");
        assertEquals("Bridgework sample", link.getConfirmedBy());
        assertEquals(List.of("evidence-stale@p-sol-data"), blockers());
        stack.undo();
        assertEquals(List.of(), blockers(), "undoing the edit of the extract makes the text current again");
    }

    @Test
    void aCaseStudyMovedBackOrEvidenceDeletedIsStaleAndCannotBeConfirmedAgainstNothing() {
        Block block = element("p-ch-roles", Block.class);
        CaseStudy cs = element("cs-greater-manchester", CaseStudy.class);
        stack.execute(links.link(project.editingDomain(), block, cs, "referralRoute", null, "editor", Instant.parse("2027-04-01T09:30:00Z")));
        assertEquals(2, block.getEvidenceLinks().size());
        assertEquals(List.of(), blockers());

        stack.execute(SetCommand.create(project.editingDomain(), cs, Literals.CASE_STUDY__COLLECTION_STATUS, CollectionStatus.WITHDRAWN));
        assertEquals(List.of("evidence-stale@p-ch-roles"), blockers(), "a withdrawn case study makes the text stale");
        stack.undo();
        assertEquals(List.of(), blockers());

        Extract extract = element("ex-nous-roles", Extract.class);
        stack.execute(DeleteCommand.create(project.editingDomain(), extract));
        EvidenceLink gone = block.getEvidenceLinks().get(0);
        assertNull(gone.getEvidence());
        assertEquals("ex-nous-roles", gone.getEvidenceId(), "the link still says what it rested on");
        List<Blocker> found = gate.blockers(project.root(), ReleaseScope.release(null));
        assertEquals(1, found.size());
        assertTrue(found.get(0).reason().contains("ex-nous-roles was removed"), found.get(0).reason());
        stack.undo();
        assertEquals(List.of(), blockers(), "undoing the deletion restores the evidence and the link");
    }
}
