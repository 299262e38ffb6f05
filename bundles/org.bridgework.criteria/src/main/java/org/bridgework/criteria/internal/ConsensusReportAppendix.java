package org.bridgework.criteria.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bridgework.assembly.api.AppendixContext;
import org.bridgework.assembly.api.AppendixProvider;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.criteria.api.ConsensusReport;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The consensus report as an appendix of the assembled guidance, from {@link ConsensusService#report}: the ACCORD
 * checklist item by item (what the project's data report, and each item it cannot fill marked missing), then the
 * supporting tables (panel, rounds, outcome for each criterion) and the list of missing items. None while the project
 * has no consensus round.
 */
@Component(service = AppendixProvider.class)
public class ConsensusReportAppendix implements AppendixProvider {

    static final String ID = "consensus-report";
    /** After assembly's own appendix of the criteria, before the evidence gap map (200). */
    static final int ORDER = 100;

    private static final String[] TABLE_ANCHORS = {"panel", "rounds", "outcomes"};
    static final String ACCORD = "doi:10.1371/journal.pmed.1004326";

    private final ConsensusService consensus;

    @Activate
    public ConsensusReportAppendix(@Reference ConsensusService consensus) {
        this.consensus = consensus;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<Appendix> appendix(GuidanceProject project, AppendixContext context) {
        if (project.getRounds().isEmpty()) {
            return Optional.empty();
        }
        ConsensusReport report = consensus.report(project);
        String anchor = context.anchor("appendix-consensus");
        List<Block> blocks = new ArrayList<>();
        String scale = report.scale() == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? "agree, neutral or disagree" : "a scale of 1 to 9";
        blocks.add(new Paragraph(context.anchor(anchor + "-intro"), List.of(Text.plain(
                "How the working group agrees the criteria for models of good practice, reported item by item against the ACCORD "
                        + "reporting guideline for consensus methods (Gattrell et al. 2024, " + ACCORD + "). Panel members rate each "
                        + "criterion on " + scale + "; the status of a criterion is worked out from the ratings, never set by hand. "
                        + "Items the project's records cannot answer are marked missing. Criteria are named by code and title; their full "
                        + "statements are in the appendix of criteria."))));
        ConsensusReport.Table accord = report.accordTable();
        blocks.add(new Table(context.anchor(anchor + "-accord"), accord.caption(), accord.columns(), accord.rows(), true));
        List<ConsensusReport.Table> tables = report.tables();
        for (int i = 0; i < tables.size(); i++) {
            ConsensusReport.Table t = tables.get(i);
            String suffix = i < TABLE_ANCHORS.length ? TABLE_ANCHORS[i] : "table-" + (i + 1);
            blocks.add(withoutStatements(project, new Table(context.anchor(anchor + "-" + suffix), t.caption(), t.columns(), t.rows(), true)));
        }
        List<ConsensusReport.AccordItem> missing = report.missingItems();
        blocks.add(new Paragraph(context.anchor(anchor + "-missing"), List.of(Text.plain(missing.isEmpty()
                ? "Every ACCORD item is reported."
                : "Not yet reported (" + missing.size() + " of " + report.accord().size() + " ACCORD items): "
                        + String.join("; ", missing.stream().map(i -> i.number() + " " + i.topic().toLowerCase(java.util.Locale.ROOT)).toList()) + "."))));
        List<Block> charts = ConsensusCharts.charts(project, consensus, context, anchor);
        if (!charts.isEmpty()) {
            blocks.add(new Paragraph(context.anchor(anchor + "-charts-intro"), List.of(Text.plain(
                    "How the panel rated each criterion, round by round: each bar is one round's raters, split by the score they gave, "
                            + "the agreeing end on the right. Agreement is reached when the agreeing scores, counted from the right, reach the dashed line."))));
            blocks.addAll(charts);
        }
        return Optional.of(new Appendix(anchor, "Appendix: consensus report", blocks));
    }

    /**
     * The criteria appendix already gives every statement in full: here a criterion is named by its code and title
     * instead of repeating the statement word for word (and the narrower table keeps its header words whole).
     */
    static Table withoutStatements(GuidanceProject project, Table t) {
        int statement = t.columns().indexOf("Statement");
        int criterion = t.columns().indexOf("Criterion");
        if (statement < 0 || criterion < 0) {
            return t;
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (org.bridgework.model.Criterion c : project.getCriteria()) {
            if (c.getTitle() != null && !c.getTitle().isBlank()) {
                titles.put(c.getId(), c.getTitle().strip());
                if (c.getCode() != null && !c.getCode().isBlank()) {
                    titles.put(c.getCode().strip(), c.getTitle().strip());
                }
            }
        }
        List<String> columns = new ArrayList<>(t.columns());
        columns.remove(statement);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            List<String> r = new ArrayList<>(row);
            String code = r.get(criterion);
            String title = titles.get(code);
            if (title != null) {
                r.set(criterion, code + " " + title);
            }
            if (statement < r.size()) {
                r.remove(statement);
            }
            rows.add(r);
        }
        return new Table(t.anchor(), t.caption(), columns, rows, t.firstColumnHeader());
    }
}
