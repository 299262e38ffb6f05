package org.bridgework.literature.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ConsumerType;

/** What an import would do, before anything changes; {@link #command} then makes the change (undoable). */
@ConsumerType
public interface ImportPreview {

    /** The changes, in file order. */
    List<ImportChange> changes();

    /** Problems found while reading, in file and line order; entries with an {@code ERROR} were not read. */
    List<ImportProblem> problems();

    /** True when at least one problem is an {@link ImportProblem.Severity#ERROR}. */
    default boolean hasErrors() {
        return problems().stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    /**
     * The changes as one command on {@code project} (the project the preview was made against). Execute it on the
     * editing domain's command stack to apply it with undo; {@code domain} may be {@code null} to apply it
     * directly ({@code command.execute()}) in tools and tests. An import with no changes gives a command that
     * cannot execute.
     */
    Command command(EditingDomain domain, GuidanceProject project);
}
