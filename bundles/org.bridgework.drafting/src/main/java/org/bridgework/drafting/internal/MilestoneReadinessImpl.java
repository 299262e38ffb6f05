package org.bridgework.drafting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.PublicationGate;
import org.bridgework.core.api.ReleaseRule;
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
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.Publication;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Milestone readiness from the {@link ReadinessRule} whiteboard: the built-in rules of this bundle (scope agreed,
 * literature mapped, criteria agreed, case studies collected, draft lengths, open review comments) and any a context
 * or institution adds. A rule that throws is reported as an open item instead of hiding the others.
 * <p>
 * One truth for the release: the final milestone's readiness <em>is</em> the {@link PublicationGate} (its blockers in
 * preview), and this component is also the gate's {@link ReleaseRule} {@value #RULE_ID}, which turns the open items of
 * the rules that count for the release milestone (the final one unless the publication names another) into blockers.
 * So {@code milestones}, the Milestones view, {@code check} and {@code assemble --release} list the same items.
 */
@Component(service = {MilestoneReadiness.class, ReleaseRule.class})
public class MilestoneReadinessImpl implements MilestoneReadiness, ReleaseRule {

    /** The id of the release rule this component is. */
    public static final String RULE_ID = "milestones.readiness";

    /**
     * The gate, when given directly (plain Java). In OSGi it is looked up when the final milestone is asked about, not
     * bound: the gate holds this component as one of its rules, and a reference both ways makes SCR warn of a cycle
     * on every command that activates them.
     */
    private volatile PublicationGate gate;
    private final BundleContext context;

    private record Ranked(ReadinessRule rule, int ranking) {
    }

    private final List<Ranked> rules = new CopyOnWriteArrayList<>();

    public MilestoneReadinessImpl() {
        this.context = null;
    }

    @Activate
    public MilestoneReadinessImpl(BundleContext context) {
        this.context = context;
    }

    /** Plain Java (tests, tools): the given rules in this order. */
    public MilestoneReadinessImpl(List<ReadinessRule> rules) {
        this.context = null;
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

    /** The gate to ask about the final milestone (plain Java; in OSGi the registered gate is used). */
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
        if (milestone.getKind() == MilestoneKind.FINAL) {
            PublicationGate given = gate;
            if (given != null) {
                return gateReadiness(given, project, milestone);
            }
            ServiceReference<PublicationGate> reference = context == null ? null : context.getServiceReference(PublicationGate.class);
            PublicationGate registered = reference == null ? null : context.getService(reference);
            if (registered != null) {
                try {
                    return gateReadiness(registered, project, milestone);
                } finally {
                    context.ungetService(reference);
                }
            }
        }
        return byRules(project, milestone);
    }

    private static Readiness gateReadiness(PublicationGate gate, GuidanceProject project, Milestone milestone) {
        List<OpenItem> open = new ArrayList<>();
        for (Blocker b : gate.blockers(project, ReleaseScope.PREVIEW)) {
            open.add(new OpenItem(Readiness.Kind.RELEASE_BLOCKER, b.elementId(), b.reason() + (b.fix().isEmpty() ? "" : " Fix: " + b.fix())));
        }
        return new Readiness(milestone.getId(), List.copyOf(open));
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
        for (OpenItem item : byRules(project, milestone).open()) {
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

    /** The rules' open items for {@code milestone} (never the gate: the gate asks this). */
    private Readiness byRules(GuidanceProject project, Milestone milestone) {
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
        boolean asksReadiness = milestone.getDate() != null && today.isAfter(milestone.getDate());
        // the readiness only matters once the date has passed: before that the recorded status stands
        return status(milestone, asksReadiness ? readiness(project, milestone) : new Readiness(milestone.getId(), List.of()), today);
    }
}
