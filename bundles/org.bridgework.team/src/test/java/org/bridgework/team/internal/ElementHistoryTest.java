package org.bridgework.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bridgework.team.api.ElementChange;
import org.junit.jupiter.api.Test;

/** An element's text found in saved XML without loading the model, and changes said in words. */
class ElementHistoryTest {

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <guidance:GuidanceProject
                id="p">
              <mergeConflicts
                  id="conflict-1"
                  elementId="s1"/>
              <document
                  id="doc">
                <sections
                    id="s1"
                    heading="A &gt; B">
                  <blocks
                      id="b1"
                      text="x &quot;/>&quot; y"/>
                  <blocks
                      id="b2">
                    <items>one</items>
                  </blocks>
                </sections>
                <sections
                    id="s2"/>
              </document>
            </guidance:GuidanceProject>
            """;

    static String fragment(String id) {
        byte[] f = ElementHistory.fragment(XML.getBytes(StandardCharsets.UTF_8), id);
        return f == null ? null : new String(f, StandardCharsets.UTF_8);
    }

    @Test
    void anElementIsItsStartTagToItsEndWithWhatItContains() {
        String s1 = fragment("s1");
        assertEquals(true, s1.startsWith("<sections\n") && s1.endsWith("</sections>"), s1);
        assertEquals(true, s1.contains("<items>one</items>"));
        assertEquals(true, fragment("b1").endsWith("y\"/>"), "quoted '/>' does not end the element");
        assertEquals(true, fragment("s2").startsWith("<sections") && fragment("s2").endsWith("/>"));
    }

    @Test
    void anIdInAnotherAttributeIsNotTheElement() {
        // elementId="s1" of the conflict comes first in the file
        assertEquals(true, fragment("s1").contains("heading"));
        assertNull(fragment("missing"));
    }

    @Test
    void changesInWordsGroupedBySection() {
        List<ElementChange> changes = List.of(
                new ElementChange("p-ch-roles", "paragraph", "Who does what", "changed", List.of("text"), "sec-challenges", "Common challenges"),
                new ElementChange("c3", "criterion", "C3", "changed", List.of("statement"), null, null),
                new ElementChange("src-x", "source", "X", "added", List.of(), null, null));
        assertEquals("Section 'Common challenges': paragraph p-ch-roles changed; criterion C3 amended; source src-x added",
                ElementChange.sentence(changes));
        assertEquals("no changes", ElementChange.sentence(List.of()));
    }
}
