package org.bridgework.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.core.api.Problem.Severity;
import org.bridgework.drafting.api.CheckSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check settings written by the workbench's dialog and read back by the checks. */
class CheckSettingsTest {
    @TempDir
    Path dir;

    @Test
    void storedSettingsReadBackAndRemovedKeysFallBackToDefaults() throws Exception {
        Path project = dir.resolve("guide.guidance");
        CheckSettings s = CheckSettings.defaults().with("passive-voice.enabled", "false").with("long-sentence.severity", "error")
                .with("long-sentence.maxWords", "20").with("note", "a=b: c #d \\ é");
        s.store(project);
        assertTrue(Files.isRegularFile(dir.resolve("guide.checks.properties")));
        CheckSettings back = CheckSettings.load(project);
        assertFalse(back.enabled("passive-voice"));
        assertTrue(back.enabled("long-sentence"));
        assertEquals(Severity.ERROR, back.severity("long-sentence", Severity.WARNING));
        assertEquals(20, back.number("long-sentence.maxWords", 25));
        assertEquals("a=b: c #d \\ é", back.get("note"));
        CheckSettings reset = back.with("passive-voice.enabled", null);
        assertNull(reset.get("passive-voice.enabled"));
        assertTrue(reset.enabled("passive-voice"));
        reset.store(project);
        assertTrue(CheckSettings.load(project).enabled("passive-voice"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> !f.getFileName().toString().equals("guide.checks.properties")).count(), "no temporary file left");
        }
    }
}
