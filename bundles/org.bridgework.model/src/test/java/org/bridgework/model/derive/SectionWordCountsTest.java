package org.bridgework.model.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.junit.jupiter.api.Test;

/** {@link Derived#sectionWordCounts} gives every section the count its own {@code getWordCount()} gives. */
class SectionWordCountsTest {

    @Test
    void everySectionAsItsOwnCountOnRandomNestedDocuments() {
        Random random = new Random(20261208);
        GuidanceFactory factory = GuidanceFactory.eINSTANCE;
        for (int round = 0; round < 50; round++) {
            GuidanceDocument document = factory.createGuidanceDocument();
            List<Section> all = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
                Section section = factory.createSection();
                Section parent = all.isEmpty() || random.nextInt(3) == 0 ? null : all.get(random.nextInt(all.size()));
                (parent == null ? document.getSections() : parent.getSections()).add(section);
                all.add(section);
                for (int b = 0, blocks = random.nextInt(4); b < blocks; b++) {
                    Paragraph paragraph = factory.createParagraph();
                    paragraph.setText("word ".repeat(random.nextInt(90)) + (random.nextBoolean() ? "[@key] 1. well-known" : ""));
                    section.getBlocks().add(paragraph);
                }
            }
            Map<Section, Integer> counts = Derived.sectionWordCounts(document);
            assertEquals(all.size(), counts.size());
            for (Section section : all) {
                assertEquals(section.getWordCount(), counts.get(section));
            }
        }
        assertEquals(Map.of(), Derived.sectionWordCounts(null));
    }
}
