package org.bridgework.assembly.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.assembly.api.AssembledDocument.ListBlock;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.assembly.internal.TestProjectsAccess;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void theSummaryListsKeyMessagesChallengesWhatHelpsAndCaseStudiesFromTheFullDocument() throws Exception {
        AssembledDocument full = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjectsAccess.rich(), null, AssemblyProgress.NONE);
        AssembledDocument summary = Summary.of(full);
        assertEquals("Summary", summary.metadata().subtitle());
        assertTrue(summary.contents().isEmpty() && summary.appendices().isEmpty() && summary.bibliography().isEmpty());
        assertEquals(List.of("Key messages", "The challenges", "What helps", "Case studies", "Where to find more"),
                summary.sections().stream().map(Section::heading).toList());
        assertEquals(List.of("Roles and responsibilities", "Information sharing"), items(summary.sections().get(1)));
        assertEquals(List.of("A written partnership agreement"), items(summary.sections().get(2)));
        assertTrue(items(summary.sections().get(3)).get(0).startsWith("Greater Manchester Universities Student Mental Health Service"));
        assertTrue(AssembledDocument.plainText(((AssembledDocument.Paragraph) summary.sections().get(4).blocks().get(0)).content())
                .startsWith("The full guidance, Working together for student mental health, describes"));
    }

    private static List<String> items(Section s) {
        return ((ListBlock) s.blocks().get(0)).items().stream().map(AssembledDocument::plainText).toList();
    }
}
