package org.bridgework.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.PublicationGate;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The publication gate: every {@link ReleaseRule} service, run one by one. Also a {@link ValidationRule}, so
 * {@code check}, {@code validate} and the Problems view show the blockers as warnings before anyone tries to release.
 */
@Component(service = {PublicationGate.class, ValidationRule.class})
public class PublicationGateImpl implements PublicationGate, ValidationRule {

    private final List<ReleaseRule> rules = new CopyOnWriteArrayList<>();

    public PublicationGateImpl() {
    }

    /** Plain-Java use (tests): these rules. */
    public PublicationGateImpl(List<ReleaseRule> rules) {
        this.rules.addAll(rules);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(ReleaseRule rule) {
        rules.add(rule);
    }

    public void removeRule(ReleaseRule rule) {
        rules.remove(rule);
    }

    @Override
    public List<String> rules() {
        return sorted().stream().map(PublicationGateImpl::id).toList();
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        for (ReleaseRule rule : sorted()) {
            blockers.addAll(run(rule, project, scope));
        }
        return blockers;
    }

    /** One rule's blockers; the one place a rule is called (a time limit goes here). A failing rule blocks. */
    private static List<Blocker> run(ReleaseRule rule, GuidanceProject project, ReleaseScope scope) {
        try {
            List<Blocker> found = rule.blockers(project, scope);
            return found == null ? List.of() : found.stream().filter(b -> b != null).toList();
        } catch (RuntimeException | LinkageError e) {
            return List.of(new Blocker("rule-failed", null, "The release rule " + id(rule) + " (" + rule.getClass().getName()
                    + ") failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()) + ".",
                    "Report this to the makers of the bundle that provides it, or uninstall that bundle."));
        }
    }

    private List<ReleaseRule> sorted() {
        List<ReleaseRule> copy = new ArrayList<>(rules);
        copy.sort(Comparator.comparing(PublicationGateImpl::id));
        return copy;
    }

    private static String id(ReleaseRule rule) {
        try {
            String id = rule.id();
            return id == null ? rule.getClass().getName() : id;
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }

    @Override
    public List<Problem> check(GuidanceProject project) {
        return blockers(project, ReleaseScope.PREVIEW).stream().map(Blocker::asWarning).toList();
    }
}
