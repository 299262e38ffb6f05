package org.bridgework.core.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The OOXML package operations that Apache POI does not cover for us or that would load it for a few kilobytes of
 * XML: reading named parts of a Word/Excel file someone sent back, hardened (the file is checked to be a regular
 * file that starts like a zip; size, entry count and inflated sizes are limited while inflating, not taken from the
 * zip's headers; XML never resolves a DOCTYPE, entity or schema), and writing parts as a zip with fixed timestamps so
 * the same content gives the same bytes. Used by the case-study templates and the review packs; the assembled Word
 * documents are written directly by {@code org.bridgework.assembly.docx}, and only the Excel rating forms are built
 * with POI ({@code org.bridgework.lib.poi}).
 */
public final class OfficeFiles {

    /** Limits for reading a file that came from outside. */
    public record Limits(long maxFileBytes, int maxEntries, long maxPartBytes, long maxTotalBytes) {
        /** A returned template or review pack: 20 MB file, 1,000 entries, 20 MB a part, 50 MB inflated in all. */
        public static final Limits RETURNED_DOCUMENT = new Limits(20L << 20, 1000, 20L << 20, 50L << 20);
    }

    /** The file is not a readable OOXML package or exceeds a limit; the message says which and where. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** Timestamp of every written entry: 1980-01-01, the zip epoch. */
    private static final long FIXED_TIME = 315532800000L;

    private OfficeFiles() {
    }

    /** Whether the first bytes are a zip local file header, as every OOXML package starts. */
    public static boolean startsLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Reads the parts whose names {@code wanted} accepts (those present, in the archive's order) within
     * {@code limits}. {@code kind} names what the file should be in messages ("a case-study template").
     */
    public static Map<String, byte[]> readParts(Path file, Predicate<String> wanted, Limits limits, String kind) throws IOException {
        String problem = InputFiles.problem(file);
        if (problem != null) {
            throw new Refused(InputFiles.message(file, problem));
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new Refused(file + " is " + (size >> 20) + " MB: " + kind + " is never that large (limit "
                    + (limits.maxFileBytes() >> 20) + " MB), so it was not read.");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (!startsLikeZip(head)) {
            throw new Refused(file + " is not " + kind + " (a Word or Excel file is a zip archive; this file does not start like one).");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw new Refused(file + " has " + zip.size() + " entries in its zip archive (limit " + limits.maxEntries()
                        + "): not " + kind + ", refused unread.");
            }
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new Refused(file + " has more than " + limits.maxEntries() + " zip entries: refused unread.");
                }
                if (e.isDirectory() || !wanted.test(e.getName())) {
                    continue;
                }
                long limit = Math.min(limits.maxPartBytes(), limits.maxTotalBytes() - total);
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] data = readAtMost(in, limit);
                    if (data == null) {
                        throw new Refused(file + ": the part " + e.getName() + " inflates to more than " + (limit >> 20)
                                + " MB (a zip bomb, or not " + kind + "): refused.");
                    }
                    total += data.length;
                    out.put(e.getName(), data);
                }
            }
        } catch (ZipException e) {
            throw new Refused(file + " is not " + kind + " that can be read (its zip archive is damaged: " + e.getMessage() + ").");
        }
        return out;
    }

    /** What an OOXML or ODF package is, judged by its part names, for messages ("an Excel workbook (XLSX)"). */
    public static String describe(Iterable<String> partNames) {
        boolean word = false, excel = false, powerPoint = false, odf = false, mimetype = false;
        for (String n : partNames) {
            word |= n.equals("word/document.xml");
            excel |= n.equals("xl/workbook.xml");
            powerPoint |= n.equals("ppt/presentation.xml");
            odf |= n.equals("content.xml");
            mimetype |= n.equals("mimetype");
        }
        if (word) {
            return "a Word document (DOCX)";
        }
        if (excel) {
            return "an Excel workbook (XLSX)";
        }
        if (powerPoint) {
            return "a PowerPoint presentation (PPTX)";
        }
        if (odf && mimetype) {
            return "an OpenDocument file (save it as .docx from LibreOffice)";
        }
        return "a zip archive";
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[65536];
        long n = 0;
        for (int r; (r = in.read(b)) > 0;) {
            n += r;
            if (n > limit) {
                return null;
            }
            buf.write(b, 0, r);
        }
        return buf.toByteArray();
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** One relationship of a package or part: its type (one of the constants below or another URI) and target. */
    public record Relationship(String type, String target) {
        public static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
        public static final String CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
        public static final String CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
        public static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
        public static final String WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
        public static final String SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    }

    /**
     * The package's {@code [Content_Types].xml}: {@code .rels} and {@code .xml} parts by default, then one override per
     * part, given as pairs in order: a part name (such as {@code /word/document.xml}), then its content type.
     *
     * @since 1.8
     */
    public static String contentTypes(String... partsAndTypes) {
        if (partsAndTypes.length % 2 != 0) {
            throw new IllegalArgumentException("part names and content types come in pairs: " + partsAndTypes.length + " strings given");
        }
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        for (int i = 0; i < partsAndTypes.length; i += 2) {
            xml.append("<Override PartName=\"").append(attribute(partsAndTypes[i])).append("\" ContentType=\"")
                    .append(attribute(partsAndTypes[i + 1])).append("\"/>");
        }
        return xml.append("</Types>").toString();
    }

    /**
     * A relationships part ({@code _rels/.rels}, {@code word/_rels/document.xml.rels}...) holding the relationships in
     * order, with the ids {@code rId1}, {@code rId2}...; none gives an empty part.
     *
     * @since 1.8
     */
    public static String relationships(Relationship... relationships) {
        if (relationships.length == 0) {
            return XML_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS_NS + "\"/>";
        }
        StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<Relationships xmlns=\"").append(RELATIONSHIPS_NS).append("\">");
        for (int i = 0; i < relationships.length; i++) {
            xml.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(attribute(relationships[i].type()))
                    .append("\" Target=\"").append(attribute(relationships[i].target())).append("\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** Writes the parts (name to UTF-8 text, in the map's order) as a zip whose bytes depend on the content only. */
    public static void writeParts(Map<String, String> parts, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> p : parts.entrySet()) {
            ZipEntry e = new ZipEntry(p.getKey());
            e.setTime(FIXED_TIME);
            zip.putNextEntry(e);
            zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** Parses a part's XML refusing DOCTYPE, external entities, XInclude and external DTD or schema access. */
    public static Document parseXml(byte[] xml, String what) throws Refused {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new Refused(what + " contains a DOCTYPE declaration, which an Office document never has (it could hide an"
                        + " XML external entity attack): refused.");
            }
            throw new Refused(what + " is not well-formed XML: " + m);
        } catch (ParserConfigurationException | IOException e) {
            throw new Refused(what + " could not be read: " + e.getMessage());
        }
    }
}
