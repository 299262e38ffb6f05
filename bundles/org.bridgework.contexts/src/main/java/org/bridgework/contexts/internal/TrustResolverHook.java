package org.bridgework.contexts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps untrusted context bundles from resolving, whoever installed them (FileInstall from {@code extensions/},
 * {@code contexts install}, the Gogo shell): a bundle that cannot resolve never runs any code and never offers
 * its data. It stays INSTALLED, so it is listed (with the reason) until its jar is removed. On activation,
 * context bundles that resolved before this hook existed (at start-up) are judged too, and stopped and
 * unresolved when refused.
 */
@Component(immediate = true, service = ResolverHookFactory.class)
public class TrustResolverHook implements ResolverHookFactory {

    private final TrustPolicy policy;

    @Activate
    public TrustResolverHook(BundleContext context, @Reference TrustPolicy policy) {
        this.policy = policy;
        List<Bundle> refused = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0 && !policy.mayResolve(bundle)) {
                try {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    // still refreshed below
                }
                refused.add(bundle);
            }
        }
        if (!refused.isEmpty()) {
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(refused);
        }
    }

    /*
     * Felix 7.0.5 builds the resolvable "whitelist" from the unresolved revisions only and, once a hook has removed
     * anything from it, drops every capability whose revision is not on it - including those of the system bundle
     * and of every bundle already resolved. A refused bundle is always unresolved, so removing it from every resolve
     * left each bundle that resolved later (drafting, search, the UI, JFace...) missing javax.xml.* or osgi.ee.
     * So the hook shrinks the resolvable set only when a refused bundle is itself a trigger of the resolve (its own
     * start, or a batch that names it), and otherwise keeps refused bundles out through filterMatches: nothing may
     * wire to a refused bundle's capabilities (so it is never pulled in as a dependency) and its own requirements
     * (a fragment's host included) find no provider.
     */
    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                candidates.removeIf(revision -> triggers.contains(revision) && !policy.mayResolve(revision.getBundle()));
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
                // no opinion
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (isRefused(requirement.getRevision())) {
                    candidates.clear();
                } else {
                    candidates.removeIf(candidate -> isRefused(candidate.getRevision()));
                }
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }

    private boolean isRefused(BundleRevision revision) {
        return revision != null && revision.getBundle() != null && revision.getBundle().getBundleId() != 0 && !policy.mayResolve(revision.getBundle());
    }
}
