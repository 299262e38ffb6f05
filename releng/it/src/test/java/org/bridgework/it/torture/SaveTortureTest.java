package org.bridgework.it.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
    /** Kills land up to this long after the child opened the project, so most land during a save. */
    private static final int MAX_DELAY_MS = 400;

    private record Child(Process process, BufferedReader out) {
    }

    private Child start(Path file, boolean openOnly) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + Path.of("target", "torture-child.jsa").toAbsolutePath(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", System.getProperty("java.class.path"), SaveLoopMain.class.getName(),
                file.toString()));
        if (openOnly) {
            command.add("--open-only");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new Child(process, new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
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

    @Test
    void killedSavesNeverCorruptOrLoseTheProjectNorLeaveStrayFiles() throws Exception {
        Path file = dir.resolve("torture.guidance");
        Path sample = Path.of(System.getProperty("bridgework.sampleSource",
                "../../bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance"));
        Files.copy(sample, file);
        Random random = new Random(Long.getLong("bridgework.torture.seed", System.nanoTime()));
        int corrupt = 0;
        int lost = 0;
        long strayAfterOpen = 0;
        long strayBeforeOpen = 0;
        long savesReported = 0;
        int killedMidSave = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            Child child = start(file, false);
            String first = child.out().readLine();
            if (first == null || !first.startsWith("opened")) {
                child.process().destroyForcibly();
                corrupt++;
                System.out.println("round " + round + ": the child could not open the project: " + first);
                break;
            }
            strayAfterOpen += Long.parseLong(first.substring("opened strays=".length()));
            Thread.sleep(random.nextInt(MAX_DELAY_MS));
            child.process().destroyForcibly(); // SIGKILL
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            long acknowledged = -1;
            String line;
            while ((line = child.out().readLine()) != null) {
                if (line.startsWith("saved ")) {
                    acknowledged = Long.parseLong(line.substring(6));
                    savesReported++;
                }
            }
            long onDisk = counter(file);
            if (onDisk < 0) {
                corrupt++;
                System.out.println("round " + round + ": the project does not parse after the kill");
                break;
            }
            if (onDisk < acknowledged) {
                lost++;
                System.out.println("round " + round + ": save " + acknowledged + " was reported but the file holds " + onDisk);
            }
            long strays = SaveLoopMain.strays(file);
            strayBeforeOpen += strays;
            if (strays > 0) {
                killedMidSave++;
            }
        }
        Child last = start(file, true);
        String opened = last.out().readLine();
        assertTrue(last.process().waitFor(60, TimeUnit.SECONDS));
        long strayAtEnd = opened != null && opened.startsWith("opened strays=") ? Long.parseLong(opened.substring(14)) : -1;
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("save torture: %d rounds in %d s, %d saves reported, %d kills left temporary files (%d files, all cleaned at the "
                + "next open: %d left after opens), corrupt %d, lost %d, stray after the last open %d%n", ROUNDS, seconds, savesReported,
                killedMidSave, strayBeforeOpen, strayAfterOpen, corrupt, lost, strayAtEnd);
        assertEquals(0, corrupt, "corrupt projects");
        assertEquals(0, lost, "lost saves");
        assertEquals(0, strayAfterOpen, "stray temporary files after an open");
        assertEquals(0, strayAtEnd, "stray temporary files after the last open");
        assertTrue(savesReported > 0, "the children saved");
    }
}
