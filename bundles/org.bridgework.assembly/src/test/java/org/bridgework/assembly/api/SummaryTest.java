package org.bridgework.assembly.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.assembly.api.AssembledDocument.ListBlock;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.testsupport.TestProjects;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void theSummaryListsKeyMessagesChallengesWhatHelpsAndCaseStudiesFromTheFullDocument() throws Exception {
        AssembledDocument full = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        AssembledDocument summary = Summary.of(full);
        assertEquals("Summary", summary.metadata().subtitle());
        assertTrue(summary.contents().isEmpty() && summary.appendices().isEmpty() && summary.bibliography().isEmpty());
        List<String> headings = summary.sections().stream().map(Section::heading).toList();
        assertEquals(List.of("Key messages", "The challenges", "What helps", "Case studies", "Where to find more"),
                headings.stream().filter(h -> !h.startsWith("Checklist")).toList());
        assertEquals(List.of("Roles and responsibilities", "Information sharing"), items(section(summary, "The challenges")));
        assertEquals(List.of("A written partnership agreement"), items(section(summary, "What helps")));
        assertTrue(items(section(summary, "Case studies")).get(0).startsWith("Greater Manchester Universities Student Mental Health Service"));
        Section more = section(summary, "Where to find more");
        assertTrue(AssembledDocument.plainText(((AssembledDocument.Paragraph) more.blocks().get(0)).content())
                .startsWith("The full guidance, Working together for student mental health, describes"));
        // the checklist, second, as the guidance has it
        assertEquals("Checklist: Before you start", headings.get(1));
        assertEquals(List.of("Name a lead in each partner", "Agree how to share information"),
                ((AssembledDocument.Checklist) summary.sections().get(1).blocks().get(0)).items().stream().map(AssembledDocument::plainText).toList());
        // where to find more names the full document's parts
        assertEquals(full.sections().stream().map(Section::heading).toList(), items(more, 1));
    }

    private static List<String> items(Section s) {
        return items(s, 0);
    }

    private static List<String> items(Section s, int block) {
        return ((ListBlock) s.blocks().get(block)).items().stream().map(AssembledDocument::plainText).toList();
    }

    private static Section section(AssembledDocument d, String heading) {
        return d.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow(() -> new AssertionError(heading));
    }
}
