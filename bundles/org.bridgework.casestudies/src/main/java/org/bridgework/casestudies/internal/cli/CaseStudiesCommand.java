package org.bridgework.casestudies.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.casestudies.api.CollectionPipeline;
import org.bridgework.casestudies.api.CollectionPipeline.Entry;
import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.StatusChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework case-studies [--json] [PROJECT | --sample]} and {@code case-studies advance ID STATUS --into PROJECT}. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=case-studies", CommandContribution.SUMMARY_PROPERTY + "=" + CaseStudiesCommand.SUMMARY})
public class CaseStudiesCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "The case-study collection pipeline: each case study's status (identified → engaged → template sent → returned → verified → approved, or withdrawn), its dated history, and whether it is overdue against the milestone collection must finish by (case-studies-collected, else draft-to-stakeholders).";

    private final ProjectService projects;
    private final CollectionPipeline pipeline;

    @Activate
    public CaseStudiesCommand(@Reference ProjectService projects, @Reference CollectionPipeline pipeline) {
        this.projects = projects;
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "case-studies";
    }

    @Override
    public Object create() {
        CommandLine cl = new CommandLine(new Board(projects, pipeline));
        cl.addSubcommand("advance", new Advance(projects, pipeline));
        return cl;
    }

    static LocalDate date(String s, String option) {
        if (s == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw CommandFailure.usage(option + " takes a date as YYYY-MM-DD, not '" + s + "'.");
        }
    }

    @Command(name = "case-studies", description = {SUMMARY + " Exits 1 when any is overdue."},
            synopsisSubcommandLabel = "[advance]")
    static final class Board implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Judge overdue as of this date (default: today, UTC).")
        String today;

        private final ProjectService projects;
        private final CollectionPipeline pipeline;

        Board(ProjectService projects, CollectionPipeline pipeline) {
            this.projects = projects;
            this.pipeline = pipeline;
        }

        @Override
        public Integer call() {
            LocalDate day = date(today, "--today");
            try (Project p = project.open(projects)) {
                List<Entry> board = pipeline.board(p.root(), day);
                var m = pipeline.deadline(p.root());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("today", day.toString());
                    doc.put("deadline", m == null ? null : Map.of("milestone", m.getId(), "date", m.getDate().toString()));
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Entry e : board) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", e.caseStudy().getId());
                        row.put("title", e.caseStudy().getTitle());
                        row.put("status", e.status().getLiteral());
                        row.put("since", e.since() == null ? null : e.since().toString());
                        row.put("overdue", e.overdue());
                        row.put("dueSoon", e.dueSoon());
                        List<Map<String, Object>> h = new ArrayList<>();
                        for (StatusChange c : e.caseStudy().getStatusHistory()) {
                            Map<String, Object> hr = new LinkedHashMap<>();
                            hr.put("date", c.getDate() == null ? null : c.getDate().toString());
                            hr.put("status", c.getStatus().getLiteral());
                            hr.put("note", c.getNote());
                            h.add(hr);
                        }
                        row.put("history", h);
                        rows.add(row);
                    }
                    doc.put("caseStudies", rows);
                    out.println(Json.write(doc));
                } else {
                    out.println("Case studies in " + project.describe() + " (" + board.size() + "), as of " + day
                            + (m == null ? "; no milestone for the end of collection." : "; collection due by " + m.getDate() + " (" + m.getId() + ")."));
                    for (Entry e : board) {
                        out.println();
                        out.println("  " + e.caseStudy().getId() + "  " + e.status().getLiteral() + (e.since() == null ? "" : " since " + e.since())
                                + (e.overdue() ? "  OVERDUE" : e.dueSoon() ? "  due soon" : ""));
                        out.println("    " + e.caseStudy().getTitle());
                        for (StatusChange c : e.caseStudy().getStatusHistory()) {
                            String note = c.getNote() == null ? "" : c.getNote();
                            out.println("    " + (c.getDate() == null ? "(undated)" : c.getDate()) + "  " + c.getStatus().getLiteral()
                                    + (note.isEmpty() ? "" : "  " + (note.length() > 80 ? note.substring(0, 79) + "…" : note)));
                        }
                    }
                }
                out.flush();
                return board.stream().anyMatch(Entry::overdue) ? ExitCodes.PROBLEMS : ExitCodes.OK;
            }
        }
    }

    @Command(name = "advance", description = {"Record a dated status change of a case study. Statuses only move forward (steps may be",
            "skipped); withdrawn is possible from any status. The project is saved atomically."})
    static final class Advance implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The case study's id.")
        String id;

        @Parameters(index = "1", paramLabel = "STATUS", description = "identified, engaged, template-sent, returned, verified, approved or withdrawn.")
        String status;

        @Option(names = "--into", paramLabel = "PROJECT", required = true, description = "The .guidance project.")
        Path into;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today, UTC).")
        String date;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note for the history.")
        String note;

        private final ProjectService projects;
        private final CollectionPipeline pipeline;

        Advance(ProjectService projects, CollectionPipeline pipeline) {
            this.projects = projects;
            this.pipeline = pipeline;
        }

        @Override
        public Integer call() {
            CollectionStatus to = CollectionStatus.get(status.strip().toLowerCase().replace('_', '-').replace(' ', '-'));
            if (to == null) {
                throw CommandFailure.usage("'" + status + "' is not a collection status; use one of: identified, engaged, template-sent, returned,"
                        + " verified, approved, withdrawn.");
            }
            LocalDate day = date(date, "--date");
            ProjectSelection sel = new ProjectSelection() {
                @Override
                public Path file() {
                    return into;
                }

                @Override
                public boolean sample() {
                    return false;
                }

                @Override
                protected String fileLabel() {
                    return "--into PROJECT";
                }
            };
            try (Project p = sel.openForEditing(projects, "bridgework case-studies")) {
                CaseStudy cs = p.root().getCaseStudies().stream().filter(c -> id.equals(c.getId())).findFirst()
                        .orElseThrow(() -> CommandFailure.usage(into + " has no case study '" + id + "'; case studies: "
                                + String.join(", ", p.root().getCaseStudies().stream().map(CaseStudy::getId).toList()) + "."));
                String refusal = pipeline.refusal(cs, to, day);
                if (refusal != null) {
                    throw CommandFailure.usage(refusal + " Nothing was changed.");
                }
                CollectionStatus from = cs.getCollectionStatus();
                p.editingDomain().getCommandStack().execute(pipeline.advance(p.editingDomain(), cs, to, day, note));
                try {
                    projects.save(p);
                } catch (IOException e) {
                    throw CommandFailure.usage(into + " could not be saved: " + e.getMessage() + " The file on disk is unchanged.");
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(id + ": " + from.getLiteral() + " → " + to.getLiteral() + " on " + day + ". Saved " + into + ".");
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
