package org.bridgework.casestudies.internal;

import org.bridgework.core.api.OfficeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bridgework.casestudies.api.CaseStudyTemplates;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A returned template as read: keyed answers with where they were, the template's version and case id, and what
 * could not be read. Tolerant of loose editing: runs split anywhere, formatting changed, content controls, tracked
 * insertions, extra rows and tables; only the key in a row's first cell and the answer in its last cell matter.
 */
final class TemplateDocument {

    static final String W = TemplateWriter.W;
    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9][a-zA-Z0-9-]*)+");

    /** An answer and where it is ("table 'Benefits', row 3"). */
    record Answer(String key, String text, String where) {
    }

    final Map<String, Answer> answers = new LinkedHashMap<>();
    /** Rows and keys that could not be read, each a sentence. */
    final List<String> unread = new ArrayList<>();
    String version;
    String caseId;

    static TemplateDocument read(Path file) throws OfficeFiles.Refused, IOException {
        Map<String, byte[]> parts = Docx.read(file, Set.of(Docx.DOCUMENT, Docx.CUSTOM, XlsxTemplate.SHEET, XlsxTemplate.SHARED));
        TemplateDocument t = new TemplateDocument();
        if (parts.containsKey(Docx.DOCUMENT)) {
            Document doc = Docx.parse(parts.get(Docx.DOCUMENT), file + " (" + Docx.DOCUMENT + ")");
            t.readTables(doc);
        } else {
            XlsxTemplate.read(t, parts, file.toString());
        }
        Answer v = t.answers.remove("template.version");
        Answer c = t.answers.remove("template.case");
        t.answers.remove("template.project");
        t.version = v == null ? null : v.text();
        t.caseId = c == null ? null : c.text();
        if (parts.containsKey(Docx.CUSTOM)) {
            Document custom = Docx.parse(parts.get(Docx.CUSTOM), file + " (" + Docx.CUSTOM + ")");
            NodeList props = custom.getElementsByTagNameNS("*", "property");
            for (int i = 0; i < props.getLength(); i++) {
                Element p = (Element) props.item(i);
                String value = p.getTextContent() == null ? "" : p.getTextContent().strip();
                if (CaseStudyTemplates.VERSION_PROPERTY.equals(p.getAttribute("name")) && (t.version == null || t.version.isEmpty())) {
                    t.version = value;
                } else if (CaseStudyTemplates.CASE_PROPERTY.equals(p.getAttribute("name")) && t.caseId == null) {
                    t.caseId = value;
                }
            }
        }
        return t;
    }

    private void readTables(Document doc) {
        NodeList tables = doc.getElementsByTagNameNS(W, "tbl");
        for (int ti = 0; ti < tables.getLength(); ti++) {
            Element tbl = (Element) tables.item(ti);
            String title = title(tbl, ti + 1);
            int r = 0;
            for (Element tr : rows(tbl)) {
                r++;
                List<Element> cells = children(tr, "tc");
                String where = title + ", row " + r;
                if (cells.isEmpty()) {
                    continue;
                }
                String first = clean(text(cells.get(0)));
                if (first.equalsIgnoreCase("key")) {
                    continue;
                }
                if (!KEY.matcher(first).matches()) {
                    String last = clean(text(cells.get(cells.size() - 1)));
                    String all = last.isEmpty() ? clean(text(tr)) : last;
                    if (!all.isEmpty()) {
                        unread.add(where + " has no key in its first cell, so Bridgework cannot tell which question it answers: not read ('"
                                + abbreviate(all, 60) + "').");
                    }
                    continue;
                }
                if (cells.size() < 2) {
                    unread.add(where + " (key " + first + ") has no answer cell: not read.");
                    continue;
                }
                String answer = clean(text(cells.get(cells.size() - 1)));
                if (answers.containsKey(first)) {
                    unread.add(where + " repeats the key " + first + " (first in " + answers.get(first).where() + "): the repeat was not read.");
                    continue;
                }
                answers.put(first, new Answer(first, answer, where));
            }
        }
    }

    /** The table's heading: the first non-empty paragraph after the previous table, else "table N". */
    private static String title(Element tbl, int n) {
        String heading = null;
        for (Node s = tbl.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
            if (s instanceof Element e && W.equals(e.getNamespaceURI()) && "p".equals(e.getLocalName())) {
                String t = clean(text(e));
                if (!t.isEmpty()) {
                    heading = t;
                }
            } else if (s instanceof Element e && "tbl".equals(e.getLocalName())) {
                break;
            }
        }
        return heading == null ? "table " + n : "table " + n + " ('" + abbreviate(heading, 40) + "')";
    }

    /** The rows of this table (not of tables nested in its cells), also inside content controls. */
    private static List<Element> rows(Element tbl) {
        return children(tbl, "tr");
    }

    /** Children with that local name, looking through content controls, custom XML and smart tags. */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                if (name.equals(e.getLocalName())) {
                    out.add(e);
                } else if (e.getLocalName().equals("sdt") || e.getLocalName().equals("sdtContent") || e.getLocalName().equals("customXml")
                        || e.getLocalName().equals("smartTag")) {
                    out.addAll(children(e, name));
                }
            }
        }
        return out;
    }

    /** Text of an element: paragraphs joined by new lines, runs concatenated however they were split; deleted text left out. */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        collect(e, b);
        return b.toString();
    }

    private static void collect(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) {
                // drawing and other markup: alternate content may repeat text; read only WordprocessingML
                if (!"AlternateContent".equals(e.getLocalName())) {
                    collect(e, b);
                }
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> b.append(e.getTextContent());
                case "tab" -> b.append('\t');
                case "br", "cr" -> b.append('\n');
                case "del", "delText", "instrText", "rPr", "pPr", "tcPr", "trPr", "tblPr" -> {
                }
                case "p" -> {
                    if (!b.isEmpty() && b.charAt(b.length() - 1) != '\n') {
                        b.append('\n');
                    }
                    collect(e, b);
                    b.append('\n');
                }
                default -> collect(e, b);
            }
        }
    }

    /** Trims, turns non-breaking and zero-width spaces into plain ones, drops trailing spaces of lines and empty edges. */
    static String clean(String s) {
        String t = s.replace('\u00a0', ' ').replace("\u200b", "").replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            b.append(line.stripTrailing()).append('\n');
        }
        return b.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    static String abbreviate(String s, int n) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= n ? one : one.substring(0, n - 1) + "…";
    }
}
