package org.bridgework.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The booted product: Felix with every bundle of the product's features installed and started.
 * Used by {@link Main}, by the integration tests and by the benchmarks, so all three boot the same way.
 */
public final class Product implements AutoCloseable {

    /**
     * The manifest header of bundles that only the workbench needs (the UI bundles); a headless command does not
     * start them. Its value names the group ("workbench").
     */
    public static final String START_HEADER = "Bridgework-Start";

    /** Which bundles a run starts. */
    public enum Start {
        /** Every bundle: the workbench, the console, the health check and the tests. */
        EVERYTHING,
        /**
         * A command without a window: not the bundles marked {@value Product#START_HEADER}, not the Gogo shell, and no
         * third-party library that has nothing to start (no activator, no components) — such a library resolves when
         * a started bundle needs its packages, and is never resolved when nothing does (SWT, JFace, JSVG).
         */
        HEADLESS
    }

    /** The service filter of the bridgework command, a {@code Function<String[], Integer>} (a JDK type, so we need none of its classes). */
    public static final String COMMAND_FILTER = "(&(objectClass=java.util.function.Function)(bridgework.main=true))";

    private final ProductLayout layout;
    private final Framework framework;
    private final FrameworkErrors errors;
    private final List<String> startFailures = new ArrayList<>();
    private final List<String> otherPlatforms = new ArrayList<>();
    private final Start start;
    private final Path felixCache;
    private final boolean privateCache;
    private FileLock cacheLock;
    private RandomAccessFile cacheLockFile;

    private Product(ProductLayout layout, Framework framework, FrameworkErrors errors, Path felixCache, boolean privateCache, Start start) {
        this.layout = layout;
        this.start = start;
        this.framework = framework;
        this.errors = errors;
        this.felixCache = felixCache;
        this.privateCache = privateCache;
    }

    /** Boots the framework and starts every product bundle. Extra framework properties override the defaults. */
    public static Product boot(ProductLayout layout, Map<String, String> extraProperties) throws IOException, BundleException {
        return boot(layout, extraProperties, Start.EVERYTHING);
    }

    /** Boots the framework and starts the product bundles this kind of run needs. */
    public static Product boot(ProductLayout layout, Map<String, String> extraProperties, Start start) throws IOException, BundleException {
        Path versionCache = layout.versionCache();
        Files.createDirectories(versionCache);
        removeOtherVersions(layout);
        Files.createDirectories(layout.userExtensions());
        Files.createDirectories(layout.productExtensions());

        // one process owns the shared bundle cache; a second one (assemble while the workbench is open) gets a private one
        Path shared = versionCache.resolve("felix");
        RandomAccessFile lockFile = new RandomAccessFile(versionCache.resolve("felix.lock").toFile(), "rw");
        FileLock lock;
        try {
            lock = lockFile.getChannel().tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by another product in this same JVM (tests, benchmarks)
        }
        Path felixCache = shared;
        boolean privateCache = false;
        if (lock == null) {
            lockFile.close();
            lockFile = null;
            felixCache = Files.createTempDirectory(versionCache, "felix-");
            privateCache = true;
        }

        FrameworkErrors errors = new FrameworkErrors();
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, felixCache.toString());
        config.put("felix.cache.locking", "false"); // we lock ourselves, above
        config.put("felix.log.logger", errors);
        config.put("felix.log.level", "2");
        // JSVG (SWT's SVG rasterizer, which JFace's own icons need) requires a ServiceLoader mediator; its use is plain ServiceLoader
        // slf4j-api (JGit logs through it) requires a provider by ServiceLoader; the launcher names its built-in silent
        // provider with the slf4j.provider property (below), so the system bundle stands in for the provider capability
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0,"
                + "osgi.serviceloader;osgi.serviceloader=org.slf4j.spi.SLF4JServiceProvider");
        config.put("felix.fileinstall.dir", layout.productExtensions().toString());
        config.put("felix.fileinstall.poll", "500");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.log.level", "1");
        config.put("felix.fileinstall.bundles.startTransient", "true");
        config.put("gosh.args", "--nointeractive");
        config.put("ds.loglevel", "warn");
        // SCR keeps the parsed component descriptions in its bundle data between runs (keyed by each bundle's last
        // modification), instead of parsing every bundle's OSGI-INF XML at every start
        config.put("ds.cache.metadata", "true");
        // a delayed component, once activated, stays: no deactivate/activate churn when its last user lets go
        config.put("ds.delayed.keepInstances", "true");
        // the platform in Equinox's terms: bundles' Eclipse-PlatformFilter headers are matched against it (PlatformFilter)
        config.putAll(PlatformFilter.current());
        config.putAll(extraProperties);
        // POI (embedded in several bundles) brings log4j-api without a provider; its status logger would complain on every use
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        // JGit logs through slf4j-api, which has no provider here: use its silent one without saying so on every run
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.setProperty("bridgework.user.extensions", layout.userExtensions().toString());
        // the user's folders for every bundle (core.api UserFolders), in the platform's places
        UserFolders user = UserFolders.current();
        System.setProperty("bridgework.user.config", user.config().toString());
        System.setProperty("bridgework.user.data", layout.userExtensions().getParent() != null ? layout.userExtensions().getParent().toString()
                : user.data().toString());
        System.setProperty("bridgework.user.cache", layout.cacheRoot().toString());
        System.setProperty("bridgework.version", layout.version());
        System.setProperty("bridgework.home", layout.home().toString());
        System.setProperty("bridgework.cache", versionCache.toString());
        if (System.getProperty("swt.library.path") == null) {
            // SWT unpacks its natives there only when the folder exists
            Path swt = Files.createDirectories(versionCache.resolve("swt"));
            System.setProperty("swt.library.path", swt.toString());
        }

        Felix felix = new Felix(config);
        felix.init();
        Timing.mark("framework-initialised");
        if ("bundles".equals(System.getenv("BRIDGEWORK_TIMING"))) {
            Map<Long, Long> starting = new java.util.concurrent.ConcurrentHashMap<>();
            felix.getBundleContext().addBundleListener((org.osgi.framework.SynchronousBundleListener) event -> {
                if (event.getType() == org.osgi.framework.BundleEvent.STARTING) {
                    starting.put(event.getBundle().getBundleId(), System.nanoTime());
                } else if (event.getType() == org.osgi.framework.BundleEvent.STARTED && starting.containsKey(event.getBundle().getBundleId())) {
                    Timing.bundle(event.getBundle().getSymbolicName(), System.nanoTime() - starting.get(event.getBundle().getBundleId()));
                }
            });
        }
        Product product = new Product(layout, felix, errors, felixCache, privateCache, start);
        product.cacheLock = lock;
        product.cacheLockFile = lockFile;
        List<Bundle> toStart = product.install();
        felix.start();
        Timing.mark("framework-started");
        product.start(toStart);
        Timing.mark("bundles-started");
        return product;
    }

    /**
     * Installs (or updates) the product's bundles and returns those this run starts. Nothing is started persistently:
     * what one run started (the workbench) must not start again in the next (a headless command).
     */
    private List<Bundle> install() throws IOException {
        BundleContext context = framework.getBundleContext();
        Map<String, Bundle> installed = new HashMap<>();
        String productPrefix = "reference:" + layout.bundles().toUri();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0 && !bundle.getLocation().startsWith(productPrefix)
                    && (jarIsGone(bundle.getLocation()) || !isOurs(bundle.getLocation()))) {
                // an extension whose jar was deleted while the product was not running (FileInstall would not notice),
                // or a bundle another product folder of the same version left in this shared cache
                try {
                    bundle.uninstall();
                } catch (BundleException e) {
                    startFailures.add(bundle.getSymbolicName() + ": " + e.getMessage());
                }
                continue;
            }
            installed.put(bundle.getLocation(), bundle);
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(layout.bundles(), "*.jar")) {
            stream.forEach(jars::add);
        }
        Collections.sort(jars);
        Set<String> wanted = new HashSet<>();
        List<Bundle> toStart = new ArrayList<>();
        PlatformFilter platform = new PlatformFilter(PlatformFilter.current());
        for (Path jar : jars) {
            // reference: installs read the jar in place instead of copying it into the cache
            String location = "reference:" + jar.toUri();
            // an installed bundle's headers are cached by the framework: open the jar only for new ones
            Bundle known = installed.get(location);
            if (!platform.matches(known != null ? known.getHeaders("").get(PlatformFilter.HEADER) : PlatformFilter.headerOf(jar))) {
                otherPlatforms.add(jar.getFileName().toString()); // for another system (SWT's win32, cocoa): never installed here
                continue;
            }
            wanted.add(location);
            try {
                Bundle bundle = installed.get(location);
                if (bundle == null) {
                    bundle = context.installBundle(location);
                } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                    bundle.update(); // the product was rebuilt with the same version
                }
                if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                    toStart.add(bundle);
                }
            } catch (BundleException e) {
                startFailures.add(jar.getFileName() + ": " + e.getMessage());
            }
        }
        for (Bundle bundle : installed.values()) {
            if (bundle.getLocation().startsWith(productPrefix) && !wanted.contains(bundle.getLocation())) {
                try {
                    bundle.uninstall(); // removed from the product since the cache was made
                } catch (BundleException e) {
                    startFailures.add(bundle.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        Timing.mark("bundles-installed");
        for (Bundle bundle : context.getBundles()) {
            // bundles a previous version of the launcher (or an older cache) started persistently
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            if (bundle.getBundleId() != 0 && bundle.getLocation().startsWith(productPrefix) && level != null && level.isPersistentlyStarted()) {
                try {
                    bundle.stop();
                } catch (BundleException e) {
                    startFailures.add(bundle.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        toStart.removeIf(bundle -> !needed(bundle));
        toStart.sort(Comparator.comparingLong(Bundle::getBundleId)); // the order bundles were first installed, as Felix would
        return toStart;
    }

    /** Whether this run starts the bundle. */
    private boolean needed(Bundle bundle) {
        if (start == Start.EVERYTHING) {
            return true;
        }
        Dictionary<String, String> headers = bundle.getHeaders("");
        if (headers.get(START_HEADER) != null) {
            return false;
        }
        String name = bundle.getSymbolicName();
        if (name != null && name.startsWith("org.apache.felix.gogo.")) {
            return false; // the shell: only for --console
        }
        // the product's own bundles always start (a data context's meaning is that it is active);
        // a third-party library with nothing to start resolves when a started bundle imports from it
        return name == null || name.startsWith("org.bridgework.")
                || headers.get(Constants.BUNDLE_ACTIVATOR) != null || headers.get("Service-Component") != null;
    }

    private void start(List<Bundle> toStart) {
        for (Bundle bundle : toStart) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                startFailures.add(bundle.getSymbolicName() + ": " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
            }
        }
    }

    /** Which bundles this run started (a headless run leaves the workbench's bundles installed, not started). */
    public Start start() {
        return start;
    }

    /** True when a file location lies in this product's bundles or in one of the extension folders (or is not a file at all). */
    private boolean isOurs(String location) {
        String path = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!path.startsWith("file:")) {
            return true;
        }
        try {
            Path file = Path.of(java.net.URI.create(path)).toAbsolutePath().normalize();
            return file.startsWith(layout.bundles().toAbsolutePath().normalize())
                    || file.startsWith(layout.productExtensions().toAbsolutePath().normalize())
                    || file.startsWith(layout.userExtensions().toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** True when a bundle's location is a local file that no longer exists. */
    static boolean jarIsGone(String location) {
        String path = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        try {
            if (path.startsWith("file:")) {
                return !Files.exists(Path.of(java.net.URI.create(path)));
            }
            if (path.startsWith("/")) {
                return !Files.exists(Path.of(path));
            }
        } catch (IllegalArgumentException e) {
            return false; // not a plain file location (FileInstall may add query parts): leave it to FileInstall
        }
        return false;
    }

    private static void removeOtherVersions(ProductLayout layout) throws IOException {
        try (Stream<Path> children = Files.list(layout.cacheRoot())) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child) && !child.equals(layout.versionCache()) && Files.exists(child.resolve("felix.lock"))) {
                    deleteTree(child);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Waits for the bridgework command service and returns it. */
    @SuppressWarnings("unchecked")
    public Function<String[], Integer> command(long timeoutMillis) throws InterruptedException {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(COMMAND_FILTER), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        Object service = tracker.waitForService(timeoutMillis);
        return service == null ? null : (Function<String[], Integer>) service;
    }

    public Framework framework() {
        return framework;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public ProductLayout layout() {
        return layout;
    }

    /** Bundles that could not be installed or started, with the reason. */
    /** The jars of bundles/ left out because their Eclipse-PlatformFilter names another system. */
    public List<String> otherPlatformBundles() {
        return List.copyOf(otherPlatforms);
    }

    public List<String> startFailures() {
        return List.copyOf(startFailures);
    }

    /** Errors the framework logged since boot. */
    public List<String> frameworkErrors() {
        return errors.errors();
    }

    /** Blocks until the framework stops (the Gogo console's {@code exit}). */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    @Override
    public void close() throws Exception {
        if (framework.getState() == Bundle.ACTIVE || framework.getState() == Bundle.STARTING) {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                errors.record(1, "the framework did not stop within 10 s");
            }
        }
        if (cacheLock != null) {
            cacheLock.release();
            cacheLockFile.close();
        }
        if (privateCache) {
            deleteTree(felixCache);
        }
    }
}
