package org.bridgework.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import java.util.concurrent.CompletableFuture;

import org.apache.felix.framework.FrameworkFactory;
import org.bridgework.ui.workbench.testbundle.HelloViewActivator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Boots Felix the way the launcher does, with the core bundles the workbench
 * needs and every bundle of the UI feature (read from {@code features/ui/pom.xml}),
 * taken from this test's class path: each must start (fragments resolve), the
 * workbench command must be registered, and, with a display, the window must
 * open and be captured to {@code target/screenshots/workbench.png}.
 * <p>
 * Without a display the window test is skipped, unless
 * {@code -Dbridgework.requireDisplay=true} (set in CI, run under xvfb-run), which makes it fail.
 */
class WorkbenchBootIT {
    /** The core bundles the UI feature runs on (SCR and its APIs, the command line). */
    /** The feature's own bundles this module builds on: the others in the feature are area bundles built later. */
    static final List<String> WORKBENCH_BUNDLES = List.of("org.bridgework.equinox.shim", "org.bridgework.ui.api", "org.bridgework.ui.workbench");
    static final List<String> CORE = List.of("org.apache.felix.scr", "org.osgi.service.component", "org.osgi.util.promise",
            "org.osgi.util.function", "picocli", "gson", "org.bridgework.cli", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
            "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.edit", "org.bridgework.model", "org.bridgework.model.edit",
            "org.bridgework.core", "org.bridgework.samples");
    private static final String COMMAND_CONTRIBUTION = "org.bridgework.cli.api.CommandContribution";
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    private static Framework framework;

    @BeforeAll
    static void boot() throws Exception {
        List<String> artifacts = new ArrayList<>(CORE);
        artifacts.addAll(uiFeatureArtifacts());
        Map<String, Path> jars = jarsOnClassPath(artifacts);

        Map<String, String> config = new LinkedHashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, TARGET.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // JSVG requires a service loader mediator (SPI Fly), which Felix does not have: SWT finds its SVG rasterizer
        // with a plain ServiceLoader, and JSVG falls back to its default logging. The launcher declares the same.
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0");
        // SWT unpacks its natives here instead of ~/.swt, as the launcher points it at a per-user cache
        System.setProperty("swt.library.path", TARGET.resolve("swt").toString());
        // the workbench's layout and recovery journal in target/, not in the user's folders
        System.setProperty("bridgework.workbench.config", TARGET.resolve("it-home/config").toString());
        System.setProperty("bridgework.workbench.recovery", TARGET.resolve("it-home/recovery").toString());

        long started = System.nanoTime();
        framework = new FrameworkFactory().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars.values()) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        framework.start();
        List<String> failures = new ArrayList<>();
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    failures.add(bundle.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        System.out.printf("Felix started with %d bundles in %d ms%n", installed.size(), (System.nanoTime() - started) / 1_000_000);
        if (!failures.isEmpty()) {
            fail("bundles failed to start:\n  " + String.join("\n  ", failures));
        }
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void everyBundleIsActiveAndEveryFragmentResolved() {
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            int expected = isFragment(bundle) ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                wrong.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " is in state " + bundle.getState());
            }
        }
        assertTrue(wrong.isEmpty(), () -> "bundles not in the state they should be:\n  " + String.join("\n  ", wrong));
        Bundle shim = bundle("org.eclipse.osgi");
        assertTrue(shim.getLocation().contains("org.bridgework.equinox.shim"), "org.eclipse.osgi must be our shim, not Equinox: " + shim.getLocation());
    }

    @Test
    void workbenchCommandIsRegistered() throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, COMMAND_CONTRIBUTION, null);
        // all services: this test's class path has its own copy of the API class, which Felix would otherwise filter on
        tracker.open(true);
        try {
            tracker.waitForService(5_000);
            List<String> names = new ArrayList<>();
            ServiceReference<Object>[] references = tracker.getServiceReferences();
            for (ServiceReference<Object> reference : references == null ? List.<ServiceReference<Object>>of() : List.of(references)) {
                Object contribution = tracker.getService(reference);
                names.add((String) contribution.getClass().getMethod("name").invoke(contribution));
                if ("workbench".equals(names.get(names.size() - 1))) {
                    assertEquals("org.bridgework.ui.workbench", reference.getBundle().getSymbolicName());
                }
            }
            assertTrue(names.contains("workbench"), () -> "no workbench command among " + names);
        } finally {
            tracker.close();
        }
    }

    @Test
    void workbenchOpensTheSamplePaintsAndWritesAScreenshot() throws Exception {
        requireDisplay();
        Path screenshot = TARGET.resolve("screenshots/workbench.png");
        Files.deleteIfExists(screenshot);

        long started = System.nanoTime();
        int exitCode = commandLine().apply(new String[] {"workbench", "--sample", "--perspective", "drafting",
                "--screenshot", screenshot.toString(), "--exit"});
        System.out.printf("workbench --screenshot --exit returned after %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertEquals(0, exitCode, "exit code of bridgework workbench");
        assertTrue(Files.size(screenshot) > 0, "empty screenshot " + screenshot);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertNotNull(image, "not a readable PNG: " + screenshot);
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 600, "window too small: " + image.getWidth() + "x" + image.getHeight());
        // a window that painted has text, a menu bar and a status line: far more than one or two colours
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 8, "the screenshot looks blank (" + colours.size() + " colours)");
    }

    /**
     * A bundle that contributes a view, installed while the workbench runs: its view appears; stopped, it goes; the
     * workbench is driven and observed through its Gogo commands (workbench:views), which need only JDK types.
     */
    @Test
    void aViewBundleInstalledWhileTheWorkbenchRunsAppearsAndGoesWhenStopped() throws Exception {
        requireDisplay();
        Function<String[], Integer> commandLine = commandLine();
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        Thread ui = new Thread(() -> {
            try {
                exitCode.complete(commandLine.apply(new String[] {"workbench", "--sample", "--perspective", "drafting"}));
            } catch (Throwable e) {
                exitCode.completeExceptionally(e);
            }
        }, "workbench-ui");
        ui.start();
        BundleContext context = framework.getBundleContext();
        ServiceTracker<Object, Object> shell = new ServiceTracker<>(context, context.createFilter("(osgi.command.scope=workbench)"), null);
        shell.open(true);
        Bundle hello = null;
        try {
            Object commands = shell.waitForService(30_000);
            assertNotNull(commands, "the workbench did not open (no workbench:* commands registered)");
            String before = call(commands, "views");
            assertTrue(before.startsWith("drafting:") && !before.contains(HelloViewActivator.VIEW_ID), before);

            hello = context.installBundle("test:hello-view", new java.io.ByteArrayInputStream(helloBundle()));
            hello.start();
            String shown = waitForViews(commands, v -> v.contains(HelloViewActivator.VIEW_ID), "the Hello view to appear");
            assertTrue(shown.matches(".*right=[^ ]*" + java.util.regex.Pattern.quote(HelloViewActivator.VIEW_ID) + ".*"), shown);
            Path screenshot = Files.createDirectories(TARGET.resolve("screenshots")).resolve("workbench-bundle-view.png");
            assertEquals("shown " + HelloViewActivator.VIEW_ID, call(commands, "show", HelloViewActivator.VIEW_ID));
            Thread.sleep(300); // let it paint
            assertEquals("screenshot " + screenshot, call(commands, "screenshot", screenshot.toString()));

            hello.stop();
            String gone = waitForViews(commands, v -> !v.contains(HelloViewActivator.VIEW_ID), "the Hello view to go");
            assertTrue(gone.contains("org.bridgework.ui.workbench.explorer"), "the rest stays: " + gone);
            hello.start();
            waitForViews(commands, v -> v.contains(HelloViewActivator.VIEW_ID), "the Hello view to come back to its place");
            hello.uninstall();
            hello = null;
            waitForViews(commands, v -> !v.contains(HelloViewActivator.VIEW_ID), "the Hello view to go with its bundle");
            assertEquals("closing", call(commands, "exit"));
            assertEquals(0, exitCode.get(30, java.util.concurrent.TimeUnit.SECONDS), "exit code of bridgework workbench");
        } finally {
            if (hello != null) {
                hello.uninstall();
            }
            shell.close();
            if (!exitCode.isDone()) {
                ui.interrupt();
            }
        }
    }

    private static String waitForViews(Object commands, java.util.function.Predicate<String> condition, String what) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        String views = call(commands, "views");
        while (!condition.test(views)) {
            if (System.nanoTime() > until) {
                fail("timed out waiting for " + what + "; views: " + views);
            }
            Thread.sleep(20);
            views = call(commands, "views");
        }
        return views;
    }

    /** Calls a workbench:* command (a public method taking and returning strings). */
    private static String call(Object commands, String function, String... args) throws Exception {
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, String.class);
        return (String) commands.getClass().getMethod(function, types).invoke(commands, (Object[]) args);
    }

    /** The tiny bundle: HelloViewActivator's class file and a manifest importing the workbench API from Felix. */
    private static byte[] helloBundle() throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "org.bridgework.ui.test.hello");
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.BUNDLE_ACTIVATOR, HelloViewActivator.class.getName());
        main.putValue(Constants.IMPORT_PACKAGE, "org.bridgework.ui.api;version=\"[1.0,2)\", org.bridgework.core.api, org.bridgework.model,"
                + " org.eclipse.swt, org.eclipse.swt.widgets, org.osgi.framework");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes, manifest)) {
            String prefix = HelloViewActivator.class.getPackageName().replace('.', '/') + "/";
            Path classes = Path.of(HelloViewActivator.class.getProtectionDomain().getCodeSource().getLocation().getPath()).resolve(prefix);
            try (Stream<Path> files = Files.list(classes)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("HelloViewActivator")).toList()) {
                    jar.putNextEntry(new java.util.jar.JarEntry(prefix + file.getFileName()));
                    jar.write(Files.readAllBytes(file));
                    jar.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void requireDisplay() {
        if (!hasDisplay()) {
            String message = "no display (DISPLAY is not set): run the UI tests under Xvfb, for example xvfb-run -a -s \"-screen 0 1280x1024x24\" mvn ...";
            if (Boolean.getBoolean("bridgework.requireDisplay")) {
                fail(message + " (bridgework.requireDisplay=true, so this is not skipped)");
            }
            Assumptions.abort(message);
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<String[], Integer> commandLine() throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=java.util.function.Function)(bridgework.main=true))"), null);
        tracker.open();
        Object service = tracker.waitForService(5_000);
        assertNotNull(service, "the bridgework command line service is not registered");
        return (Function<String[], Integer>) service;
    }

    static boolean hasDisplay() {
        return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    private static Bundle bundle(String symbolicName) {
        return Stream.of(framework.getBundleContext().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** The artifactIds the UI feature lists: third-party bundles and the workbench's own (not the area bundles). */
    static List<String> uiFeatureArtifacts() throws Exception {
        Path feature = Path.of(System.getProperty("bridgework.uiFeature", "../../features/ui/pom.xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(feature.toFile()).getDocumentElement();
        List<String> artifacts = new ArrayList<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode().getParentNode() == project) {
                String group = dependency.getElementsByTagName("groupId").item(0).getTextContent().trim();
                String artifact = dependency.getElementsByTagName("artifactId").item(0).getTextContent().trim();
                // area bundles (org.bridgework.ui.<area>) build after the workbench, against its API: they are tested
                // in their own modules and with the whole product (releng/it), not here
                // SWT's Windows and macOS fragments: the launcher leaves them out on Linux (their Eclipse-PlatformFilter),
                // which releng/it's ProductBootTest checks; this plain Felix would attach them to the SWT host
                if (artifact.startsWith("org.eclipse.swt.win32.") || artifact.startsWith("org.eclipse.swt.cocoa.")) {
                    continue;
                }
                if (!"org.bridgework".equals(group) || WORKBENCH_BUNDLES.contains(artifact)) {
                    artifacts.add(artifact);
                }
            }
        }
        assertTrue(!artifacts.isEmpty(), "no bundles in " + feature);
        return artifacts;
    }

    /** For each artifactId, its jar on this test's class path (named artifactId-version.jar); each must be a bundle. */
    static Map<String, Path> jarsOnClassPath(List<String> artifacts) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> entries = Stream.of(classPath.split(File.pathSeparator)).map(Path::of).filter(p -> p.toString().endsWith(".jar")).toList();
        Map<String, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String artifact : artifacts) {
            List<Path> matches = entries.stream().filter(p -> p.getFileName().toString().matches("\\Q" + artifact + "\\E-\\d.*\\.jar")).toList();
            if (matches.size() != 1) {
                missing.add(artifact + " (" + matches.size() + " jars)");
                continue;
            }
            try (JarFile jar = new JarFile(matches.get(0).toFile())) {
                if (jar.getManifest() == null || jar.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                    missing.add(artifact + " (not a bundle: " + matches.get(0) + ")");
                    continue;
                }
            }
            jars.put(artifact, matches.get(0));
        }
        assertTrue(missing.isEmpty(), () -> "not found once on the test class path: " + missing + "\nclass path:\n  "
                + entries.stream().map(Path::toString).collect(Collectors.joining("\n  ")));
        return jars;
    }
}
