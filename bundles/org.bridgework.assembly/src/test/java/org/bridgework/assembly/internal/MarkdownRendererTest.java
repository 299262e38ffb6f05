package org.bridgework.assembly.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.core.api.CitationService;
import org.bridgework.model.GuidanceProject;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

class MarkdownRendererTest {

    private static final String STYLE_XML = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\"/>";

    /** Knows one style's file, renders nothing itself (the Markdown leaves citations to pandoc). */
    private static final CitationService STYLES = new CitationService() {
        @Override
        public List<String> styles() {
            return List.of("harvard-cite-them-right");
        }

        @Override
        public CitationRenderer renderer(GuidanceProject project, String styleId, Format format) {
            throw new IllegalArgumentException("not in this test");
        }

        @Override
        public Optional<String> styleXml(String styleId) {
            return styleId.equals("harvard-cite-them-right") ? Optional.of(STYLE_XML) : Optional.empty();
        }
    };

    private static OutputSink.InMemory render() throws Exception {
        return render(new MarkdownRenderer());
    }

    private static OutputSink.InMemory render(MarkdownRenderer renderer) throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        OutputSink.InMemory sink = OutputSink.inMemory("guidance");
        renderer.render(doc, sink, AssemblyProgress.NONE);
        return sink;
    }

    /** Every {@code (#x)} link target, and every {@code {#x ...}} attribute or {@code []{#x}} anchor, in pandoc Markdown. */
    static Set<String> linkTargets(String md) {
        return matches(Pattern.compile("\\]\\(#([^)\\s]+)\\)"), md);
    }

    static Set<String> anchors(String md) {
        return matches(Pattern.compile("\\{#([^}\\s]+)[^}]*}"), md);
    }

    private static Set<String> matches(Pattern p, String s) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyInternalLinkPointsToAnAnchorOfTheOutputAndNoCaptionShowsAnAttribute() throws Exception {
        String md = new String(render().mainBytes(), StandardCharsets.UTF_8);
        Set<String> targets = linkTargets(md);
        assertTrue(targets.contains("ch-roles"), "the test sees links: " + targets);
        Set<String> missing = new TreeSet<>(targets);
        missing.removeAll(anchors(md));
        assertEquals(Set.of(), missing, "links to anchors the Markdown does not have");
        for (String line : md.split("\n")) {
            if (line.startsWith(": ")) {
                assertTrue(!line.matches(".*[^\\]]\\{#[^}]*}\\s*$"), "pandoc 2.17 would print this caption's attribute: " + line);
            }
        }
    }

    @Test
    void theStylesCslFileIsWrittenBesideAndNamedInTheMetadata() throws Exception {
        OutputSink.InMemory sink = render(new MarkdownRenderer(STYLES));
        String md = new String(sink.mainBytes(), StandardCharsets.UTF_8);
        assertTrue(md.contains("\ncsl: \"harvard-cite-them-right.csl\"\n"), md.substring(0, 600));
        assertEquals(STYLE_XML, new String(sink.sideBytes().get("harvard-cite-them-right.csl"), StandardCharsets.UTF_8));
        assertTrue(sink.sideBytes().containsKey("guidance.json"));
    }

    @Test
    void yamlHeadingsCitationsAndBibliographyFile() throws Exception {
        OutputSink.InMemory sink = render();
        String md = new String(sink.mainBytes(), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("---\ntitle: \"Working together for student mental health\"\n"), md.substring(0, 200));
        assertTrue(md.contains("\nlang: \"en-GB\"\n"));
        assertTrue(md.contains("\nbibliography: \"guidance.json\"\n"));
        assertTrue(!md.contains("\ncsl: "), "no style file without a citation service, so none named");
        assertTrue(md.contains("\n# Introduction {#s-intro}\n"));
        assertTrue(md.contains("\n## Examples {#s-examples}\n"));
        assertTrue(md.contains("Most mental illness starts by the age of 24 [@uuk2022, p. 4]."), md);
        assertTrue(md.contains("[the roles challenge](#ch-roles)"));
        assertTrue(md.contains("**students**"));
        assertTrue(md.contains("[@nosuchkey]"), "unknown keys stay as written");
        assertTrue(md.contains("::: {#c-key .callout .key-message}"));
        assertTrue(md.contains("- [ ] Name a lead in each partner"));
        assertTrue(md.contains("> Students’ health information rarely travels with them.\n>\n> --- [@uuk2022, p. 12]"));
        assertTrue(md.contains("::: {#refs}"));
        Map<String, byte[]> sides = sink.sideBytes();
        assertEquals(List.of("guidance-img-pathway.png", "guidance.json"), List.copyOf(sides.keySet()));
        assertArrayEquals(TestProjects.PNG, sides.get("guidance-img-pathway.png"));
        JsonArray csl = JsonParser.parseString(new String(sides.get("guidance.json"), StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(2, csl.size());
    }

    @Test
    void deterministic() throws Exception {
        OutputSink.InMemory a = render();
        OutputSink.InMemory b = render();
        assertArrayEquals(a.mainBytes(), b.mainBytes());
        assertArrayEquals(a.sideBytes().get("guidance.json"), b.sideBytes().get("guidance.json"));
    }
}
