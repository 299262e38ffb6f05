package org.bridgework.core.internal;
import org.bridgework.core.internal.cli.ReportProblemCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bridgework.core.api.ProblemReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import picocli.CommandLine;

/** Problem reports: what they hold (logs, environment), what they never hold (a project unless chosen, secrets), and the command. */
class ProblemReportsTest {
    @TempDir
    Path dir;
    Path home;
    Path cache;
    ProblemReportsImpl reports;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(dir.resolve("product"));
        cache = Files.createDirectories(dir.resolve("cache/0.1.0"));
        Files.writeString(home.resolve("product.properties"), "version=0.1.0\ncommit=3ae5ebf01234\n");
        Files.createDirectories(cache.resolve("log"));
        Files.writeString(cache.resolve("log/workbench.log"), "2026-12-07T10:00:00Z a view failed\njava.lang.IllegalStateException\n");
        Properties system = new Properties();
        system.setProperty("bridgework.home", home.toString());
        system.setProperty("bridgework.cache", cache.toString());
        system.setProperty("bridgework.version", "0.1.0");
        system.setProperty("java.version", "25");
        system.setProperty("os.name", "Linux");
        system.setProperty("user.name", "alice");
        system.setProperty("bridgework.sign.storepass", "hunter2");
        system.setProperty("user.home", dir.resolve("home").toString());
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "HOME", "/home/alice",
                "BRIDGEWORK_AOT", "0", "GITHUB_TOKEN", "secret");
        reports = new ProblemReportsImpl(() -> new Bundle[] {
                bundle(0, "org.apache.felix.framework", Bundle.ACTIVE, Map.of()),
                bundle(5, "org.bridgework.core", Bundle.ACTIVE, Map.of()),
                bundle(9, "org.bridgework.context.fecollege", Bundle.ACTIVE, Map.of("Bridgework-Context", "OSGI-INF/bridgework/context.guidance")),
                bundle(12, "org.eclipse.swt.win32.win32.x86_64", Bundle.INSTALLED, Map.of("Fragment-Host", "org.eclipse.swt"))}, system, env);
    }

    @Test
    void theEnvironmentIsWhatAboutShows() {
        ProblemReports.Environment e = reports.environment();
        assertEquals("0.1.0", e.version());
        assertEquals("3ae5ebf01234", e.commit());
        assertEquals(cache.resolve("log"), e.logs());
        assertEquals(List.of("org.bridgework.context.fecollege 1.0.0"), e.contexts());
        assertEquals(4, e.bundles().size());
        assertEquals("Installed", e.bundles().stream().filter(b -> b.symbolicName().contains("win32")).findFirst().orElseThrow().state());
        assertTrue(e.runtime().startsWith("Java 25"), e.runtime());
    }

    @Test
    void aReportHoldsTheLogsAndTheEnvironmentButNoProjectAndNoSecrets() throws Exception {
        Path project = Files.writeString(dir.resolve("mine.guidance"), "<guidance/>");
        ProblemReports.Report report = reports.write(dir.resolve("out/report.zip"), java.util.Optional.empty(), false);
        Map<String, String> zip = read(report.file());
        assertEquals(List.of("README.txt", "environment.txt", "bundles.txt", "logs/workbench.log"), new ArrayList<>(zip.keySet()));
        assertEquals(report.entries(), new ArrayList<>(zip.keySet()));
        assertFalse(report.projectIncluded());
        assertTrue(zip.get("README.txt").contains("No project content"));
        assertTrue(zip.get("logs/workbench.log").contains("a view failed"));
        String environment = zip.get("environment.txt");
        assertTrue(environment.contains("Commit: 3ae5ebf01234"), environment);
        assertTrue(environment.contains("BRIDGEWORK_AOT=0"), environment);
        assertFalse(environment.contains("alice"), environment);
        assertFalse(environment.contains("hunter2"), environment);
        assertFalse(environment.contains("secret"), environment);
        assertTrue(zip.get("bundles.txt").contains("org.bridgework.context.fecollege 1.0.0"));
        assertFalse(zip.keySet().stream().anyMatch(k -> k.startsWith("project/")));
        assertTrue(Files.exists(project));
    }

    @Test
    void theProjectOnlyWhenChosen() throws Exception {
        Path project = Files.writeString(dir.resolve("mine.guidance"), "<guidance id='mine'/>");
        ProblemReports.Report report = reports.write(dir.resolve("report.zip"), java.util.Optional.of(project), false);
        assertTrue(report.projectIncluded());
        assertEquals("<guidance id='mine'/>", read(report.file()).get("project/mine.guidance"));
    }

    @Test
    void theCommandWritesTheZipAndSaysWhatIsInIt() throws Exception {
        Path out = dir.resolve("r/problem.zip");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = new CommandLine(new ReportProblemCommand(reports).create());
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        assertEquals(0, cl.execute("--out", out.toString(), "--json"));
        assertTrue(o.toString().contains("\"projectIncluded\": false") || o.toString().contains("\"projectIncluded\":false"), o.toString());
        assertTrue(Files.size(out) > 0);

        Path dry = dir.resolve("dry.zip");
        assertEquals(0, new CommandLine(new ReportProblemCommand(reports).create()).execute("--out", dry.toString(), "--dry-run"));
        assertFalse(Files.exists(dry));

        CommandLine bad = new CommandLine(new ReportProblemCommand(reports).create());
        bad.setErr(new PrintWriter(e));
        assertEquals(2, bad.execute("--out", dir.resolve("x.zip").toString(), "--include-project", dir.resolve("missing.guidance").toString()));
        assertTrue(e.toString().contains("missing.guidance"), e.toString());
        assertFalse(Files.exists(dir.resolve("x.zip")));
        assertEquals(2, bad.execute("--out", dir.toString()));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void theCommitIsUnknownWithoutProductProperties() throws Exception {
        assertEquals("unknown", ProblemReportsImpl.commitOf(dir));
        Files.writeString(dir.resolve("product.properties"), "version=0.1.0\n");
        assertEquals("unknown", ProblemReportsImpl.commitOf(dir));
    }

    static Map<String, String> read(Path zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static Bundle bundle(long id, String name, int state, Map<String, String> headers) {
        Hashtable<String, String> h = new Hashtable<>(headers);
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getBundleId" -> id;
            case "getSymbolicName" -> name;
            case "getLocation" -> "file:" + name + ".jar";
            case "getVersion" -> new Version(1, 0, 0);
            case "getState" -> state;
            case "getHeaders" -> h;
            case "getEntry" -> null;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> name;
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }
}
