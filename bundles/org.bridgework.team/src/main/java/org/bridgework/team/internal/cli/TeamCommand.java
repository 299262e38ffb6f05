package org.bridgework.team.internal.cli;

import org.bridgework.team.internal.MergeConflictRule;
import org.bridgework.team.internal.ModelDiffer;
import org.bridgework.team.internal.TeamServiceImpl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.MergeConflict;
import org.bridgework.team.api.ConflictResolution;
import org.bridgework.team.api.ElementChange;
import org.bridgework.team.api.TeamService;
import org.bridgework.team.api.TeamService.TeamException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework team init|sync|log|diff|resolve|approve|signoffs}: a project shared through Git. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=team", CommandContribution.SUMMARY_PROPERTY + "=" + TeamCommand.SUMMARY})
public class TeamCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Work on a project as a team through Git: set up, sync, history and differences by element, merge conflicts, sign-offs.";

    private final TeamService team;
    private final ProjectService projects;
    private final ConflictResolution resolution;

    @Activate
    public TeamCommand(@Reference TeamService team, @Reference ProjectService projects, @Reference ConflictResolution resolution) {
        this.team = team;
        this.projects = projects;
        this.resolution = resolution;
    }

    @Override
    public String name() {
        return "team";
    }

    @Override
    public Object create() {
        CommandLine root = new CommandLine(new Team());
        root.addSubcommand("init", new Init(team));
        root.addSubcommand("sync", new Sync(team));
        root.addSubcommand("log", new Log(team));
        root.addSubcommand("diff", new Diff(team));
        root.addSubcommand("resolve", new Resolve(projects, resolution));
        root.addSubcommand("approve", new Approve(team));
        root.addSubcommand("signoffs", new Signoffs(team));
        return root;
    }

    static CommandFailure failure(TeamException e) {
        return new CommandFailure(ExitCodes.USAGE, e.getMessage(), e);
    }

    /**
     * A sub-command that asks the team service one thing and prints the answer on the command's output (flushed after);
     * a {@link TeamException} is a usage failure (exit 2) with its message.
     */
    abstract static class TeamStep implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        final TeamService team;

        TeamStep(TeamService team) {
            this.team = team;
        }

        /** Does the step and prints what it did; returns the exit code. */
        abstract int run(PrintWriter out) throws TeamException;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                return run(out);
            } catch (TeamException e) {
                throw failure(e);
            } finally {
                out.flush();
            }
        }
    }

    static Map<String, Object> conflictRow(MergeConflict c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("kind", c.getKind().getLiteral());
        row.put("elementId", c.getElementId());
        row.put("element", c.getElementLabel());
        row.put("feature", c.getFeature());
        row.put("base", c.getBaseValue());
        row.put("ours", c.getOursValue());
        row.put("theirs", c.getTheirsValue());
        row.put("oursLabel", c.getOursLabel());
        row.put("theirsLabel", c.getTheirsLabel());
        return row;
    }

    @Command(name = "team", description = SUMMARY)
    static final class Team implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw CommandFailure.usage("name what to do: team init, sync, log, diff, resolve, approve or signoffs (see bridgework team --help).");
        }
    }

    @Command(name = "init", description = {"Share a project through Git: make its folder a repository (or use the one it is in), write .gitattributes "
            + "so *.guidance files merge with Bridgework's merge driver, and register the driver in the repository's config, so plain git merge, "
            + "pull and rebase merge projects by element."})
    static final class Init extends TeamStep {
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path project;

        @Option(names = "--launcher", paramLabel = "FILE", description = "The bridgework launcher git should run (default: this installation's bin/bridgework).")
        Path launcher;

        @Option(names = "--json", description = "Print JSON: the repository, what was done and the driver command.")
        boolean json;

        @Option(names = "--dry-run", description = "Say what would be done; change nothing.")
        boolean dryRun;

        Init(TeamService team) {
            super(team);
        }

        @Override
        int run(PrintWriter out) throws TeamException {
            Path bin = launcher;
            if (bin == null) {
                String home = System.getProperty("bridgework.home");
                if (home == null) {
                    throw CommandFailure.usage("cannot tell where bridgework is installed; give --launcher PATH.");
                }
                bin = Path.of(home, "bin", "bridgework");
            }
            TeamService.InitResult r = team.init(project, bin, dryRun);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("repository", r.repository().toString());
                doc.put("created", r.created());
                doc.put("attributesWritten", r.attributesWritten());
                doc.put("driver", r.driverCommand());
                doc.put("dryRun", dryRun);
                out.println(Json.write(doc));
            } else {
                String verb = dryRun ? "would " : "";
                out.println((r.created() ? verb + "create a Git repository in " : verb + "use the Git repository in ") + r.repository());
                out.println(r.attributesWritten() ? verb + "add '" + TeamServiceImpl.ATTRIBUTE_LINE + "' to .gitattributes" : ".gitattributes already names the merge driver");
                out.println(verb + "register merge.bridgework.driver = " + r.driverCommand());
                if (!dryRun) {
                    out.println("Next: bridgework team sync " + project + " --remote URL   (a bare repository on a shared drive, or any Git server)");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "sync", description = {"Commit your changes to the project, fetch what others pushed, merge it by element "
            + "(conflicts are recorded in the project, never as markers), and push. Without a reachable shared repository it "
            + "commits and says it will sync later.",
            "Commits carry your name from git config (user.name, user.email) or Bridgework settings (team.name, team.email)."})
    static final class Sync extends TeamStep {
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file (in a repository: see team init).")
        Path project;

        @Option(names = "--remote", paramLabel = "URL", description = "The shared repository to use as origin (remembered).")
        String remote;

        @Option(names = {"-m", "--message"}, paramLabel = "M", description = "The commit message for your changes.")
        String message;

        @Option(names = "--json", description = "Print JSON: what was committed, merged and pushed.")
        boolean json;

        @Option(names = "--dry-run", description = "Say whether there is something to commit; change nothing, fetch nothing.")
        boolean dryRun;

        Sync(TeamService team) {
            super(team);
        }

        @Override
        int run(PrintWriter out) throws TeamException {
            TeamService.SyncResult r = team.sync(project, remote, message, dryRun);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("committed", r.committed());
                doc.put("fetched", r.fetched());
                doc.put("merged", r.merged());
                doc.put("conflicts", r.conflicts());
                doc.put("pushed", r.pushed());
                doc.put("offline", r.offline());
                doc.put("head", r.head());
                doc.put("messages", r.messages());
                doc.put("dryRun", dryRun);
                out.println(Json.write(doc));
            } else {
                r.messages().forEach(out::println);
            }
            return r.conflicts() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
    }

    @Command(name = "log", description = {"The project's history, newest first: who committed what and when. With --element, only the commits "
            + "that changed that element (added, changed, deleted): who changed this sentence."})
    static final class Log extends TeamStep {
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path project;

        @Option(names = "--element", paramLabel = "ID", description = "Only the commits that changed this element (or what it contains).")
        String element;

        @Option(names = {"-n", "--max-count"}, paramLabel = "N", description = "At most N commits (default ${DEFAULT-VALUE}).", defaultValue = "1000")
        int limit;

        @Option(names = "--json", description = "Print JSON: one entry per commit.")
        boolean json;

        Log(TeamService team) {
            super(team);
        }

        @Override
        int run(PrintWriter out) throws TeamException {
            List<TeamService.LogEntry> entries = team.log(project, element, limit);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (TeamService.LogEntry e : entries) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("commit", e.commit());
                    row.put("author", e.author());
                    row.put("email", e.email());
                    row.put("time", e.time());
                    row.put("message", e.message());
                    if (element != null) {
                        row.put("element", element);
                        row.put("change", e.change());
                    }
                    rows.add(row);
                }
                out.println(Json.write(rows));
            } else if (entries.isEmpty()) {
                out.println(element == null ? "no commits of " + project + " yet." : "no commit changed " + element + ".");
            } else {
                for (TeamService.LogEntry e : entries) {
                    out.println(e.commit().substring(0, 8) + "  " + e.time() + "  " + e.author()
                            + (e.change() != null ? "  " + e.change() + " " + element : "") + "  " + e.message());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "diff", description = {"Differences by element, in words: \"Section 'Common challenges': paragraph p-ch-roles changed; "
            + "criterion C3 amended\". No revision: the last commit against the file on disk; one: that revision against the file; "
            + "two: the first against the second. Exits 0 either way."})
    static final class Diff extends TeamStep {
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path project;

        @Parameters(index = "1..2", arity = "0..2", paramLabel = "REV", description = "Revisions: commit ids, branches, tags, HEAD~1 ...")
        List<String> revisions = new ArrayList<>();

        @Option(names = "--json", description = "Print JSON: one entry per element changed.")
        boolean json;

        Diff(TeamService team) {
            super(team);
        }

        @Override
        int run(PrintWriter out) throws TeamException {
            String from = revisions.isEmpty() ? null : revisions.get(0);
            String to = revisions.size() > 1 ? revisions.get(1) : null;
            List<ElementChange> changes = team.diff(project, from, to);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("from", from == null ? "HEAD" : from);
                doc.put("to", to == null ? "working file" : to);
                doc.put("summary", ModelDiffer.sentence(changes));
                doc.put("changes", changes);
                out.println(Json.write(doc));
            } else {
                out.println(ModelDiffer.sentence(changes) + ".");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "resolve", description = {"Resolve a merge conflict recorded in the project (bridgework validate lists them): take our, "
            + "their or the common ancestor's version, or give the value to use. The conflict record is then removed."})
    static final class Resolve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path project;

        @Parameters(index = "1", arity = "0..1", paramLabel = "CONFLICT-ID", description = "The conflict, for example conflict-1; none: list them.")
        String conflict;

        @Option(names = "--take", paramLabel = "ours|theirs|base", description = "The version to take.")
        ConflictResolution.Take take;

        @Option(names = "--value", paramLabel = "TEXT", description = "The value to use instead (text, or ids for references; a JSON array for lists).")
        String value;

        @Option(names = "--json", description = "Print JSON: the conflicts (when listing) or what was done.")
        boolean json;

        @Option(names = "--dry-run", description = "Say what would be done; leave the project unchanged.")
        boolean dryRun;

        private final ProjectService projects;
        private final ConflictResolution resolution;

        Resolve(ProjectService projects, ConflictResolution resolution) {
            this.projects = projects;
            this.resolution = resolution;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(project)) {
                throw CommandFailure.usage(project + ": no such project file.");
            }
            PrintWriter out = spec.commandLine().getOut();
            boolean writes = conflict != null && !dryRun;
            try (Project opened = writes ? org.bridgework.core.cli.ProjectSelection.openForEditing(projects, project, "bridgework team resolve")
                    : projects.open(project)) {
                if (conflict == null) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (MergeConflict c : opened.root().getMergeConflicts()) {
                        rows.add(conflictRow(c));
                        if (!json) {
                            out.println(MergeConflictRule.describe(c));
                        }
                    }
                    if (json) {
                        out.println(Json.write(rows));
                    } else if (rows.isEmpty()) {
                        out.println("no merge conflicts in " + project + ".");
                    }
                    out.flush();
                    return rows.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
                }
                if (take == null && value == null) {
                    throw CommandFailure.usage("choose with --take ours|theirs|base or give --value TEXT.");
                }
                String done;
                try {
                    done = resolution.resolve(opened.root(), conflict, take, value);
                } catch (IllegalArgumentException e) {
                    throw CommandFailure.usage(e.getMessage());
                }
                if (!dryRun) {
                    projects.save(opened);
                }
                int left = opened.root().getMergeConflicts().size();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("resolved", conflict);
                    doc.put("done", done);
                    doc.put("remaining", left);
                    doc.put("dryRun", dryRun);
                    out.println(Json.write(doc));
                } else {
                    out.println((dryRun ? "(dry run, nothing saved) " : "") + done + " " + (left == 0 ? "No conflicts left." : left + " left."));
                }
                out.flush();
                return ExitCodes.OK;
            } catch (ProjectLoadException e) {
                throw CommandFailure.usage(e.getMessage());
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "could not save " + project + ": " + e.getMessage() + " (the file is unchanged).", e);
            }
        }
    }

    @Command(name = "approve", description = {"Record a sign-off of the exact committed version of the project: the commit id, time, who, "
            + "role and organisation, in the project (committed) and as an annotated Git tag on the approved commit. A later change "
            + "to the project's content supersedes it (team signoffs)."})
    static final class Approve extends TeamStep {
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file (committed, no pending changes).")
        Path project;

        @Option(names = "--milestone", required = true, paramLabel = "ID", description = "The milestone approved, for example taskforce-review.")
        String milestone;

        @Option(names = "--name", required = true, paramLabel = "N", description = "Who approves.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "R", description = "In which role.")
        String role;

        @Option(names = "--organisation", paramLabel = "ORG", description = "For which organisation.")
        String organisation;

        @Option(names = "--note", paramLabel = "T", description = "A note kept with the approval.")
        String note;

        @Option(names = "--json", description = "Print JSON: the approval recorded.")
        boolean json;

        @Option(names = "--dry-run", description = "Say what would be recorded; change nothing.")
        boolean dryRun;

        Approve(TeamService team) {
            super(team);
        }

        @Override
        int run(PrintWriter out) throws TeamException {
            TeamService.Approval a = team.approve(project, milestone, name, role, organisation, note, dryRun);
            if (json) {
                out.println(Json.write(a));
            } else {
                out.println((dryRun ? "would record " : "recorded ") + a.id() + ": milestone " + a.milestone() + " approved by " + a.name()
                        + " (" + a.role() + (a.organisation() != null ? ", " + a.organisation() : "") + ") at commit " + a.commit().substring(0, 8)
                        + ", " + a.time() + "; tag " + a.tag());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "signoffs", description = {"The approvals recorded in the project: milestone, who, role, organisation, the commit approved, "
            + "and whether a later change superseded it. Exits 0 either way."})
    static final class Signoffs extends TeamStep {
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path project;

        @Option(names = "--json", description = "Print JSON: one entry per approval.")
        boolean json;

        Signoffs(TeamService team) {
            super(team);
        }

        @Override
        int run(PrintWriter out) throws TeamException {
            List<TeamService.Approval> approvals = team.signoffs(project);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (TeamService.Approval a : approvals) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", a.id());
                    row.put("milestone", a.milestone());
                    row.put("name", a.name());
                    row.put("role", a.role());
                    row.put("organisation", a.organisation());
                    row.put("note", a.note());
                    row.put("commit", a.commit());
                    row.put("time", a.time());
                    row.put("tag", a.tag());
                    row.put("status", a.supersededBy() == null ? "current" : "superseded");
                    row.put("supersededBy", a.supersededBy());
                    rows.add(row);
                }
                out.println(Json.write(rows));
            } else if (approvals.isEmpty()) {
                out.println("no approvals recorded in " + project + ".");
            } else {
                for (TeamService.Approval a : approvals) {
                    out.println(a.milestone() + ": " + a.name() + " (" + a.role() + (a.organisation() != null ? ", " + a.organisation() : "")
                            + ") approved " + a.commit().substring(0, 8) + " on " + a.time() + " - "
                            + (a.supersededBy() == null ? "current"
                                    : "superseded by " + (a.supersededBy().length() == 40 ? a.supersededBy().substring(0, 8) : a.supersededBy())));
                }
            }
            return ExitCodes.OK;
        }
    }
}
