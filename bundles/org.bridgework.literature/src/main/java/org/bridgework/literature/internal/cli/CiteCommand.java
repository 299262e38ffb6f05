package org.bridgework.literature.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.CitationService.Format;
import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.literature.internal.csl.CslCitationService;
import org.bridgework.literature.internal.csl.CslRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework cite [--style S] KEY... [PROJECT | --sample]}: in-text citations and the bibliography, for a quick check. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=cite", CommandContribution.SUMMARY_PROPERTY + "=" + CiteCommand.SUMMARY})
public class CiteCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Print the in-text citations of sources and their bibliography in a citation style.";

    private final ProjectService projects;
    private final CslCitationService citations;

    @Activate
    public CiteCommand(@Reference ProjectService projects, @Reference CslCitationService citations) {
        this.projects = projects;
        this.citations = citations;
    }

    @Override
    public String name() {
        return "cite";
    }

    @Override
    public Object create() {
        return new Cite(projects, citations);
    }

    @Command(name = "cite", description = {SUMMARY,
            "A KEY is a citation key (uuk2022 or @uuk2022) or a pandoc citation in quotes ('[@uuk2022, p. 4; @nous2023]').",
            "Styles: harvard-cite-them-right, apa, vancouver (numbered in the order cited); default: the project's style."},
            footer = {"", "Example: bridgework cite --style apa uuk2022 --sample"})
    static final class Cite implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-s", "--style"}, paramLabel = "STYLE", description = "Citation style id (default: the project's).")
        String style;

        @Option(names = "--html", description = "Print HTML fragments instead of plain text.")
        boolean html;

        @Option(names = "--json", description = "Print JSON: style, locale, citations and bibliography.")
        boolean json;

        @Option(names = {"-p", "--project"}, paramLabel = "FILE", description = "The .guidance project file (or give it last).")
        Path projectFile;

        @Option(names = "--sample", description = "Use a copy of the sample project shipped with Bridgework.")
        boolean sample;

        @Parameters(arity = "1..*", paramLabel = "KEY", description = "Citation keys to cite, then optionally the PROJECT file.")
        List<String> args = new ArrayList<>();

        private final ProjectService projects;
        private final CslCitationService citations;

        Cite(ProjectService projects, CslCitationService citations) {
            this.projects = projects;
            this.citations = citations;
        }

        @Override
        public Integer call() {
            List<String> keyArgs = new ArrayList<>(args);
            PositionalProject selection = PositionalProject.take(keyArgs, projectFile, sample);
            if (keyArgs.isEmpty()) {
                throw CommandFailure.usage("name at least one citation key to cite (for example: bridgework cite uuk2022 --sample).");
            }
            if (style != null && !citations.styles().contains(style.strip()) && !style.strip().equals("nlm-citation-sequence")) {
                throw CommandFailure.usage("unknown citation style '" + style + "'. Known styles: " + String.join(", ", citations.describeStyles()) + ".");
            }
            try (Project project = selection.open(projects)) {
                String styleId = style != null ? style.strip() : CslCitationService.projectStyle(project.root());
                CslRenderer renderer = citations.renderer(project.root(), styleId, html ? Format.HTML : Format.TEXT);
                List<List<CiteItem>> clusters = clusters(keyArgs);
                Set<String> unknown = new LinkedHashSet<>();
                Set<String> all = new LinkedHashSet<>();
                for (List<CiteItem> cluster : clusters) {
                    for (CiteItem item : cluster) {
                        all.add(item.key());
                        if (!renderer.knows(item.key())) {
                            unknown.add(item.key());
                        }
                    }
                }
                if (!unknown.isEmpty()) {
                    throw CommandFailure.usage((unknown.size() == 1 ? "unknown citation key " : "unknown citation keys ")
                            + String.join(", ", unknown.stream().map(k -> "'" + k + "'").toList()) + " in " + selection.describe() + ". "
                            + knownKeys(renderer.keys(), unknown));
                }
                renderer.prepare(all);
                List<Map<String, Object>> rendered = new ArrayList<>();
                for (List<CiteItem> cluster : clusters) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("cite", pandoc(cluster));
                    row.put("text", renderer.cite(cluster));
                    rendered.add(row);
                }
                if (clusters.size() > 1) {
                    List<CiteItem> together = new ArrayList<>();
                    clusters.forEach(together::addAll);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("cite", pandoc(together));
                    row.put("text", renderer.cite(together));
                    rendered.add(row);
                }
                List<String> bibliography = renderer.bibliography();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("style", renderer.styleId());
                    doc.put("locale", renderer.locale());
                    doc.put("format", html ? "html" : "text");
                    doc.put("citations", rendered);
                    doc.put("bibliography", bibliography);
                    out.println(Json.write(doc));
                } else {
                    out.println("Style " + renderer.styleId() + ", locale " + renderer.locale() + ".");
                    out.println();
                    out.println("In-text citations:");
                    int width = rendered.stream().mapToInt(r -> r.get("cite").toString().length()).max().orElse(0);
                    for (Map<String, Object> row : rendered) {
                        out.println("  " + pad(row.get("cite").toString(), width) + "  " + row.get("text"));
                    }
                    out.println();
                    out.println("Bibliography:");
                    for (String entry : bibliography) {
                        out.println("  " + entry);
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }

        /** Each argument is one cluster: a key, @key, or a pandoc citation ("[@a, p. 4; @b]"). */
        static List<List<CiteItem>> clusters(List<String> args) {
            List<List<CiteItem>> clusters = new ArrayList<>();
            for (String arg : args) {
                String a = arg.strip();
                if (a.startsWith("[")) {
                    List<InlineText.Cluster> parsed = InlineText.citations(a);
                    if (parsed.isEmpty()) {
                        throw CommandFailure.usage("'" + arg + "' is not a pandoc citation; write it as [@key] or [@key, p. 4; @other].");
                    }
                    for (InlineText.Cluster c : parsed) {
                        clusters.add(c.items());
                    }
                } else {
                    String key = a.startsWith("@") ? a.substring(1) : a;
                    if (key.isEmpty()) {
                        throw CommandFailure.usage("an empty citation key was given.");
                    }
                    clusters.add(List.of(CiteItem.of(key)));
                }
            }
            return clusters;
        }

        static String pandoc(List<CiteItem> cluster) {
            List<String> parts = new ArrayList<>();
            for (CiteItem item : cluster) {
                parts.add((item.prefix() == null ? "" : item.prefix() + " ") + "@" + item.key() + (item.locator() == null ? "" : ", " + item.locator()));
            }
            return "[" + String.join("; ", parts) + "]";
        }

        static String knownKeys(List<String> keys, Set<String> unknown) {
            if (keys.isEmpty()) {
                return "The project has no sources.";
            }
            List<String> suggestions = new ArrayList<>();
            for (String u : unknown) {
                String lower = u.toLowerCase(Locale.ROOT);
                for (String k : keys) {
                    String kl = k.toLowerCase(Locale.ROOT);
                    String stem = lower.replaceAll("[^a-z]", "");
                    if (!suggestions.contains(k) && (kl.equals(lower) || (stem.length() >= 3 && kl.startsWith(stem.substring(0, 3))))) {
                        suggestions.add(k);
                    }
                }
            }
            int limit = 60;
            String known = keys.size() <= limit ? String.join(", ", keys)
                    : String.join(", ", keys.subList(0, limit)) + " and " + (keys.size() - limit) + " more (bridgework export literature lists them all)";
            return (suggestions.isEmpty() ? "" : "Did you mean " + String.join(", ", suggestions) + "? ")
                    + "Known keys (" + keys.size() + "): " + known + ".";
        }

        private static String pad(String s, int width) {
            return s + " ".repeat(Math.max(0, width - s.length()));
        }
    }
}
