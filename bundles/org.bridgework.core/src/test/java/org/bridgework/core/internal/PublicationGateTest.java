package org.bridgework.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Issuer;
import org.bridgework.model.Organisation;
import org.bridgework.model.Publication;
import org.bridgework.model.PublicationStatus;
import org.junit.jupiter.api.Test;

/** The publication gate: its own publication rules, rules in id order, and a failing or hanging rule that blocks. */
class PublicationGateTest {

    private static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    private static GuidanceProject project(PublicationStatus status, boolean secondConfirmed) {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("p");
        Publication publication = F.createPublication();
        publication.setStatus(status);
        publication.setReaderSummary("For readers.");
        p.setPublication(publication);
        for (String[] o : new String[][] {{"taskforce", "true"}, {"uuk", String.valueOf(secondConfirmed)}}) {
            Organisation org = F.createOrganisation();
            org.setId("org-" + o[0]);
            org.setName(o[0]);
            p.getOrganisations().add(org);
            Issuer issuer = F.createIssuer();
            issuer.setId("issuer-" + o[0]);
            issuer.setOrganisation(org);
            issuer.setConfirmed(Boolean.parseBoolean(o[1]));
            publication.getIssuers().add(issuer);
        }
        return p;
    }

    private static ReleaseRule rule(String id, Runnable body, Blocker... blockers) {
        return new ReleaseRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
                body.run();
                return List.of(blockers);
            }
        };
    }

    @Test
    void aFinalProjectWithConfirmedIssuersPassesADraftOrAnUnconfirmedIssuerBlocks() {
        PublicationGateImpl gate = new PublicationGateImpl(List.of(new PublicationRules()));
        assertEquals(List.of(), gate.blockers(project(PublicationStatus.FINAL, true), ReleaseScope.release(null)));
        List<Blocker> draft = gate.blockers(project(PublicationStatus.STAKEHOLDER_DRAFT, false), ReleaseScope.release(null));
        assertEquals(List.of("status-not-final@p", "issuer-incomplete@issuer-uuk"), draft.stream().map(b -> b.code() + "@" + b.elementId()).toList());
        // previewed by check: the status is not a problem while drafting, the unconfirmed issuer is
        List<Problem> warnings = gate.check(project(PublicationStatus.STAKEHOLDER_DRAFT, false));
        assertEquals(1, warnings.size());
        assertEquals(Problem.Severity.WARNING, warnings.get(0).severity());
        assertTrue(warnings.get(0).message().startsWith("Blocks release: Issuer uuk is not confirmed.") && warnings.get(0).message().contains("Fix: "),
                warnings.get(0).message());
    }

    @Test
    void rulesRunInIdOrderAndOneThatFailsOrHangsBlocksInsteadOfPassing() {
        Blocker b = new Blocker("b-code", "x", "B found something.", "Fix B.");
        Blocker a = new Blocker("a-code", "y", "A found something.", "Fix A.");
        ReleaseRule broken = rule("c.broken", () -> {
            throw new IllegalStateException("no index");
        });
        ReleaseRule hanging = rule("d.hanging", () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PublicationGateImpl gate = new PublicationGateImpl(List.of(hanging, rule("b", () -> { }, b), broken, rule("a", () -> { }, a)), 300);
        assertEquals(List.of("a", "b", "c.broken", "d.hanging"), gate.rules());
        long start = System.nanoTime();
        List<Blocker> found = gate.blockers(project(PublicationStatus.FINAL, true), ReleaseScope.release(null));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "the hanging rule costs its time limit, not its sleep");
        assertEquals(List.of("a-code", "b-code", "rule-failed", "rule-failed"), found.stream().map(Blocker::code).toList());
        assertTrue(found.get(2).reason().contains("c.broken") && found.get(2).reason().contains("no index"), found.get(2).reason());
        assertTrue(found.get(3).reason().contains("d.hanging"), found.get(3).reason());
        gate.deactivate();
    }
}
