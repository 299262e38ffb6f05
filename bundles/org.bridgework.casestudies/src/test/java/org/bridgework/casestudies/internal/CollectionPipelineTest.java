package org.bridgework.casestudies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.casestudies.api.CollectionPipeline.Entry;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.util.GuidanceResources;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectionPipelineTest {

    final CollectionPipelineImpl pipeline = new CollectionPipelineImpl(org.bridgework.drafting.internal.MilestoneReadinessImpl.withBuiltInRules());
    GuidanceProject project;

    @BeforeEach
    void load() throws Exception {
        Resource r = GuidanceResources.newResourceSet().createResource(URI.createURI("sample.guidance"));
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            r.load(in, null);
        }
        project = (GuidanceProject) r.getContents().get(0);
    }

    CaseStudy cs(String id) {
        return project.getCaseStudies().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void deadlineFromTheMilestones() {
        assertEquals("ms-case-studies-collected", pipeline.deadline(project).getId());
        project.getMilestones().removeIf(m -> m.getKind() == MilestoneKind.CASE_STUDIES_COLLECTED);
        assertEquals("ms-draft-to-stakeholders", pipeline.deadline(project).getId());
        project.getMilestones().removeIf(m -> m.getKind() == MilestoneKind.DRAFT_TO_STAKEHOLDERS);
        assertNull(pipeline.deadline(project));
        assertFalse(pipeline.board(project, LocalDate.of(2030, 1, 1)).get(0).overdue(), "no deadline, never overdue");
    }

    @Test
    void overdueAndDueSoon() {
        LocalDate deadline = LocalDate.of(2027, 4, 19);
        List<Entry> before = pipeline.board(project, deadline.minusDays(30));
        assertEquals(3, before.size());
        assertTrue(before.stream().noneMatch(e -> e.overdue() || e.dueSoon()));
        assertTrue(pipeline.board(project, deadline.minusDays(3)).stream().allMatch(Entry::dueSoon));
        assertTrue(pipeline.board(project, deadline).stream().noneMatch(Entry::overdue), "due on the day, not overdue");
        pipeline.advance(null, cs("cs-liverpool"), CollectionStatus.APPROVED, deadline.minusDays(1), null).execute();
        pipeline.advance(null, cs("cs-north-london"), CollectionStatus.WITHDRAWN, deadline.minusDays(1), "partner left").execute();
        List<Entry> after = pipeline.board(project, deadline.plusDays(1));
        assertEquals(List.of(true, false, false), after.stream().map(Entry::overdue).toList());
        assertEquals(deadline.minusDays(1), after.get(1).since());
    }

    @Test
    void overdueIsTheDeadlineMilestonesReadinessAndStatusAsMilestonesShowThem() {
        var readiness = org.bridgework.drafting.internal.MilestoneReadinessImpl.withBuiltInRules();
        var deadline = pipeline.deadline(project);
        LocalDate after = deadline.getDate().plusDays(1);
        List<String> open = readiness.readiness(project, deadline).open().stream().map(i -> i.elementId()).toList();
        assertEquals(org.bridgework.model.MilestoneStatus.MISSED, readiness.status(project, deadline, after));
        for (Entry e : pipeline.board(project, after)) {
            assertEquals(open.contains(e.caseStudy().getId()), e.overdue(), e.caseStudy().getId());
        }
        // recorded done: the milestones say so, and the board shows nothing overdue
        deadline.setStatus(org.bridgework.model.MilestoneStatus.DONE);
        assertTrue(pipeline.board(project, after).stream().noneMatch(e -> e.overdue() || e.dueSoon()));
        deadline.setStatus(null);
        // without a case-studies-collected milestone the draft to stakeholders is the deadline, and its readiness lists them
        project.getMilestones().removeIf(m -> m.getKind() == MilestoneKind.CASE_STUDIES_COLLECTED);
        var draft = pipeline.deadline(project);
        assertTrue(readiness.readiness(project, draft).open().stream().anyMatch(i -> i.elementId().equals("cs-greater-manchester")));
        assertTrue(pipeline.board(project, draft.getDate().plusDays(1)).stream().anyMatch(Entry::overdue));
    }

    @Test
    void aContributedReadinessRuleChangesTheBoard() {
        // an institution's rule: a case study is not collected until its consent to publish is recorded
        org.bridgework.drafting.api.ReadinessRule consent = new org.bridgework.drafting.api.ReadinessRule() {
            @Override
            public boolean appliesTo(MilestoneKind kind) {
                return kind == MilestoneKind.CASE_STUDIES_COLLECTED;
            }

            @Override
            public List<org.bridgework.drafting.api.Readiness.OpenItem> open(GuidanceProject p, org.bridgework.model.Milestone m) {
                return p.getCaseStudies().stream().filter(c -> c.getConsentToPublish() == null)
                        .map(c -> new org.bridgework.drafting.api.Readiness.OpenItem(org.bridgework.drafting.api.Readiness.Kind.CASE_STUDY_UNVERIFIED,
                                c.getId(), "no consent to publish"))
                        .toList();
            }
        };
        CollectionPipelineImpl strict = new CollectionPipelineImpl(new org.bridgework.drafting.internal.MilestoneReadinessImpl(List.of(consent)));
        CaseStudy liverpool = cs("cs-liverpool");
        LocalDate after = pipeline.deadline(project).getDate().plusDays(1);
        if (liverpool.getCollectionStatus() != CollectionStatus.APPROVED) {
            pipeline.advance(null, liverpool, CollectionStatus.APPROVED, after.minusDays(2), null).execute();
        }
        liverpool.setConsentToPublish(null);
        assertFalse(entry(pipeline.board(project, after), liverpool).overdue(), "approved: collected by the built-in rule");
        assertTrue(entry(strict.board(project, after), liverpool).overdue(), "not collected by the contributed rule");
    }

    private static Entry entry(List<Entry> board, CaseStudy cs) {
        return board.stream().filter(e -> e.caseStudy() == cs).findFirst().orElseThrow();
    }

    @Test
    void forwardOnlyExceptWithdrawn() {
        CaseStudy c = cs("cs-greater-manchester");
        assertEquals(CollectionStatus.IDENTIFIED, c.getCollectionStatus());
        int history = c.getStatusHistory().size();
        var cmd = pipeline.advance(null, c, CollectionStatus.TEMPLATE_SENT, LocalDate.of(2027, 3, 1), "sent by email");
        cmd.execute();
        assertEquals(CollectionStatus.TEMPLATE_SENT, c.getCollectionStatus());
        assertEquals(history + 1, c.getStatusHistory().size());
        assertEquals(LocalDate.of(2027, 3, 1), c.getStatusHistory().get(history).getDate());
        cmd.undo();
        assertEquals(CollectionStatus.IDENTIFIED, c.getCollectionStatus());
        assertEquals(history, c.getStatusHistory().size());
        cmd.redo();
        String back = pipeline.refusal(c, CollectionStatus.ENGAGED);
        assertTrue(back.contains("cannot go back to engaged"), back);
        assertThrows(IllegalArgumentException.class, () -> pipeline.advance(null, c, CollectionStatus.ENGAGED, LocalDate.now(), null));
        assertTrue(pipeline.refusal(c, CollectionStatus.TEMPLATE_SENT).contains("already"));
        assertNull(pipeline.refusal(c, CollectionStatus.WITHDRAWN));
        pipeline.advance(null, c, CollectionStatus.WITHDRAWN, LocalDate.of(2027, 3, 2), null).execute();
        assertTrue(pipeline.refusal(c, CollectionStatus.APPROVED).contains("withdrawn"));
    }
}
