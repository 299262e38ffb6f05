package org.bridgework.drafting.internal;

import org.bridgework.testsupport.Zips;
import org.bridgework.drafting.internal.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of returned review packs (DOCX): whatever the bytes, reading the comments gives them or refuses the file
 * with an {@link IOException} whose message reaches the user, and nothing else. The committed corpus (…Inputs/)
 * runs in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ReviewPackFuzzTest {

    static Path dir;
    static Project project;
    static final ReviewPacksImpl packs = new ReviewPacksImpl();

    @BeforeAll
    static void sample() throws Exception {
        dir = Files.createTempDirectory("bridgework-fuzz-");
        Cli cli = new Cli();
        project = cli.projects.openSample(dir);
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void docx(byte[] data) throws Exception {
        read(data);
    }

    @FuzzTest(maxDuration = "60s")
    void docxParts(com.code_intelligence.jazzer.api.FuzzedDataProvider data) throws Exception {
        String rels = data.consumeString(1000);
        String comments = data.consumeString(3000);
        String document = data.consumeRemainingAsString();
        // the pack has no comments part of its own: add one, and the relationship pointing to it comes from the fuzzer
        read(Zips.withParts(ReviewPackFuzzTest.class, "ReviewPackFuzzTestInputs/docx/pack", java.util.Map.of("word/document.xml", Zips.utf8(document),
                "word/_rels/document.xml.rels", Zips.utf8(rels), "word/comments.xml", Zips.utf8(comments))));
    }

    private static void read(byte[] data) throws Exception {
        Path file = Files.write(dir.resolve("returned.docx"), data);
        java.util.Map<String, String> sections = new java.util.HashMap<>();
        project.root().getDocument().eAllContents().forEachRemaining(e -> {
            if (e instanceof org.bridgework.model.Section s) {
                sections.put(ReviewPack.bookmark(s.getId()), s.getId());
            }
        });
        try {
            ReviewPack.read(file, sections); // the reader itself: IOException is its only refusal
        } catch (IOException expected) {
            // refused with a message
        }
    }
}
