package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument;
import org.junit.jupiter.api.Test;

/**
 * The direct writer writes the same WordprocessingML as the Apache POI writer it replaced: the small test document
 * (every kind of block), as a draft and as a release with the contents' page numbers, compared part by part as element
 * trees with the files POI wrote (committed under {@code poi-written/}; pictures by name only, their PNG bytes depend
 * on the JDK's encoder). A change that means to alter the output replaces those files and says why.
 */
class WrittenAsPoiWroteItTest {

    @Test
    void theDraftIsWhatPoiWrote() throws Exception {
        byte[] docx = DocxRendererTest.render(TestDocuments.guidance());
        assertEquals(List.of(), XmlTrees.differences(expected("guidance.docx"), docx, false));
    }

    @Test
    void theReleaseWithPageNumbersIsWhatPoiWrote() throws Exception {
        AssembledDocument release = EquivalenceDocuments.released(TestDocuments.guidance());
        Map<String, Integer> pages = new java.util.HashMap<>();
        int page = 3;
        for (AssembledDocument.ContentsEntry c : release.contents()) {
            pages.put(c.anchor(), page++);
        }
        byte[] docx = new DocxWriter(release, () -> false, pages).write(LocalDateTime.of(2026, 4, 1, 0, 0));
        assertEquals(List.of(), XmlTrees.differences(expected("guidance-release-pages.docx"), docx, false));
    }

    private static byte[] expected(String name) throws IOException {
        try (InputStream in = WrittenAsPoiWroteItTest.class.getResourceAsStream("poi-written/" + name)) {
            return in.readAllBytes();
        }
    }
}
