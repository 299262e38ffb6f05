package org.bridgework.assembly.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bridgework.assembly.api.AssembledDocument.Metadata;

/**
 * The package around a Word document: the main part's relationships (settings, styles, numbering, then hyperlinks
 * and pictures as they are met, the running header and footer last, numbered rId1, rId2... in that order), the
 * pictures (one part per distinct picture), the styles and numbering from the templates in this bundle, settings,
 * the core and application properties, {@code [Content_Types].xml}; written as a ZIP whose entries all carry one
 * fixed time, in a fixed order, so that the same document always gives the same bytes.
 */
final class DocxPackage {
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private record Relationship(String id, String type, String target, boolean external) {
    }

    private record Picture(String relationshipId, String partName) {
    }

    private final List<Relationship> relationships = new ArrayList<>();
    private final Map<ByteBuffer, Picture> pictures = new HashMap<>();
    /** Picture parts by name (word/media/image1.png...), in the order added. */
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private long nextDrawingId;

    DocxPackage() {
        relationship("settings", "settings.xml", false);
        relationship("styles", "styles.xml", false);
        relationship("numbering", "numbering.xml", false);
    }

    private String relationship(String type, String target, boolean external) {
        String id = "rId" + (relationships.size() + 1);
        relationships.add(new Relationship(id, RELS + type, target, external));
        return id;
    }

    /** A new relationship to a web address (each link its own, as Word writes them); its id. */
    String hyperlink(String url) {
        return relationship("hyperlink", url, true);
    }

    /**
     * The relationship id of a picture part holding {@code data}: the same bytes twice are one part.
     *
     * @param extension {@code png}, {@code jpeg} or {@code gif}
     */
    String picture(byte[] data, String extension) {
        Picture known = pictures.get(ByteBuffer.wrap(data));
        if (known != null) {
            return known.relationshipId();
        }
        String name = "media/image" + (media.size() + 1) + "." + extension;
        Picture p = new Picture(relationship("image", name, false), name);
        media.put("word/" + name, data);
        pictures.put(ByteBuffer.wrap(data), p);
        return p.relationshipId();
    }

    /** A drawing id (wp:docPr), unique in the document. */
    long nextDrawingId() {
        return nextDrawingId++;
    }

    /** The relationship ids the running header and footer get: the next two after everything added so far. */
    String[] headerAndFooter() {
        return new String[] {relationship("header", "header1.xml", false), relationship("footer", "footer1.xml", false)};
    }

    /**
     * Writes the package with the main part ({@code document}), the header and footer parts, the properties of
     * {@code metadata}, and {@code language} filled into the styles and settings.
     */
    byte[] write(String document, String header, String footer, Metadata metadata, List<String> numberingInstances,
            LocalDateTime time) throws IOException {
        String language = metadata.language();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(contentTypes()));
        parts.put("_rels/.rels", utf8(WordXml.DECLARATION_STANDALONE + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"" + RELS + "officeDocument\"/>"
                + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + RELS + "extended-properties\"/>"
                + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"" + PACKAGE_RELS + "/metadata/core-properties\"/>"
                + "</Relationships>"));
        parts.put("docProps/app.xml", utf8(DocxProperties.app(metadata)));
        parts.put("docProps/core.xml", utf8(DocxProperties.core(metadata)));
        parts.put("word/document.xml", utf8(document));
        parts.put("word/_rels/document.xml.rels", utf8(documentRelationships()));
        parts.put("word/footer1.xml", utf8(footer));
        parts.put("word/header1.xml", utf8(header));
        parts.putAll(media);
        String numbering = template("numbering.xml", language);
        int end = numbering.lastIndexOf("</w:numbering>");
        parts.put("word/numbering.xml", utf8(numbering.substring(0, end) + String.join("", numberingInstances) + numbering.substring(end)));
        parts.put("word/settings.xml", utf8(WordXml.DECLARATION + "<w:settings xmlns:w=\"" + WordXml.W + "\">"
                // Word 2013+ layout, so Word does not open the file in compatibility mode; no updateFields: Word would
                // ask on every opening whether to update fields referring to other files
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"" + WordXml.attr(language) + "\"/></w:settings>"));
        parts.put("word/styles.xml", utf8(template("styles.xml", language)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry e = new ZipEntry(part.getKey());
                e.setTimeLocal(time);
                e.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(e);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(WordXml.DECLARATION_STANDALONE)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        TreeSet<String> extensions = new TreeSet<>(List.of("rels", "xml"));
        for (String name : media.keySet()) {
            extensions.add(name.substring(name.lastIndexOf('.') + 1));
        }
        for (String ext : extensions) {
            String type = switch (ext) {
                case "rels" -> "application/vnd.openxmlformats-package.relationships+xml";
                case "xml" -> "application/xml";
                default -> "image/" + ext;
            };
            xml.append("<Default ContentType=\"").append(type).append("\" Extension=\"").append(ext).append("\"/>");
        }
        String[][] overrides = {
            {"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
            {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
            {"/word/document.xml", WORD_TYPE + "document.main+xml"},
            {"/word/footer1.xml", WORD_TYPE + "footer+xml"},
            {"/word/header1.xml", WORD_TYPE + "header+xml"},
            {"/word/numbering.xml", WORD_TYPE + "numbering+xml"},
            {"/word/settings.xml", WORD_TYPE + "settings+xml"},
            {"/word/styles.xml", WORD_TYPE + "styles+xml"}};
        for (String[] o : overrides) {
            xml.append("<Override ContentType=\"").append(o[1]).append("\" PartName=\"").append(o[0]).append("\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String documentRelationships() {
        StringBuilder xml = new StringBuilder(WordXml.DECLARATION_STANDALONE).append("<Relationships xmlns=\"").append(PACKAGE_RELS)
                .append("\">");
        for (Relationship r : relationships) {
            xml.append("<Relationship Id=\"").append(r.id()).append("\" Target=\"");
            WordXml.attr(xml, r.target()).append('"');
            if (r.external()) {
                xml.append(" TargetMode=\"External\"");
            }
            xml.append(" Type=\"").append(r.type()).append("\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    /** A template of this bundle with the language and fonts filled in, without its leading comment. */
    static String template(String name, String language) throws IOException {
        try (InputStream in = DocxPackage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Resource " + name + " is missing from bundle org.bridgework.assembly.docx");
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int comment = xml.indexOf("<!--");
            int root = xml.indexOf("<w:");
            if (comment >= 0 && comment < root) {
                xml = xml.substring(0, comment) + xml.substring(xml.indexOf("-->", comment) + 3).stripLeading();
            }
            return xml.replace("${LANG}", WordXml.attr(language)).replace("${FONT}", DocxWriter.FONT).replace("${MONO}", DocxWriter.MONO);
        }
    }

    /** The date properties carry: the publication date of a release, or the day it was assembled; null when neither. */
    static LocalDate date(Metadata m) {
        return m.date() != null ? m.date() : m.assembled();
    }
}
