package org.bridgework.casestudies.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.bridgework.core.api.OfficeFiles;
import org.w3c.dom.Document;

/** The case-study template's parts and limits over the shared, hardened OOXML package reading and writing. */
final class Docx {

    static final String DOCUMENT = "word/document.xml";
    static final String CUSTOM = "docProps/custom.xml";
    static final OfficeFiles.Limits LIMITS = OfficeFiles.Limits.RETURNED_DOCUMENT;
    static final long MAX_FILE_BYTES = LIMITS.maxFileBytes();
    static final int MAX_ENTRIES = LIMITS.maxEntries();
    /** What a template is, in messages. */
    static final String KIND = "a DOCX or XLSX case-study template";

    private Docx() {
    }

    /** Writes the parts (name → UTF-8 text) as a zip with fixed timestamps (the same input gives the same bytes). */
    static void write(Map<String, String> parts, OutputStream out) throws IOException {
        OfficeFiles.writeParts(parts, out);
    }

    /** Reads the named parts (those present) within the limits; refuses a zip that is neither template kind. */
    static Map<String, byte[]> read(Path file, Set<String> names) throws IOException {
        Map<String, byte[]> out = OfficeFiles.readParts(file, names::contains, LIMITS, KIND);
        if (!out.containsKey(DOCUMENT) && !out.containsKey(XlsxTemplate.SHEET)) {
            throw new OfficeFiles.Refused(file + " is a zip archive but not a DOCX document: it has no " + DOCUMENT
                    + " (nor is it an XLSX template: it has no " + XlsxTemplate.SHEET + ").");
        }
        return out;
    }

    static Document parse(byte[] xml, String what) throws OfficeFiles.Refused {
        return OfficeFiles.parseXml(xml, what);
    }
}
