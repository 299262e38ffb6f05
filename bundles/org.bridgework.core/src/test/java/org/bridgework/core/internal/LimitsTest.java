package org.bridgework.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.model.GuidancePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's limits on nesting depth and value size, checked at load with the element and line named. */
class LimitsTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl service = new ProjectServiceImpl();

    private Path nested(int depth) throws IOException {
        Path file = dir.resolve("deep-" + depth + ".guidance");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guidance:GuidanceProject xmlns:guidance=\"" + GuidancePackage.eNS_URI
                    + "\" formatVersion=\"1\" id=\"deep\" title=\"Deep\">\n  <document id=\"doc\" title=\"Doc\">\n");
            for (int i = 0; i < depth; i++) {
                w.write("<sections id=\"s" + i + "\" heading=\"Section " + i + "\">\n");
            }
            for (int i = 0; i < depth; i++) {
                w.write("</sections>\n");
            }
            w.write("  </document>\n</guidance:GuidanceProject>\n");
        }
        return file;
    }

    @Test
    void sectionsNestedDeeperThanTheLimitAreRefusedNamingTheElementAndLine() throws Exception {
        for (int depth : new int[] {100, 5000}) {
            ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(nested(depth)));
            // root (1) + document (2) + sections from depth 3: the 63rd section is element 65
            assertEquals(66, e.line(), e.getMessage());
            assertFalse(e.getMessage().contains("the element the element"), e.getMessage());
            assertTrue(e.getMessage().contains("the element 'sections' (id 's62') at line 66 is nested 65 elements deep, deeper than the limit of 64"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("JAXP"), e.getMessage());
        }
    }

    @Test
    void nestingWithinTheLimitLoads() throws Exception {
        try (Project p = service.open(nested(40))) {
            assertEquals("s0", p.root().getDocument().getSections().get(0).getId());
        }
    }

    @Test
    void anAttributeOverTheLimitIsRefusedNamingAttributeElementAndLine() throws Exception {
        Path file = dir.resolve("big.guidance");
        String big = "x".repeat((1 << 20) + 1);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guidance:GuidanceProject xmlns:guidance=\"" + GuidancePackage.eNS_URI
                + "\"\n formatVersion=\"1\" id=\"big\"\n title=\"Big\">\n  <document id=\"doc\"\n    title=\"" + big + "\"/>\n</guidance:GuidanceProject>\n");
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(file));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("the attribute 'title' of the element 'document' (id 'doc') at line 6 is longer than the limit of 1,048,576"),
                e.getMessage());
    }

    @Test
    void textOverTheLimitIsRefusedAndMultiByteCharactersCountOnce() throws Exception {
        Path file = dir.resolve("text.guidance");
        // 600,000 two-byte characters: 1.2 MB of bytes, but within the limit of characters
        String within = "é".repeat(600_000);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guidance:GuidanceProject xmlns:guidance=\"" + GuidancePackage.eNS_URI
                + "\" formatVersion=\"1\" id=\"t\" title=\"" + within + "\">\n</guidance:GuidanceProject>\n");
        try (Project p = service.open(file)) {
            assertEquals(600_000, p.root().getTitle().length());
        }
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guidance:GuidanceProject xmlns:guidance=\"" + GuidancePackage.eNS_URI
                + "\" formatVersion=\"1\" id=\"t\" title=\"T\">\n<!-- a comment > with -- dashes -->\n<purpose><![CDATA[" + "y".repeat(1 << 21)
                + "]]></purpose></guidance:GuidanceProject>\n");
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(file));
        assertTrue(e.getMessage().contains("the text in the element 'purpose' starting at line 4"), e.getMessage());
    }

    @Test
    void limitsAreConfigurable() throws Exception {
        ProjectServiceImpl strict = new ProjectServiceImpl(new org.bridgework.model.util.GuidanceResourceFactory(),
                org.bridgework.core.api.ProjectService.DEFAULT_MAX_FILE_BYTES, 1, new ProjectWriter(), 10, 100, java.time.Duration.ZERO);
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> strict.open(nested(20)));
        assertTrue(e.getMessage().contains("limit of 10") && e.getMessage().contains("'maxDepth'"), e.getMessage());
    }
}
