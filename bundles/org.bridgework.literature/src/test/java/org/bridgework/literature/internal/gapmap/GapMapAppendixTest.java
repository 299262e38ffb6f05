package org.bridgework.literature.internal.gapmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.api.GapMap;
import org.bridgework.model.GuidanceProject;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence gap map appendix of the shipped sample, assembled through the real assembly service. */
class GapMapAppendixTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final EvidenceGapMapService gapMaps = new EvidenceGapMapService();

    GapMapAppendixTest() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
    }

    private Project openSample() throws Exception {
        Path file = dir.resolve("sample.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        return projects.open(file);
    }

    private AssembledDocument assemble(GuidanceProject project) throws Exception {
        return new AssemblyServiceImpl(List.of(), null, null, List.of(), List.of(new GapMapAppendix(gapMaps)))
                .build(project, null, AssemblyProgress.NONE);
    }

    private static Appendix gapMap(AssembledDocument doc) {
        return doc.appendices().stream().filter(a -> a.anchor().equals("appendix-gap-map")).findFirst().orElseThrow(
                () -> new AssertionError("no gap map appendix in " + doc.appendices().stream().map(Appendix::anchor).toList()));
    }

    @Test
    void theShippedSampleHasOneRowPerChallenge() throws Exception {
        try (Project p = openSample()) {
            AssembledDocument doc = assemble(p.root());
            Appendix a = gapMap(doc);
            assertEquals("Appendix: evidence gap map", a.title());
            // the sample shows a challenge's confidence, three cells judged on their own, four appraisals and its screening
            assertEquals(List.of("appendix-gap-map-intro", "appendix-gap-map-figure", "appendix-gap-map-table", "appendix-gap-map-confidence-intro",
                    "appendix-gap-map-confidence", "appendix-gap-map-cell-confidence-intro", "appendix-gap-map-cell-confidence",
                    "appendix-gap-map-appraisal-intro", "appendix-gap-map-appraisal", "appendix-gap-map-screening-intro", "appendix-gap-map-screening"),
                    a.blocks().stream().map(Block::anchor).toList());
            String confidence = AssembledDocument.plainText(((Paragraph) a.blocks().get(3)).content());
            assertTrue(confidence.startsWith("Counts are not confidence") && confidence.endsWith("1 of 10 challenges are assessed; the map colours their evidence "
                    + "by confidence. The others are not assessed yet."), confidence);
            assertEquals(3, ((Table) a.blocks().get(6)).rows().size(), "cells judged");
            assertEquals(4, ((Table) a.blocks().get(8)).rows().size(), "sources and extracts appraised");
            assertEquals(List.of(List.of("Records identified", "8"), List.of("Duplicates merged", "2"), List.of("Records after duplicates merged", "6"),
                    List.of("Records screened", "6"), List.of("Records excluded", "0"), List.of("Sources included", "6")), ((Table) a.blocks().get(10)).rows());
            assertEquals("How the sources were found and chosen, in the manner of a PRISMA flow diagram: 8 records identified; 2 records merged as "
                    + "duplicates, leaving 6 records; 6 screened, of which 0 excluded and 6 included.",
                    AssembledDocument.plainText(((Paragraph) a.blocks().get(9)).content()));
            // the figure is the heatmap the export draws, with alt text and a caption
            AssembledDocument.Image figure = (AssembledDocument.Image) a.blocks().get(1);
            assertEquals("image/svg+xml", figure.mediaType());
            java.io.StringWriter svg = new java.io.StringWriter();
            gapMaps.writeSvg(gapMaps.compute(p.root()), svg);
            assertEquals(svg.toString(), new String(figure.data(), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(figure.altText().startsWith("Heatmap of the evidence for each of the 10 challenges across 3 kinds of evidence"), figure.altText());
            assertTrue(!figure.caption().isEmpty());
            Table t = (Table) a.blocks().get(2);
            assertEquals("Evidence for each challenge", t.caption());
            assertTrue(t.firstColumnHeader());
            // the sample's sources are reports and two journal articles; three case studies address challenges or show solutions to them
            assertEquals(List.of("Challenge", "Reports", "Journal articles", "Case studies", "Total"), t.columns());
            assertEquals(List.of(
                    List.of("Unclear roles and responsibilities", "3 (strong)", "–", "3 (moderate)", "6"),
                    List.of("Sharing information and consent", "3 (moderate)", "–", "2 (weak)", "5"),
                    List.of("Communicating risk", "1 (weak)", "–", "2 (weak)", "3"),
                    List.of("Health information does not travel with students", "2 (moderate)", "–", "–", "2"),
                    List.of("Students’ diverse needs", "2 (moderate)", "–", "1 (weak)", "3"),
                    List.of("Care spread across many NHS trusts", "2 (moderate)", "–", "2 (weak)", "4"),
                    List.of("Limited resources in health systems", "2 (moderate)", "–", "1 (weak)", "3"),
                    List.of("Students missing from local health planning", "3 (weak)", "–", "–", "3"),
                    List.of("Return to study", "1 (weak)", "–", "–", "1"),
                    List.of("Good models not widely adopted", "–", "2 (moderate)", "1 (weak)", "3")), t.rows());
            String intro = AssembledDocument.plainText(((Paragraph) a.blocks().get(0)).content());
            assertTrue(intro.endsWith("Every challenge has some evidence."), intro);

            // the same numbers as the gap map the workbench and the CSV export show
            GapMap map = gapMaps.compute(p.root());
            for (int i = 0; i < map.rows().size(); i++) {
                for (int j = 0; j < map.columns().size(); j++) {
                    String cell = t.rows().get(i).get(j + 1);
                    int count = map.cell(i, j).count();
                    assertEquals(count == 0 ? "–" : String.valueOf(count), cell.replaceAll(" \\(.*\\)$", ""), "row " + i + " column " + j);
                }
            }
            assertEquals(List.of("appendix-gap-map"), doc.appendices().stream().filter(x -> !x.anchor().equals("appendix-criteria") && !x.anchor().equals("evidence-appendix")
                    && !x.anchor().equals("appendix-you-said-we-did"))
                    .map(Appendix::anchor).toList());
            assertTrue(doc.warnings().stream().noneMatch(w -> w.code().startsWith("appendix")), doc.warnings().toString());
        }
    }

    @Test
    void aChallengeWithoutEvidenceIsShownAsAGap() throws Exception {
        try (Project p = openSample()) {
            GuidanceProject root = p.root();
            org.bridgework.model.Challenge lonely = org.bridgework.model.GuidanceFactory.eINSTANCE.createChallenge();
            lonely.setId("ch-lonely");
            lonely.setTitle("Nobody has written about this");
            root.getChallenges().add(lonely);
            Appendix a = gapMap(assemble(root));
            Table t = (Table) a.blocks().get(2);
            assertEquals(11, t.rows().size());
            assertEquals(List.of("Nobody has written about this", "–", "–", "–", "0: gap"), t.rows().get(10));
            String intro = AssembledDocument.plainText(((Paragraph) a.blocks().get(0)).content());
            assertTrue(intro.endsWith("One challenge has no evidence yet: a gap."), intro);
        }
    }

    @Test
    void aProjectWithoutChallengesHasNoGapMap() throws Exception {
        try (Project p = openSample()) {
            GuidanceProject root = p.root();
            root.getChallenges().clear();
            assertTrue(assemble(root).appendices().stream().noneMatch(a -> a.anchor().startsWith("appendix-gap-map")));
        }
    }
}
