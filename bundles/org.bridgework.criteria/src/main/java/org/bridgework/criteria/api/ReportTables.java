package org.bridgework.criteria.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bridgework.model.ConsensusStatus;

/** Renders a {@link ConsensusReport} as plain-text tables. */
final class ReportTables {

    private ReportTables() {
    }

    static List<ConsensusReport.Table> of(ConsensusReport r) {
        List<ConsensusReport.Table> tables = new ArrayList<>();
        List<List<String>> panel = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(r.panelByKind()).entrySet()) {
            List<String> roles = r.panel().stream().filter(m -> m.organisationKind().equals(e.getKey()))
                    .map(m -> m.organisation() == null ? m.role() : m.role() + " (" + m.organisation() + ")").toList();
            panel.add(List.of(e.getKey(), String.valueOf(e.getValue()), String.join("; ", roles)));
        }
        tables.add(new ConsensusReport.Table("Panel composition by kind of organisation", List.of("Organisation kind", "Members", "Roles"),
                panel));
        List<List<String>> rounds = new ArrayList<>();
        for (ConsensusReport.Round round : r.rounds()) {
            rounds.add(List.of(String.valueOf(round.number()), round.opened() == null ? "draft, not yet opened" : round.opened().toString(),
                    round.closed() == null ? "–" : round.closed().toString(),
                    round.respondents() + " of " + round.panelSize(), String.valueOf(round.criteria()),
                    round.include() + " include, " + round.exclude() + " exclude, " + round.noConsensus() + " no consensus"));
        }
        tables.add(new ConsensusReport.Table("Consensus rounds (" + r.definition() + ")",
                List.of("Round", "Opened", "Closed", "Responded", "Criteria", "Outcome"), rounds));
        List<List<String>> outcomes = new ArrayList<>();
        for (ConsensusReport.Outcome o : r.outcomes()) {
            StringBuilder history = new StringBuilder();
            for (Map.Entry<Integer, ConsensusStatus> e : new TreeMap<>(o.byRound()).entrySet()) {
                if (!history.isEmpty()) {
                    history.append("; ");
                }
                history.append("round ").append(e.getKey()).append(": ").append(label(e.getValue()));
            }
            outcomes.add(List.of(o.code() == null ? o.criterionId() : o.code(), o.statement() == null ? "" : o.statement(),
                    o.mandatory() ? "yes" : "no", history.isEmpty() ? "not rated" : history.toString(), label(o.finalStatus()),
                    Double.isNaN(o.finalAgreePercent()) ? "–" : String.format(Locale.ROOT, "%.0f%%", o.finalAgreePercent()),
                    String.valueOf(o.amendments())));
        }
        tables.add(new ConsensusReport.Table("Outcome for each criterion",
                List.of("Criterion", "Statement", "Mandatory", "Rounds", "Outcome", "Agreement", "Amendments"), outcomes));
        return tables;
    }

    static ConsensusReport.Table accord(ConsensusReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ConsensusReport.AccordItem i : r.accord()) {
            rows.add(List.of(String.valueOf(i.number()), i.section(), i.topic(), (i.missing() ? "Missing: " : "") + i.text()));
        }
        return new ConsensusReport.Table("ACCORD reporting checklist, item by item", List.of("Item", "Section", "Topic", "Reported"), rows);
    }

    static String label(ConsensusStatus s) {
        return switch (s) {
            case INCLUDE -> "consensus to include";
            case EXCLUDE -> "consensus to exclude";
            case NO_CONSENSUS -> "no consensus";
            case NOT_RATED -> "not rated";
        };
    }
}
