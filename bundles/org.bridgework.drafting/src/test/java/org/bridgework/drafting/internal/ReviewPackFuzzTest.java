package org.bridgework.drafting.internal;

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
        read(withParts("ReviewPackFuzzTestInputs/docx/pack", java.util.Map.of("word/document.xml", utf8(document),
                "word/_rels/document.xml.rels", utf8(rels), "word/comments.xml", utf8(comments))));
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

    /** The seed archive with some parts replaced: structure-aware fuzzing of the XML inside (zip bytes mostly fail their CRC). */
    static byte[] withParts(String seedResource, java.util.Map<String, byte[]> parts) throws java.io.IOException {
        byte[] seed;
        try (java.io.InputStream in = ReviewPackFuzzTest.class.getResourceAsStream(seedResource)) {
            seed = in.readAllBytes();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(seed));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.Map<String, byte[]> added = new java.util.TreeMap<>(parts);
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] body = parts.containsKey(e.getName()) ? parts.get(e.getName()) : in.readAllBytes();
                added.remove(e.getName());
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(body);
                out.closeEntry();
            }
            for (var part : added.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
