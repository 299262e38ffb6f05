package org.bridgework.contexts.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.contexts.internal.JarVerifier.Verdict;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The trust decision for context bundles, shared by the resolver hook (which keeps refused bundles from
 * resolving) and the registry (which lists them with the reason). Verdicts are cached per bundle until it is
 * updated or uninstalled; the trust folders and settings are read again when a new bundle is judged.
 */
@Component(service = TrustPolicy.class)
public class TrustPolicy {

    private final BundleContext context;
    private final Map<Long, Verdict> verdicts = new ConcurrentHashMap<>();
    private final Set<Long> announced = ConcurrentHashMap.newKeySet();
    private final SynchronousBundleListener forget;
    /** The trust stores last read, with the fingerprint of the folders they were read from. */
    private volatile CachedStores stores;
    private final VerdictCache kept = VerdictCache.forProduct();

    private record CachedStores(String fingerprint, TrustStores stores) {
    }

    @Activate
    public TrustPolicy(BundleContext context) {
        this.context = context;
        this.forget = event -> {
            if (event.getType() == BundleEvent.UNINSTALLED || event.getType() == BundleEvent.UPDATED) {
                verdicts.remove(event.getBundle().getBundleId());
                announced.remove(event.getBundle().getBundleId());
            }
        };
        context.addBundleListener(forget);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(forget);
    }

    public Settings settings() {
        return Settings.current();
    }

    /** The verdict on a jar under these settings: from the verdicts kept between runs when the jar and trust are unchanged. */
    public Verdict verify(Path jar, Settings settings) {
        return kept.verdict(jar, TrustStores.fingerprint(settings.trustFolders()), settings.allowUnsigned(),
                () -> JarVerifier.verify(jar, trustStores(settings), settings.allowUnsigned()));
    }

    /** The trusted certificates of these settings, read again only when a trust folder changed. */
    public TrustStores trustStores(Settings settings) {
        List<Path> folders = settings.trustFolders();
        String fingerprint = TrustStores.fingerprint(folders);
        CachedStores cached = stores;
        if (fingerprint != null && cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.stores();
        }
        TrustStores read = TrustStores.load(folders);
        stores = fingerprint == null ? null : new CachedStores(fingerprint, read);
        return read;
    }

    /** The verdict on a context bundle (null for bundles that are not contexts). */
    public Verdict verdict(Bundle bundle) {
        if (!ContextBundles.isContextBundle(bundle)) {
            return null;
        }
        return verdicts.computeIfAbsent(bundle.getBundleId(), id -> judge(bundle));
    }

    /** The verdict on any bundle that offers a context service, whether or not it declared itself a context. */
    public Verdict verdictForService(Bundle bundle) {
        return verdicts.computeIfAbsent(bundle.getBundleId(), id -> judge(bundle));
    }

    private Verdict judge(Bundle bundle) {
        Settings settings = settings();
        Path jar = ContextBundles.jar(bundle.getLocation());
        if (jar == null) {
            return new Verdict(Trust.UNVERIFIABLE, null, "it was installed from " + bundle.getLocation()
                    + ", not from a local jar file, so its signature cannot be checked; install it with 'bridgework contexts install JAR'");
        }
        Verdict verdict = verify(jar, settings);
        if (!verdict.allowed() && ContextBundles.inProduct(bundle, settings)) {
            // the product's own folder is as trusted as the launcher that reads it
            return new Verdict(Trust.PRODUCT, verdict.signer(), "part of the product (its bundles/ folder); signature check: " + verdict.reason());
        }
        return verdict;
    }

    /** Whether a bundle may resolve: everything that is not a context, and contexts whose verdict allows it. */
    public boolean mayResolve(Bundle bundle) {
        Verdict verdict = verdict(bundle);
        if (verdict == null || verdict.allowed()) {
            return true;
        }
        if (announced.add(bundle.getBundleId())) {
            System.err.println(refusal(bundle, verdict));
        }
        return false;
    }

    static String refusal(Bundle bundle, Verdict verdict) {
        return "bridgework: refused the context bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + bundle.getLocation()
                + "): " + verdict.reason();
    }
}
