package org.bridgework.literature.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.internal.gapmap.EvidenceGapMapService;
import org.bridgework.literature.internal.gapmap.GapMapAppendix;
import org.bridgework.model.GuidanceProject;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** map confidence: GRADE-CERQual-style confidence per challenge, in the gap map (CSV, SVG) and its appendix. */
class ConfidenceCommandTest {

    @TempDir
    Path dir;

    final EvidenceGapMapService gapMaps = new EvidenceGapMapService();

    private AssembledDocument assemble(GuidanceProject project) throws Exception {
        return new AssemblyServiceImpl(List.of(), null, null, List.of(), List.of(new GapMapAppendix(gapMaps)))
                .build(project, null, AssemblyProgress.NONE);
    }

    private static Appendix gapMap(AssembledDocument doc) {
        return doc.appendices().stream().filter(a -> a.anchor().equals("appendix-gap-map")).findFirst().orElseThrow();
    }

    @Test
    void confidenceFromTheCommandLineColoursTheMapAndIsExplainedInTheAppendix() throws Exception {
        Path file = dir.resolve("confidence.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        Cli cli = new Cli();
        ProjectServiceImpl projects = cli.projects;
        String challenge;
        try (Project p = projects.open(file)) {
            challenge = p.root().getChallenges().get(0).getId();
        }
        byte[] before = Files.readAllBytes(file);
        var refused = cli.run("map", "confidence", challenge, "--level", "moderate", file.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("say why with --reasons"), refused.err());
        var badConcern = cli.run("map", "confidence", challenge, "--level", "low", "--coherence", "awful", "--reasons", "x", file.toString());
        assertEquals(2, badConcern.exit());
        assertTrue(badConcern.err().contains("--coherence takes none, minor, moderate or serious, not 'awful'"), badConcern.err());
        var dry = cli.run("map", "confidence", challenge, "--level", "moderate", "--reasons", "two UK studies", "--dry-run", file.toString());
        assertEquals(0, dry.exit(), dry.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file), "--dry-run writes nothing");
        var set = cli.run("map", "confidence", challenge, "--level", "moderate", "--limitations", "minor", "--coherence", "none",
                "--adequacy", "moderate", "--relevance", "minor", "--reasons", "Two UK studies and a national survey; small samples.", file.toString());
        assertEquals(0, set.exit(), set.err());
        try (Project p = projects.open(file)) {
            GuidanceProject root = p.root();
            var map = gapMaps.compute(root);
            assertEquals(org.bridgework.model.EvidenceConfidenceLevel.MODERATE, map.rows().get(0).confidence());
            java.io.StringWriter csv = new java.io.StringWriter();
            gapMaps.writeCsv(map, csv);
            String header = csv.toString().lines().findFirst().orElseThrow();
            assertTrue(header.contains(",Total (count),Confidence,Concerns: methodological limitations,Concerns: coherence,Concerns: adequacy,"
                    + "Concerns: relevance,Confidence reasons"), header);
            assertTrue(csv.toString().lines().skip(1).findFirst().orElseThrow()
                    .contains(",moderate,minor,none,moderate,minor,Two UK studies and a national survey; small samples.,"), csv.toString());
            java.io.StringWriter svg = new java.io.StringWriter();
            gapMaps.writeSvg(map, svg);
            assertTrue(svg.toString().contains("fill=\"#a6dba0\""), "the moderate colour");
            assertTrue(svg.toString().contains("Confidence (GRADE-CERQual), where assessed"));
            assertTrue(svg.toString().contains("; confidence moderate, for the challenge overall (Two UK studies and a national survey; small samples.)"));
            Appendix a = gapMap(assemble(root));
            Table conf = (Table) a.blocks().get(4);
            assertEquals("Confidence in the evidence for each challenge (GRADE-CERQual)", conf.caption());
            assertEquals(List.of(root.getChallenges().get(0).getTitle(), "moderate", "minor", "none", "moderate", "minor",
                    "Two UK studies and a national survey; small samples."), conf.rows().get(0));
            String intro = AssembledDocument.plainText(((Paragraph) a.blocks().get(3)).content());
            assertTrue(intro.contains("2 of 10 challenges are assessed"), intro);
        }
        assertEquals(0, cli.run("map", "confidence", challenge, "--level", "not-assessed", file.toString()).exit());
        try (Project p = projects.open(file)) {
            assertEquals(null, p.root().getChallenges().get(0).getConfidence());
        }
    }

}
