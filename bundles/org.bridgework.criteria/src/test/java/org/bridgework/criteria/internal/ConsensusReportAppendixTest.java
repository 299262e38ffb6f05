package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.core.api.Project;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consensus report appendix of the shipped sample, assembled through the real assembly service. */
class ConsensusReportAppendixTest {

    @TempDir
    Path dir;

    final Samples samples = new Samples();
    final ConsensusServiceImpl consensus = new ConsensusServiceImpl();

    private AssembledDocument assemble(GuidanceProject project) throws Exception {
        return new AssemblyServiceImpl(List.of(), null, null, List.of(), List.of(new ConsensusReportAppendix(consensus)))
                .build(project, null, AssemblyProgress.NONE);
    }

    private static Appendix consensusAppendix(AssembledDocument doc) {
        return doc.appendices().stream().filter(a -> a.anchor().equals("appendix-consensus")).findFirst().orElseThrow(
                () -> new AssertionError("no consensus appendix in " + doc.appendices().stream().map(Appendix::anchor).toList()));
    }

    private static List<Table> tables(Appendix a) {
        return a.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static List<String> column(Table t, int column) {
        return t.rows().stream().map(r -> r.get(column)).toList();
    }

    @Test
    void theShippedSampleHasItsPanelItsUnopenedRoundAndFiveCriteria() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            AssembledDocument doc = assemble(p.root());
            Appendix a = consensusAppendix(doc);
            assertEquals("Appendix: consensus report", a.title());
            assertEquals(List.of("appendix-consensus-intro", "appendix-consensus-accord", "appendix-consensus-panel", "appendix-consensus-rounds",
                    "appendix-consensus-outcomes", "appendix-consensus-missing"), a.blocks().stream().map(Block::anchor).toList());
            String intro = AssembledDocument.plainText(((Paragraph) a.blocks().get(0)).content());
            assertTrue(intro.contains("rate each criterion on a scale of 1 to 9"), intro);
            assertTrue(intro.contains("ACCORD") && intro.contains("doi:10.1371/journal.pmed.1004326") && !intro.contains("CREDES"), intro);

            // ACCORD item by item: 35 items in its sections, in order; what the data cannot answer is missing
            Table accord = tables(a).get(0);
            assertEquals(List.of("Item", "Section", "Topic", "Reported"), accord.columns());
            assertEquals(35, accord.rows().size());
            java.util.Map<String, Long> perSection = accord.rows().stream().collect(java.util.stream.Collectors.groupingBy(r -> r.get(1),
                    java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
            assertEquals(java.util.Map.of("Title", 1L, "Introduction", 3L, "Methods", 21L, "Results", 5L, "Discussion", 2L, "Other information", 3L),
                    perSection);
            assertEquals(List.of("Title", "Introduction", "Methods", "Results", "Discussion", "Other information"), List.copyOf(perSection.keySet()));
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 35).mapToObj(String::valueOf).toList(), column(accord, 0));
            java.util.function.Function<String, String> row = topic -> accord.rows().stream().filter(r -> r.get(2).startsWith(topic))
                    .findFirst().orElseThrow(() -> new AssertionError(topic)).get(3);
            assertTrue(row.apply("Registration").startsWith("Missing: "), row.apply("Registration"));
            assertTrue(row.apply("Ethics").startsWith("Missing: "));
            assertTrue(row.apply("Funding").startsWith("Missing: "));
            assertTrue(row.apply("Definition of consensus").startsWith("Consensus to include: at least 75%"), row.apply("Definition of consensus"));
            assertEquals("round 1: 0 of 12 (0%).", row.apply("Response rate"));
            assertTrue(row.apply("Final outcome").startsWith("0 criteria reached consensus to include"), row.apply("Final outcome"));
            String missing = AssembledDocument.plainText(((Paragraph) a.blocks().get(a.blocks().size() - 1)).content());
            long missingCount = accord.rows().stream().filter(r -> r.get(3).startsWith("Missing: ")).count();
            assertTrue(missing.startsWith("Not yet reported (" + missingCount + " of 35 ACCORD items): "), missing);
            assertTrue(missing.contains("registration and protocol") && missing.contains("funding"), missing);

            List<Table> tables = tables(a).subList(1, 4);
            Table panel = tables.get(0);
            assertEquals(List.of("Organisation kind", "Members", "Roles"), panel.columns());
            assertEquals(12, column(panel, 1).stream().mapToInt(Integer::parseInt).sum(), "the twelve panel members of round 1");
            assertTrue(panel.firstColumnHeader());

            Table rounds = tables.get(1);
            assertEquals("Consensus rounds (consensus to include: at least 75% of raters score 7-9 and fewer than 15% score 1-3; "
                    + "to exclude: the reverse)", rounds.caption());
            assertEquals(List.of(List.of("1", "draft, not yet opened", "–", "0 of 12", "5", "0 include, 0 exclude, 0 no consensus")), rounds.rows());

            Table outcomes = tables.get(2);
            // the statements are in the criteria appendix: not repeated here, the criterion named by code and title
            assertEquals(List.of("Criterion", "Mandatory", "Rounds", "Outcome", "Agreement", "Amendments"), outcomes.columns());
            assertEquals(List.of("C1 Benefits with evidence", "C2 Does not replicate existing services", "C3 Recognisable to the NHS",
                    "C4 Adaptable to local contexts", "C5 Addresses recurring challenges"), column(outcomes, 0));
            assertEquals(List.of("not rated", "not rated", "not rated", "not rated", "not rated"), column(outcomes, 3));
            assertTrue(outcomes.rows().stream().flatMap(List::stream).noneMatch(c -> c.startsWith("The model")), outcomes.rows().toString());
            assertEquals("yes", outcomes.rows().get(4).get(1));
            assertTrue(intro.contains("full statements are in the appendix of criteria"), intro);

            // after assembly's own appendix of the criteria (and before "you said, we did" and the evidence appendix), listed in the contents
            assertEquals(List.of("appendix-criteria", "appendix-consensus", "appendix-you-said-we-did"), doc.appendices().stream().map(Appendix::anchor)
                    .filter(x -> !x.equals("evidence-appendix")).toList());
            assertTrue(doc.contents().stream().anyMatch(e -> e.anchor().equals("appendix-consensus") && e.text().equals(a.title())));
            assertTrue(doc.warnings().stream().noneMatch(w -> w.code().startsWith("appendix")), doc.warnings().toString());
        }
    }

    @Test
    void outcomesFollowTheConsensusServicesArithmetic() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            ConsensusRound r1 = Samples.round(root, 1);
            consensus.open(p, r1, LocalDate.of(2026, 3, 2));
            int i = 0;
            for (Member m : r1.getPanel()) {
                consensus.rate(p, r1, m, Samples.criterion(root, "c1-benefits"), 8, null);
                // 9 of 12 (75%, the threshold itself) score 7-9, 2 of 12 (16.7%, over 15%) score 1-3: no consensus
                consensus.rate(p, r1, m, Samples.criterion(root, "c2-no-duplication"), i < 9 ? 7 : i < 10 ? 5 : 2, null);
                consensus.rate(p, r1, m, Samples.criterion(root, "c3-recognisable-to-nhs"), 2, null);
                i++;
            }
            consensus.close(p, r1, LocalDate.of(2026, 3, 20));

            List<Table> all = tables(consensusAppendix(assemble(root)));
            List<Table> tables = all.subList(1, 4);
            Table accord = all.get(0);
            assertTrue(accord.rows().stream().anyMatch(r -> r.get(2).startsWith("Response rate") && r.get(3).equals("round 1: 12 of 12 (100%).")));
            assertTrue(accord.rows().stream().anyMatch(r -> r.get(2).equals("Final outcome") && r.get(3).equals(
                    "1 criteria reached consensus to include, 1 to exclude, 1 without consensus, 2 not rated.")), accord.rows().toString());
            assertEquals(List.of(List.of("1", "2026-03-02", "2026-03-20", "12 of 12", "5", "1 include, 1 exclude, 1 no consensus")),
                    tables.get(1).rows());
            Table outcomes = tables.get(2);
            assertEquals(List.of("round 1: consensus to include", "round 1: no consensus", "round 1: consensus to exclude"),
                    column(outcomes, 2).subList(0, 3));
            assertEquals(List.of("consensus to include", "no consensus", "consensus to exclude", "not rated", "not rated"), column(outcomes, 3));
            assertEquals(List.of("100%", "75%", "0%", "–", "–"), column(outcomes, 4));

            // a chart per rated criterion, in the criteria's order: SVG with alt text, a numbered caption and its table twin
            List<AssembledDocument.Image> charts = consensusAppendix(assemble(root)).blocks().stream()
                    .filter(AssembledDocument.Image.class::isInstance).map(AssembledDocument.Image.class::cast).toList();
            assertEquals(List.of("appendix-consensus-chart-c1-benefits", "appendix-consensus-chart-c2-no-duplication",
                    "appendix-consensus-chart-c3-recognisable-to-nhs"), charts.stream().map(AssembledDocument.Image::anchor).toList());
            AssembledDocument.Image c2 = charts.get(1);
            assertEquals("image/svg+xml", c2.mediaType());
            assertTrue(c2.altText().contains("Round 1: 75% of 12 raters agree (7 to 9), no consensus.") && c2.altText().endsWith("Agreement needed: 75%."),
                    c2.altText());
            assertTrue(AssembledDocument.plainText(c2.caption()).matches("Figure \\d+\\. Ratings of C2 .* agreement needed\\."), c2.caption().toString());
            String svg = new String(c2.data(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(svg.contains("stroke-dasharray") && svg.contains("75% agreement needed"), svg);
            org.bridgework.assembly.api.Pictures.svgToPng(c2.data(), 1); // JSVG reads it (Word and PDF draw it)
            Table twin = c2.twin();
            assertEquals(List.of("Round", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Agree", "Outcome"), twin.columns());
            assertEquals(List.of(List.of("Round 1", "0", "2", "0", "0", "1", "0", "9", "0", "0", "75%", "No consensus")), twin.rows());
        }
    }

    @Test
    void aProjectWithoutRoundsHasNoConsensusAppendix() throws Exception {
        try (Project p = samples.open(samples.copy(dir))) {
            GuidanceProject root = p.root();
            root.getRounds().clear();
            AssembledDocument doc = assemble(root);
            assertTrue(doc.appendices().stream().noneMatch(a -> a.anchor().startsWith("appendix-consensus")));
        }
    }
}
