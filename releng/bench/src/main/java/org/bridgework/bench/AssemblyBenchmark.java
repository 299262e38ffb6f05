package org.bridgework.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Section;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Document assembly, whole process against whole process: {@code bin/bridgework assemble} (a new JVM each run, as a
 * user runs it) for the sample and for a synthetic project ten times its size, in each installed format and as
 * HTML+DOCX together; in the same run, alternating, pandoc (Debian's) converting our own Markdown output to DOCX and
 * to HTML with {@code --citeproc}. Prints medians, the renderers' own times (from {@code --json}) and the ratios.
 *
 * <pre>releng/bench/run.sh assembly [runs]</pre>
 */
public final class AssemblyBenchmark {

    private static final Pattern MILLIS = Pattern.compile("\"format\": \"(\\w+)\",\\s*\"path\": \"[^\"]*\",\\s*\"bytes\": (\\d+),\\s*\"main\": true,\\s*\"millis\": (\\d+)");

    private AssemblyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path product = root.resolve("releng/product/target/bridgework");
        Path bridgework = product.resolve("bin/bridgework");
        Path work = Files.createTempDirectory("bridgework-assembly-bench");
        Path sample = root.resolve("bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance");
        Path large = work.resolve("large.guidance");
        int copies = 10;
        synthetic(sample, large, copies);

        List<String> installed = formats(bridgework, work);
        List<String> formats = new ArrayList<>();
        for (String f : List.of("html", "md", "docx", "pdf")) {
            if (installed.contains(f)) {
                formats.add(f);
            }
        }
        boolean both = formats.contains("html") && formats.contains("docx");
        String pandoc = Files.isExecutable(Path.of("/usr/bin/pandoc")) ? "/usr/bin/pandoc" : null;

        Map<String, Path> projects = new LinkedHashMap<>();
        projects.put("sample", sample);
        projects.put("sample x" + copies, large);
        // Markdown (+ CSL-JSON + the CSL style) for pandoc, made by us
        Map<String, Path> markdown = new LinkedHashMap<>();
        for (Map.Entry<String, Path> p : projects.entrySet()) {
            Path out = work.resolve("md-" + markdown.size());
            Run r = run(work, 300, bridgework.toString(), "assemble", p.getValue().toString(), "--format", "md", "--out", out.toString(), "--force");
            if (r.exit != 0) {
                throw new IllegalStateException("assemble to Markdown failed: " + r.err);
            }
            Path md;
            try (var s = Files.list(out)) {
                md = s.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
            }
            copyStyle(root, md.getParent(), Files.readString(md));
            markdown.put(p.getKey(), md);
        }
        if (pandoc != null) {
            // pandoc must accept our Markdown as it is
            Path md = markdown.get("sample");
            Run check = run(md.getParent(), 120, pandoc, "--citeproc", md.getFileName().toString(), "-o", "check.docx");
            if (check.exit != 0) {
                throw new IllegalStateException("pandoc rejected our Markdown: " + check.err);
            }
        }

        Map<String, List<Long>> wall = new LinkedHashMap<>();
        Map<String, List<Long>> inner = new LinkedHashMap<>();
        Map<String, Long> words = new LinkedHashMap<>();
        // one warm-up round (bundle cache, page cache), not counted
        // a resident product serving the work folder (bridgework --daemon), for the "(resident)" figures
        Process residentProduct = BootBenchmark.startResident(bridgework, work, Map.of());
        try {
        for (int round = -1; round < runs; round++) {
            for (Map.Entry<String, Path> p : projects.entrySet()) {
                List<String[]> jobs = new ArrayList<>();
                for (String f : formats) {
                    jobs.add(new String[] {f});
                }
                if (both) {
                    jobs.add(new String[] {"html,docx"});
                }
                for (String[] job : jobs) {
                  // a new product process each run, and the same command served by a resident product (--daemon)
                  for (boolean resident : new boolean[] {false, true}) {
                    Path out = work.resolve("out");
                    long start = System.nanoTime();
                    Run r = run(work, 600, Map.of("BRIDGEWORK_DAEMON", resident ? "1" : "0"), bridgework.toString(), "assemble",
                            p.getValue().toString(), "--format", job[0], "--out", out.toString(), "--force", "--json");
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    if (r.exit > 1) {
                        throw new IllegalStateException("assemble --format " + job[0] + " failed: " + r.err);
                    }
                    if (resident) {
                        if (round >= 0) {
                            wall.computeIfAbsent(p.getKey() + "|bridgework " + job[0] + " (resident)", k -> new ArrayList<>()).add(ms);
                        }
                        continue;
                    }
                    if (round >= 0) {
                        wall.computeIfAbsent(p.getKey() + "|bridgework " + job[0], k -> new ArrayList<>()).add(ms);
                        Matcher m = MILLIS.matcher(r.out);
                        while (m.find()) {
                            inner.computeIfAbsent(p.getKey() + "|" + m.group(1) + " renderer (inside the process)", k -> new ArrayList<>())
                                    .add(Long.parseLong(m.group(3)));
                        }
                        Matcher w = Pattern.compile("\"words\": (\\d+),").matcher(r.out);
                        if (w.find()) {
                            words.put(p.getKey(), Long.parseLong(w.group(1)));
                        }
                    }
                  }
                }
                if (pandoc != null) {
                    Path md = markdown.get(p.getKey());
                    for (String target : List.of("docx", "html")) {
                        long start = System.nanoTime();
                        List<String> cmd = new ArrayList<>(List.of(pandoc, "--citeproc", md.getFileName().toString(), "-o", "pandoc." + target));
                        if (target.equals("html")) {
                            cmd.add(1, "--self-contained");
                            cmd.add(1, "--standalone");
                        }
                        Run r = run(md.getParent(), 600, cmd.toArray(String[]::new));
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        if (r.exit != 0) {
                            throw new IllegalStateException("pandoc to " + target + " failed: " + r.err);
                        }
                        if (round >= 0) {
                            wall.computeIfAbsent(p.getKey() + "|pandoc md->" + target, k -> new ArrayList<>()).add(ms);
                        }
                    }
                }
            }
        }

        } finally {
            residentProduct.destroy();
            residentProduct.waitFor(30, TimeUnit.SECONDS);
        }
        System.out.printf(Locale.ROOT, "Document assembly, %d runs each (alternating), medians in ms, whole process (new JVM / new pandoc each run)%n", runs);
        System.out.println("Formats installed: " + String.join(", ", installed) + (pandoc == null ? "; pandoc not installed" : "; " + pandoc));
        for (String project : projects.keySet()) {
            System.out.printf(Locale.ROOT, "%n%s (%s words)%n", project, words.getOrDefault(project, -1L));
            print(wall, project);
            print(inner, project);
            if (pandoc != null) {
                long p2d = median(wall.get(project + "|pandoc md->docx"));
                long p2h = median(wall.get(project + "|pandoc md->html"));
                for (String f : List.of("html", "docx")) {
                    if (wall.containsKey(project + "|bridgework " + f)) {
                        long b = median(wall.get(project + "|bridgework " + f));
                        System.out.printf(Locale.ROOT, "  ratio bridgework %s / pandoc md->%s: %.2f%n", f, f, b / (double) (f.equals("html") ? p2h : p2d));
                    }
                }
                if (both) {
                    long b = median(wall.get(project + "|bridgework html,docx"));
                    System.out.printf(Locale.ROOT, "  ratio bridgework html,docx (one process) / pandoc md->html + md->docx (two): %.2f%n", b / (double) (p2h + p2d));
                    long r = median(wall.get(project + "|bridgework html,docx (resident)"));
                    System.out.printf(Locale.ROOT, "  ratio bridgework html,docx (resident product) / pandoc md->html + md->docx (two): %.2f%n", r / (double) (p2h + p2d));
                }
            }
        }
    }

    private static void print(Map<String, List<Long>> samples, String project) {
        for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
            if (e.getKey().startsWith(project + "|")) {
                List<Long> v = e.getValue();
                System.out.printf(Locale.ROOT, "  %-58s %6d   (min %d, max %d)%n", e.getKey().substring(project.length() + 1), median(v),
                        Collections.min(v), Collections.max(v));
            }
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The sample with its document's top-level sections repeated {@code copies} times (fresh ids, same references). */
    static void synthetic(Path sample, Path target, int copies) throws IOException {
        ResourceSet set = GuidanceResources.newResourceSet();
        Resource in = set.getResource(URI.createFileURI(sample.toString()), true);
        GuidanceProject project = (GuidanceProject) in.getContents().get(0);
        List<Section> originals = new ArrayList<>(project.getDocument().getSections());
        for (int k = 2; k <= copies; k++) {
            for (Section s : originals) {
                Section copy = EcoreUtil.copy(s);
                copy.setHeading(s.getHeading() + " (part " + k + ")");
                for (var it = EcoreUtil.<EObject>getAllContents(List.of(copy)); it.hasNext();) {
                    if (it.next() instanceof Identified i && i.getId() != null) {
                        i.setId(i.getId() + "-" + k);
                    }
                }
                copy.setId(s.getId() + "-" + k);
                project.getDocument().getSections().add(copy);
            }
        }
        Resource out = set.createResource(URI.createFileURI(target.toString()));
        out.getContents().add(project);
        out.save(null);
    }

    /** Puts the CSL style the Markdown names ({@code csl: ID.csl}) beside it, from the org.citationstyles:styles jar. */
    private static void copyStyle(Path root, Path folder, String markdown) throws IOException {
        Matcher m = Pattern.compile("(?m)^csl: \"([^\"]+)\"").matcher(markdown);
        if (!m.find()) {
            return;
        }
        Path jar;
        try (var s = Files.walk(Path.of(System.getProperty("user.home"), ".m2/repository/org/citationstyles/styles"))) {
            jar = s.filter(p -> p.getFileName().toString().matches("styles-.*\\.jar")).sorted().reduce((a, b) -> b).orElse(null);
        } catch (IOException e) {
            jar = null;
        }
        if (jar == null) {
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("/" + m.group(1)) || e.getName().equals(m.group(1))).findFirst().orElse(null);
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    // the Markdown output writes its style beside it since the documents issue; older outputs did not
                    if (!Files.exists(folder.resolve(m.group(1)))) {
                        Files.copy(in, folder.resolve(m.group(1)));
                    }
                }
            }
        }
    }

    private static List<String> formats(Path bridgework, Path work) throws Exception {
        Run help = run(work, 300, bridgework.toString(), "assemble", "--help");
        List<String> formats = new ArrayList<>();
        boolean in = false;
        for (String line : help.out.split("\n")) {
            if (line.startsWith("Formats installed:")) {
                in = true;
            } else if (in && line.startsWith("  ") && !line.isBlank()) {
                formats.add(line.strip().split("\\s+")[0]);
            } else if (in) {
                break;
            }
        }
        return formats;
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(Path dir, int seconds, String... command) throws Exception {
        return run(dir, seconds, Map.of(), command);
    }

    static Run run(Path dir, int seconds, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile());
        b.environment().putAll(env);
        Path out = Files.createTempFile("bench", ".out");
        Path err = Files.createTempFile("bench", ".err");
        b.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = b.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took more than " + seconds + " s");
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }
}
