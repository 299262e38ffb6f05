package org.bridgework.assembly.internal.cli;



import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.bridgework.assembly.api.AssemblyException;
import org.bridgework.assembly.api.AssemblyOptions;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyResult;
import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework assemble}: the guidance as documents, offline. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=assemble", CommandContribution.SUMMARY_PROPERTY + "=" + AssembleCommand.SUMMARY})
public class AssembleCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Assemble the guidance into documents: title page, contents, sections, case studies, challenge tables, citations in the project's style with a bibliography, glossary and appendices.";

    /** Formats made when none is asked for, among those installed. */
    static final List<String> DEFAULT_FORMATS = List.of("html", "docx", "pdf");

    private final AssemblyService assembly;
    private final ProjectService projects;

    @Activate
    public AssembleCommand(@Reference AssemblyService assembly, @Reference ProjectService projects) {
        this.assembly = assembly;
        this.projects = projects;
    }

    @Override
    public String name() {
        return "assemble";
    }

    @Override
    public Object create() {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new Assemble(assembly, projects));
        List<AssemblyService.FormatInfo> formats = assembly.formats();
        List<String> footer = new ArrayList<>();
        footer.add("");
        footer.add("Formats installed:");
        for (AssemblyService.FormatInfo f : formats) {
            footer.add(String.format(Locale.ROOT, "  %-5s %s", f.format(), f.description().length() > 70
                    ? f.description().substring(0, f.description().lastIndexOf(' ', 70)) + " ..." : f.description()));
        }
        if (formats.isEmpty()) {
            footer.add("  none");
        }
        footer.add("");
        footer.add("Exit codes: 0 written; 1 the project has validation errors (nothing is");
        footer.add("written without --force) or, with --release, the publication gate found");
        footer.add("blockers (nothing is written); 2 bad usage, unreadable project or output folder.");
        spec.usageMessage().footer(footer.toArray(String[]::new));
        return spec;
    }

    @Command(name = "assemble", description = {SUMMARY,
            "The same project and options give the same HTML, Markdown and DOCX bytes.",
            "Files are written only when every format succeeded; progress goes to stderr."})
    static final class Assemble implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Mixin
        ProjectArguments project;

        @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
                description = {"Formats to write, comma-separated.", "Default: html,docx,pdf (those installed)."})
        List<String> formats;

        @Option(names = "--context", paramLabel = "ID", description = "Apply a local context's adaptations and label the variant.")
        String context;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: ./guidance-out).")
        Path outDir = Path.of("guidance-out");

        @Option(names = "--force", description = "Assemble even when validation finds errors (they are listed).")
        boolean force;

        @Option(names = "--json", description = "Print a JSON summary (files, words and pages per section, warnings; for a blocked release the blockers).")
        boolean json;

        @Option(names = "--release", description = {"Release: run the publication gate first and write files only when nothing blocks;",
                "otherwise list every blocker (element, reason, fix) and exit 1. The project's status must be 'final'."})
        boolean release;

        private final AssemblyService assembly;
        private final ProjectService projects;

        Assemble(AssemblyService assembly, ProjectService projects) {
            this.assembly = assembly;
            this.projects = projects;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            List<String> chosen = formats;
            if (chosen == null || chosen.isEmpty()) {
                List<String> installed = assembly.formats().stream().map(AssemblyService.FormatInfo::format).toList();
                chosen = DEFAULT_FORMATS.stream().filter(installed::contains).toList();
                if (chosen.isEmpty()) {
                    throw CommandFailure.usage("none of the default formats (html, docx, pdf) is installed; installed: "
                            + (installed.isEmpty() ? "none" : String.join(", ", installed)) + ". Choose with --format.");
                }
            }
            AssemblyOptions options = new AssemblyOptions(chosen, outDir, context, force, null, release);
            try (Project p = project.open(projects)) {
                AssemblyResult result;
                try {
                    result = assembly.assemble(p.root(), options, new StderrProgress(err));
                } catch (AssemblyException e) {
                    return failed(e, err, out);
                }
                boolean forcedErrors = result.warnings().stream().anyMatch(w -> w.severity() == Problem.Severity.ERROR);
                if (json) {
                    out.println(Json.write(summary(result)));
                } else {
                    report(result, out, err);
                }
                return forcedErrors ? ExitCodes.PROBLEMS : ExitCodes.OK;
            }
        }

        private int failed(AssemblyException e, PrintWriter err, PrintWriter out) {
            switch (e.kind()) {
                case VALIDATION -> {
                    if (json) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("written", false);
                        doc.put("error", e.getMessage());
                        doc.put("problems", problems(e.problems()));
                        out.println(Json.write(doc));
                    }
                    err.println("bridgework assemble: " + e.getMessage() + " Nothing was written.");
                    for (Problem problem : e.problems()) {
                        err.println("  " + problem);
                    }
                    return ExitCodes.PROBLEMS;
                }
                case RELEASE_BLOCKED -> {
                    if (json) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("written", false);
                        doc.put("released", false);
                        doc.put("error", e.getMessage());
                        doc.put("blockers", e.blockers().stream().map(b -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("code", b.code());
                            m.put("elementId", b.elementId());
                            m.put("reason", b.reason());
                            m.put("fix", b.fix());
                            return m;
                        }).toList());
                        out.println(Json.write(doc));
                    }
                    err.println("bridgework assemble --release: " + e.getMessage() + ". Nothing was written.");
                    for (org.bridgework.core.api.Blocker b : e.blockers()) {
                        err.println("  " + (b.elementId() == null ? "" : "[" + b.elementId() + "] ") + b.reason() + " (" + b.code() + ")");
                        if (!b.fix().isEmpty()) {
                            err.println("      fix: " + b.fix());
                        }
                    }
                    return ExitCodes.PROBLEMS;
                }
                case USAGE, OUTPUT -> throw CommandFailure.usage(e.getMessage());
                case CANCELLED -> throw new CommandFailure(ExitCodes.PROBLEMS, e.getMessage());
                default -> throw new CommandFailure(ExitCodes.USAGE, e.getMessage() + " Nothing was written.");
            }
        }

        private static void report(AssemblyResult result, PrintWriter out, PrintWriter err) {
            for (Problem w : result.warnings()) {
                err.println(w);
            }
            out.printf(Locale.ROOT, "Assembled %s%s into %s%n", length(result), result.variant() == null ? "" : ", " + result.variant().label(),
                    result.outDir());
            for (AssemblyResult.OutputFile f : result.files()) {
                out.printf(Locale.ROOT, "  %-5s %s  (%s)%n", f.main() ? f.format() : "", f.path(), size(f.bytes()));
            }
            if (!result.warnings().isEmpty()) {
                out.println(result.warnings().size() + " warning" + (result.warnings().size() == 1 ? "" : "s") + " (listed above on stderr).");
            }
        }

        /** The one length shown everywhere: body words, the target beside them, appendices apart, real PDF pages or an estimate. */
        static String length(AssemblyResult result) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d words in the body", result.words()));
            if (result.targetWords() > 0) {
                b.append(String.format(Locale.ROOT, " (target %,d)", result.targetWords()));
            }
            if (result.appendixWords() > 0) {
                b.append(String.format(Locale.ROOT, ", %,d in appendices", result.appendixWords()));
            }
            if (result.pages() != null) {
                b.append(String.format(Locale.ROOT, "; the PDF has %d page%s", result.pages(), result.pages() == 1 ? "" : "s"));
            } else {
                b.append(String.format(Locale.ROOT, "; body about %.1f A4 pages (estimate)", result.estimatedPages()));
            }
            return b.toString();
        }

        private static String size(long bytes) {
            return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }

        static Map<String, Object> summary(AssemblyResult result) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("written", true);
            doc.put("outDir", result.outDir().toString());
            doc.put("variant", result.variant() == null ? null : result.variant().contextId());
            doc.put("files", result.files().stream().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("format", f.format());
                m.put("path", f.path().toString());
                m.put("bytes", f.bytes());
                m.put("main", f.main());
                m.put("millis", f.millis());
                if (f.pages() != null) {
                    m.put("pages", f.pages());
                }
                return m;
            }).toList());
            doc.put("words", result.words());
            doc.put("appendixWords", result.appendixWords());
            doc.put("targetWords", result.targetWords());
            // real pages when a PDF was made, else null and the estimate below (body only)
            doc.put("pages", result.pages());
            doc.put("pagesFrom", result.pages() != null ? "pdf" : "estimate");
            doc.put("estimatedPages", result.estimatedPages());
            doc.put("sections", result.sections().stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.anchor());
                m.put("heading", s.heading());
                m.put("level", s.level());
                m.put("words", s.words());
                m.put("estimatedPages", s.estimatedPages());
                return m;
            }).toList());
            doc.put("warnings", problems(result.warnings()));
            return doc;
        }

        private static List<Map<String, Object>> problems(List<Problem> problems) {
            return problems.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
                m.put("code", p.code());
                m.put("elementId", p.elementId());
                m.put("message", p.message());
                return m;
            }).collect(Collectors.toList());
        }
    }

    /** One line on stderr per step. */
    static final class StderrProgress implements AssemblyProgress {
        private final PrintWriter err;
        private int total;
        private int done;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void begin(String name, int totalWork) {
            total = totalWork;
            err.println(name + " ...");
            err.flush();
        }

        @Override
        public void subTask(String name) {
            err.printf(Locale.ROOT, "  [%d/%d] %s%n", Math.min(done + 1, total), total, name);
            err.flush();
        }

        @Override
        public void worked(int units) {
            done += units;
        }
    }
}
