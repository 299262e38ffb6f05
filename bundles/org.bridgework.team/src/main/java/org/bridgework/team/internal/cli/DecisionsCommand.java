package org.bridgework.team.internal.cli;

import org.bridgework.team.internal.ModelKeys;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.model.Decision;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.ReviewComment;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework decisions list|add}: the decision log kept in the project. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=decisions", CommandContribution.SUMMARY_PROPERTY + "=" + DecisionsCommand.SUMMARY})
public class DecisionsCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "The decision log: what was decided, why, by whom and when, the elements it concerns and the review comments behind it.";

    private final ProjectService projects;

    @Activate
    public DecisionsCommand(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public Object create() {
        CommandLine root = new CommandLine(new Decisions());
        root.addSubcommand("list", new ListDecisions(projects));
        root.addSubcommand("add", new Add(projects));
        return root;
    }

    static Map<String, Object> row(Decision d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.getId());
        row.put("title", d.getTitle());
        row.put("rationale", d.getRationale());
        row.put("decidedBy", d.getDecidedBy());
        row.put("decidedOn", d.getDecidedOn() == null ? null : d.getDecidedOn().toString());
        row.put("elements", d.getElements().stream().map(Identified::getId).toList());
        row.put("comments", d.getComments().stream().map(ReviewComment::getId).toList());
        return row;
    }

    @Command(name = "decisions", description = SUMMARY)
    static final class Decisions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw CommandFailure.usage("name what to do: decisions list or decisions add (see bridgework decisions --help).");
        }
    }

    @Command(name = "list", description = "List the decisions recorded in a project, oldest first.")
    static final class ListDecisions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--element", paramLabel = "ID", description = "Only decisions about this element.")
        String element;

        @Option(names = "--json", description = "Print JSON: one entry per decision.")
        boolean json;

        private final ProjectService projects;

        ListDecisions(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                PrintWriter out = spec.commandLine().getOut();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Decision d : opened.root().getDecisions()) {
                    if (element != null && d.getElements().stream().noneMatch(e -> element.equals(e.getId()))) {
                        continue;
                    }
                    rows.add(row(d));
                    if (!json) {
                        out.println(d.getId() + "  " + (d.getDecidedOn() == null ? "" : d.getDecidedOn() + "  ") + d.getTitle()
                                + (d.getDecidedBy() != null ? " (decided by " + d.getDecidedBy() + ")" : ""));
                        if (d.getRationale() != null) {
                            out.println("    why: " + d.getRationale());
                        }
                        if (!d.getElements().isEmpty() || !d.getComments().isEmpty()) {
                            List<String> links = new ArrayList<>();
                            d.getElements().forEach(e -> links.add(e.getId()));
                            d.getComments().forEach(c -> links.add("comment " + c.getId()));
                            out.println("    about: " + String.join(", ", links));
                        }
                    }
                }
                if (json) {
                    out.println(Json.write(rows));
                } else if (rows.isEmpty()) {
                    out.println("no decisions recorded" + (element != null ? " about " + element : "") + ".");
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "add", description = "Record a decision in the project's decision log.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--title", required = true, paramLabel = "WHAT", description = "What was decided.")
        String title;

        @Option(names = "--why", paramLabel = "WHY", description = "Why.")
        String why;

        @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who decided (a person, a group, a meeting).")
        String by;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "When (default: today).")
        String on;

        @Option(names = "--element", paramLabel = "ID", description = "An element the decision concerns (repeatable).")
        List<String> elements = new ArrayList<>();

        @Option(names = "--comment", paramLabel = "ID", description = "A review comment behind the decision (repeatable).")
        List<String> comments = new ArrayList<>();

        @Option(names = "--id", paramLabel = "ID", description = "The decision's id (default: decision-N).")
        String id;

        @Option(names = "--json", description = "Print JSON: the decision recorded.")
        boolean json;

        @Option(names = "--dry-run", description = "Check and show the decision; save nothing.")
        boolean dryRun;

        private final ProjectService projects;

        Add(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public Integer call() {
            LocalDate date;
            try {
                date = on == null ? LocalDate.now() : LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                throw CommandFailure.usage("--on " + on + " is not a date like 2027-02-02.");
            }
            try (Project opened = dryRun ? project.open(projects) : project.openForEditing(projects, "bridgework decisions add")) {
                GuidanceProject root = opened.root();
                Map<String, EObject> byId = ModelKeys.index(root);
                Decision d = GuidanceFactory.eINSTANCE.createDecision();
                String newId = id;
                if (newId == null) {
                    int n = root.getDecisions().size() + 1;
                    while (byId.containsKey("decision-" + n)) {
                        n++;
                    }
                    newId = "decision-" + n;
                } else if (byId.containsKey(newId)) {
                    throw CommandFailure.usage("the id " + newId + " is already used in the project.");
                }
                d.setId(newId);
                d.setTitle(title);
                d.setRationale(why);
                d.setDecidedBy(by);
                d.setDecidedOn(date);
                for (String e : elements) {
                    if (!(byId.get(e) instanceof Identified target)) {
                        throw CommandFailure.usage("there is no element '" + e + "' in " + project.describe() + ".");
                    }
                    d.getElements().add(target);
                }
                for (String c : comments) {
                    if (!(byId.get(c) instanceof ReviewComment comment)) {
                        throw CommandFailure.usage("there is no review comment '" + c + "' in " + project.describe() + ".");
                    }
                    d.getComments().add(comment);
                }
                root.getDecisions().add(d);
                if (!dryRun && !project.sample()) {
                    projects.save(opened);
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(row(d)));
                } else {
                    out.println((dryRun || project.sample() ? "would record " : "recorded ") + d.getId() + ": " + title);
                }
                out.flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "could not save " + project.describe() + ": " + e.getMessage() + " (the file is unchanged).", e);
            }
        }
    }
}
