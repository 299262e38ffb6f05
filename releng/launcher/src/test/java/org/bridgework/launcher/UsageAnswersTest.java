package org.bridgework.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageAnswersTest {

    @TempDir
    Path temp;

    private ProductLayout layout;

    @BeforeEach
    void product() throws Exception {
        Path home = Files.createDirectories(temp.resolve("product"));
        Files.createDirectories(home.resolve("bundles"));
        Files.writeString(home.resolve("bundles/a.jar"), "a");
        Files.writeString(home.resolve("product.properties"), "version=1.0\n");
        layout = ProductLayout.of(home).withCacheRoot(temp.resolve("cache")).withUserExtensions(temp.resolve("data/extensions"))
                .withProductExtensions(home.resolve("extensions"));
    }

    private String key(List<String> args, Map<String, String> env) throws Exception {
        return UsageAnswers.key(layout, args, env);
    }

    @Test
    void theSameQuestionInTheSameProductHasTheSameKey() throws Exception {
        assertEquals(key(List.of("--help"), Map.of()), key(List.of("--help"), Map.of()));
        assertNotEquals(key(List.of("--help"), Map.of()), key(List.of("validate", "--help"), Map.of()));
        // a word boundary is part of the question: "a b" is not "a", "b"
        assertNotEquals(key(List.of("a b"), Map.of()), key(List.of("a", "b"), Map.of()));
    }

    @Test
    void anExtensionASettingOrAnotherBundleIsANewQuestion() throws Exception {
        String before = key(List.of("--help"), Map.of());
        // a folder not made yet reads as an empty one (the first run makes them)
        Files.createDirectories(layout.userExtensions());
        assertEquals(before, key(List.of("--help"), Map.of()));
        Files.writeString(layout.userExtensions().resolve("local.jar"), "x");
        String withExtension = key(List.of("--help"), Map.of());
        assertNotEquals(before, withExtension);
        Files.writeString(layout.bundles().resolve("b.jar"), "b");
        assertNotEquals(withExtension, key(List.of("--help"), Map.of()));
        assertNotEquals(key(List.of("--help"), Map.of()), key(List.of("--help"), Map.of("BRIDGEWORK_ALLOW_UNSIGNED", "true")));
        assertNotEquals(key(List.of("--help"), Map.of()), key(List.of("--help"), Map.of("COLUMNS", "200")));
        // only the timing lines differ with BRIDGEWORK_TIMING, and they are not part of the answer
        assertEquals(key(List.of("--help"), Map.of()), key(List.of("--help"), Map.of("BRIDGEWORK_TIMING", "1")));
    }

    @Test
    void onlyAnAnswerTheCommandLineSaidDependedOnTheArgumentsIsKept() throws Exception {
        UsageAnswers answers = UsageAnswers.of(layout, List.of("validat"));
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true));
            answers.run(() -> {
                System.err.print("bridgework: no command 'validat'");
                return 2; // a failure found at work (no outcome property): not kept
            }, true);
            assertNull(answers.replay(System.out, System.err));
            answers.run(() -> {
                System.err.print("bridgework: no command 'validat'");
                System.setProperty(UsageAnswers.OUTCOME_PROPERTY, UsageAnswers.PURE);
                return 2;
            }, false); // some bundle did not start: not kept either
            assertNull(answers.replay(System.out, System.err));
            answers.run(() -> {
                System.err.print("bridgework: no command 'validat'");
                System.setProperty(UsageAnswers.OUTCOME_PROPERTY, UsageAnswers.PURE);
                return 2;
            }, true);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        ByteArrayOutputStream replayedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream replayedErr = new ByteArrayOutputStream();
        assertEquals(2, answers.replay(new PrintStream(replayedOut), new PrintStream(replayedErr)));
        assertEquals("", replayedOut.toString(StandardCharsets.UTF_8));
        assertEquals("bridgework: no command 'validat'", replayedErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerLongerThanAnAnswerMayBeIsNotHeldOrKept() throws Exception {
        UsageAnswers answers = UsageAnswers.of(layout, List.of("--help"));
        PrintStream out = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(seen, true));
            answers.run(() -> {
                byte[] line = new byte[64 * 1024];
                for (int i = 0; i < 20; i++) {
                    System.out.write(line, 0, line.length); // 1.25 MB: all of it still reaches the user
                }
                System.setProperty(UsageAnswers.OUTCOME_PROPERTY, UsageAnswers.PURE);
                return 0;
            }, true);
        } finally {
            System.setOut(out);
        }
        assertEquals(20 * 64 * 1024, seen.size());
        assertNull(answers.replay(System.out, System.err));
    }

    @Test
    void anEntryIsReplayedOnlyForTheQuestionItWasKeptFor() throws Exception {
        UsageAnswers asked = UsageAnswers.of(layout, List.of("--help"));
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
            asked.run(() -> {
                System.out.print("Usage: bridgework");
                System.setProperty(UsageAnswers.OUTCOME_PROPERTY, UsageAnswers.PURE);
                return 0;
            }, true);
        } finally {
            System.setOut(out);
        }
        assertEquals(0, asked.replay(new PrintStream(new ByteArrayOutputStream()), System.err));
        // file names are short hashes: one that another question's name collides with must not answer it
        Path answers = layout.versionCache().resolve("answers");
        Path other = answers.resolve(UsageAnswers.key(layout, List.of("version", "--help"), System.getenv()));
        Files.copy(answers.resolve(UsageAnswers.key(layout, List.of("--help"), System.getenv())), other);
        assertNull(UsageAnswers.of(layout, List.of("version", "--help")).replay(System.out, System.err));
    }
}
