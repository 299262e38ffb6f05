package org.bridgework.assembly.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

class MarkdownRendererTest {

    private static OutputSink.InMemory render() throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        OutputSink.InMemory sink = OutputSink.inMemory("guidance");
        new MarkdownRenderer().render(doc, sink, AssemblyProgress.NONE);
        return sink;
    }

    @Test
    void yamlHeadingsCitationsAndBibliographyFile() throws Exception {
        OutputSink.InMemory sink = render();
        String md = new String(sink.mainBytes(), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("---\ntitle: \"Working together for student mental health\"\n"), md.substring(0, 200));
        assertTrue(md.contains("\nlang: \"en-GB\"\n"));
        assertTrue(md.contains("\nbibliography: \"guidance.json\"\n"));
        assertTrue(md.contains("\ncsl: \"harvard-cite-them-right.csl\"\n"));
        assertTrue(md.contains("\n# Introduction {#s-intro}\n"));
        assertTrue(md.contains("\n## Examples {#s-examples}\n"));
        assertTrue(md.contains("Most mental illness starts by the age of 24 [@uuk2022, p. 4]."), md);
        assertTrue(md.contains("[the roles challenge](#ch-roles)"));
        assertTrue(md.contains("**students**"));
        assertTrue(md.contains("[@nosuchkey]"), "unknown keys stay as written");
        assertTrue(md.contains("::: {#c-key .callout .key-message}"));
        assertTrue(md.contains("- [ ] Name a lead in each partner"));
        assertTrue(md.contains("> Students' health information rarely travels with them.\n>\n> --- [@uuk2022, p. 12]"));
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
