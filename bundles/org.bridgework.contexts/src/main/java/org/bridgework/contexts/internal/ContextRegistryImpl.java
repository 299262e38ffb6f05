package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextInfo.Style;
import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.LocalContext;
import org.bridgework.contexts.internal.JarVerifier.Verdict;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ExtensionGuard;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.model.GuidanceProject;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The registry: an extender for data-only context bundles (a bundle tracker: DS cannot track bundles) and a
 * whiteboard of {@link LocalContext} services. Every context is read once into a {@link Snapshot}: Java ones on
 * a worker thread with a time limit, so a context that throws or hangs is disabled and reported while the others
 * go on.
 */
// delayed: a command that needs no context (version, --help) does not read the contexts' files; the bundle tracker
// sees every bundle's state as it is when the first user asks
@Component(service = {ContextRegistry.class, ValidationRule.class})
public class ContextRegistryImpl implements ContextRegistry, ValidationRule {

    /** One context (or refused / broken context bundle) as the registry holds it. */
    record Entry(ContextInfo info, Snapshot context) {
    }

    private final BundleContext bundleContext;
    private final TrustPolicy policy;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final ContextInstaller installer;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bridgework-context-reader");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleTracker<Bundle> tracker;
    /** Reading a Java context calls its code: with the shared time limit, and a context that hangs or throws is disabled. */
    private final ExtensionGuard guard;
    private volatile boolean active = true;
    private volatile boolean settledOnce;

    @Activate
    public ContextRegistryImpl(BundleContext bundleContext, @Reference TrustPolicy policy) {
        this.bundleContext = bundleContext;
        this.policy = policy;
        this.installer = new ContextInstaller(bundleContext, policy, this);
        this.guard = new ExtensionGuard("Java context service", "context", policy.settings().timeoutMillis());
        int states = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        this.tracker = new BundleTracker<>(bundleContext, states, new BundleTrackerCustomizer<Bundle>() {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                if (!ContextBundles.isContextBundle(bundle) || bundle.equals(bundleContext.getBundle())) {
                    return null;
                }
                bundleChanged(bundle);
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                bundleChanged(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                boolean changed;
                synchronized (entries) {
                    changed = entries.remove(bundleKey(bundle)) != null;
                }
                if (changed) {
                    fire();
                }
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        active = false;
        tracker.close();
        workers.shutdownNow();
        guard.close();
    }

    private static String bundleKey(Bundle bundle) {
        return "bundle:" + bundle.getBundleId();
    }

    private static String serviceKey(ServiceReference<?> reference) {
        return "service:" + reference.getProperty(Constants.SERVICE_ID);
    }

    // ---- data bundles and bundle states

    private void bundleChanged(Bundle bundle) {
        Entry entry = entryFor(bundle);
        synchronized (entries) {
            if (entry == null) {
                entries.remove(bundleKey(bundle));
            } else {
                entries.put(bundleKey(bundle), entry);
            }
        }
        fire();
    }

    private Entry entryFor(Bundle bundle) {
        Verdict verdict = policy.verdict(bundle);
        if (verdict == null) {
            return null;
        }
        if (!verdict.allowed()) {
            return new Entry(info(bundle, null, Style.DATA, Status.REFUSED, verdict, List.of(new Problem(Severity.ERROR, "context-refused", null,
                    "The context bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " was refused: " + verdict.reason()))), null);
        }
        String path = ContextBundles.contextPath(bundle);
        int state = bundle.getState();
        if (path == null) {
            // a Java context: its services speak for it once it is active
            if (state == Bundle.ACTIVE || state == Bundle.STARTING || state == Bundle.STOPPING) {
                return null;
            }
            return new Entry(info(bundle, null, Style.JAVA, Status.DISABLED, verdict, List.of(new Problem(Severity.WARNING, "context-not-started", null,
                    "The context bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " is installed but not active"
                            + (state == Bundle.RESOLVED ? " (it may have failed to start)" : " (it could not be resolved)")))), null);
        }
        if (state != Bundle.ACTIVE && state != Bundle.STARTING) {
            return new Entry(info(bundle, null, Style.DATA, Status.DISABLED, verdict, List.of(new Problem(Severity.WARNING, "context-not-started", null,
                    "The context bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " is installed but not active"))), null);
        }
        URL url = bundle.getEntry(path);
        String where = bundle.getSymbolicName() + "/" + path;
        if (url == null) {
            return disabled(bundle, Style.DATA, verdict, null, List.of(Checks.error(null, "The context bundle " + bundle.getSymbolicName()
                    + " names the context file " + path + " in " + LocalContext.CONTEXT_HEADER + ", but the bundle has no such entry")));
        }
        DataContexts.Result result;
        try (InputStream in = url.openStream()) {
            result = DataContexts.read(in, where, bundle.getHeaders("").get(Constants.BUNDLE_VENDOR));
        } catch (IOException e) {
            result = new DataContexts.Result(null, List.of(Checks.error(null, where + " could not be read: " + e.getMessage())));
        }
        return accept(bundle, Style.DATA, verdict, result.context(), result.problems());
    }

    private Entry accept(Bundle bundle, Style style, Verdict verdict, Snapshot snapshot, List<Problem> found) {
        List<Problem> problems = new ArrayList<>(found);
        if (verdict.trust() == Trust.PRODUCT || verdict.trust() == Trust.UNSIGNED_ALLOWED || verdict.trust() == Trust.UNTRUSTED_ALLOWED) {
            problems.add(new Problem(Severity.INFO, "context-signature", null, bundle.getSymbolicName() + " runs without a trusted signature: "
                    + verdict.reason()));
        }
        if (snapshot != null) {
            problems.addAll(Checks.validate(snapshot));
        }
        boolean bad = snapshot == null || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        if (bad) {
            return disabled(bundle, style, verdict, snapshot, problems);
        }
        return new Entry(info(bundle, snapshot, style, Status.ENABLED, verdict, problems), snapshot);
    }

    private Entry disabled(Bundle bundle, Style style, Verdict verdict, Snapshot snapshot, List<Problem> problems) {
        List<Problem> all = new ArrayList<>();
        all.add(new Problem(Severity.ERROR, "context-disabled", snapshot == null ? null : snapshot.id(), "The context "
                + (snapshot != null && snapshot.id() != null ? snapshot.id() + " from " : "from ") + bundle.getSymbolicName() + " " + bundle.getVersion()
                + " is disabled; the other contexts go on"));
        all.addAll(problems);
        return new Entry(info(bundle, snapshot, style, Status.DISABLED, verdict, all), null);
    }

    private static ContextInfo info(Bundle bundle, Snapshot snapshot, Style style, Status status, Verdict verdict, List<Problem> problems) {
        String id = snapshot != null && snapshot.id() != null ? snapshot.id() : bundle.getSymbolicName();
        String name = snapshot != null && snapshot.name() != null ? snapshot.name() : bundle.getHeaders("").get(Constants.BUNDLE_NAME);
        String vendor = snapshot != null && snapshot.vendor() != null ? snapshot.vendor() : bundle.getHeaders("").get(Constants.BUNDLE_VENDOR);
        return new ContextInfo(id, name == null ? bundle.getSymbolicName() : name, vendor, bundle.getSymbolicName(), bundle.getBundleId(),
                bundle.getVersion().toString(), bundle.getLocation(), style, status, verdict.trust(), verdict.signer(), problems);
    }

    // ---- Java contexts (whiteboard)

    @Reference(service = LocalContext.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeContext")
    void addContext(ServiceReference<LocalContext> reference) {
        pending.incrementAndGet();
        workers.execute(() -> {
            try {
                capture(reference);
            } finally {
                pending.decrementAndGet();
                synchronized (pending) {
                    pending.notifyAll();
                }
            }
        });
    }

    void removeContext(ServiceReference<LocalContext> reference) {
        boolean changed;
        synchronized (entries) {
            changed = entries.remove(serviceKey(reference)) != null;
        }
        if (changed) {
            fire();
        }
    }

    private void capture(ServiceReference<LocalContext> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null || !active) {
            return; // already gone
        }
        Verdict verdict = policy.verdictForService(bundle);
        if (!verdict.allowed()) {
            // a bundle that offers a context without declaring it (so the resolver hook let it run): its context is not used
            Entry refused = new Entry(info(bundle, null, Style.JAVA, Status.REFUSED, verdict, List.of(new Problem(Severity.ERROR, "context-refused", null,
                    "The context service of " + bundle.getSymbolicName() + " " + bundle.getVersion() + " was refused: " + verdict.reason()))), null);
            synchronized (entries) {
                entries.put(serviceKey(reference), refused);
            }
            fire();
            return;
        }
        long timeout = policy.settings().timeoutMillis();
        String label = "The Java context service " + reference.getProperty(Constants.SERVICE_ID) + " of " + bundle.getSymbolicName() + " " + bundle.getVersion();
        // while it is read, validation (which never waits) reports it as not answering yet: a hanging context is seen at once
        synchronized (entries) {
            entries.putIfAbsent(serviceKey(reference), new Entry(info(bundle, null, Style.JAVA, Status.DISABLED, verdict, List.of(new Problem(Severity.WARNING,
                    "context-pending", null, label + " has not answered yet (it is disabled if it does not answer within " + timeout + " ms)"))), null));
        }
        Entry entry;
        try {
            Snapshot snapshot = guard.call(reference, label.substring("The Java context service ".length()), () -> {
                LocalContext service = bundleContext.getService(reference);
                if (service == null) {
                    throw new IllegalStateException("its component could not be activated (its constructor or activate method failed; see the log)");
                }
                try {
                    return Snapshot.of(service);
                } finally {
                    try {
                        bundleContext.ungetService(reference);
                    } catch (IllegalStateException ignored) {
                        // the service went away meanwhile
                    }
                }
            });
            entry = accept(bundle, Style.JAVA, verdict, snapshot, List.of());
        } catch (ExtensionGuard.Unavailable e) {
            if (e.problem().code().endsWith("-interrupted")) {
                forget(reference);
                return;
            }
            entry = disabled(bundle, Style.JAVA, verdict, null, List.of(new Problem(Severity.ERROR, e.problem().code(), null, e.problem().message())));
        }
        if (reference.getBundle() == null) {
            forget(reference); // unregistered while we read it
            return;
        }
        synchronized (entries) {
            entries.put(serviceKey(reference), entry);
        }
        fire();
    }

    private void forget(ServiceReference<LocalContext> reference) {
        synchronized (entries) {
            entries.remove(serviceKey(reference));
        }
    }

    // ---- queries

    /**
     * Waits (a little) until pending reads are done and just-installed context bundles have started; the first
     * time also until the jars already in the extensions folders are installed (FileInstall's first scan runs
     * beside the start-up), so a command run right after start sees them.
     */
    void settle() {
        boolean first = !settledOnce;
        long deadline = System.currentTimeMillis() + policy.settings().timeoutMillis() + (first ? 3000 : 500);
        while (System.currentTimeMillis() < deadline) {
            if (pending.get() == 0 && extensionsSettled(first)) {
                break;
            }
            synchronized (pending) {
                try {
                    pending.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        settledOnce = true;
    }

    private boolean extensionsSettled(boolean folders) {
        Settings settings = policy.settings();
        Set<Path> installed = new HashSet<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            Path jar = ContextBundles.jar(bundle.getLocation());
            if (jar != null) {
                installed.add(jar.toAbsolutePath().normalize());
            }
            if (ContextBundles.isContextBundle(bundle) && jar != null && !ContextBundles.inProduct(bundle, settings)) {
                Verdict verdict = policy.verdict(bundle);
                boolean allowed = verdict != null && verdict.allowed();
                if (allowed && bundle.getState() != Bundle.ACTIVE && System.currentTimeMillis() - bundle.getLastModified() < 3000) {
                    return false; // just installed: FileInstall is about to start it
                }
            }
        }
        for (Path folder : folders ? new Path[] {settings.userExtensions(), settings.productExtensions()} : new Path[0]) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
                for (Path jar : jars) {
                    if (!installed.contains(jar.toAbsolutePath().normalize())) {
                        return false;
                    }
                }
            } catch (IOException e) {
                return true;
            }
        }
        return true;
    }

    private List<Entry> snapshotEntries() {
        settle();
        return currentEntries();
    }

    /**
     * What went wrong with installed contexts (refused, threw, hung, bad data), with the project's problems: the
     * workbench's Problems view and {@code bridgework validate}. Validation runs after every edit, so this reports what
     * is known now and never waits for bundles still starting.
     */
    @Override
    public List<Problem> check(GuidanceProject project) {
        // a broken context is the project's problem only when the project is assembled with it (assemble --context ID
        // fails then, see AssemblyVariantProvider.unavailable): here it is a warning, so validate and assemble go on
        return currentEntries().stream().flatMap(e -> e.info().problems().stream())
                .map(p -> p.severity() == Severity.ERROR ? new Problem(Severity.WARNING, p.code(), p.elementId(), p.message()) : p).toList();
    }

    private List<Entry> currentEntries() {
        List<Entry> list;
        synchronized (entries) {
            list = new ArrayList<>(entries.values());
        }
        list.sort(Comparator.comparing((Entry e) -> e.info().id()).thenComparing(e -> e.info().bundleId()));
        // two enabled contexts with one id: the first (lowest bundle id) wins, the other is reported
        Set<String> seen = new HashSet<>();
        List<Entry> result = new ArrayList<>();
        for (Entry entry : list) {
            if (entry.context() != null && !seen.add(entry.info().id())) {
                ContextInfo info = entry.info();
                List<Problem> problems = new ArrayList<>(info.problems());
                problems.add(new Problem(Severity.ERROR, "context-duplicate", info.id(), "The context id " + info.id() + " of " + info.bundle()
                        + " is already used by another installed context; this one is disabled"));
                entry = new Entry(new ContextInfo(info.id(), info.name(), info.vendor(), info.bundle(), info.bundleId(), info.version(), info.location(),
                        info.style(), Status.DISABLED, info.trust(), info.signer(), problems), null);
            }
            result.add(entry);
        }
        return result;
    }

    @Override
    public List<ContextInfo> contexts() {
        return snapshotEntries().stream().map(Entry::info).toList();
    }

    @Override
    public Optional<ContextInfo> info(String id) {
        List<ContextInfo> all = contexts();
        return all.stream().filter(i -> i.id().equals(id)).findFirst().or(() -> all.stream().filter(i -> i.bundle().equals(id)).findFirst());
    }

    @Override
    public Optional<LocalContext> get(String id) {
        return snapshotEntries().stream().filter(e -> e.context() != null && e.info().id().equals(id)).map(e -> (LocalContext) e.context()).findFirst();
    }

    @Override
    public List<LocalContext> enabled() {
        return snapshotEntries().stream().filter(e -> e.context() != null).map(e -> (LocalContext) e.context()).toList();
    }

    @Override
    public List<Problem> problems() {
        return contexts().stream().flatMap(i -> i.problems().stream()).toList();
    }

    @Override
    public List<Problem> check(LocalContext context, GuidanceProject project) {
        return Checks.check(context, project);
    }

    @Override
    public Adapted apply(GuidanceProject project, LocalContext context) {
        return Applier.apply(project, context);
    }

    @Override
    public boolean removable(ContextInfo info) {
        Bundle bundle = info.bundleId() < 0 ? null : bundleContext.getBundle(info.bundleId());
        return bundle != null && bundle.getSymbolicName() != null && bundle.getSymbolicName().equals(info.bundle())
                && !ContextBundles.inProduct(bundle, policy.settings());
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a listener's failure is its own
            }
        }
    }

    // ---- install / uninstall (ContextInstaller)

    @Override
    public ContextInfo install(Path jar) throws IOException {
        return installer.install(jar);
    }

    @Override
    public void uninstall(String id) throws IOException {
        installer.uninstall(id);
    }

}
