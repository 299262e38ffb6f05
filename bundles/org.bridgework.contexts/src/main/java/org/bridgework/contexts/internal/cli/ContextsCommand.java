package org.bridgework.contexts.internal.cli;

import org.bridgework.contexts.internal.Checks;
import org.bridgework.contexts.internal.ContextInstaller;
import org.bridgework.contexts.internal.DataContexts;

import org.bridgework.core.api.InputFiles;
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
import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ProjectService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework contexts [list | show ID | install JAR | uninstall ID] [--json]}. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=contexts", CommandContribution.SUMMARY_PROPERTY + "=" + ContextsCommand.SUMMARY})
public class ContextsCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Local contexts: list them, show one, install a signed context bundle, uninstall one.";

    private final ContextRegistry registry;
    private final ProjectService projects;

    @Activate
    public ContextsCommand(@Reference ContextRegistry registry, @Reference ProjectService projects) {
        this.registry = registry;
        this.projects = projects;
    }

    @Override
    public String name() {
        return "contexts";
    }

    @Override
    public Object create() {
        return new Contexts(registry, projects);
    }

    @Command(name = "contexts", description = {SUMMARY,
            "  contexts [list]         every installed context with its status, version, vendor and signature",
            "  contexts show ID        what a context changes and adds",
            "  contexts install JAR    check the jar's signature against the trust stores, then install it (no restart)",
            "  contexts uninstall ID   remove an installed context (no restart)",
            "  contexts check JAR|ID [PROJECT|--sample]   check a context against a project without installing it: every target",
            "                          exists, every find text occurs, no new id clashes (the sample by default)",
            "Exit 1 when a context is refused or disabled (list, install) or a check finds anything, 2 for bad usage or an unreadable jar."})
    static final class Contexts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list (default), show, install or uninstall")
        String action = "list";

        @Parameters(index = "1", arity = "0..1", paramLabel = "ID|JAR", description = "the context id (show, uninstall, check) or jar file (install, check)")
        String argument;

        @Parameters(index = "2", arity = "0..1", paramLabel = "PROJECT", description = "check: the project to check against (default: the sample)")
        Path project;

        @Option(names = "--sample", description = "check: against a copy of the sample project (the default when no PROJECT is given)")
        boolean sample;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final ContextRegistry registry;
        private final ProjectService projects;

        Contexts(ContextRegistry registry, ProjectService projects) {
            this.registry = registry;
            this.projects = projects;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return switch (action) {
                case "list" -> list(out);
                case "show" -> show(out, required("show needs a context id, for example: bridgework contexts show small-specialist"));
                case "install" -> install(out, required("install needs a jar file, for example: bridgework contexts install my-context.jar"));
                case "uninstall" -> uninstall(out, required("uninstall needs a context id, for example: bridgework contexts uninstall my-context"));
                case "check" -> check(out, required("check needs a jar file or a context id, for example: bridgework contexts check target/my-context.jar"));
                default -> throw CommandFailure.usage("Unknown action '" + action + "': use list, show ID, install JAR, uninstall ID or check JAR|ID");
            };
        }

        private String required(String message) {
            if (argument == null || argument.isBlank()) {
                throw CommandFailure.usage(message);
            }
            return argument;
        }

        private int list(PrintWriter out) {
            List<ContextInfo> all = registry.contexts();
            boolean bad = all.stream().anyMatch(i -> i.status() != ContextInfo.Status.ENABLED);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("contexts", all.stream().map(Contexts::row).toList());
                out.println(Json.write(doc));
            } else if (all.isEmpty()) {
                out.println("No local contexts are installed.");
            } else {
                out.printf("%-22s %-9s %-16s %-5s %-18s %s%n", "ID", "STATUS", "VERSION", "STYLE", "SIGNATURE", "NAME (VENDOR)");
                for (ContextInfo info : all) {
                    out.printf("%-22s %-9s %-16s %-5s %-18s %s%s%n", info.id(), info.status(), info.version(), info.style(), info.trust(), info.name(),
                            info.vendor() == null ? "" : " (" + info.vendor() + ")");
                    for (Problem problem : info.problems()) {
                        out.println("    " + problem.severity().name().toLowerCase() + ": " + problem.message());
                    }
                }
                out.println(all.size() + " contexts, " + all.stream().filter(i -> i.status() == ContextInfo.Status.ENABLED).count() + " enabled");
            }
            return bad ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }

        private int show(PrintWriter out, String id) {
            ContextInfo info = registry.info(id).orElseThrow(() -> CommandFailure.usage("No context '" + id + "' is installed; 'bridgework contexts list' shows the installed ones"));
            LocalContext context = registry.get(info.id()).orElse(null);
            Map<String, Object> doc = row(info);
            if (context != null) {
                doc.put("description", context.description());
                var applicability = context.applicability();
                Map<String, Object> suits = new LinkedHashMap<>();
                suits.put("sizes", applicability.sizes().stream().map(Enum::name).sorted().toList());
                suits.put("specialist", applicability.specialist());
                suits.put("specialisms", applicability.specialisms());
                suits.put("regions", applicability.regions());
                suits.put("furtherEducationCollege", applicability.furtherEducationCollege());
                suits.put("summary", applicability.summary());
                doc.put("applicability", suits);
                List<Map<String, Object>> adaptations = new ArrayList<>();
                for (LocalAdaptation adaptation : context.adaptations()) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("id", adaptation.id());
                    a.put("kind", adaptation.getClass().getSimpleName().toLowerCase());
                    a.put("target", adaptation.targetId());
                    switch (adaptation) {
                        case LocalAdaptation.Note note -> a.put("text", note.text());
                        case LocalAdaptation.Replace replace -> {
                            a.put("find", replace.find());
                            a.put("replacement", replace.replacement());
                        }
                        case LocalAdaptation.Insert insert -> {
                            a.put("sections", insert.sections().stream().map(s -> s.getId()).toList());
                            a.put("blocks", insert.blocks().stream().map(b -> b.getId()).toList());
                        }
                        case LocalAdaptation.Omit omit -> a.put("reason", omit.reason());
                    }
                    adaptations.add(a);
                }
                doc.put("adaptations", adaptations);
                doc.put("terms", context.terms().stream().map(t -> t.getTerm() + (t.getExpansion() == null ? "" : " (" + t.getExpansion() + ")")).toList());
                doc.put("caseStudies", context.caseStudies().stream().map(c -> c.getId() + ": " + c.getTitle()).toList());
                List<Map<String, Object>> notes = new ArrayList<>();
                for (CriterionNote note : context.criterionNotes()) {
                    notes.add(Map.of("criterion", note.criterion(), "text", note.text()));
                }
                doc.put("criterionNotes", notes);
                List<Map<String, Object>> services = new ArrayList<>();
                for (ServiceEntry service : context.services()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("id", service.id());
                    s.put("name", service.name());
                    s.put("kind", service.kind().name());
                    s.put("contact", service.contact());
                    s.put("url", service.url());
                    s.put("note", service.note());
                    services.add(s);
                }
                doc.put("services", services);
            }
            if (json) {
                out.println(Json.write(doc));
            } else {
                for (Map.Entry<String, Object> entry : doc.entrySet()) {
                    Object value = entry.getValue();
                    if (value instanceof List<?> list) {
                        out.println(entry.getKey() + ":" + (list.isEmpty() ? " (none)" : ""));
                        list.forEach(item -> out.println("  - " + item));
                    } else {
                        out.println(entry.getKey() + ": " + value);
                    }
                }
            }
            return info.status() == ContextInfo.Status.ENABLED ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }

        private int install(PrintWriter out, String file) {
            Path jar = Path.of(file).toAbsolutePath();
            String problem = InputFiles.problem(jar);
            if (problem != null) {
                throw CommandFailure.usage("Cannot read the jar " + InputFiles.message(jar, problem));
            }
            ContextInfo info;
            try {
                info = registry.install(jar);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage(e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw CommandFailure.usage("Could not install " + jar + ": " + e.getMessage());
            }
            if (json) {
                out.println(Json.write(row(info)));
            } else {
                switch (info.status()) {
                    case ENABLED -> out.println("Installed the context " + info.id() + " " + info.version() + " (" + info.name() + "), " + info.trust()
                            + (info.signer() == null ? "" : ", signed by " + info.signer()) + ".");
                    case REFUSED -> out.println("Not installed: " + info.problems().get(0).message());
                    case DISABLED -> out.println("Installed " + info.bundle() + " " + info.version() + ", but the context is disabled:");
                }
                if (info.status() != ContextInfo.Status.REFUSED) {
                    info.problems().forEach(p -> out.println("  " + p.severity().name().toLowerCase() + ": " + p.message()));
                }
            }
            return info.status() == ContextInfo.Status.ENABLED ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }

        /** A context (from a jar, not installed, or an installed one by id) against a project: nothing is changed. */
        private int check(PrintWriter out, String what) {
            LocalContext context;
            List<Problem> problems = new ArrayList<>();
            Path jar = Path.of(what);
            if (what.endsWith(".jar") || Files.isRegularFile(jar)) {
                String problem = InputFiles.problem(jar.toAbsolutePath());
                if (problem != null) {
                    throw CommandFailure.usage("Cannot read the jar " + InputFiles.message(jar.toAbsolutePath(), problem));
                }
                DataContexts.Result data;
                try {
                    java.util.jar.Manifest manifest;
                    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile(), false)) {
                        manifest = file.getManifest();
                    }
                    String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (bsn == null) {
                        throw CommandFailure.usage(jar + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName.");
                    }
                    data = ContextInstaller.readDataContext(jar, manifest, bsn.split(";")[0].trim());
                } catch (IllegalArgumentException e) {
                    throw CommandFailure.usage(e.getMessage());
                } catch (IOException | SecurityException e) {
                    throw CommandFailure.usage(jar + " cannot be read as a jar: " + e.getMessage());
                }
                if (data == null) {
                    throw CommandFailure.usage(jar + " holds a context written in Java: its adaptations exist only once it runs. Install it"
                            + " (bridgework contexts install), then check it by id: bridgework contexts check ID.");
                }
                problems.addAll(data.problems());
                context = data.context();
                if (context != null) {
                    problems.addAll(Checks.validate(context));
                }
            } else {
                context = registry.get(what).orElseThrow(() -> CommandFailure.usage("No enabled context '" + what
                        + "' is installed and no such jar file exists; 'bridgework contexts list' shows the installed ones."));
            }
            String against;
            if (context != null) {
                if (project != null && sample) {
                    throw CommandFailure.usage("give either a PROJECT or --sample, not both.");
                }
                try (org.bridgework.core.api.Project opened = org.bridgework.core.cli.ProjectSelection.of(project, project == null, "PROJECT").open(projects)) {
                    problems.addAll(registry.check(context, opened.root()));
                    against = project == null ? "the sample project" : project.toString();
                }
            } else {
                against = "no project (the context could not be read)";
            }
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("context", context == null ? null : context.id());
                doc.put("against", against);
                doc.put("errors", errors);
                doc.put("problems", problems.stream().map(p -> Map.of("severity", p.severity().name().toLowerCase(), "code", p.code(),
                        "message", p.message())).toList());
                out.println(Json.write(doc));
            } else {
                problems.forEach(p -> out.println("  " + p.severity().name().toLowerCase() + ": " + p.message()));
                out.println((context == null ? what : "The context " + context.id()) + " checked against " + against + ": "
                        + (problems.isEmpty() ? "every target exists, every find text occurs, no id clashes." : errors + " error" + (errors == 1 ? "" : "s")
                                + ", " + (problems.size() - errors) + " warning" + (problems.size() - errors == 1 ? "" : "s") + "."));
            }
            // a developer's check: what the runtime only warns about (a target missing in this project) fails it
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }

        private int uninstall(PrintWriter out, String id) {
            try {
                registry.uninstall(id);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage(e.getMessage());
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.PROBLEMS, e.getMessage(), e);
            }
            if (json) {
                out.println(Json.write(Map.of("uninstalled", id)));
            } else {
                out.println("Uninstalled " + id + ".");
            }
            return ExitCodes.OK;
        }

        static Map<String, Object> row(ContextInfo info) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", info.id());
            row.put("name", info.name());
            row.put("vendor", info.vendor());
            row.put("version", info.version());
            row.put("bundle", info.bundle());
            row.put("style", info.style().name());
            row.put("status", info.status().name());
            row.put("signature", info.trust().name());
            row.put("signer", info.signer());
            row.put("location", info.location());
            row.put("problems", info.problems().stream().map(p -> Map.of("severity", p.severity().name(), "code", p.code(), "message", p.message())).toList());
            return row;
        }
    }
}
