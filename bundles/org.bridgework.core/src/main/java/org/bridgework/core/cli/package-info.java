/**
 * Command-line plumbing shared by every command that works on a project.
 * <p>
 * A command takes {@code [PROJECT | --sample]} with the {@link org.bridgework.core.cli.ProjectArguments} mixin
 * (or {@code (-p FILE | --sample)} with {@link org.bridgework.core.cli.ProjectOptions} when it has positional
 * parameters of its own) and opens it with {@code open(ProjectService)}, which throws a
 * {@link org.bridgework.cli.api.CommandFailure} with exit code 2 and a one-paragraph message when nothing or both
 * were given, the file is missing or unreadable, or it cannot be loaded. A command that writes the project opens it
 * with {@code openForEditing(ProjectService, "bridgework NAME")} instead, which holds the project's lock until it is
 * closed (read-only commands take no lock). A command that makes one model change extends
 * {@link org.bridgework.core.cli.ModelEditCommand} (or {@link org.bridgework.core.cli.ProjectFileEdit} when the project
 * comes after its own arguments, {@code COMMAND ID [PROJECT] [--sample]}), which holds the lock, saves and says what it
 * did. A read-only command:
 *
 * <pre>{@code
 * @Component
 * public class AssembleCommand implements CommandContribution {
 *     private final ProjectService projects;
 *
 *     @Activate
 *     public AssembleCommand(@Reference ProjectService projects) { this.projects = projects; }
 *     public String name() { return "assemble"; }
 *     public Object create() { return new Assemble(projects); }
 *
 *     @Command(name = "assemble", description = "...")
 *     static final class Assemble implements Callable<Integer> {
 *         @Mixin ProjectArguments project;
 *         private final ProjectService projects;
 *         Assemble(ProjectService projects) { this.projects = projects; }
 *
 *         public Integer call() {
 *             try (Project p = project.open(projects)) {   // --sample: a temporary copy, deleted on close
 *                 GuidanceProject root = p.root();
 *                 ...
 *                 return ExitCodes.OK;
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
@Export
@Version("1.3.0")
package org.bridgework.core.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
