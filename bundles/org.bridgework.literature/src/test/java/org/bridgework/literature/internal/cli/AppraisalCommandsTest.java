package org.bridgework.literature.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
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
import org.bridgework.literature.api.EvidenceAppraisal;
import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.internal.gapmap.EvidenceGapMapService;
import org.bridgework.literature.internal.gapmap.GapMapAppendix;
import org.bridgework.model.CerqualConcern;
import org.bridgework.model.EvidenceConfidenceLevel;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ScreeningDecision;
import org.bridgework.model.StudyDesign;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** map appraise, map confidence --kind and map screen: in the model, the gap map and the evidence appendix. */
class AppraisalCommandsTest {

    @TempDir
    Path dir;

    final EvidenceGapMapService gapMaps = new EvidenceGapMapService();
    final Cli cli = new Cli();
    Path file;

    @BeforeEach
    void copySample() throws Exception {
        file = dir.resolve("appraisal.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
    }

    private Appendix appendix(GuidanceProject project) throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of(), List.of(new GapMapAppendix(gapMaps)))
                .build(project, null, AssemblyProgress.NONE);
        return doc.appendices().stream().filter(a -> a.anchor().equals("appendix-gap-map")).findFirst().orElseThrow();
    }

    private static Table table(Appendix a, String caption) {
        return a.blocks().stream().filter(b -> b instanceof Table t && t.caption().equals(caption)).map(Table.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + caption));
    }

    @Test
    void appraiseASourceAndAnExtract() throws Exception {
        byte[] before = Files.readAllBytes(file);
        var unknown = cli.run("map", "appraise", "src-nowhere", "--design", "survey", file.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no source or extract 'src-nowhere'"), unknown.err());
        assertTrue(unknown.err().contains("src-nous2023") && unknown.err().contains("ex-nous-roles"), "names what exists: " + unknown.err());
        var notSource = cli.run("map", "appraise", "ch-roles", "--design", "survey", file.toString());
        assertEquals(2, notSource.exit());
        assertTrue(notSource.err().contains("'ch-roles' is a Challenge, not a source or an extract"), notSource.err());
        var badDesign = cli.run("map", "appraise", "src-nous2023", "--design", "anecdote", file.toString());
        assertEquals(2, badDesign.exit());
        assertTrue(badDesign.err().contains("--design takes not-assessed, systematic-review"), badDesign.err());
        var noReason = cli.run("map", "appraise", "src-uuk2018", "--limitations", "serious", file.toString());
        assertEquals(2, noReason.exit());
        assertTrue(noReason.err().contains("say why with --limitations-reason"), noReason.err());
        var dry = cli.run("map", "appraise", "src-nous2023", "--design", "qualitative", "--limitations", "moderate", "--limitations-reason", "interim findings",
                "--dry-run", "--json", file.toString());
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("\"dryRun\":true") || dry.out().contains("\"dryRun\": true"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(file), "refusals and --dry-run write nothing");

        assertEquals(0, cli.run("map", "appraise", "src-nous2023", "--design", "qualitative", "--design-reason", "action learning sets with HEP staff",
                "--relevance", "none", "--relevance-reason", "English HEPs and NHS trusts", "--limitations", "moderate", "--limitations-reason",
                "interim findings, methods not reported", file.toString()).exit());
        // options not given keep what was recorded
        assertEquals(0, cli.run("map", "appraise", "src-nous2023", "--adequacy", "minor", "--adequacy-reason", "ten months, two forums", file.toString()).exit());
        assertEquals(0, cli.run("map", "appraise", "ex-nous-london", "--relevance", "minor", "--relevance-reason", "London only", file.toString()).exit());
        try (Project p = cli.projects.open(file)) {
            var s = p.root().getSources().stream().filter(x -> x.getId().equals("src-nous2023")).findFirst().orElseThrow();
            assertEquals(StudyDesign.QUALITATIVE, s.getAppraisal().getDesign());
            assertEquals(CerqualConcern.MODERATE, s.getAppraisal().getLimitations());
            assertEquals(CerqualConcern.MINOR, s.getAppraisal().getAdequacy());
            var london = s.getExtracts().stream().filter(x -> x.getId().equals("ex-nous-london")).findFirst().orElseThrow();
            assertEquals(CerqualConcern.MINOR, EvidenceAppraisal.effective(london).getRelevance(), "the extract's own appraisal");
            var roles = s.getExtracts().stream().filter(x -> x.getId().equals("ex-nous-roles")).findFirst().orElseThrow();
            assertEquals(StudyDesign.QUALITATIVE, EvidenceAppraisal.effective(roles).getDesign(), "else its source's");
            Table t = table(appendix(p.root()), "Appraisal of the sources and extracts");
            assertEquals(List.of("Source or extract", "Study design", "Relevance", "Methodological limitations", "Adequacy"), t.columns());
            assertEquals(List.of("nous2023: Working Better Together to Support Student Mental Health", "qualitative: action learning sets with HEP staff",
                    "no concerns: English HEPs and NHS trusts", "moderate concerns: interim findings, methods not reported", "minor concerns: ten months, two forums"),
                    t.rows().get(0));
            assertTrue(t.rows().get(1).get(0).startsWith("Extract ex-nous-london of nous2023"), t.rows().toString());
        }
        assertEquals(0, cli.run("map", "appraise", "ex-nous-london", "--clear", file.toString()).exit());
        try (Project p = cli.projects.open(file)) {
            assertNull(p.root().getSources().get(1).getExtracts().stream().filter(x -> x.getId().equals("ex-nous-london")).findFirst().orElseThrow().getAppraisal());
        }
    }

    @Test
    void confidencePerCellColoursThatCellOnly() throws Exception {
        var unknownKind = cli.run("map", "confidence", "ch-roles", "--kind", "podcasts", "--level", "low", "--reasons", "x", file.toString());
        assertEquals(2, unknownKind.exit());
        assertTrue(unknownKind.err().contains("no kind of evidence 'podcasts' in the gap map; its columns are: report"), unknownKind.err());
        assertTrue(unknownKind.err().contains("case-studies"), unknownKind.err());
        var empty = cli.run("map", "confidence", "ch-records", "--kind", "case-studies", "--level", "low", "--reasons", "x", file.toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("has no case studies as evidence"), empty.err());
        var set = cli.run("map", "confidence", "ch-roles", "--kind", "report", "--level", "low", "--limitations", "serious", "--relevance", "none",
                "--reasons", "Policy reports restating one another", "--json", file.toString());
        assertEquals(0, set.exit(), set.err());
        assertTrue(set.out().contains("Confidence in ch-roles \u00d7 report: low"), set.out());
        // again: replaces, never adds a second judgement for the cell
        assertEquals(0, cli.run("map", "confidence", "ch-roles", "--kind", "Reports", "--level", "very-low", "--reasons", "On reflection", file.toString()).exit());
        try (Project p = cli.projects.open(file)) {
            GuidanceProject root = p.root();
            assertEquals(1, root.getChallenges().get(0).getCellConfidences().size());
            assertNull(root.getChallenges().get(0).getConfidence(), "the challenge's overall confidence is untouched");
            GapMap map = gapMaps.compute(root);
            int report = map.columns().stream().map(GapMap.Column::id).toList().indexOf("report");
            assertEquals(EvidenceConfidenceLevel.VERY_LOW, map.cell(0, report).confidence());
            assertEquals(EvidenceConfidenceLevel.VERY_LOW, map.shownConfidence(0, report));
            assertEquals(EvidenceConfidenceLevel.NOT_ASSESSED, map.shownConfidence(3, report), "other cells keep the strength colour");
            StringWriter svg = new StringWriter();
            gapMaps.writeSvg(map, svg);
            assertTrue(svg.toString().contains("fill=\"#b35806\""), "the very-low colour");
            assertTrue(svg.toString().contains("; confidence very low (On reflection)"), svg.toString());
            StringWriter csv = new StringWriter();
            gapMaps.writeCsv(map, csv);
            assertTrue(csv.toString().lines().findFirst().orElseThrow().contains(",Reports (confidence),Reports (confidence reasons),"), csv.toString());
            assertTrue(csv.toString().lines().skip(1).findFirst().orElseThrow().contains(",very-low,On reflection,"), csv.toString());
            Table t = table(appendix(root), "Confidence in the evidence of each kind for each challenge");
            assertEquals(List.of("Unclear roles and responsibilities", "Reports", String.valueOf(map.cell(0, report).count()), "very low", "not assessed",
                    "On reflection"), t.rows().get(0));
        }
        assertEquals(0, cli.run("map", "confidence", "ch-roles", "--kind", "report", "--level", "not-assessed", file.toString()).exit());
        try (Project p = cli.projects.open(file)) {
            assertTrue(p.root().getChallenges().get(0).getCellConfidences().isEmpty());
        }
    }

    @Test
    void caseStudiesCountForTheChallengesOfTheSolutionsTheyShow() throws Exception {
        try (Project p = cli.projects.open(file)) {
            GapMap map = gapMaps.compute(p.root());
            int cs = map.columns().size() - 1;
            assertEquals("case-studies", map.columns().get(cs).id());
            int risk = map.rows().stream().map(GapMap.Row::challengeId).toList().indexOf("ch-risk");
            // cs-liverpool shows sol-liaison and sol-joint-meetings (both address ch-risk); cs-north-london shows sol-joint-meetings
            assertTrue(map.cell(risk, cs).caseStudyIds().containsAll(List.of("cs-liverpool", "cs-north-london")), map.cell(risk, cs).toString());
            int adoption = map.rows().stream().map(GapMap.Row::challengeId).toList().indexOf("ch-adoption");
            assertTrue(map.cell(adoption, cs).caseStudyIds().contains("cs-greater-manchester"), "via sol-regional-service");
        }
    }

    @Test
    void screeningAndThePrismaFlow() throws Exception {
        var unknown = cli.run("map", "screen", "src-x", "--include", file.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no source 'src-x' in the project; the sources are: src-uuk2022, src-nous2023"), unknown.err());
        var noReason = cli.run("map", "screen", "src-uuk2018", "--exclude", file.toString());
        assertEquals(2, noReason.exit());
        assertTrue(noReason.err().contains("say why src-uuk2018 is excluded with --reason"), noReason.err());
        var both = cli.run("map", "screen", "src-uuk2018", "--exclude", "--include", "--reason", "x", file.toString());
        assertEquals(2, both.exit());
        byte[] before = Files.readAllBytes(file);
        assertEquals(0, cli.run("map", "screen", "src-uuk2018", "--exclude", "--reason", "superseded", "--dry-run", file.toString()).exit());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(0, cli.run("map", "screen", "src-uuk2018", "--exclude", "--reason", "superseded by a later edition", file.toString()).exit());
        assertEquals(0, cli.run("map", "screen", "src-nous2023", "--include", "--reason", "UK HE-NHS partnerships", file.toString()).exit());
        try (Project p = cli.projects.open(file)) {
            GuidanceProject root = p.root();
            root.setDuplicatesMerged(3);
            var s = root.getSources().stream().filter(x -> x.getId().equals("src-uuk2018")).findFirst().orElseThrow();
            assertEquals(ScreeningDecision.EXCLUDED, s.getScreening());
            EvidenceAppraisal.ScreeningFlow f = EvidenceAppraisal.flow(root);
            int n = root.getSources().size();
            assertEquals(n + 3, f.identified());
            // the sample's sources are all screened and included; one is now excluded
            assertEquals(n, f.screened());
            assertEquals(n - 1, f.included());
            Appendix a = appendix(root);
            Table t = table(a, "Screening of the sources (PRISMA-style flow)");
            assertEquals(List.of(List.of("Records identified", String.valueOf(n + 3)), List.of("Duplicates merged", "3"),
                    List.of("Records after duplicates merged", String.valueOf(n)), List.of("Records screened", String.valueOf(n)), List.of("Records excluded", "1"),
                    List.of("Excluded: superseded by a later edition", "1"), List.of("Sources included", String.valueOf(n - 1))),
                    t.rows());
            String text = a.blocks().stream().filter(b -> b instanceof Paragraph pa && AssembledDocument.plainText(pa.content()).startsWith("How the sources were found"))
                    .map(b -> AssembledDocument.plainText(((Paragraph) b).content())).findFirst().orElseThrow();
            assertTrue(text.contains((n + 3) + " records identified; 3 records merged as duplicates, leaving " + n + " records; " + n + " screened, of which 1 excluded "
                    + "(superseded by a later edition: 1) and " + (n - 1) + " included. Excluded sources are not counted as evidence in the map."), text);
        }
        try (Project p = cli.projects.open(file)) {
            // an excluded source is no longer evidence: ch-records' reports were uuk2020 and uuk2018
            GapMap map = gapMaps.compute(p.root());
            int records = map.rows().stream().map(GapMap.Row::challengeId).toList().indexOf("ch-records");
            int report = map.columns().stream().map(GapMap.Column::id).toList().indexOf("report");
            assertEquals(List.of("ex-uuk2020-data-sharing"), map.cell(records, report).extractIds());
        }
        assertEquals(0, cli.run("map", "screen", "src-uuk2018", "--undecided", file.toString()).exit());
        try (Project p = cli.projects.open(file)) {
            var s = p.root().getSources().stream().filter(x -> x.getId().equals("src-uuk2018")).findFirst().orElseThrow();
            assertEquals(ScreeningDecision.NOT_SCREENED, s.getScreening());
            assertNull(s.getScreeningReason());
        }
    }
}
