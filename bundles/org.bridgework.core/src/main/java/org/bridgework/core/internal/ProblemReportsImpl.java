package org.bridgework.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bridgework.core.api.ProblemReports;
import org.bridgework.core.api.UserFolders;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The environment and problem reports. A report is a zip of {@code README.txt} (what is in it),
 * {@code environment.txt} (product, commit, runtime, system, folders, a chosen set of system properties and
 * environment variables: nothing of the user's name, files or projects), {@code bundles.txt}, the log files
 * ({@code logs/...}, at most {@value #LOG_LIMIT} bytes each, the newest part kept) and, only when chosen, one project
 * file ({@code project/NAME}).
 */
@Component(service = ProblemReports.class)
public class ProblemReportsImpl implements ProblemReports {
    static final int LOG_LIMIT = 4 * 1024 * 1024;
    /** The system properties a report may hold: about the runtime and the product, not about the user. */
    private static final List<String> PROPERTY_PREFIXES = List.of("java.version", "java.vendor", "java.runtime", "java.vm.",
            "java.home", "java.specification.version", "os.", "file.encoding", "native.encoding", "stdout.encoding",
            "sun.jnu.encoding", "user.language", "user.country", "user.timezone", "bridgework.", "felix.", "swt.");
    /** The environment variables a report may hold. */
    private static final List<String> ENV_PREFIXES = List.of("BRIDGEWORK_", "XDG_", "GTK_", "GDK_", "DISPLAY",
            "WAYLAND_DISPLAY", "LANG", "LC_", "DESKTOP_SESSION", "XDG_SESSION_TYPE", "SWT_");

    private final Supplier<Bundle[]> bundles;
    private final Properties system;
    private final Map<String, String> env;

    @Activate
    public ProblemReportsImpl(BundleContext context) {
        this(context::getBundles, System.getProperties(), System.getenv());
    }

    /** For tests and tools: these bundles, system properties and environment. */
    public ProblemReportsImpl(Supplier<Bundle[]> bundles, Properties system, Map<String, String> env) {
        this.bundles = bundles;
        this.system = system;
        this.env = env;
    }

    @Override
    public Environment environment() {
        Path home = Path.of(system.getProperty("bridgework.home", ".")).toAbsolutePath().normalize();
        List<BundleInfo> infos = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        for (Bundle bundle : bundles.get()) {
            String name = bundle.getSymbolicName() != null ? bundle.getSymbolicName() : bundle.getLocation();
            infos.add(new BundleInfo(name, bundle.getVersion().toString(), state(bundle)));
            if (isContext(bundle)) {
                contexts.add(name + " " + bundle.getVersion());
            }
        }
        infos.sort(Comparator.comparing(BundleInfo::symbolicName, String.CASE_INSENSITIVE_ORDER));
        contexts.sort(String.CASE_INSENSITIVE_ORDER);
        String runtime = "Java " + system.getProperty("java.runtime.version", system.getProperty("java.version", "?"))
                + " (" + system.getProperty("java.vendor", "?") + ") in " + system.getProperty("java.home", "?");
        String os = system.getProperty("os.name", "?") + " " + system.getProperty("os.version", "") + " "
                + system.getProperty("os.arch", "");
        return new Environment(system.getProperty("bridgework.version", "development"), commitOf(home), runtime, os.strip(),
                home, logFolder(system), UserFolders.of(system, env), List.copyOf(infos), List.copyOf(contexts));
    }

    /** Where the product writes its logs: {@code log/} in the version's cache folder. */
    public static Path logFolder(Properties system) {
        return Path.of(system.getProperty("bridgework.cache", system.getProperty("java.io.tmpdir", "."))).resolve("log");
    }

    @Override
    public Report write(Path out, Optional<Path> project, boolean dryRun) throws IOException {
        Environment environment = environment();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("README.txt", readme(project.isPresent()).getBytes(StandardCharsets.UTF_8));
        entries.put("environment.txt", environmentText(environment).getBytes(StandardCharsets.UTF_8));
        entries.put("bundles.txt", bundlesText(environment).getBytes(StandardCharsets.UTF_8));
        for (Path log : logs(environment.logs())) {
            entries.put("logs/" + environment.logs().relativize(log).toString().replace('\\', '/'), tail(log));
        }
        if (project.isPresent()) {
            Path file = project.get();
            if (!Files.isRegularFile(file)) {
                throw new IOException("The project " + file + " is not a file: nothing was written.");
            }
            entries.put("project/" + file.getFileName(), Files.readAllBytes(file));
        }
        Path target = out.toAbsolutePath().normalize();
        if (dryRun) {
            return new Report(target, List.copyOf(entries.keySet()), 0, project.isPresent());
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder: give the name of the zip file to write.");
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".bridgework-report-", ".zip.tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Report(target, List.copyOf(entries.keySet()), Files.size(target), project.isPresent());
    }

    private static String readme(boolean project) {
        return "A Bridgework problem report, written " + Instant.now() + ".\n\n"
                + "environment.txt  the product's version and commit, the Java runtime, the operating system, the folders\n"
                + "                 Bridgework uses, and chosen system properties and environment variables\n"
                + "bundles.txt      every installed bundle with its version and state, and the local contexts\n"
                + "logs/            the product's log files\n"
                + (project ? "project/         the project file the user chose to include\n"
                        : "No project content is included.\n");
    }

    private String environmentText(Environment e) {
        StringBuilder out = new StringBuilder();
        out.append("Bridgework ").append(e.version()).append('\n');
        out.append("Commit: ").append(e.commit()).append('\n');
        out.append("Runtime: ").append(e.runtime()).append('\n');
        out.append("System: ").append(e.system()).append('\n');
        out.append("Installed in: ").append(e.home()).append('\n');
        out.append("Logs: ").append(e.logs()).append('\n');
        out.append("Settings: ").append(e.folders().config()).append('\n');
        out.append("Data (extensions, trust): ").append(e.folders().data()).append('\n');
        out.append("Cache: ").append(e.folders().cache()).append('\n');
        Runtime runtime = Runtime.getRuntime();
        out.append("Processors: ").append(runtime.availableProcessors()).append("; memory: ")
                .append(runtime.maxMemory() / (1024 * 1024)).append(" MB at most\n");
        out.append("\nSystem properties:\n");
        new TreeMap<>(selected(system.stringPropertyNames().stream(), PROPERTY_PREFIXES, system::getProperty))
                .forEach((k, v) -> out.append("  ").append(k).append('=').append(v).append('\n'));
        out.append("\nEnvironment variables:\n");
        new TreeMap<>(selected(env.keySet().stream(), ENV_PREFIXES, env::get))
                .forEach((k, v) -> out.append("  ").append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private static Map<String, String> selected(Stream<String> keys, List<String> prefixes, java.util.function.Function<String, String> value) {
        Map<String, String> chosen = new TreeMap<>();
        keys.filter(k -> prefixes.stream().anyMatch(k::startsWith))
                // secrets never: a password or token someone passed in an option stays out
                .filter(k -> !k.toLowerCase(Locale.ROOT).matches(".*(pass|secret|token|key|credential).*"))
                .forEach(k -> chosen.put(k, String.valueOf(value.apply(k))));
        return chosen;
    }

    private static String bundlesText(Environment e) {
        StringBuilder out = new StringBuilder();
        out.append("Local contexts (").append(e.contexts().size()).append("):\n");
        e.contexts().forEach(c -> out.append("  ").append(c).append('\n'));
        out.append("\nBundles (").append(e.bundles().size()).append("):\n");
        for (BundleInfo b : e.bundles()) {
            out.append("  ").append(b.symbolicName()).append(' ').append(b.version()).append(' ').append(b.state()).append('\n');
        }
        return out.toString();
    }

    private static List<Path> logs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A log file, or its last {@value #LOG_LIMIT} bytes. */
    private static byte[] tail(Path log) throws IOException {
        long size = Files.size(log);
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.max(0, size - LOG_LIMIT));
            return in.readAllBytes();
        }
    }

    /** The commit the product was built from (its product.properties), or "unknown". */
    public static String commitOf(Path productHome) {
        Path file = productHome.resolve("product.properties");
        if (!Files.isRegularFile(file)) {
            return "unknown";
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        String commit = properties.getProperty("commit", "").trim();
        return commit.isEmpty() ? "unknown" : commit;
    }

    static String state(Bundle bundle) {
        if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null && bundle.getState() == Bundle.RESOLVED) {
            return "Fragment";
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> "Resolved";
            case Bundle.INSTALLED -> "Installed";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            default -> "Unknown";
        };
    }

    /** A local-context bundle, as the contexts registry tells them (its header, its DS capability, its default file). */
    static boolean isContext(Bundle bundle) {
        if (bundle.getBundleId() == 0) {
            return false;
        }
        Dictionary<String, String> headers = bundle.getHeaders("");
        String provides = headers.get(Constants.PROVIDE_CAPABILITY);
        return headers.get("Bridgework-Context") != null
                || (provides != null && provides.contains("org.bridgework.context.api.LocalContext\""))
                || bundle.getEntry("OSGI-INF/bridgework/context.guidance") != null;
    }

}
