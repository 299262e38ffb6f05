package org.bridgework.search.internal;

import org.bridgework.cli.testing.CommandHarness;
import org.bridgework.search.internal.cli.SearchCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;


/** The search command as the CLI runs it (CommandFailure handled as the cli bundle does). */
class SearchCommandTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    SearchServiceImpl search;
    Path file;
    String out;
    String err;

    @BeforeEach
    void setUp() throws Exception {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        search = new SearchServiceImpl(dir.resolve("cache"));
        file = dir.resolve("sample.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
    }

    private int run(String... args) {
        CommandHarness.Result result = CommandHarness.run(new SearchCommand(projects, search).create(), args);
        out = result.out();
        err = result.err();
        return result.exit();
    }

    @Test
    void printsRankedHitsWithMarkedMatchesAndFacets() {
        assertEquals(0, run("type:casestudy liaison", file.toString()), err);
        assertTrue(out.contains(" for 'type:casestudy liaison' in " + file), out);
        assertTrue(out.contains("  1. casestudy"), out);
        assertTrue(out.contains("**liaison**") || out.contains("**Liaison**"), out);
        assertTrue(out.contains("Facets:") && out.contains("type:       casestudy ("), out);
        assertEquals("", err);
    }

    @Test
    void jsonWithFacetFilterAndLimit() {
        assertEquals(0, run("mental health", "--sample", "--facet", "type=extract", "--limit", "3", "--json"), err);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = new Gson().fromJson(out, Map.class);
        assertEquals(Boolean.TRUE, doc.get("sample"));
        List<?> hits = (List<?>) doc.get("hits");
        assertEquals(3, hits.size());
        assertTrue(((Number) doc.get("total")).longValue() > 3);
        for (Object h : hits) {
            Map<?, ?> hit = (Map<?, ?>) h;
            assertEquals("extract", hit.get("type"));
            String snippet = (String) hit.get("snippet");
            for (Object m : (List<?>) hit.get("matches")) {
                List<?> span = (List<?>) m;
                String matched = snippet.substring(((Number) span.get(0)).intValue(), ((Number) span.get(1)).intValue()).toLowerCase();
                assertTrue(matched.startsWith("mental") || matched.startsWith("health"), matched);
            }
        }
        Map<?, ?> facets = (Map<?, ?>) doc.get("facets");
        assertTrue(facets.containsKey("type") && facets.containsKey("year"), facets.toString());
        assertEquals("in_memory", ((Map<?, ?>) doc.get("index")).get("origin"));
    }

    @Test
    void anInvalidQueryExitsTwoAndSaysWhere() {
        assertEquals(2, run("liaison AND", file.toString()));
        assertTrue(err.contains("invalid query at column 9: the query ends after 'AND'"), err);
        assertTrue(err.contains("liaison AND\n") && err.contains("        ^"), err);
        assertEquals(2, run("liaison", file.toString(), "--facet", "colour=red"));
        assertTrue(err.contains("no facet 'colour'"), err);
        assertEquals(2, run("liaison", file.toString(), "--facet", "type"));
        assertTrue(err.contains("FACET=VALUE"), err);
        assertEquals(2, run("liaison"));
        assertTrue(err.contains("--sample"), err);
        assertEquals(2, run("liaison", dir.resolve("missing.guidance").toString()));
        assertTrue(err.contains("no such file"), err);
    }
}
