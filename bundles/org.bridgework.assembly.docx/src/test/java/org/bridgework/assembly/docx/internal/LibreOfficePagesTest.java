package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.junit.jupiter.api.Test;

class LibreOfficePagesTest {

    static ContentsEntry entry(String anchor, String text) {
        return new ContentsEntry(anchor, text, 1, List.of());
    }

    @Test
    void headingsAreFoundInOrderAfterTheContentsAsLinesOrWrapped() {
        List<String> pages = List.of(
                "Working together\nCover",
                "Contents\nIntroduction....3\nWhat helps....4\nAppendix: the evidence behind\nthe guidance....5\n",
                "Introduction\nThe text says What helps is below.\n",
                "More text\nWhat helps\nsolutions\n",
                "Appendix: the evidence\nbehind the guidance\nPage 5 of 5");
        List<ContentsEntry> entries = List.of(entry("intro", "Introduction"), entry("helps", "What helps"),
                entry("evidence", "Appendix: the evidence behind the guidance"));
        // "What helps" in the running text of page 3 is not its heading: the line of its own on page 4 is
        assertEquals(Map.of("intro", 3, "helps", 4, "evidence", 5), LibreOfficePages.find(pages, entries));
    }

    @Test
    void withoutTheContentsInTheTextNothingIsGuessed() {
        assertEquals(Map.of(), LibreOfficePages.find(List.of("Introduction\n"), List.of(entry("x", "Nowhere"))));
    }
}
