package org.bridgework.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.team.api.MergeResult;
import org.bridgework.team.api.TeamService;
import org.bridgework.team.internal.ModelMergeImpl;
import org.bridgework.team.internal.TeamServiceImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Team working: (1) the three-way model merge of two copies of a ~100,000-element project that each changed 1% of
 * the elements (different ones), in memory and as the merge driver does it (load three versions, merge, save);
 * (2) {@code team log --element} over a history of 1,000 commits of the sample project, one in ten changing the element.
 * Prints medians of N runs (default 5) and the load average.
 * <p>
 * {@code releng/bench/run.sh team [runs] [elements] [commits]}
 */
public final class TeamBenchmark {

    private TeamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // JGit logs through slf4j: its silent provider, without the warning (as the launcher does)
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path work = Files.createTempDirectory("bridgework-team-bench");
        try {
            merge(work, runs, target);
            history(work, runs, commits);
            System.out.printf(Locale.ROOT, "  system load average during the run: %.1f (%d CPUs)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void merge(Path work, int runs, int target) throws Exception {
        ProjectServiceImpl projects = new ProjectServiceImpl();
        Path base = work.resolve("base.guidance");
        int elements;
        try (Project project = projects.create(base, "bench", "Synthetic benchmark project")) {
            ModelBenchmark.Generator.fill(project.root(), target);
            projects.save(project);
        }
        int changedEach;
        try (Project ours = projects.open(base)) {
            elements = count(ours.root());
            changedEach = change(ours.root(), 0, "ours");
            projects.saveAs(ours, work.resolve("ours.guidance"));
        }
        try (Project theirs = projects.open(base)) {
            change(theirs.root(), 50, "theirs");
            projects.saveAs(theirs, work.resolve("theirs.guidance"));
        }
        System.out.printf(Locale.ROOT, "Merge: %,d elements with ids, %,d changed on each side (different ones), file %.1f MB%n", elements, changedEach,
                Files.size(base) / 1048576.0);
        ModelMergeImpl merge = new ModelMergeImpl();
        List<Double> inMemory = new ArrayList<>();
        List<Double> inMemoryCpu = new ArrayList<>();
        List<Double> asDriver = new ArrayList<>();
        int conflicts = -1;
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            try (Project b = projects.open(base); Project o = projects.open(work.resolve("ours.guidance"));
                    Project t = projects.open(work.resolve("theirs.guidance"))) {
                long t1 = System.nanoTime();
                long c1 = cpu();
                MergeResult result = merge.merge(b.root(), o.root(), t.root(), "ours", "theirs");
                long t2 = System.nanoTime();
                long c2 = cpu();
                projects.saveAs(o, work.resolve("merged-" + i + ".guidance"));
                long t3 = System.nanoTime();
                conflicts = result.conflicts().size();
                if (i > 0) { // the first round warms up
                    inMemory.add((t2 - t1) / 1e6);
                    inMemoryCpu.add((c2 - c1) / 1e6);
                    asDriver.add((t3 - t0) / 1e6);
                }
            }
            Files.deleteIfExists(work.resolve("merged-" + i + ".guidance"));
        }
        System.out.printf(Locale.ROOT, "  model merge in memory:             %8.0f ms median of %d (aim <= 2000 ms), cpu %.0f ms, %d conflicts%n",
                median(inMemory), runs, median(inMemoryCpu), conflicts);
        System.out.printf(Locale.ROOT, "  as the merge driver (load 3, save): %8.0f ms median%n", median(asDriver));
    }

    /** Appends a word to the first text attribute of every 100th element with an id, starting at {@code offset}. */
    private static int change(GuidanceProject root, int offset, String word) {
        int i = 0;
        int changed = 0;
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (!(e instanceof Identified) || ((Identified) e).getId() == null) {
                continue;
            }
            if (i++ % 100 != offset) {
                continue;
            }
            for (EStructuralFeature f : e.eClass().getEAllAttributes()) {
                if (f instanceof EAttribute a && !a.isMany() && !a.isID() && a.isChangeable() && !a.isDerived()
                        && a.getEAttributeType() == EcorePackage.Literals.ESTRING) {
                    Object v = e.eGet(a);
                    e.eSet(a, (v == null ? "" : v + " ") + word);
                    changed++;
                    break;
                }
            }
        }
        return changed;
    }

    private static int count(EObject root) {
        int n = 0;
        for (var it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified) {
                n++;
            }
        }
        return n;
    }

    private static void history(Path work, int runs, int commits) throws Exception {
        Path repoDir = Files.createDirectories(work.resolve("repo"));
        Path file = repoDir.resolve("guidance.guidance");
        String text;
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] paragraphs = {"p-ch-information", "p-ch-records", "p-ch-roles"};
        long t0 = System.nanoTime();
        try (Git git = Git.init().setDirectory(repoDir.toFile()).setInitialBranch("main").call()) {
            PersonIdent[] people = {new PersonIdent("Anna Editor", "anna@example.org"), new PersonIdent("Ben Writer", "ben@example.org")};
            for (int c = 0; c < commits; c++) {
                // one commit in ten changes p-ch-roles, the others another paragraph
                String id = c % 10 == 0 ? "p-ch-roles" : paragraphs[c % 2];
                String marker = "id=\"" + id + "\"\n          text=\"";
                int at = text.indexOf(marker);
                text = text.substring(0, at + marker.length()) + "(" + c + ") " + text.substring(at + marker.length());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                git.add().addFilepattern("guidance.guidance").call();
                PersonIdent who = people[c % 2];
                git.commit().setMessage("Edit " + c).setAuthor(who).setCommitter(who).setSign(false).call();
            }
        }
        System.out.printf(Locale.ROOT, "History: %,d commits of the sample (%.0f KB) made in %.1f s%n", commits, Files.size(file) / 1024.0,
                (System.nanoTime() - t0) / 1e9);
        TeamServiceImpl team = new TeamServiceImpl(new ProjectServiceImpl(), new ModelMergeImpl());
        List<Double> element = new ArrayList<>();
        List<Double> elementCpu = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        int found = 0;
        for (int i = 0; i <= runs; i++) {
            long a = System.nanoTime();
            long ca = cpu();
            List<TeamService.LogEntry> entries = team.log(file, "p-ch-roles", Integer.MAX_VALUE);
            long b = System.nanoTime();
            long cb = cpu();
            team.log(file, null, Integer.MAX_VALUE);
            long c = System.nanoTime();
            found = entries.size();
            if (i > 0) {
                element.add((b - a) / 1e6);
                elementCpu.add((cb - ca) / 1e6);
                all.add((c - b) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "  team log --element p-ch-roles:      %8.0f ms median of %d (aim <= 1000 ms), cpu %.0f ms, %d commits found%n",
                median(element), runs, median(elementCpu), found);
        System.out.printf(Locale.ROOT, "  team log (every commit):            %8.0f ms median%n", median(all));
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
