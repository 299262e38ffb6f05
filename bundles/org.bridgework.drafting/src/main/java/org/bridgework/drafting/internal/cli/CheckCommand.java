package org.bridgework.drafting.internal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.bridgework.drafting.api.CheckInfo;
import org.bridgework.drafting.internal.Locate;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.DraftingChecks;
import org.bridgework.drafting.api.Finding;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.bridgework.model.derive.PageEstimate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework check [PROJECT | --sample] [--json]}: every problem, grouped by section, with why it matters. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=check", CommandContribution.SUMMARY_PROPERTY + "=" + CheckCommand.SUMMARY})
public class CheckCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Check the draft for readers: long sentences, readability, acronyms, terms the other sector may not know, words to avoid, passive voice, claims without citations, word budgets and length, plus everything 'validate' checks, grouped by section with why each matters.";

    private final ProjectService projects;
    private final ValidationService validation;
    private final DraftingChecks checks;

    @Activate
    public CheckCommand(@Reference ProjectService projects, @Reference ValidationService validation, @Reference DraftingChecks checks) {
        this.projects = projects;
        this.validation = validation;
        this.checks = checks;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Object create() {
        return new Check(projects, validation, checks);
    }

    @Command(name = "check", description = {SUMMARY + " Settings: NAME.checks.properties beside the project.",
            "Exits 1 when there are errors (most checks are warnings or notes), 2 when the project cannot be read."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--json", description = "Print JSON: counts, length, problems grouped by section, and the checks' explanations.")
        boolean json;

        private final ProjectService projects;
        private final ValidationService validation;
        private final DraftingChecks checks;

        Check(ProjectService projects, ValidationService validation, DraftingChecks checks) {
            this.projects = projects;
            this.validation = validation;
            this.checks = checks;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                GuidanceProject root = opened.root();
                CheckSettings settings = CheckSettings.of(root);
                Map<String, String> fixes = new HashMap<>();
                for (Finding f : checks.run(root, settings)) {
                    fixes.put(key(f.problem()), f.quickFix());
                }
                // the validation service runs every rule (ours included); a check switched off in the settings stays off here too
                List<Problem> problems = new ArrayList<>();
                for (Problem p : validation.validate(root)) {
                    if (settings.enabled(p.code())) {
                        problems.add(p);
                    }
                }
                Map<String, Section> sections = new LinkedHashMap<>();
                Map<String, List<Problem>> bySection = new LinkedHashMap<>();
                GuidanceDocument document = root.getDocument();
                if (document != null) {
                    document.eAllContents().forEachRemaining(e -> {
                        if (e instanceof Section s) {
                            sections.put(s.getId(), s);
                            bySection.put(s.getId(), new ArrayList<>());
                        }
                    });
                }
                List<Problem> outside = new ArrayList<>();
                for (Problem p : problems) {
                    Section s = Locate.section(Locate.element(root, p.elementId()));
                    if (s != null && bySection.containsKey(s.getId())) {
                        bySection.get(s.getId()).add(p);
                    } else {
                        outside.add(p);
                    }
                }
                Set<String> codes = new LinkedHashSet<>();
                problems.forEach(p -> codes.add(p.code()));
                long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
                long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
                long infos = problems.size() - errors - warnings;
                int words = document == null ? 0 : Derived.wordCount(document);
                // the one page estimate assemble (without a PDF) and the drafting checks use
                double pages = document == null ? 0 : PageEstimate.of(document);
                int target = document == null ? 0 : document.getLengthTargetWords();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("file", project.sample() ? null : opened.file().toString());
                    doc.put("sample", project.sample());
                    doc.put("project", root.getId());
                    doc.put("counts", Map.of("errors", errors, "warnings", warnings, "infos", infos));
                    Map<String, Object> length = new LinkedHashMap<>();
                    length.put("words", words);
                    // body words as assemble and the milestones count them; pages are only estimated here
                    // (assemble with a PDF reports the real page count)
                    length.put("pages", pages);
                    length.put("pagesFrom", "estimate");
                    length.put("targetWords", target);
                    doc.put("length", length);
                    List<Object> groups = new ArrayList<>();
                    for (Map.Entry<String, List<Problem>> g : bySection.entrySet()) {
                        if (!g.getValue().isEmpty()) {
                            Section s = sections.get(g.getKey());
                            Map<String, Object> group = new LinkedHashMap<>();
                            group.put("section", s.getId());
                            group.put("heading", s.getHeading());
                            group.put("words", Derived.wordCount(s));
                            group.put("wordBudget", s.getWordBudget());
                            group.put("problems", rows(g.getValue(), fixes));
                            groups.add(group);
                        }
                    }
                    if (!outside.isEmpty()) {
                        Map<String, Object> group = new LinkedHashMap<>();
                        group.put("section", null);
                        group.put("heading", null);
                        group.put("problems", rows(outside, fixes));
                        groups.add(group);
                    }
                    doc.put("sections", groups);
                    List<Object> explained = new ArrayList<>();
                    for (String code : codes) {
                        checks.check(code).ifPresent(c -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("code", c.code());
                            row.put("title", c.title());
                            row.put("explanation", c.explanation());
                            row.put("source", c.source());
                            explained.add(row);
                        });
                    }
                    doc.put("checks", explained);
                    out.println(Json.write(doc));
                } else {
                    for (Map.Entry<String, List<Problem>> g : bySection.entrySet()) {
                        if (g.getValue().isEmpty()) {
                            continue;
                        }
                        Section s = sections.get(g.getKey());
                        out.println("Section '" + s.getHeading() + "' (" + s.getId() + ", " + Derived.wordCount(s) + " words"
                                + (s.getWordBudget() > 0 ? " of " + s.getWordBudget() : "") + ")");
                        print(out, g.getValue(), fixes);
                        out.println();
                    }
                    if (!outside.isEmpty()) {
                        out.println("Outside the document's sections");
                        print(out, outside, fixes);
                        out.println();
                    }
                    boolean header = false;
                    for (String code : codes) {
                        CheckInfo c = checks.check(code).orElse(null);
                        if (c == null) {
                            continue;
                        }
                        if (!header) {
                            out.println("Why these matter");
                            header = true;
                        }
                        out.println("  " + c.code() + ": " + c.explanation());
                        out.println("      " + c.source());
                    }
                    if (header) {
                        out.println();
                    }
                    String name = project.sample() ? "sample project '" + root.getTitle() + "'" : opened.file().toString();
                    out.println(name + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", "
                            + infos + " note" + (infos == 1 ? "" : "s") + ". Document: " + words + " words in the body" + (target > 0 ? " (target " + target + ")" : "")
                            + ", about " + String.format(Locale.ROOT, "%.1f", pages) + " pages (estimate).");
                }
                out.flush();
                return errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
            }
        }

        private static String key(Problem p) {
            return p.code() + "\u0000" + p.elementId() + "\u0000" + p.message();
        }

        private static List<Object> rows(List<Problem> problems, Map<String, String> fixes) {
            List<Object> rows = new ArrayList<>();
            for (Problem p : problems) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
                row.put("code", p.code());
                row.put("elementId", p.elementId());
                row.put("message", p.message());
                row.put("quickFix", fixes.get(key(p)));
                rows.add(row);
            }
            return rows;
        }

        private static void print(PrintWriter out, List<Problem> problems, Map<String, String> fixes) {
            for (Problem p : problems) {
                out.println("  " + p);
                String fix = fixes.get(key(p));
                if (fix != null) {
                    out.println("      fix: " + fix);
                }
            }
        }
    }
}
