package org.bridgework.casestudies.internal;

import org.bridgework.core.api.InputFiles;
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
import java.util.Set;
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
 * The few DOCX (zip + XML) operations the template needs, with the JDK only. Reading is hardened: file size, entry
 * count and uncompressed sizes are limited (counted while inflating, not taken from the zip's headers), and the XML
 * parser refuses DOCTYPE declarations and never resolves external entities or schemas.
 */
final class Docx {

    /** A returned template is a few hundred KB at most; anything beyond 20 MB is refused unread. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    /** Uncompressed total of the parts read. */
    static final long MAX_UNCOMPRESSED_BYTES = 50L * 1024 * 1024;
    static final long MAX_PART_BYTES = 20L * 1024 * 1024;

    static final String DOCUMENT = "word/document.xml";
    static final String CUSTOM = "docProps/custom.xml";

    private Docx() {
    }

    /** A refusal: the file is not a readable DOCX or exceeds a limit. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Writes the parts (name → UTF-8 text) as a zip with fixed timestamps (the same input gives the same bytes). */
    static void write(Map<String, String> parts, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> p : parts.entrySet()) {
            ZipEntry e = new ZipEntry(p.getKey());
            e.setTime(315532800000L); // 1980-01-01, the zip epoch
            zip.putNextEntry(e);
            zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** Reads the named parts (those present) within the limits. */
    static Map<String, byte[]> read(Path file, Set<String> names) throws Refused, IOException {
        String problem = InputFiles.problem(file);
        if (problem != null) {
            throw new Refused(InputFiles.message(file, problem));
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new Refused(file + " is " + (size / (1024 * 1024)) + " MB: a case-study template is never that large (limit "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB), so it was not read.");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new Refused(file + " is not a DOCX file (a DOCX is a zip archive; this file does not start like one).");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new Refused(file + " has " + zip.size() + " entries in its zip archive (limit " + MAX_ENTRIES
                        + "): not a template, refused unread.");
            }
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new Refused(file + " has more than " + MAX_ENTRIES + " zip entries: refused unread.");
                }
                if (!names.contains(e.getName())) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] data = readLimited(in, Math.min(MAX_PART_BYTES, MAX_UNCOMPRESSED_BYTES - total));
                    if (data == null) {
                        throw new Refused(file + ": the part " + e.getName() + " inflates to more than "
                                + Math.min(MAX_PART_BYTES, MAX_UNCOMPRESSED_BYTES - total) / (1024 * 1024)
                                + " MB (a zip bomb, or not a template): refused.");
                    }
                    total += data.length;
                    out.put(e.getName(), data);
                }
            }
        } catch (ZipException e) {
            throw new Refused(file + " is not a readable DOCX file (its zip archive is damaged: " + e.getMessage() + ").");
        }
        if (!out.containsKey(DOCUMENT) && !out.containsKey(XlsxTemplate.SHEET)) {
            throw new Refused(file + " is a zip archive but not a DOCX document: it has no " + DOCUMENT
                    + " (nor is it an XLSX template: it has no " + XlsxTemplate.SHEET + ").");
        }
        return out;
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        long n = 0;
        int r;
        while ((r = in.read(b)) > 0) {
            n += r;
            if (n > limit) {
                return null;
            }
            buf.write(b, 0, r);
        }
        return buf.toByteArray();
    }

    /** Parses XML refusing DOCTYPE, external entities, XInclude and external DTD/schema access. */
    static Document parse(byte[] xml, String what) throws Refused {
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
                throw new Refused(what + " contains a DOCTYPE declaration, which a Word document never has (it could hide an XML"
                        + " external entity attack): refused.");
            }
            throw new Refused(what + " is not well-formed XML: " + m);
        } catch (ParserConfigurationException | IOException e) {
            throw new Refused(what + " could not be read: " + e.getMessage());
        }
    }
}
