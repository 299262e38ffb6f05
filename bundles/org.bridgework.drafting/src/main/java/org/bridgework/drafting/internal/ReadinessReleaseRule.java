package org.bridgework.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Publication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The publication gate's rule {@value #RULE_ID}: the open items of the {@link ReadinessRule}s that count for the release
 * milestone (the final one unless the publication names another) block the release: the document over its length,
 * sections over budget, open review comments, and what a context or an institution adds. It asks the rules itself
 * (the same whiteboard as {@link MilestoneReadinessImpl}), since the final milestone's readiness asks the gate.
 */
@Component(service = ReleaseRule.class)
public class ReadinessReleaseRule implements ReleaseRule {

    /** The id of this release rule. */
    public static final String RULE_ID = "milestones.readiness";

    private final MilestoneReadinessImpl rules;

    public ReadinessReleaseRule() {
        this.rules = new MilestoneReadinessImpl();
    }

    /** Plain Java (tests): these rules. */
    public ReadinessReleaseRule(List<ReadinessRule> rules) {
        this.rules = new MilestoneReadinessImpl(rules);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(ReadinessRule rule, Map<String, Object> properties) {
        rules.addRule(rule, properties);
    }

    void removeRule(ReadinessRule rule) {
        rules.removeRule(rule);
    }

    @Override
    public String id() {
        return RULE_ID;
    }


    /** The open items of the release milestone's rules, as blockers (the final milestone's rules unless the publication names another). */
    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        Publication publication = project.getPublication();
        Milestone milestone = publication == null ? null : publication.getReleaseMilestone();
        if (milestone == null) {
            milestone = project.getMilestones().stream().filter(m -> m.getKind() == MilestoneKind.FINAL).findFirst().orElse(null);
        }
        if (milestone == null) {
            milestone = GuidanceFactory.eINSTANCE.createMilestone();
            milestone.setId("final");
            milestone.setKind(MilestoneKind.FINAL);
        }
        String name = milestone.getTitle() == null || milestone.getTitle().isBlank() ? milestone.getId() : milestone.getTitle();
        List<Blocker> blockers = new ArrayList<>();
        for (OpenItem item : rules.byRules(project, milestone).open()) {
            blockers.add(new Blocker(code(item.kind()), item.elementId(), "Open before '" + name + "': " + item.text() + ".", fix(item.kind())));
        }
        return blockers;
    }

    /** Blocker codes; the two that used to be release rules of their own keep their codes. */
    static String code(Readiness.Kind kind) {
        return switch (kind) {
            case DOCUMENT_OVER_LENGTH -> "over-word-budget";
            case REVIEW_COMMENT_OPEN -> "review-comment-open";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }

    private static String fix(Readiness.Kind kind) {
        return switch (kind) {
            case DOCUMENT_OVER_LENGTH, SECTION_OVER_BUDGET -> "Cut words (the Sections view shows each section against its budget), or agree a longer target.";
            case REVIEW_COMMENT_OPEN -> "Respond and accept, reject or mark it done (Review Comments view or 'bridgework review').";
            default -> "See 'bridgework milestones' for what is open before this milestone, and close it.";
        };
    }
}
