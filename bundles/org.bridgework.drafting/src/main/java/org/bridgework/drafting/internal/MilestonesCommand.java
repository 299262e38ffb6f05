package org.bridgework.drafting.internal;

import java.io.PrintWriter;
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
import org.bridgework.core.cli.ProjectArguments;
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
@Component
public class MilestonesCommand implements CommandContribution {

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

    @Command(name = "milestones", description = {"The milestones in date order, each with what is still open: criteria without consensus, case studies",
            "not verified, sections over budget, the document over its length, unresolved review comments. Always exits 0 when the project can be read."})
    static final class List_ implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--json", description = "Print JSON: each milestone with its readiness and open items.")
        boolean json;

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
                    String status = m.getStatus() == null ? "planned" : m.getStatus().getLiteral();
                    String kind = m.getKind() == null ? "other" : m.getKind().getLiteral();
                    if (json) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", m.getId());
                        row.put("title", m.getTitle());
                        row.put("date", m.getDate() == null ? null : m.getDate().toString());
                        row.put("kind", kind);
                        row.put("status", status);
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
}
