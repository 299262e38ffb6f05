package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty {@code bridgework import} processes of the real product into one project at the same moment lose nothing:
 * each either lands (the project lock makes them take turns) or is refused with a message naming who holds the lock,
 * and the project then holds every reference of every import that landed.
 */
class ConcurrentImportTest {

    private static final int IMPORTS = 20;

    @TempDir
    Path temp;

    @Test
    void twentyConcurrentImportsLoseNothing() throws Exception {
        Path project = temp.resolve("shared.guidance");
        long start = System.nanoTime();
        ProductFixture.Run created = ProductFixture.run(temp, "assemble", "--help"); // warms the product cache once
        assertEquals(0, created.exitCode(), created.err());
        Files.copy(Path.of(System.getProperty("bridgework.sampleSource")), project);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            Path ris = temp.resolve("refs-" + i + ".ris");
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 3; j++) {
                text.append("TY  - JOUR\nTI  - Concurrent import ").append(i).append(" study ").append(j)
                        .append("\nAU  - Writer").append(i).append(", Number").append(j).append("\nPY  - 2020\nDO  - 10.5555/concurrent.")
                        .append(i).append('.').append(j).append("\nER  - \n\n");
            }
            Files.writeString(ris, text);
            files.add(ris);
        }
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTS);
        List<Future<ProductFixture.Run>> runs = new ArrayList<>();
        for (Path ris : files) {
            // twenty product JVMs at once on two cores take minutes: the lock wait and time limit allow for that
            runs.add(pool.submit(() -> ProductFixture.run(temp, Map.of("BRIDGEWORK_JAVA_OPTS", "-Dbridgework.lockWaitSeconds=600"), 900,
                    "import", ris.toString(), "--into", project.toString())));
        }
        pool.shutdown();
        String saved = null;
        int landed = 0;
        int refused = 0;
        List<Integer> landedImports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            ProductFixture.Run run = runs.get(i).get();
            if (run.exitCode() == 0) {
                landed++;
                landedImports.add(i);
            } else {
                refused++;
                assertEquals(2, run.exitCode(), run.err());
                assertTrue(run.err().contains("is locked by") || run.err().contains("changed on disk"), "a clear refusal: " + run.err());
            }
        }
        saved = Files.readString(project);
        for (int i : landedImports) {
            for (int j = 0; j < 3; j++) {
                assertTrue(saved.contains("Concurrent import " + i + " study " + j), "import " + i + " landed but its reference " + j + " is gone");
            }
        }
        long references = Stream.of(saved.split("\n")).filter(l -> l.contains("title=\"Concurrent import ")).count();
        System.out.println("concurrent imports: " + IMPORTS + " at once, " + landed + " landed, " + refused + " refused, " + references
                + " references in the project (" + landed * 3 + " expected), " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        assertEquals(landed * 3L, references);
        assertTrue(landed > 0);
        try (Stream<Path> left = Files.list(temp)) {
            List<String> lockOrTemp = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".~lock.") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), lockOrTemp, "no lock or temporary file is left");
        }
    }
}
