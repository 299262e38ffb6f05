package org.bridgework.drafting.internal.release;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.DraftingChecks;
import org.bridgework.drafting.api.Finding;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Image;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Publication;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The drafting release rules: claims cite their evidence, the document is accessible, short enough and reviewed. */
public final class DraftReleaseRules {

    private DraftReleaseRules() {
    }

    /** Every claim (a figure, "research shows" ...) cites a source: what the drafting check 'claim-without-citation' finds. */
    @Component(service = ReleaseRule.class)
    public static class UncitedClaims implements ReleaseRule {
        public static final String CODE = "uncited-claim";
        private final DraftingChecks checks;

        @Activate
        public UncitedClaims(@Reference DraftingChecks checks) {
            this.checks = checks;
        }

        @Override
        public String id() {
            return "drafting.claims";
        }

        @Override
        public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
            List<Blocker> blockers = new ArrayList<>();
            if (!scope.release()) {
                // check and the Problems view already show the drafting check's own warning; running every check a
                // second time on each edit would only repeat it
                return blockers;
            }
            // all checks on, whatever the project's settings switch off: the gate does not bend
            for (Finding f : checks.run(project, CheckSettings.defaults())) {
                if (f.problem().code().equals("claim-without-citation")) {
                    blockers.add(new Blocker(CODE, f.problem().elementId(), f.problem().message(),
                            f.quickFix() != null ? f.quickFix() : "Cite the source ([@key]) or link the evidence (Edit > Link Evidence..., Ctrl+Alt+E), or soften the claim."));
                }
            }
            return blockers;
        }
    }

    /** Accessibility: every image has alt text, every section a heading. */
    @Component(service = ReleaseRule.class)
    public static class Accessibility implements ReleaseRule {
        public static final String CODE = "accessibility";

        @Override
        public String id() {
            return "drafting.accessibility";
        }

        @Override
        public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
            List<Blocker> blockers = new ArrayList<>();
            GuidanceDocument document = project.getDocument();
            if (document == null) {
                return blockers;
            }
            for (var it = document.eAllContents(); it.hasNext();) {
                Object e = it.next();
                if (e instanceof Image i && (i.getAltText() == null || i.getAltText().isBlank())) {
                    blockers.add(new Blocker(CODE, i.getId(), "Image " + i.getId() + " has no alt text: screen-reader users would miss it.",
                            "Write a short description of what it shows (or what it is for) as its alt text."));
                } else if (e instanceof Section s && (s.getHeading() == null || s.getHeading().isBlank())) {
                    blockers.add(new Blocker(CODE, s.getId(), "Section " + s.getId() + " has an empty heading: the contents and screen readers lose their way.",
                            "Give the section a heading."));
                }
            }
            return blockers;
        }
    }

    // the length target and open review comments block a release through milestone readiness (MilestoneReadinessImpl,
    // rule id milestones.readiness): the release milestone's own rules, one definition for milestones and the gate
}
