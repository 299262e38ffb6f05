package ${package};

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework ${contextId}-words (-p PROJECT | --sample) [--json]}: where a project's text uses words the institution does not. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=" + PreferredWordsCommand.NAME,
        CommandContribution.SUMMARY_PROPERTY + "=" + PreferredWordsCommand.SUMMARY})
public class PreferredWordsCommand implements CommandContribution {

    static final String NAME = "${contextId}-words";
    /** How 'bridgework --help' lists the command (without activating it): the first sentence of its description. */
    static final String SUMMARY = "List the paragraphs, callouts and other text that use words ${contextName} does not (and the words it uses instead).";

    private final ProjectService projects;

    @Activate
    public PreferredWordsCommand(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object create() {
        return new CommandLine(new Words(projects));
    }

    @Command(name = NAME, mixinStandardHelpOptions = true,
            description = SUMMARY + " Exit 1 when any is found.")
    static final class Words implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ProjectOptions project;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final ProjectService projects;

        Words(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Project p = project.open(projects)) {
                List<PreferredWords.Use> uses = PreferredWords.uses(p.root());
                if (json) {
                    out.println(Json.write(uses.stream().map(u -> Map.of("element", u.elementId(), "word", u.word(),
                            "preferred", u.preferred())).toList()));
                } else if (uses.isEmpty()) {
                    out.println("Nothing in the project uses a word ${contextName} does not.");
                } else {
                    uses.forEach(u -> out.println(u.elementId() + ": \"" + u.word() + "\" -> \"" + u.preferred() + "\""));
                }
                return uses.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
            }
        }
    }
}
