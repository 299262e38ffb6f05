package org.bridgework.core.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.ProblemReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework report-problem --out FILE [--include-project P] [--json] [--dry-run]}: the command-line twin of
 * Help &gt; Report a Problem..., through the same {@link ProblemReports} service.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=report-problem", CommandContribution.SUMMARY_PROPERTY + "=" + ReportProblemCommand.SUMMARY})
public class ReportProblemCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Write a problem report for support: a zip of the logs and a description of this installation (version, commit, Java runtime, operating system, folders, bundles and local contexts).";

    private final ProblemReports reports;

    @Activate
    public ReportProblemCommand(@Reference ProblemReports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report-problem";
    }

    @Override
    public Object create() {
        return new ReportProblem(reports);
    }

    @Command(name = "report-problem", description = {SUMMARY,
            "It holds no project content unless --include-project names a project file."},
            footer = {"", "Exit codes: 0 written; 2 bad usage, an unreadable project or a zip that cannot be written (nothing is left behind)."})
    static final class ReportProblem implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The zip file to write (its folder is created).")
        Path out;

        @Option(names = "--include-project", paramLabel = "PROJECT", description = "Include this .guidance file as it is on disk.")
        Path project;

        @Option(names = "--json", description = "Print JSON: the file, its entries and size, and whether a project is in it.")
        boolean json;

        @Option(names = "--dry-run", description = "List what the report would hold; write nothing.")
        boolean dryRun;

        private final ProblemReports reports;

        ReportProblem(ProblemReports reports) {
            this.reports = reports;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (project != null && !Files.isRegularFile(project)) {
                err.println("bridgework report-problem: the project " + project.toAbsolutePath() + " is not a file; nothing was written.");
                err.flush();
                return ExitCodes.USAGE;
            }
            ProblemReports.Report report;
            try {
                report = reports.write(this.out, Optional.ofNullable(project), dryRun);
            } catch (IOException | RuntimeException e) {
                err.println("bridgework report-problem: cannot write " + this.out.toAbsolutePath() + ": " + e.getMessage()
                        + " Nothing was written.");
                err.flush();
                return ExitCodes.USAGE;
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", report.file().toString());
                doc.put("written", !dryRun);
                doc.put("bytes", report.bytes());
                doc.put("projectIncluded", report.projectIncluded());
                doc.put("entries", report.entries());
                out.println(Json.write(doc));
            } else {
                out.println((dryRun ? "Would write " : "Wrote ") + report.file() + (dryRun ? "" : " (" + report.bytes() / 1024 + " KB)")
                        + " with " + String.join(", ", report.entries()) + ".");
                out.println(report.projectIncluded() ? "The project's content is in it." : "No project content is in it.");
                out.println("Attach it to an e-mail to whoever supports Bridgework for you.");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
