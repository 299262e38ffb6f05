package org.bridgework.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ExtensionGuard;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.PublicationGate;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
    // rules may come from other bundles (a context, an institution): one that hangs or breaks is contained, and blocks
    private final ExtensionGuard guard;

    public PublicationGateImpl() {
        this(List.of(), ExtensionGuard.limit(ExtensionGuard.TIMEOUT_PROPERTY, 5000));
    }

    /** Plain-Java use (tests): these rules. */
    public PublicationGateImpl(List<ReleaseRule> rules) {
        this(rules, ExtensionGuard.limit(ExtensionGuard.TIMEOUT_PROPERTY, 5000));
    }

    /** Plain-Java use (tests): these rules, each call limited to {@code ruleTimeoutMillis}. */
    public PublicationGateImpl(List<ReleaseRule> rules, long ruleTimeoutMillis) {
        this.rules.addAll(rules);
        this.guard = new ExtensionGuard("release rule", "release-rule", ruleTimeoutMillis);
    }

    @Deactivate
    void deactivate() {
        guard.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(ReleaseRule rule) {
        rules.add(rule);
    }

    public void removeRule(ReleaseRule rule) {
        rules.remove(rule);
        guard.forget(rule);
    }

    @Override
    public List<String> rules() {
        return sorted().stream().map(PublicationGateImpl::id).toList();
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        long limit = guard.limitMillisFor(ValidationServiceImpl.elements(project));
        for (ReleaseRule rule : sorted()) {
            blockers.addAll(run(rule, project, scope, limit));
        }
        return blockers;
    }

    /** One rule's blockers, within the extensions' time limit. A rule that fails, hangs or is disabled blocks: a gate that cannot check must not pass. */
    private List<Blocker> run(ReleaseRule rule, GuidanceProject project, ReleaseScope scope, long limit) {
        String id = id(rule);
        try {
            List<Blocker> found = guard.call(rule, id + " (" + rule.getClass().getName() + ")", limit, () -> rule.blockers(project, scope));
            return found == null ? List.of() : found.stream().filter(b -> b != null).toList();
        } catch (ExtensionGuard.Unavailable e) {
            return List.of(new Blocker("rule-failed", null, "The release rule " + id + " could not check the project: " + e.problem().message(),
                    "Report this to the makers of the bundle that provides it, or uninstall that bundle; then release again."));
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
