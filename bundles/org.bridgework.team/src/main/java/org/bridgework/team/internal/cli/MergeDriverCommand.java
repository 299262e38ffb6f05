package org.bridgework.team.internal.cli;

import org.bridgework.team.internal.MergeConflictRule;
import org.bridgework.team.internal.TeamServiceImpl;
import org.bridgework.team.internal.cli.TeamCommand;

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
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.MergeConflict;
import org.bridgework.team.api.MergeResult;
import org.bridgework.team.api.ModelMerge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework merge-driver BASE OURS THEIRS [PATH]}: git's merge driver for {@code *.guidance} files. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=merge-driver", CommandContribution.SUMMARY_PROPERTY + "=" + MergeDriverCommand.SUMMARY})
public class MergeDriverCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Merge three versions of a project by element id, as git's merge driver (team init registers it: driver = bridgework merge-driver %O %A %B %P).";

    private final ProjectService projects;
    private final ModelMerge merge;

    @Activate
    public MergeDriverCommand(@Reference ProjectService projects, @Reference ModelMerge merge) {
        this.projects = projects;
        this.merge = merge;
    }

    @Override
    public String name() {
        return "merge-driver";
    }

    @Override
    public Object create() {
        return new Driver(projects, merge);
    }

    @Command(name = "merge-driver", description = {SUMMARY,
            "Writes the result to OURS. Changes to different elements, or to different features of one element, merge; "
                    + "the same feature changed two ways (or a deletion against a change) is recorded in the project as a merge conflict "
                    + "with every version, shown by validate and resolved with team resolve.",
            "Exits 0 when the merge is clean, 1 when conflicts were recorded (git then leaves the file to resolve and add), "
                    + "2 when a version cannot be read (OURS is then unchanged)."})
    static final class Driver implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version (%O); an empty file when there is none.")
        Path base;

        @Parameters(index = "1", paramLabel = "OURS", description = "Our version (%A); the result is written here.")
        Path ours;

        @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (%B).")
        Path theirs;

        @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The project's path in the repository (%P), for messages.")
        String path;

        @Option(names = "--ours-label", paramLabel = "NAME", description = "How conflicts name our side (default: ours).")
        String oursLabel;

        @Option(names = "--theirs-label", paramLabel = "NAME", description = "How conflicts name their side (default: theirs).")
        String theirsLabel;

        @Option(names = "--json", description = "Print JSON: whether it is clean and every conflict recorded.")
        boolean json;

        @Option(names = "--dry-run", description = "Merge and report, but leave OURS unchanged.")
        boolean dryRun;

        private final ProjectService projects;
        private final ModelMerge merge;

        Driver(ProjectService projects, ModelMerge merge) {
            this.projects = projects;
            this.merge = merge;
        }

        @Override
        public Integer call() {
            String name = path != null ? path : String.valueOf(ours);
            Path temp;
            try {
                temp = Files.createTempDirectory("bridgework-merge-driver-");
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "cannot make a temporary folder: " + e.getMessage(), e);
            }
            try (Project b = openOrEmpty(base, temp.resolve("base.guidance"), "BASE");
                    Project o = openCopy(ours, temp.resolve("ours.guidance"), "OURS");
                    Project t = openCopy(theirs, temp.resolve("theirs.guidance"), "THEIRS")) {
                GuidanceProject baseRoot = b == null ? GuidanceFactory.eINSTANCE.createGuidanceProject() : b.root();
                MergeResult result = merge.merge(baseRoot, o.root(), t.root(), oursLabel, theirsLabel);
                if (!dryRun) {
                    Path merged = temp.resolve("merged.guidance");
                    projects.saveAs(o, merged);
                    TeamServiceImpl.replace(merged, ours);
                }
                report(name, result);
                return result.clean() ? ExitCodes.OK : ExitCodes.PROBLEMS;
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "could not write the merged " + name + ": " + e.getMessage() + " (OURS is unchanged).", e);
            } finally {
                TeamServiceImpl.deleteTree(temp);
            }
        }

        private void report(String name, MergeResult result) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("path", name);
                doc.put("clean", result.clean());
                doc.put("written", !dryRun);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (MergeConflict c : result.conflicts()) {
                    rows.add(TeamCommand.conflictRow(c));
                }
                doc.put("conflicts", rows);
                out.println(Json.write(doc));
            } else if (!result.clean()) {
                // git shows the driver's output: say what to do, one line per conflict
                err.println("bridgework: " + name + ": " + result.conflicts().size() + " merge conflict" + (result.conflicts().size() == 1 ? "" : "s")
                        + " recorded in the project (no text was lost):");
                for (MergeConflict c : result.conflicts()) {
                    err.println("  " + MergeConflictRule.describe(c));
                }
                err.println("Resolve with: bridgework team resolve " + name + " CONFLICT-ID --take ours|theirs|base (then git add " + name + ").");
            }
            out.flush();
            err.flush();
        }

        /** Git's temporary files have no .guidance name: load a copy that has one. */
        private Project openCopy(Path file, Path copy, String which) {
            try {
                Files.copy(file, copy);
                return projects.open(copy);
            } catch (ProjectLoadException e) {
                throw CommandFailure.usage("the " + which + " version (" + file + ") cannot be read: "
                        + e.getMessage().replace(copy.toString(), file.toString()) + " Nothing was merged.");
            } catch (IOException e) {
                throw CommandFailure.usage("the " + which + " version (" + file + ") cannot be read: " + e.getMessage());
            }
        }

        private Project openOrEmpty(Path file, Path copy, String which) {
            try {
                if (Files.size(file) == 0) {
                    return null; // added on both sides: no common ancestor
                }
            } catch (IOException e) {
                throw CommandFailure.usage("the " + which + " version (" + file + ") cannot be read: " + e.getMessage());
            }
            return openCopy(file, copy, which);
        }
    }
}
