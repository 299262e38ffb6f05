package org.bridgework.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that makes one change to the model, as the workbench's menus do: the change is one EMF command (one
 * undo in the workbench), made under the project's lock and saved, or with {@code --dry-run} only described.
 * {@code --json} prints {@code {"change": label, "dryRun": ...}}. Subclasses say which project
 * ({@link #selection()}, usually a {@link ProjectArguments} mixin) and what the change is ({@link #change}); a change
 * that cannot be made throws a {@link CommandFailure} saying why, and nothing is written.
 *
 * @since 1.2
 */
public abstract class ModelEditCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Option(names = "--dry-run", description = "Show the change without writing it.")
    protected boolean dryRun;

    @Option(names = "--json", description = "Print JSON: the change and whether it was a dry run.")
    protected boolean json;

    /** The project service to open and save with. */
    protected abstract ProjectService projects();

    /** The project the user chose. */
    protected abstract ProjectSelection selection();

    /** The change to make, built against the open project (not yet executed). */
    protected abstract Command change(EditingDomain domain, GuidanceProject root);

    @Override
    public Integer call() {
        String tool = "bridgework " + spec.qualifiedName(" ").replaceFirst("^bridgework ", "");
        try (Project opened = dryRun ? selection().open(projects()) : selection().openForEditing(projects(), tool)) {
            Command change = change(opened.editingDomain(), opened.root());
            if (change == null || !change.canExecute()) {
                throw CommandFailure.usage("the change cannot be made to " + opened.file() + ". Nothing was changed.");
            }
            if (!dryRun) {
                opened.editingDomain().getCommandStack().execute(change);
                if (!opened.isTemporaryCopy()) {
                    try {
                        projects().save(opened);
                    } catch (IOException e) {
                        throw new CommandFailure(ExitCodes.USAGE, "could not save " + opened.file() + ": " + e.getMessage() + " The project file is unchanged.", e);
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("change", change.getLabel());
                doc.put("project", opened.isTemporaryCopy() ? null : opened.file().toString());
                doc.put("dryRun", dryRun);
                out.println(Json.write(doc));
            } else {
                out.println(change.getLabel() + (dryRun ? ". Dry run: nothing changed."
                        : opened.isTemporaryCopy() ? " (in a throw-away copy of the sample)." : ". Saved to " + opened.file() + "."));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
