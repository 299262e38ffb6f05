package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bridgework.assembly.api.AssembledDocument;
import org.junit.jupiter.api.Test;

/** The real sample, as the assemble command builds it, in Word. */
class SampleDocxTest {

    @Test
    void everySectionIsAHeadingOfItsLevelInOrderAndLinksResolve() throws Exception {
        AssembledDocument source = SampleDocuments.sample();
        long start = System.nanoTime();
        byte[] docx = DocxRendererTest.render(source);
        System.out.printf("DOCX of the sample: %d bytes, %.0f ms%n", docx.length, (System.nanoTime() - start) / 1e6);
        Path out = Path.of("target", "test-output", "sample.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, docx);

        List<String> expected = new ArrayList<>();
        for (AssembledDocument.Section s : source.allSections()) {
            expected.add("Heading" + Math.min(6, s.level()) + ": " + s.heading());
        }
        List<String> actual = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = String.valueOf(p.getStyle());
                if (style.startsWith("Heading")) {
                    actual.add(style + ": " + p.getText());
                }
            }
        }
        // case-study titles are headings too: the sections' headings must come in order among them
        int at = 0;
        for (String e : expected) {
            int found = actual.subList(at, actual.size()).indexOf(e);
            assertTrue(found >= 0, e + " missing or out of order in " + actual);
            at += found + 1;
        }
        String body = DocxRendererTest.unzip(docx).get("word/document.xml");
        List<String> bookmarks = groups(body, "<w:bookmarkStart [^>]*w:name=\"([^\"]+)\"");
        for (String a : groups(body, "<w:hyperlink [^>]*w:anchor=\"([^\"]+)\"")) {
            assertTrue(bookmarks.contains(a), "link to " + a + " has no bookmark");
        }
        assertEquals(bookmarks.size(), bookmarks.stream().distinct().count(), "duplicate bookmark names");
        assertArrayEquals(docx, DocxRendererTest.render(SampleDocuments.sample()), "a second assembly gave other bytes");
    }

    private static List<String> groups(String s, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
