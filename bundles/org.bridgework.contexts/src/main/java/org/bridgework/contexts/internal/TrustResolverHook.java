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

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                candidates.removeIf(revision -> !policy.mayResolve(revision.getBundle()));
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
                // no opinion
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                // no opinion
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }
}
