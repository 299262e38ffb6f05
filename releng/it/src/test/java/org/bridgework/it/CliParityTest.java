package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bridgework.launcher.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line does what the workbench does to the model, in the booted product: scope, milestone status,
 * mapping extracts, evidence gaps, assessments and every member's rating form; each writes only without --dry-run.
 */
class CliParityTest {

    @TempDir
    Path temp;

    private record Output(int exitCode, String out, String err) {
    }

    @Test
    void everyWorkbenchEditHasACommand() throws Exception {
        Path project = temp.resolve("project.guidance");
        Files.copy(Path.of("../../bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance"), project);
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of())) {
            Function<String[], Integer> command = product.command(10_000);
            awaitCommand(command, "map");
            String p = project.toString();

            byte[] before = Files.readAllBytes(project);
            ok(command, "map", "ex-nous-roles", "--to", "ch-info-sharing", "--dry-run", p);
            assertArrayEquals(before, Files.readAllBytes(project), "a dry run writes nothing");

            ok(command, "scope", "agree", "--by", "Taskforce meeting", "--date", "2026-11-20", p);
            ok(command, "milestones", "set", "ms-criteria-agreed", "--status", "in-progress", p);
            ok(command, "map", "ex-nous-roles", "--to", "ch-info-sharing,c3-recognisable-to-nhs", p);
            ok(command, "map", "gap", "ch-roles", "--note", "No UK evaluation yet; the case studies speak to it.", p);
            ok(command, "assessments", "set", "cs-liverpool", "C1", "--result", "met", "--rationale", "Routine data on follow-ups.", p);

            String xml = Files.readString(project);
            assertTrue(xml.contains("agreedBy=\"Taskforce meeting\"") && xml.contains("agreedOn=\"2026-11-20\""), "the scope agreement is saved");
            assertTrue(xml.contains("evidenceGap=\"No UK evaluation yet; the case studies speak to it.\""), "the gap is saved");
            Output milestones = run(command, "milestones", "--json", p);
            assertTrue(milestones.out().contains("\"in-progress\""), milestones.out());
            Output assessments = run(command, "assessments", "--json", p);
            assertTrue(assessments.out().contains("met"), assessments.out());

            Output again = run(command, "map", "ex-nous-roles", "--to", "ch-info-sharing", p);
            assertEquals(2, again.exitCode());
            assertTrue(again.err().contains("already mapped"), again.err());
            Output wrongKind = run(command, "map", "ex-nous-roles", "--to", "round-1", p);
            assertEquals(2, wrongKind.exitCode());
            assertTrue(wrongKind.err().contains("an extract maps to"), wrongKind.err());

            Output ids = run(command, "ids", "--kind", "section", "--json", p);
            assertEquals(0, ids.exitCode(), ids.err());
            assertTrue(ids.out().contains("\"id\": \"sec-challenges\"") && !ids.out().contains("\"kind\": \"paragraph\""), ids.out());
            Output blocks = run(command, "ids", "--kind", "block", p);
            assertTrue(blocks.out().contains("paragraph") && blocks.out().contains("elements of kind block"), blocks.out());

            Path forms = temp.resolve("forms");
            ok(command, "consensus", "form", "--member", "all", "--out", forms.toString(), "-p", p);
            try (Stream<Path> files = Files.list(forms)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                assertEquals(12, names.size(), names.toString());
                assertTrue(names.contains("round-1-mem-uuk.xlsx"), names.toString());
            }
        }
    }

    private static void ok(Function<String[], Integer> command, String... args) {
        Output output = run(command, args);
        assertEquals(0, output.exitCode(), String.join(" ", args) + ": " + output.err() + output.out());
    }

    private static void awaitCommand(Function<String[], Integer> command, String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && !run(command, "--help").out().contains("  " + name + " ")) {
            Thread.sleep(100);
        }
    }

    private static synchronized Output run(Function<String[], Integer> command, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = command.apply(args);
            return new Output(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
