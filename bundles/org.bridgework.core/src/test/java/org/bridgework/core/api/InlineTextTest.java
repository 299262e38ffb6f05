package org.bridgework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bridgework.core.api.CitationService.CiteItem;
import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void parsesPandocCitationClusters() {
        var clusters = InlineText.citations("Roles are unclear [@nous2023] and data rarely travels [see @uuk2018, p. 4; @uuk2022].");
        assertEquals(2, clusters.size());
        assertEquals(List.of(CiteItem.of("nous2023")), clusters.get(0).items());
        assertEquals(List.of(new CiteItem("uuk2018", "p. 4", "see", null), CiteItem.of("uuk2022")), clusters.get(1).items());
    }

    @Test
    void aLinkIsNotACitationAndAnEmailIsNot() {
        assertEquals(List.of(), InlineText.citations("Write to [us](mailto:a@b.org) or a@b.org [no citation here]."));
    }

    @Test
    void findsElementReferences() {
        var refs = InlineText.references("See [the roles challenge](#ch-roles) and [Liverpool](#cs-liverpool).");
        assertEquals(List.of("ch-roles", "cs-liverpool"), refs.stream().map(InlineText.Reference::targetId).toList());
    }

    @Test
    void countsWordsAReaderReads() {
        assertEquals(6, InlineText.wordCount("Students' information rarely *travels* with them [@uuk2018, p. 4]."));
        assertEquals(4, InlineText.wordCount("See [the roles](#ch-roles) first."));
        assertEquals(0, InlineText.wordCount(null));
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Data rarely travels.", InlineText.plain("Data *rarely* travels [@uuk2018]."));
    }
}
