package org.bridgework.it.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * kill -9 at random points while a real child JVM saves a real project (the product's project service, over and over):
 * after every kill the project must parse, hold at least the last save the child reported (nothing lost), and the
 * next open must leave no stray temporary file. Rounds: system property {@code bridgework.torture.rounds} (200 in
 * CI; releng/bench/torture.sh runs 1,000). Prints the figures.
 */
class SaveTortureTest {

    @TempDir
    Path dir;

    private static final int ROUNDS = Integer.getInteger("bridgework.torture.rounds", 200);
    /** Projects tortured side by side, each by its own chain of children (JVM start-up is most of a round). */
    private static final int LANES = Integer.getInteger("bridgework.torture.lanes", 2);
    /** Kills land up to this long after the child opened the project, so most land during a save. */
    private static final int MAX_DELAY_MS = 300;

    /** A child and the file its output goes to (a pipe would be closed by the kill before its last lines are read). */
    private record Child(Process process, Path out) {

        /** Its first line, once written (null when it ended without one). */
        String firstLine() throws IOException, InterruptedException {
            while (true) {
                List<String> lines = lines();
                if (!lines.isEmpty()) {
                    return lines.get(0);
                }
                if (!process.isAlive() && lines().isEmpty()) {
                    return null;
                }
                Thread.sleep(5);
            }
        }

        /** Its complete lines so far. */
        List<String> lines() throws IOException {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
        }
    }

    private Child start(Path file, boolean openOnly) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss2m", "-cp", System.getProperty("java.class.path"), SaveLoopMain.class.getName(),
                file.toString()));
        if (openOnly) {
            command.add("--open-only");
        }
        Path out = Files.createTempFile(Path.of("target"), "torture-child", ".txt");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile()).start();
        return new Child(process, out);
    }

    /** The counter in the file's title, or -1 when the file is not a well-formed project. */
    private static long counter(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            String title = root.getAttribute("title");
            if (!"GuidanceProject".equals(root.getLocalName() == null ? root.getTagName().replaceFirst(".*:", "") : root.getLocalName())
                    || !title.startsWith(SaveLoopMain.TITLE)) {
                return title.isEmpty() ? -1 : 0;
            }
            return Long.parseLong(title.substring(SaveLoopMain.TITLE.length()));
        } catch (Exception e) {
            return -1;
        }
    }

    /** The figures of one lane. */
    private static final class Figures {
        int rounds;
        int corrupt;
        int lost;
        long strayAfterOpen;
        long strayBeforeOpen;
        long savesReported;
        int killedMidSave;
        long strayAtEnd;
    }

    @Test
    void killedSavesNeverCorruptOrLoseTheProjectNorLeaveStrayFiles() throws Exception {
        Path sample = Path.of(System.getProperty("bridgework.sampleSource",
                "../../bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance"));
        long seed = Long.getLong("bridgework.torture.seed", System.nanoTime());
        long start = System.nanoTime();
        List<java.util.concurrent.Future<Figures>> lanes = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(LANES);
        for (int lane = 0; lane < LANES; lane++) {
            Path folder = Files.createDirectory(dir.resolve("lane-" + lane));
            Path file = folder.resolve("torture.guidance");
            Files.copy(sample, file);
            int rounds = ROUNDS / LANES + (lane < ROUNDS % LANES ? 1 : 0);
            Random random = new Random(seed + lane);
            lanes.add(pool.submit(() -> torture(file, rounds, random)));
        }
        pool.shutdown();
        Figures total = new Figures();
        for (var lane : lanes) {
            Figures f = lane.get();
            total.rounds += f.rounds;
            total.corrupt += f.corrupt;
            total.lost += f.lost;
            total.strayAfterOpen += f.strayAfterOpen;
            total.strayBeforeOpen += f.strayBeforeOpen;
            total.savesReported += f.savesReported;
            total.killedMidSave += f.killedMidSave;
            total.strayAtEnd += f.strayAtEnd;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("save torture: %d rounds (%d lanes, seed %d) in %d s, %d saves reported, %d kills left temporary files "
                + "(%d files; left after the next open: %d), corrupt %d, lost %d, stray after the last open %d%n", total.rounds, LANES, seed,
                seconds, total.savesReported, total.killedMidSave, total.strayBeforeOpen, total.strayAfterOpen, total.corrupt, total.lost,
                total.strayAtEnd);
        assertEquals(ROUNDS, total.rounds, "rounds run");
        assertEquals(0, total.corrupt, "corrupt projects");
        assertEquals(0, total.lost, "lost saves");
        assertEquals(0, total.strayAfterOpen, "stray temporary files after an open");
        assertEquals(0, total.strayAtEnd, "stray temporary files after the last open");
        assertTrue(total.savesReported > 0, "the children saved");
        assertTrue(total.killedMidSave > 0, "some kills landed in the middle of a save");
    }

    private Figures torture(Path file, int rounds, Random random) throws Exception {
        Figures f = new Figures();
        for (int round = 0; round < rounds; round++) {
            Child child = start(file, false);
            String first = child.firstLine();
            if (first == null || !first.startsWith("opened")) {
                child.process().destroyForcibly();
                f.corrupt++;
                System.out.println(file + " round " + round + ": the child could not open the project: " + first);
                break;
            }
            f.rounds++;
            f.strayAfterOpen += Long.parseLong(first.substring("opened strays=".length()));
            Thread.sleep(random.nextInt(MAX_DELAY_MS));
            child.process().destroyForcibly(); // SIGKILL
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            long acknowledged = -1;
            for (String line : child.lines()) {
                if (line.startsWith("saved ")) {
                    acknowledged = Long.parseLong(line.substring(6));
                    f.savesReported++;
                }
            }
            Files.delete(child.out());
            long onDisk = counter(file);
            if (onDisk < 0) {
                f.corrupt++;
                System.out.println(file + " round " + round + ": the project does not parse after the kill");
                break;
            }
            if (onDisk < acknowledged) {
                f.lost++;
                System.out.println(file + " round " + round + ": save " + acknowledged + " was reported but the file holds " + onDisk);
            }
            long strays = SaveLoopMain.strays(file);
            f.strayBeforeOpen += strays;
            if (strays > 0) {
                f.killedMidSave++;
            }
        }
        Child last = start(file, true);
        assertTrue(last.process().waitFor(60, TimeUnit.SECONDS));
        String opened = last.firstLine();
        Files.delete(last.out());
        f.strayAtEnd = opened != null && opened.startsWith("opened strays=") ? Long.parseLong(opened.substring(14)) : -1;
        return f;
    }
}
