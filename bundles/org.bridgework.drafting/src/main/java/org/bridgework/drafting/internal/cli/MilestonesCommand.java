package org.bridgework.drafting.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectFileEdit;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.drafting.api.MilestoneReadiness;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework milestones [--json] [PROJECT | --sample]}: the timeline with what is still open for each milestone. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=milestones", CommandContribution.SUMMARY_PROPERTY + "=" + MilestonesCommand.SUMMARY})
public class MilestonesCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "The milestones in date order, each with its status and what is still open: scope not agreed, sources without extracts, challenges without evidence, criteria without consensus, case studies not collected, sections over budget, the document over its length, unresolved review comments.";

    private final ProjectService projects;
    private final MilestoneReadiness readiness;

    @Activate
    public MilestonesCommand(@Reference ProjectService projects, @Reference MilestoneReadiness readiness) {
        this.projects = projects;
        this.readiness = readiness;
    }

    @Override
    public String name() {
        return "milestones";
    }

    @Override
    public Object create() {
        return new List_(projects, readiness);
    }

    @Command(name = "milestones", subcommands = Set_.class, description = {SUMMARY,
            "A milestone whose date has passed with items still open shows as missed. Always exits 0 when the project can be read."})
    static final class List_ implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--json", description = "Print JSON: each milestone with its readiness and open items.")
        boolean json;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Judge missed milestones as of this date (default: today).")
        LocalDate today;

        private final ProjectService projects;

        private final MilestoneReadiness readiness;

        List_(ProjectService projects, MilestoneReadiness readiness) {
            this.projects = projects;
            this.readiness = readiness;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                GuidanceProject root = opened.root();
                List<Milestone> milestones = new ArrayList<>(root.getMilestones());
                milestones.sort((a, b) -> a.getDate() == null ? (b.getDate() == null ? 0 : 1) : b.getDate() == null ? -1 : a.getDate().compareTo(b.getDate()));
                PrintWriter out = spec.commandLine().getOut();
                List<Object> rows = new ArrayList<>();
                for (Milestone m : milestones) {
                    Readiness r = readiness.readiness(root, m);
                    String status = readiness.status(m, r, today == null ? LocalDate.now() : today).getLiteral();
                    String kind = m.getKind() == null ? "other" : m.getKind().getLiteral();
                    if (json) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", m.getId());
                        row.put("title", m.getTitle());
                        row.put("date", m.getDate() == null ? null : m.getDate().toString());
                        row.put("kind", kind);
                        row.put("status", status);
                        row.put("recordedStatus", m.getStatus() == null ? "planned" : m.getStatus().getLiteral());
                        row.put("ready", r.ready());
                        List<Object> items = new ArrayList<>();
                        for (Readiness.OpenItem item : r.open()) {
                            Map<String, Object> i = new LinkedHashMap<>();
                            i.put("kind", item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                            i.put("elementId", item.elementId());
                            i.put("text", item.text());
                            items.add(i);
                        }
                        row.put("open", items);
                        rows.add(row);
                    } else {
                        out.println((m.getDate() == null ? "(no date)" : m.getDate().toString()) + "  " + m.getTitle() + " [" + m.getId() + ", " + kind + ", " + status + "]: "
                                + (r.ready() ? "nothing open" : r.open().size() + " open"));
                        for (Readiness.OpenItem item : r.open()) {
                            out.println("    - " + item.text());
                        }
                    }
                }
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("project", root.getId());
                    doc.put("milestones", rows);
                    out.println(Json.write(doc));
                } else if (milestones.isEmpty()) {
                    out.println("The project has no milestones.");
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "set", description = {"Record a milestone's status (planned, in-progress, done, missed, cancelled) and optionally move its date.",
            "One undoable change, saved to the project; with --dry-run nothing is written."})
    static final class Set_ extends ProjectFileEdit {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ID", description = "The milestone's id (see: bridgework milestones).")
        String id;

        @picocli.CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        java.nio.file.Path file;

        @Option(names = "--status", required = true, paramLabel = "STATUS", description = "planned, in-progress, done, missed or cancelled.")
        String status;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The milestone's new date (when it is or was due).")
        LocalDate date;

        @picocli.CommandLine.ParentCommand
        List_ parent;

        @Override
        protected ProjectService projects() {
            return parent.projects;
        }

        @Override
        protected java.nio.file.Path file() {
            return file;
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, GuidanceProject root) {
            MilestoneStatus to = MilestoneStatus.get(status.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'));
            if (to == null) {
                throw CommandFailure.usage("unknown status '" + status + "': use planned, in-progress, done, missed or cancelled.");
            }
            Milestone m = root.getMilestones().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow(() -> CommandFailure.usage(
                    "no milestone '" + id + "' in the project; its milestones are: "
                            + String.join(", ", root.getMilestones().stream().map(Milestone::getId).toList()) + "."));
            String before = describe(m.getStatus(), m.getDate());
            String after = describe(to, date != null ? date : m.getDate());
            var command = new org.eclipse.emf.common.command.CompoundCommand("Milestone '" + m.getTitle() + "' [" + m.getId() + "]: " + before + " → " + after);
            command.append(org.eclipse.emf.edit.command.SetCommand.create(domain, m, GuidancePackage.Literals.MILESTONE__STATUS, to));
            if (date != null) {
                command.append(org.eclipse.emf.edit.command.SetCommand.create(domain, m, GuidancePackage.Literals.MILESTONE__DATE, date));
            }
            return command;
        }

        private static String describe(MilestoneStatus status, LocalDate date) {
            return (status == null ? "planned" : status.getLiteral()) + (date == null ? "" : " (" + date + ")");
        }
    }
}
