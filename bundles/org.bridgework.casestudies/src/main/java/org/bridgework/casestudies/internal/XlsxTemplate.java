package org.bridgework.casestudies.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.casestudies.api.CaseStudyTemplates;
import org.bridgework.casestudies.internal.Fields.Field;
import org.bridgework.casestudies.internal.Fields.Section;
import org.bridgework.casestudies.internal.TemplateDocument.Answer;
import org.bridgework.core.api.OfficeFiles;
import org.bridgework.core.api.OfficeFiles.Relationship;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The template as an XLSX workbook, written and read with the JDK only (as the DOCX): one sheet, a row per question
 * with the key in column A, the question, the instructions and the answer in the column headed "Your answer". The
 * same keys, version and case id as the DOCX (rows and custom document properties), so the importer reads both.
 */
final class XlsxTemplate {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED = "xl/sharedStrings.xml";
    static final String ANSWER_HEADER = "Your answer";

    private XlsxTemplate() {
    }

    // --- writing

    static void write(GuidanceProject project, CaseStudy cs, OutputStream out) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", OfficeFiles.contentTypes(
                "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
                "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
                "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"));
        parts.put("_rels/.rels", OfficeFiles.relationships(new Relationship(Relationship.OFFICE_DOCUMENT, "xl/workbook.xml"),
                new Relationship(Relationship.CUSTOM_PROPERTIES, "docProps/custom.xml")));
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Case study template" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", OfficeFiles.relationships(new Relationship(Relationship.WORKSHEET, "worksheets/sheet1.xml"),
                new Relationship(Relationship.STYLES, "styles.xml"), new Relationship(Relationship.SHARED_STRINGS, "sharedStrings.xml")));
        // styles: 0 normal, 1 bold, 2 grey small (keys), 3 wrapped top-aligned, 4 bold wrapped, 5 large bold (title), 6 grey wrapped (instructions)
        parts.put("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
                <font><sz val="9"/><color rgb="FF808080"/><name val="Calibri"/></font><font><b/><sz val="16"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>\
                <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
                <xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
                </cellXfs></styleSheet>""");
        parts.put(Docx.CUSTOM, TemplateWriter.customProperties(cs));
        List<String> strings = new ArrayList<>();
        parts.put(SHEET, sheet(project, cs, strings));
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\" count=\""
                + strings.size() + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String t : strings) {
            sst.append("<si><t xml:space=\"preserve\">").append(TemplateWriter.esc(t)).append("</t></si>");
        }
        parts.put(SHARED, sst.append("</sst>").toString());
        Docx.write(parts, out);
    }

    /**
     * The sheet; its strings go to {@code strings} (the shared strings, as Excel writes them: tools that edit cells,
     * Apache POI among them, then keep one value per cell).
     */
    static String sheet(GuidanceProject project, CaseStudy cs, List<String> strings) {
        Map<String, Integer> index = new HashMap<>();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN).append("\">");
        b.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"5\" topLeftCell=\"A6\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews>");
        b.append("<cols><col min=\"1\" max=\"1\" width=\"30\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"42\" customWidth=\"1\"/>"
                + "<col min=\"3\" max=\"3\" width=\"48\" customWidth=\"1\"/><col min=\"4\" max=\"4\" width=\"70\" customWidth=\"1\"/></cols><sheetData>");
        int[] row = {0};
        java.util.function.Consumer<String[]> line = cells -> {
            row[0]++;
            b.append("<row r=\"").append(row[0]).append("\">");
            for (int i = 0; i + 1 < cells.length; i += 2) {
                String text = cells[i + 1];
                if (text == null || text.isEmpty()) {
                    continue;
                }
                String ref = (char) ('A' + i / 2) + String.valueOf(row[0]);
                int n = index.computeIfAbsent(text, k -> {
                    strings.add(k);
                    return strings.size() - 1;
                });
                b.append("<c r=\"").append(ref).append("\" t=\"s\" s=\"").append(cells[i]).append("\"><v>").append(n).append("</v></c>");
            }
            b.append("</row>");
        };
        line.accept(new String[] {"5", "Case study data collection template"});
        line.accept(new String[] {"4", cs == null ? "Models of good practice: " + TemplateWriter.nz(project.getTitle()) : cs.getTitle() + " (" + cs.getId() + ")"});
        line.accept(new String[] {"6", "", "3", "Answer in the column 'Your answer'. Keep within the word limits; leave an answer empty if you do not know."
                + " Do not change the grey keys in column A: they tell Bridgework which answer is which. For more benefits, outcomes or"
                + " contacts, copy their rows and change the number in the key."});
        line.accept(new String[] {});
        line.accept(new String[] {"1", "Key", "1", "Question", "1", "Instructions", "1", ANSWER_HEADER});
        line.accept(new String[] {"2", "template.version", "3", "Template version (do not change)", "3", "", "3", String.valueOf(CaseStudyTemplates.VERSION)});
        line.accept(new String[] {"2", "template.case", "3", "Case study id (do not change)", "3", "", "3", cs == null ? "" : cs.getId()});
        line.accept(new String[] {"2", "template.project", "3", "Project (do not change)", "3", "", "3", project.getId()});
        for (Section s : Fields.sections(project, cs)) {
            line.accept(new String[] {});
            line.accept(new String[] {"1", "", "4", s.title(), "6", s.intro()});
            for (Field f : s.fields()) {
                String hint = f.instructions() + (f.wordLimit() > 0 ? (f.instructions().isEmpty() ? "" : " ") + "Up to " + f.wordLimit() + " words." : "");
                line.accept(new String[] {"2", f.key(), "4", f.question() + (f.required() ? " (required)" : ""), "6", hint, "3",
                        f.value() == null ? "" : f.value()});
            }
        }
        b.append("</sheetData></worksheet>");
        return b.toString();
    }

    // --- reading

    /** Reads the keyed rows of a returned workbook into {@code t} (inline, shared and plain cell strings; numbers as written). */
    static void read(TemplateDocument t, Map<String, byte[]> parts, String what) throws OfficeFiles.Refused {
        List<String> shared = new ArrayList<>();
        if (parts.containsKey(SHARED)) {
            NodeList sis = Docx.parse(parts.get(SHARED), what + " (" + SHARED + ")").getElementsByTagNameNS(MAIN, "si");
            for (int i = 0; i < sis.getLength(); i++) {
                shared.add(text((Element) sis.item(i)));
            }
        }
        Document sheet = Docx.parse(parts.get(SHEET), what + " (" + SHEET + ")");
        NodeList rows = sheet.getElementsByTagNameNS(MAIN, "row");
        int keyColumn = 0;
        int answerColumn = 3;
        for (int ri = 0; ri < rows.getLength(); ri++) {
            Element row = (Element) rows.item(ri);
            int number = parseInt(row.getAttribute("r"), ri + 1);
            Map<Integer, String> cells = cells(row, shared);
            String where = "row " + number;
            String first = TemplateDocument.clean(cells.getOrDefault(keyColumn, ""));
            if (cells.containsValue(ANSWER_HEADER)) { // the header row says where the keys and answers are
                for (Map.Entry<Integer, String> c : cells.entrySet()) {
                    if (c.getValue().strip().equals(ANSWER_HEADER)) {
                        answerColumn = c.getKey();
                    } else if (c.getValue().strip().equalsIgnoreCase("key")) {
                        keyColumn = c.getKey();
                    }
                }
                continue;
            }
            String answer = TemplateDocument.clean(cells.getOrDefault(answerColumn, ""));
            if (!TemplateDocument.KEY.matcher(first).matches()) {
                if (!first.isEmpty() && !answer.isEmpty() || first.isEmpty() && !answer.isEmpty()) {
                    t.unread.add(where + " has no key in column " + (char) ('A' + keyColumn)
                            + ", so Bridgework cannot tell which question it answers: not read ('" + TemplateDocument.abbreviate(answer, 60) + "').");
                }
                continue;
            }
            if (t.answers.containsKey(first)) {
                t.unread.add(where + " repeats the key " + first + " (first in " + t.answers.get(first).where() + "): the repeat was not read.");
                continue;
            }
            t.answers.put(first, new Answer(first, answer, where));
        }
    }

    private static Map<Integer, String> cells(Element row, List<String> shared) {
        Map<Integer, String> out = new HashMap<>();
        int next = 0;
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c) || !"c".equals(c.getLocalName())) {
                continue;
            }
            int col = column(c.getAttribute("r"), next);
            next = col + 1;
            String type = c.getAttribute("t");
            String value = switch (type) {
                case "inlineStr" -> {
                    NodeList is = c.getElementsByTagNameNS(MAIN, "is");
                    yield is.getLength() == 0 ? "" : text((Element) is.item(0));
                }
                case "s" -> {
                    int i = parseInt(childText(c, "v"), -1);
                    yield i >= 0 && i < shared.size() ? shared.get(i) : "";
                }
                default -> childText(c, "v"); // str, n, b: the value as written ("412", "2023")
            };
            out.put(col, number(value, type));
        }
        return out;
    }

    /** A number cell as people wrote it: 412.0 is "412". */
    private static String number(String value, String type) {
        if (!type.isEmpty() && !type.equals("n")) {
            return value;
        }
        if (value.endsWith(".0")) {
            return value.substring(0, value.length() - 2);
        }
        return value;
    }

    /** The text of a string item: its t elements (rich-text runs included), phonetic runs left out. */
    private static String text(Element si) {
        StringBuilder b = new StringBuilder();
        NodeList ts = si.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            Node t = ts.item(i);
            if (t.getParentNode() != null && "rPh".equals(t.getParentNode().getLocalName())) {
                continue;
            }
            b.append(t.getTextContent());
        }
        return b.toString();
    }

    private static String childText(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(MAIN, name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent();
    }

    /** The 0-based column of a cell reference ("D12" is 3), or {@code fallback} when there is none. */
    static int column(String ref, int fallback) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : col - 1;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
