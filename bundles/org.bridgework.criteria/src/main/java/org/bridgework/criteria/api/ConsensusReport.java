package org.bridgework.criteria.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusStatus;

/**
 * A consensus report that follows ACCORD item by item ({@link #accord()}), with its supporting tables: the panel
 * (roles and kinds of organisation, never names), the rounds, the consensus definition and the outcome for each
 * criterion. Assembly can render it as
 * an appendix ({@link #tables()} gives it as plain-text tables).
 *
 * @param panel            every member on the panel of any round, in project order
 * @param panelByKind      number of those members per organisation kind label ("HEP", "NHS trust", ..., "None given")
 * @param rounds           the rounds in number order
 * @param scale            the rating scale
 * @param includePercent   consensus needs at least this percent at one end ...
 * @param oppositePercent  ... and fewer than this percent at the other
 * @param definition       the consensus definition in one sentence
 * @param outcomes         one per criterion of the project, in project order
 */
public record ConsensusReport(List<PanelMember> panel, Map<String, Integer> panelByKind, List<Round> rounds, ConsensusScale scale,
        int includePercent, int oppositePercent, String definition, List<Outcome> outcomes, List<AccordItem> accord) {

    public ConsensusReport {
        panel = List.copyOf(panel);
        panelByKind = Map.copyOf(panelByKind);
        rounds = List.copyOf(rounds);
        outcomes = List.copyOf(outcomes);
        accord = accord == null ? List.of() : List.copyOf(accord);
    }

    /** Without the ACCORD items (the report as of version 1.1). */
    public ConsensusReport(List<PanelMember> panel, Map<String, Integer> panelByKind, List<Round> rounds, ConsensusScale scale,
            int includePercent, int oppositePercent, String definition, List<Outcome> outcomes) {
        this(panel, panelByKind, rounds, scale, includePercent, oppositePercent, definition, outcomes, List.of());
    }

    /**
     * One item of the ACCORD reporting checklist (Gattrell et al. 2024, doi:10.1371/journal.pmed.1004326) as this
     * project can report it: the item's number and section, its topic, and either what the project's data say or,
     * when {@code missing}, what the authors still have to report themselves.
     *
     * @since 1.2
     */
    public record AccordItem(int number, String section, String topic, String text, boolean missing) {
    }

    /** The items the project cannot fill from its data, in checklist order. @since 1.2 */
    public List<AccordItem> missingItems() {
        return accord.stream().filter(AccordItem::missing).toList();
    }

    /** The ACCORD checklist item by item as a table (item, section, topic, reported or missing). @since 1.2 */
    public Table accordTable() {
        return ReportTables.accord(this);
    }

    /** A panel seat: role and organisation (may be null), organisation kind label, rounds it was on the panel of. */
    public record PanelMember(String memberId, String role, String organisation, String organisationKind, List<Integer> rounds) {
        public PanelMember {
            rounds = List.copyOf(rounds);
        }
    }

    /** A round: dates may be null; respondents = panel members who returned at least one rating. */
    public record Round(int number, String title, LocalDate opened, LocalDate closed, int panelSize, int respondents, int criteria,
            int include, int exclude, int noConsensus) {
    }

    /**
     * The outcome for one criterion: its status in each round that included it (round number → status), the final
     * status (latest round that rated it; NOT_RATED if none), the agreement there, and how often its wording changed.
     */
    public record Outcome(String criterionId, String code, String statement, boolean mandatory, Map<Integer, ConsensusStatus> byRound,
            ConsensusStatus finalStatus, double finalAgreePercent, int amendments) {
        public Outcome {
            byRound = Map.copyOf(byRound);
        }
    }

    /** A plain-text table: caption, header row, body rows. */
    public record Table(String caption, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The report as three plain-text tables: panel composition, rounds, outcomes (for an appendix). */
    public List<Table> tables() {
        return ReportTables.of(this);
    }
}
