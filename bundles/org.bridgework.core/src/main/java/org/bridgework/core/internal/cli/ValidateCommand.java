package org.bridgework.core.internal.cli;



import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.ValidationService;
import org.bridgework.core.cli.ProjectArguments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework validate [PROJECT | --sample] [--json]}. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=validate", CommandContribution.SUMMARY_PROPERTY + "=" + ValidateCommand.SUMMARY})
public class ValidateCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Check a project: unique ids, references, milestone dates, criteria and assessments, case study evidence, section word budgets, citation keys and glossary acronyms, plus checks other bundles add.";

    private final ProjectService projects;
    private final ValidationService validation;

    @Activate
    public ValidateCommand(@Reference ProjectService projects, @Reference ValidationService validation) {
        this.projects = projects;
        this.validation = validation;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public Object create() {
        return new Validate(projects, validation);
    }

    @Command(name = "validate", description = {SUMMARY,
            "Exits 1 when there are errors (warnings do not fail), 2 when the project cannot be read."})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--json", description = "Print JSON: the file, counts by severity and every problem.")
        boolean json;

        private final ProjectService projects;
        private final ValidationService validation;

        Validate(ProjectService projects, ValidationService validation) {
            this.projects = projects;
            this.validation = validation;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                List<Problem> problems = validation.validate(opened.root());
                long errors = count(problems, Severity.ERROR);
                long warnings = count(problems, Severity.WARNING);
                long infos = count(problems, Severity.INFO);
                String file = project.sample() ? "sample project '" + opened.root().getTitle() + "'" : opened.file().toString();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("file", project.sample() ? null : opened.file().toString());
                    doc.put("sample", project.sample());
                    doc.put("project", opened.root().getId());
                    doc.put("valid", errors == 0);
                    Map<String, Object> counts = new LinkedHashMap<>();
                    counts.put("errors", errors);
                    counts.put("warnings", warnings);
                    counts.put("infos", infos);
                    doc.put("counts", counts);
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Problem p : problems) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("severity", p.severity().name().toLowerCase());
                        row.put("code", p.code());
                        row.put("elementId", p.elementId());
                        row.put("message", p.message());
                        rows.add(row);
                    }
                    doc.put("problems", rows);
                    out.println(Json.write(doc));
                } else {
                    Severity group = null;
                    for (Problem p : problems) {
                        if (group != null && p.severity() != group) {
                            out.println();
                        }
                        group = p.severity();
                        out.println(p);
                    }
                    if (!problems.isEmpty()) {
                        out.println();
                    }
                    out.println(file + ": " + plural(errors, "error") + ", " + plural(warnings, "warning")
                            + (infos > 0 ? ", " + plural(infos, "note") : "") + (errors == 0 ? " - valid." : "."));
                }
                out.flush();
                return errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
            }
        }

        private static long count(List<Problem> problems, Severity severity) {
            return problems.stream().filter(p -> p.severity() == severity).count();
        }

        private static String plural(long n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }
}
