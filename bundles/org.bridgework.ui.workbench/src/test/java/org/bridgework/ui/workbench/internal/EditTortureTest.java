package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments while a real child JVM edits a project through the workbench's own session and recovery
 * journal ({@link EditLoopMain}: edits through the command stack, journalled as the workbench's timer journals them,
 * saved every few edits). After every kill: the project file and the journal's copy parse; the next start replays the
 * journal (restores it, or drops it when the file was saved after it) and holds every edit the killed child had
 * acknowledged as journalled or saved; that start leaves no stray file (save temporaries, partial journal writes,
 * restored working copies). Rounds: {@code bridgework.torture.rounds} (200 in CI; releng/bench/torture.sh runs more);
 * the real workbench is killed the same way in {@code EditTortureIT}. Prints the figures.
 */
class EditTortureTest {
    private static final int ROUNDS = Integer.getInteger("bridgework.torture.rounds", 200);
    private static final int LANES = Integer.getInteger("bridgework.torture.lanes", 2);
    /** Kills land up to this long after the child said it started (its first edit takes ~0.1–0.3 s, later ones ~15 ms). */
    private static final int MAX_DELAY_MS = 500;
    private static final Pattern STARTED = Pattern.compile("started (none|restored|stale) at=(\\d+) strays=(\\d+)");

    @TempDir
    Path dir;

    /** The figures of one lane. */
    private static final class Figures {
        int rounds;
        int corrupt;
        int lost;
        long strays;
        int restored;
        int stale;
        long acknowledged;
        String firstProblem;

        void add(Figures f) {
            rounds += f.rounds;
            corrupt += f.corrupt;
            lost += f.lost;
            strays += f.strays;
            restored += f.restored;
            stale += f.stale;
            acknowledged += f.acknowledged;
            if (firstProblem == null) {
                firstProblem = f.firstProblem;
            }
        }

        void problem(String what) {
            if (firstProblem == null) {
                firstProblem = what;
            }
            System.out.println("edit torture: " + what);
        }
    }

    @Test
    void killedEditsAreReplayedFromTheJournalNeverCorruptNeverLostNoStrayFiles() throws Exception {
        long seed = Long.getLong("bridgework.torture.seed", System.nanoTime());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        List<Future<Figures>> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            Path folder = Files.createDirectories(dir.resolve("lane-" + lane));
            Path file = folder.resolve("edited.guidance");
            try (InputStream sample = getClass().getResourceAsStream("/samples/he-nhs-partnerships.guidance")) {
                Files.copy(sample, file);
            }
            int rounds = ROUNDS / LANES + (lane < ROUNDS % LANES ? 1 : 0);
            Random random = new Random(seed + lane);
            lanes.add(pool.submit(() -> torture(folder, file, rounds, random)));
        }
        pool.shutdown();
        Figures total = new Figures();
        for (Future<Figures> lane : lanes) {
            total.add(lane.get());
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("edit torture: %d rounds (%d lanes, seed %d) in %d s, %d edits acknowledged, restored from the journal %d times, "
                + "journal older than the file %d times; corrupt %d, lost %d, stray files after a start %d%n", total.rounds, LANES, seed, seconds,
                total.acknowledged, total.restored, total.stale, total.corrupt, total.lost, total.strays);
        assertEquals(ROUNDS, total.rounds, "rounds run; first problem: " + total.firstProblem);
        assertEquals(0, total.corrupt, "corrupt project files or journal copies: " + total.firstProblem);
        assertEquals(0, total.lost, "acknowledged edits lost: " + total.firstProblem);
        assertEquals(0, total.strays, "stray files after a start: " + total.firstProblem);
        assertTrue(total.restored > 0, "some kills left unsaved edits that the next start restored");
        assertTrue(total.acknowledged > 0, "the children edited");
    }

    private Figures torture(Path folder, Path file, int rounds, Random random) throws Exception {
        Figures f = new Figures();
        Path recovery = folder.resolve("recovery");
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        long acknowledged = 0;
        for (int round = 0; round <= rounds; round++) {
            boolean last = round == rounds;
            Child child = Child.start(file, recovery, tmp, last);
            String first = child.firstLine();
            Matcher m = first == null ? null : STARTED.matcher(first);
            if (m == null || !m.matches()) {
                child.process().destroyForcibly();
                f.corrupt++;
                f.problem(file + " round " + round + ": the child did not start: " + first + " " + child.err());
                break;
            }
            long at = Long.parseLong(m.group(2));
            f.strays += Long.parseLong(m.group(3));
            if (Long.parseLong(m.group(3)) > 0) {
                f.problem(file + " round " + round + ": " + m.group(3) + " stray files after the start: " + listing(folder) + listing(tmp));
            }
            f.restored += "restored".equals(m.group(1)) ? 1 : 0;
            f.stale += "stale".equals(m.group(1)) ? 1 : 0;
            if (at < acknowledged) {
                f.lost++;
                f.problem(file + " round " + round + ": edit " + acknowledged + " was acknowledged, the start holds " + at + " (" + m.group(1) + ")");
            }
            if (last) {
                assertTrue(child.process().waitFor(60, TimeUnit.SECONDS));
                child.delete();
                break;
            }
            f.rounds++;
            Thread.sleep(random.nextInt(MAX_DELAY_MS));
            child.process().destroyForcibly(); // SIGKILL
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            acknowledged = Math.max(at, acknowledged);
            for (String line : child.lines()) {
                if (line.startsWith("journalled ") || line.startsWith("saved ")) {
                    acknowledged = Math.max(acknowledged, Long.parseLong(line.substring(line.indexOf(' ') + 1)));
                }
            }
            f.acknowledged += acknowledged - at;
            child.delete();
            if (title(file) == null) {
                f.corrupt++;
                f.problem(file + " round " + round + ": the project file does not parse after the kill");
                break;
            }
            for (Path copy : journalCopies(recovery)) {
                if (title(copy) == null) {
                    f.corrupt++;
                    f.problem(file + " round " + round + ": the journal's copy " + copy + " does not parse after the kill");
                }
            }
        }
        return f;
    }

    /** The project's title, or null when the file is not a well-formed project. */
    private static String title(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            return root.getTagName().endsWith("GuidanceProject") ? root.getAttribute("title") : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static List<Path> journalCopies(Path recovery) throws IOException {
        if (!Files.isDirectory(recovery)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".guidance")).toList();
        }
    }

    private static String listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p).toString()).toList().toString();
        }
    }

    /** A child and the files its output goes to (a pipe would be closed by the kill before its last lines are read). */
    private record Child(Process process, Path out, Path errFile) {

        static Child start(Path file, Path recovery, Path tmp, boolean openOnly) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.io.tmpdir=" + tmp, "-cp",
                    System.getProperty("java.class.path"), EditLoopMain.class.getName(), file.toString(), recovery.toString()));
            if (openOnly) {
                command.add("--open-only");
            }
            Path out = Files.createTempFile(file.getParent(), "child", ".out");
            Path err = Files.createTempFile(file.getParent(), "child", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
            return new Child(process, out, err);
        }

        String firstLine() throws IOException, InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until) {
                List<String> lines = lines();
                if (!lines.isEmpty()) {
                    return lines.get(0);
                }
                if (!process.isAlive() && lines().isEmpty()) {
                    return null;
                }
                Thread.sleep(5);
            }
            return null;
        }

        List<String> lines() throws IOException {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }

        void delete() throws IOException {
            Files.deleteIfExists(out);
            Files.deleteIfExists(errFile);
        }
    }
}
