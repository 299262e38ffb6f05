package org.bridgework.assembly.docx.internal;

import java.time.LocalDate;

import org.bridgework.assembly.api.AssembledDocument.Metadata;

/**
 * The document's properties: {@code docProps/core.xml} (title, subject, keywords, language, status, version, dates
 * from the document, never the clock) and {@code docProps/app.xml} (application and company).
 */
final class DocxProperties {
    private DocxProperties() {
    }

    static String core(Metadata m) {
        StringBuilder xml = new StringBuilder(512).append(WordXml.DECLARATION_STANDALONE)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        // in the order of their local names, as Office writes them
        if (m.variant() != null) {
            element(xml, "cp:category", m.variant().label());
        }
        element(xml, "cp:contentStatus", m.status().label());
        LocalDate date = DocxPackage.date(m);
        if (date != null) {
            xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date).append("T00:00:00Z</dcterms:created>");
        }
        element(xml, "dc:creator", m.publisher() != null ? m.publisher() : "Bridgework");
        if (m.subject() != null) {
            element(xml, "dc:description", m.subject());
        }
        if (m.identifier() != null) {
            element(xml, "dc:identifier", m.identifier());
        }
        if (!m.keywords().isEmpty()) {
            element(xml, "cp:keywords", String.join("; ", m.keywords()));
        }
        element(xml, "dc:language", m.language());
        if (date != null) {
            xml.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date).append("T00:00:00Z</dcterms:modified>");
        }
        element(xml, "cp:revision", "1");
        if (m.subject() != null) {
            element(xml, "dc:subject", m.subject());
        }
        element(xml, "dc:title", m.fullTitle());
        if (m.version() != null) {
            element(xml, "cp:version", m.version());
        }
        return xml.append("</cp:coreProperties>").toString();
    }

    static String app(Metadata m) {
        StringBuilder xml = new StringBuilder(256).append(WordXml.DECLARATION)
                .append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">");
        element(xml, "Application", "Bridgework");
        if (m.publisher() != null) {
            element(xml, "Company", m.publisher());
        }
        return xml.append("</Properties>").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>');
        WordXml.text(xml, value).append("</").append(name).append('>');
    }
}
