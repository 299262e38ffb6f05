package org.bridgework.core.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeFilesTest {

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, String> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficeFiles.writeParts(parts, out);
        return out.toByteArray();
    }

    @Test
    void writtenPartsReadBackAndTheSameContentGivesTheSameBytes() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("word/document.xml", "<w:document xmlns:w=\"urn:w\">Grüße</w:document>");
        byte[] first = zip(parts);
        Thread.sleep(1100); // a later second must not change the bytes (fixed entry times)
        assertArrayEquals(first, zip(parts));
        Path f = Files.write(dir.resolve("a.docx"), first);
        Map<String, byte[]> read = OfficeFiles.readParts(f, n -> n.startsWith("word/"), OfficeFiles.Limits.RETURNED_DOCUMENT, "a review pack");
        assertEquals(List.of("word/document.xml"), List.copyOf(read.keySet()));
        assertEquals("Grüße", OfficeFiles.parseXml(read.get("word/document.xml"), "document").getDocumentElement().getTextContent());
    }

    @Test
    void contentTypesAndRelationshipsAreWrittenInOrderAndParseBack() throws Exception {
        String types = OfficeFiles.contentTypes("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/docProps/a&b.xml", "application/x-test");
        org.w3c.dom.Document parsed = OfficeFiles.parseXml(types.getBytes(StandardCharsets.UTF_8), "content types");
        org.w3c.dom.NodeList overrides = parsed.getElementsByTagName("Override");
        assertEquals(2, overrides.getLength());
        assertEquals("/word/document.xml", ((org.w3c.dom.Element) overrides.item(0)).getAttribute("PartName"));
        assertEquals("/docProps/a&b.xml", ((org.w3c.dom.Element) overrides.item(1)).getAttribute("PartName"), "escaped, read back whole");
        assertThrows(IllegalArgumentException.class, () -> OfficeFiles.contentTypes("/word/document.xml"));

        String rels = OfficeFiles.relationships(new OfficeFiles.Relationship(OfficeFiles.Relationship.OFFICE_DOCUMENT, "word/document.xml"),
                new OfficeFiles.Relationship(OfficeFiles.Relationship.STYLES, "styles.xml"));
        org.w3c.dom.NodeList list = OfficeFiles.parseXml(rels.getBytes(StandardCharsets.UTF_8), "relationships").getElementsByTagName("Relationship");
        assertEquals(List.of("rId1", "rId2"), List.of(((org.w3c.dom.Element) list.item(0)).getAttribute("Id"), ((org.w3c.dom.Element) list.item(1)).getAttribute("Id")));
        assertEquals("styles.xml", ((org.w3c.dom.Element) list.item(1)).getAttribute("Target"));
        assertEquals(0, OfficeFiles.parseXml(OfficeFiles.relationships().getBytes(StandardCharsets.UTF_8), "empty")
                .getElementsByTagName("Relationship").getLength());
    }

    @Test
    void limitsAreCountedWhileInflating() throws Exception {
        Path f = Files.write(dir.resolve("bomb.docx"), zip(Map.of("word/document.xml", "x".repeat(200_000))));
        OfficeFiles.Limits small = new OfficeFiles.Limits(1 << 20, 10, 100_000, 1 << 20);
        OfficeFiles.Refused e = assertThrows(OfficeFiles.Refused.class, () -> OfficeFiles.readParts(f, n -> true, small, "a review pack"));
        assertTrue(e.getMessage().contains("word/document.xml") && e.getMessage().contains("zip bomb"), e.getMessage());
        OfficeFiles.Limits fewEntries = new OfficeFiles.Limits(1 << 20, 0, 1 << 20, 1 << 20);
        assertTrue(assertThrows(OfficeFiles.Refused.class, () -> OfficeFiles.readParts(f, n -> true, fewEntries, "a review pack"))
                .getMessage().contains("entries"));
    }

    @Test
    void whatIsNotAZipOrNotRegularIsRefusedNamingTheKind() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.docx"), "just text");
        assertTrue(assertThrows(OfficeFiles.Refused.class,
                () -> OfficeFiles.readParts(text, n -> true, OfficeFiles.Limits.RETURNED_DOCUMENT, "a review pack"))
                .getMessage().contains("is not a review pack"));
        assertTrue(assertThrows(OfficeFiles.Refused.class,
                () -> OfficeFiles.readParts(dir, n -> true, OfficeFiles.Limits.RETURNED_DOCUMENT, "a review pack"))
                .getMessage().contains(dir.toString()));
        byte[] damaged = zip(Map.of("word/document.xml", "<a/>"));
        Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(damaged, damaged.length / 2));
        assertTrue(assertThrows(OfficeFiles.Refused.class,
                () -> OfficeFiles.readParts(cut, n -> true, OfficeFiles.Limits.RETURNED_DOCUMENT, "a review pack"))
                .getMessage().contains("damaged"));
    }

    @Test
    void doctypeIsRefusedAndKindsAreNamed() {
        byte[] xxe = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(OfficeFiles.Refused.class, () -> OfficeFiles.parseXml(xxe, "word/document.xml")).getMessage().contains("DOCTYPE"));
        assertEquals("an Excel workbook (XLSX)", OfficeFiles.describe(List.of("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals("a Word document (DOCX)", OfficeFiles.describe(List.of("word/document.xml")));
        assertEquals("a zip archive", OfficeFiles.describe(List.of("readme.txt")));
    }
}
