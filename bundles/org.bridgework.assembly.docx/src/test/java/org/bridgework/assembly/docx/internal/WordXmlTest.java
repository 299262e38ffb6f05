package org.bridgework.assembly.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.*;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parts are written as text, not through an XML library: markup characters, quotes, line feeds and characters
 * XML cannot hold, anywhere in the document, still give well-formed parts that say what the source said.
 */
class WordXmlTest {
    private static final String HOSTILE = "A & B <c> \"quoted\" 'single' ]]> &amp; \u0001bell\uFFFEend \uD800lone";
    private static final String CLEAN = "A & B <c> \"quoted\" 'single' ]]> &amp; bellend lone";

    @Test
    void markupInEveryFieldGivesWellFormedPartsWithTheTextIntact() throws Exception {
        Metadata meta = new Metadata(HOSTILE, HOSTILE, "en-GB", HOSTILE, List.of(HOSTILE), LocalDate.of(2026, 3, 31),
                new Variant("v", HOSTILE), null, HOSTILE, HOSTILE);
        Section s = new Section("s-1", 1, HOSTILE, List.of(
                new Paragraph("p-1", List.of(Text.plain(" " + HOSTILE + " "), new Link("https://example.org/?a=1&b=\"2\"", HOSTILE,
                        List.of(new Text(HOSTILE, Set.of(Style.CODE, Style.STRONG)))), new ElementRef("s-1", "s-1", HOSTILE, HOSTILE))),
                new Image("fig<1>", HOSTILE + "\nsecond line", TestDocuments.png(), "image/png", List.of(Text.plain(HOSTILE))),
                new Table("t-1", HOSTILE, List.of(HOSTILE, "b"), List.of(List.of(HOSTILE, "x\ny")), true)), List.of(), 10, null);
        AssembledDocument doc = new AssembledDocument(meta, List.of(), List.of(new ContentsEntry("s-1", HOSTILE, 1, List.of())),
                List.of(s), List.of(new BibliographyEntry("b1", "<i>" + HOSTILE.replace("&", "&amp;").replace("<", "&lt;") + "</i>", HOSTILE, "{}")),
                List.of(), List.of(), List.of());
        byte[] docx = new DocxWriter(doc, () -> false).write(LocalDateTime.of(2026, 3, 31, 0, 0));
        Map<String, String> parts = DocxRendererTest.unzip(docx);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                XmlTrees.lines(part.getValue().getBytes(StandardCharsets.UTF_8)); // throws when not well-formed
            }
        }
        Document body = parse(parts.get("word/document.xml"));
        NodeList texts = body.getElementsByTagNameNS(WordXml.W, "t");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('|');
        }
        assertTrue(all.toString().contains("|" + CLEAN + "|"), all.toString());
        assertTrue(all.toString().contains("| " + CLEAN + " |"), "spaces around the text kept: " + all);
        Element docPr = (Element) body.getElementsByTagNameNS(WordXml.WP, "docPr").item(0);
        assertEquals(CLEAN + "\nsecond line", docPr.getAttribute("descr"), "a line feed in alt text survives as a reference");
        assertEquals("fig_1_", docPr.getAttribute("name"));
        Element link = (Element) body.getElementsByTagNameNS(WordXml.W, "hyperlink").item(1);
        assertEquals(CLEAN, link.getAttributeNS(WordXml.W, "tooltip"));
        assertTrue(parts.get("word/_rels/document.xml.rels").contains("Target=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""),
                parts.get("word/_rels/document.xml.rels"));
        assertEquals(CLEAN + " — " + CLEAN, parse(parts.get("docProps/core.xml")).getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")
                .item(0).getTextContent());
    }

    @Test
    void runsKeepTheirSpacesAndTurnLineFeedsIntoBreaks() {
        StringBuilder out = new StringBuilder();
        new WordRun().bold().lines(" a\nb ").write(out);
        assertEquals("<w:r><w:rPr><w:b w:val=\"on\"/></w:rPr><w:t xml:space=\"preserve\"> a</w:t><w:br/><w:t xml:space=\"preserve\">b </w:t></w:r>",
                out.toString());
        out.setLength(0);
        // a property set again replaces the first in its place
        new WordRun().style("Hyperlink").bold().style("Code").text("x").write(out);
        assertEquals("<w:r><w:rPr><w:rStyle w:val=\"Code\"/><w:b w:val=\"on\"/></w:rPr><w:t>x</w:t></w:r>", out.toString());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
