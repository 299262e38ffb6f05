package org.bridgework.search.internal.cli;


import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchFields;
import org.bridgework.search.api.SearchHit;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.api.SearchResult;
import org.bridgework.search.api.SearchService;
import org.bridgework.search.api.Snippet;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework search QUERY [PROJECT | --sample] [--facet F=V]... [--limit N] [--json]}. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=search", CommandContribution.SUMMARY_PROPERTY + "=" + SearchCommand.SUMMARY})
public class SearchCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Search the whole project: sources, extracts, challenges, solutions, criteria, case studies, sections and blocks, glossary terms, review comments, organisations and scope items.";

    private final ProjectService projects;
    private final SearchService search;

    @Activate
    public SearchCommand(@Reference ProjectService projects, @Reference SearchService search) {
        this.projects = projects;
        this.search = search;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public Object create() {
        return new Search(projects, search);
    }

    /** {@code [PROJECT | --sample]} after the query (a mixin cannot start at index 1: picocli checks it alone). */
    static final class ProjectAfterQuery extends ProjectSelection {
        private final Search command;

        ProjectAfterQuery(Search command) {
            this.command = command;
        }

        @Override
        public Path file() {
            return command.file;
        }

        @Override
        public boolean sample() {
            return command.sample;
        }

        @Override
        protected String fileLabel() {
            return "PROJECT";
        }
    }

    @Command(name = "search", description = {SUMMARY + " Ranked, with the matches marked",
            "**like this** and counts per facet. Exits 2 when the query or the project cannot be read."},
            footer = {"", "Query syntax: words (all required), \"a phrase\", prefix*, fuzzy~, field:value, OR, NOT or -, ( ).",
                    "Fields: title, text, author, keyword, id, kind, and the facets type, challenge, criterion, context, status, year,",
                    "sourcetype. Types: " + "source, extract, challenge, solution, criterion, casestudy, section, block, term, comment,",
                    "organisation, scope. Glossary acronyms and their expansions find each other (CMHT, \"community mental health team\").",
                    "Example: bridgework search 'type:casestudy liaison' --sample --facet status=verified"})
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "QUERY", description = "What to find (quote it for the shell).")
        String query;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--sample", description = "Search a copy of the sample project shipped with Bridgework (the shipped copy is never changed).")
        boolean sample;

        final ProjectAfterQuery project = new ProjectAfterQuery(this);

        @Option(names = "--facet", paramLabel = "F=V", description = "Only elements whose facet F has value V (repeatable; values of one facet are alternatives).")
        List<String> facets = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N results (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print JSON: the query, the total, every hit with its snippet and match ranges, the facet counts.")
        boolean json;

        private final ProjectService projects;
        private final SearchService search;

        Search(ProjectService projects, SearchService search) {
            this.projects = projects;
            this.search = search;
        }

        @Override
        public Integer call() {
            if (limit < 1) {
                throw CommandFailure.usage("--limit must be at least 1, was " + limit + ".");
            }
            SearchRequest request = SearchRequest.of(query).withLimit(limit);
            for (String facet : facets) {
                int eq = facet.indexOf('=');
                if (eq <= 0 || eq == facet.length() - 1) {
                    throw CommandFailure.usage("--facet " + facet + ": write it as FACET=VALUE, for example --facet type=casestudy.");
                }
                request = request.withFilter(facet.substring(0, eq).strip(), facet.substring(eq + 1).strip());
            }
            try (Project opened = project.open(projects)) {
                SearchIndex index = search.index(opened);
                SearchResult result;
                try {
                    result = index.search(request);
                } catch (InvalidQueryException e) {
                    throw CommandFailure.usage("invalid query " + e.getMessage() + "\n  " + e.pointer().replace("\n", "\n  "));
                }
                PrintWriter out = spec.commandLine().getOut();
                String where = project.sample() ? "the sample project" : opened.file().toString();
                if (json) {
                    out.println(Json.write(json(result, index, opened, where)));
                } else {
                    text(out, result, index, opened.root(), where);
                }
                out.flush();
                return ExitCodes.OK;
            }
        }

        private void text(PrintWriter out, SearchResult result, SearchIndex index, GuidanceProject root, String where) {
            long total = result.totalHits();
            out.println(total + (total == 1 ? " result" : " results") + " for " + quote(query) + " in " + where
                    + (total > result.hits().size() ? " (the best " + result.hits().size() + " shown)" : "") + ":");
            int rank = 0;
            for (SearchHit hit : result.hits()) {
                rank++;
                out.println();
                out.printf(Locale.ROOT, "%3d. %-12s %s%n", rank, hit.type(), hit.id() == null ? "(no id)" : hit.id());
                out.println("     " + hit.title().marked("**", "**"));
                String snippet = hit.snippet().marked("**", "**");
                if (!snippet.isBlank()) {
                    out.println("     " + snippet);
                }
            }
            if (!result.facets().isEmpty()) {
                out.println();
                out.println("Facets:");
                for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
                    List<String> values = new ArrayList<>();
                    for (SearchResult.FacetCount count : facet.getValue()) {
                        values.add(count.value() + " (" + count.count() + ")");
                    }
                    out.printf(Locale.ROOT, "  %-11s %s%n", facet.getKey() + ":", String.join(", ", values));
                }
            }
        }

        private Map<String, Object> json(SearchResult result, SearchIndex index, Project opened, String where) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", query);
            doc.put("file", project.sample() ? null : opened.file().toString());
            doc.put("sample", project.sample());
            doc.put("project", opened.root().getId());
            List<Map<String, Object>> filters = new ArrayList<>();
            for (SearchRequest.FacetFilter f : result.request().filters()) {
                filters.add(Map.of("facet", f.facet(), "value", f.value()));
            }
            doc.put("filters", filters);
            doc.put("total", result.totalHits());
            doc.put("tookMillis", result.took().toNanos() / 1e6);
            List<Map<String, Object>> hits = new ArrayList<>();
            int rank = 0;
            for (SearchHit hit : result.hits()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", ++rank);
                row.put("type", hit.type());
                row.put("kind", hit.kind());
                row.put("id", hit.id());
                row.put("title", hit.title().text());
                row.put("score", hit.score());
                row.put("snippet", hit.snippet().text());
                row.put("marked", hit.snippet().marked("**", "**"));
                row.put("matches", spans(hit.snippet()));
                row.put("titleMatches", spans(hit.title()));
                hits.add(row);
            }
            doc.put("hits", hits);
            Map<String, Object> facets = new LinkedHashMap<>();
            for (String dim : SearchFields.FACETS) {
                List<Map<String, Object>> values = new ArrayList<>();
                for (SearchResult.FacetCount count : result.facet(dim)) {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("value", count.value());
                    value.put("count", count.count());
                    String label = label(opened, dim, count.value());
                    if (label != null) {
                        value.put("label", label);
                    }
                    values.add(value);
                }
                if (!values.isEmpty()) {
                    facets.put(dim, values);
                }
            }
            doc.put("facets", facets);
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("origin", index.info().origin().name().toLowerCase(Locale.ROOT));
            info.put("reason", index.info().reason());
            info.put("documents", index.info().documents());
            doc.put("index", info);
            return doc;
        }

        /** The label of a challenge or criterion id, for the JSON's facet values. */
        private static String label(Project opened, String dim, String value) {
            if (!SearchFields.CHALLENGE.equals(dim) && !SearchFields.CRITERION.equals(dim)) {
                return null;
            }
            EObject o = opened.resource().getEObject(value);
            return o instanceof Identified i ? i.getLabel() : null;
        }

        private static List<List<Integer>> spans(Snippet snippet) {
            List<List<Integer>> spans = new ArrayList<>();
            for (Snippet.Span span : snippet.matches()) {
                spans.add(List.of(span.start(), span.end()));
            }
            return spans;
        }

        private static String quote(String text) {
            return "'" + text + "'";
        }
    }
}
