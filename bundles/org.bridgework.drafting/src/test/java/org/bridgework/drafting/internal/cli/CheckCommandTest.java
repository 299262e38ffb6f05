package org.bridgework.drafting.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on the shipped sample, and what fires there (printed so a person can judge it). */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void sampleFindingsByCode() throws Exception {
        Cli cli = new Cli();
        try (Project p = cli.projects.sampleCopy()) {
            List<Finding> findings = cli.checks.run(p.root(), CheckSettings.defaults());
            Map<String, Integer> byCode = new TreeMap<>();
            findings.forEach(f -> byCode.merge(f.problem().code(), 1, Integer::sum));
            System.out.println("Sample findings by code: " + byCode);
            findings.forEach(f -> System.out.println("  " + f.problem()));
            // the sample is a real draft: no errors from our checks, every finding placed in a section or the document
            assertTrue(findings.stream().noneMatch(f -> f.problem().severity() == org.bridgework.core.api.Problem.Severity.ERROR));
            assertTrue(findings.stream().allMatch(f -> f.sectionId() != null || f.problem().code().equals(DraftingChecksImpl.DOCUMENT_OVER_LENGTH)));
        }
    }

    @Test
    void checkCommandOnSampleGroupsBySectionAndExplains() {
        Cli.Result r = new Cli().run("check", "--sample");
        System.out.println(r.out());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Why these matter"), r.out());
        assertTrue(r.out().matches("(?s).*Document: \\d+ words in the body \\(target 4000\\), about \\d+\\.\\d pages \\(estimate\\)\\..*"), r.out());
        Cli.Result json = new Cli().run("check", "--sample", "--json");
        assertEquals(0, json.exit());
        assertTrue(json.out().contains("\"sections\""));
        assertTrue(json.out().contains("\"explanation\""));
    }

    @Test
    void settingsSidecarSwitchesChecksOffAndErrorsExitOne() throws Exception {
        Cli cli = new Cli();
        Path file = dir.resolve("g.guidance");
        try (Project p = cli.projects.openSample(dir)) {
            Files.move(p.file(), file);
        }
        Cli.Result before = cli.run("check", file.toString());
        assertEquals(0, before.exit(), before.err());
        Files.writeString(CheckSettings.sidecar(file), "passive-voice.enabled=false\nword-to-avoid.enabled=false\nlong-sentence.severity=error\nlong-sentence.maxWords=12\n");
        Cli.Result after = cli.run("check", file.toString());
        assertTrue(before.out().contains("(passive-voice)"), before.out());
        assertTrue(!after.out().contains("(passive-voice)") && !after.out().contains("(word-to-avoid)"), after.out());
        assertTrue(after.out().contains("error ["), after.out());
        assertEquals(1, after.exit());
    }

    @Test
    void missingFileIsAUsageError() {
        Cli.Result r = new Cli().run("check", dir.resolve("nope.guidance").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
