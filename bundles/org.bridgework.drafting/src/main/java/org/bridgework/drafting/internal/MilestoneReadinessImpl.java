package org.bridgework.drafting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.PublicationGate;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.drafting.api.MilestoneReadiness;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.drafting.internal.readiness.CaseStudiesCollectedRule;
import org.bridgework.drafting.internal.readiness.CriteriaAgreedRule;
import org.bridgework.drafting.internal.readiness.DraftLengthRule;
import org.bridgework.drafting.internal.readiness.LiteratureMappedRule;
import org.bridgework.drafting.internal.readiness.OpenCommentsRule;
import org.bridgework.drafting.internal.readiness.ScopeAgreedRule;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Milestone readiness from the {@link ReadinessRule} whiteboard: the built-in rules of this bundle (scope agreed,
 * literature mapped, criteria agreed, case studies collected, draft lengths, open review comments) and any a context
 * or institution adds. A rule that throws is reported as an open item instead of hiding the others.
 * <p>
 * One truth for the release: the final milestone's readiness <em>is</em> the {@link PublicationGate} (its blockers in
 * preview), and the gate's {@link ReadinessReleaseRule} turns the open items of the rules that count for the release
 * milestone (the final one unless the publication names another) into blockers. So {@code milestones}, the Milestones
 * view, {@code check} and {@code assemble --release} list the same items. (That rule asks the rules itself, not this
 * service, so the services do not refer to each other in a circle.)
 */
@Component(service = MilestoneReadiness.class)
public class MilestoneReadinessImpl implements MilestoneReadiness {

    /** The gate, when it runs. */
    private volatile PublicationGate gate;

    private record Ranked(ReadinessRule rule, int ranking) {
    }

    private final List<Ranked> rules = new CopyOnWriteArrayList<>();

    public MilestoneReadinessImpl() {
    }

    /** Plain Java (tests, tools): the given rules in this order. */
    public MilestoneReadinessImpl(List<ReadinessRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            this.rules.add(new Ranked(rules.get(i), rules.size() - i));
        }
    }

    /** The built-in rules, for plain-Java use without the OSGi whiteboard. */
    public static MilestoneReadinessImpl withBuiltInRules() {
        return new MilestoneReadinessImpl(List.of(new ScopeAgreedRule(), new LiteratureMappedRule(), new CriteriaAgreedRule(),
                new CaseStudiesCollectedRule(), new DraftLengthRule(), new OpenCommentsRule()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(ReadinessRule rule, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        rules.add(new Ranked(rule, ranking instanceof Integer r ? r : 0));
    }

    void removeRule(ReadinessRule rule) {
        rules.removeIf(r -> r.rule() == rule);
    }

    @Override
    public List<Readiness> readiness(GuidanceProject project) {
        List<Readiness> out = new ArrayList<>();
        for (Milestone m : project.getMilestones()) {
            out.add(readiness(project, m));
        }
        return out;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setGate(PublicationGate gate) {
        this.gate = gate;
    }

    public void unsetGate(PublicationGate gone) {
        if (gate == gone) {
            gate = null;
        }
    }

    @Override
    public Readiness readiness(GuidanceProject project, Milestone milestone) {
        PublicationGate current = gate;
        if (milestone.getKind() == MilestoneKind.FINAL && current != null) {
            List<OpenItem> open = new ArrayList<>();
            for (Blocker b : current.blockers(project, ReleaseScope.PREVIEW)) {
                open.add(new OpenItem(Readiness.Kind.RELEASE_BLOCKER, b.elementId(), b.reason() + (b.fix().isEmpty() ? "" : " Fix: " + b.fix())));
            }
            return new Readiness(milestone.getId(), List.copyOf(open));
        }
        return byRules(project, milestone);
    }

    /** The rules' open items for {@code milestone} (never the gate). */
    Readiness byRules(GuidanceProject project, Milestone milestone) {
        MilestoneKind kind = milestone.getKind() == null ? MilestoneKind.OTHER : milestone.getKind();
        List<Ranked> copy = new ArrayList<>(rules);
        copy.sort(Comparator.comparingInt(Ranked::ranking).reversed());
        List<OpenItem> open = new ArrayList<>();
        for (Ranked ranked : copy) {
            ReadinessRule rule = ranked.rule();
            try {
                if (rule.appliesTo(kind)) {
                    open.addAll(rule.open(project, milestone));
                }
            } catch (RuntimeException e) {
                open.add(new OpenItem(Readiness.Kind.OTHER, milestone.getId(), "the readiness rule " + rule.getClass().getName()
                        + " failed (" + e + "); its items are not counted"));
            }
        }
        return new Readiness(milestone.getId(), List.copyOf(open));
    }

    @Override
    public MilestoneStatus status(GuidanceProject project, Milestone milestone, LocalDate today) {
        MilestoneStatus recorded = milestone.getStatus() == null ? MilestoneStatus.PLANNED : milestone.getStatus();
        if (recorded == MilestoneStatus.DONE || recorded == MilestoneStatus.CANCELLED || recorded == MilestoneStatus.MISSED) {
            return recorded;
        }
        if (milestone.getDate() != null && today.isAfter(milestone.getDate()) && !readiness(project, milestone).ready()) {
            return MilestoneStatus.MISSED;
        }
        return recorded;
    }
}
