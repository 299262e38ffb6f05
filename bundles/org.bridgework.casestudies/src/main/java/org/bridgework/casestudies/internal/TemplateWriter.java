package org.bridgework.casestudies.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bridgework.casestudies.api.CaseStudyTemplates;
import org.bridgework.casestudies.internal.Fields.Field;
import org.bridgework.casestudies.internal.Fields.Section;
import org.bridgework.core.api.OfficeFiles;
import org.bridgework.core.api.OfficeFiles.Relationship;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Component;

/** Writes the template DOCX with the JDK only: keyed tables, no styles part needed (direct formatting). */
@Component(service = CaseStudyTemplates.class)
public class TemplateWriter implements CaseStudyTemplates {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public void write(GuidanceProject project, CaseStudy cs, OutputStream out) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", OfficeFiles.contentTypes(
                "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"));
        parts.put("_rels/.rels", OfficeFiles.relationships(new Relationship(Relationship.OFFICE_DOCUMENT, "word/document.xml"),
                new Relationship(Relationship.CUSTOM_PROPERTIES, "docProps/custom.xml")));
        parts.put("word/_rels/document.xml.rels", OfficeFiles.relationships());
        parts.put(Docx.CUSTOM, customProperties(cs));
        parts.put(Docx.DOCUMENT, document(project, cs));
        Docx.write(parts, out);
    }

    @Override
    public void write(GuidanceProject project, CaseStudy cs, Format format, OutputStream out) throws IOException {
        if (format == Format.XLSX) {
            XlsxTemplate.write(project, cs, out);
        } else {
            write(project, cs, out);
        }
    }

    /** The custom document properties: the template's version and the case study's id. */
    static String customProperties(CaseStudy cs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"" + VERSION_PROPERTY + "\"><vt:lpwstr>" + VERSION
                + "</vt:lpwstr></property>"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"" + CASE_PROPERTY + "\"><vt:lpwstr>"
                + esc(cs == null ? "" : cs.getId()) + "</vt:lpwstr></property></Properties>";
    }

    static String document(GuidanceProject project, CaseStudy cs) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"").append(W).append("\"><w:body>");
        para(b, "Case study data collection template", 36, true);
        para(b, cs == null ? "Models of good practice: " + nz(project.getTitle()) : cs.getTitle() + " (" + cs.getId() + ")", 24, false);
        para(b, "Please answer in the right-hand column of each table. Keep within the word limits; leave an answer empty if you do not"
                + " know. Do not change the small grey keys in the left-hand column: they tell Bridgework which answer is which."
                + " You may add rows for more benefits, outcomes or contacts by copying rows and changing the number in the key.", 20, false);
        table(b, "About this template", null, new Field[] {
                new Field("template.version", "Template version (do not change)", "", 0, false, String.valueOf(CaseStudyTemplates.VERSION)),
                new Field("template.case", "Case study id (do not change)", "", 0, false, cs == null ? "" : cs.getId()),
                new Field("template.project", "Project (do not change)", "", 0, false, project.getId()) });
        for (Section s : Fields.sections(project, cs)) {
            table(b, s.title(), s.intro(), s.fields().toArray(new Field[0]));
        }
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
                + " w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        return b.toString();
    }

    private static void table(StringBuilder b, String title, String intro, Field[] fields) {
        para(b, title, 28, true);
        if (intro != null) {
            para(b, intro, 20, false);
        }
        b.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            b.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A0A0A0\"/>");
        }
        b.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1400\"/><w:gridCol w:w=\"3600\"/>"
                + "<w:gridCol w:w=\"4638\"/></w:tblGrid>");
        b.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        cell(b, 1400, "Key", 14, true, "808080");
        cell(b, 3600, "Question", 20, true, null);
        cell(b, 4638, "Your answer", 20, true, null);
        b.append("</w:tr>");
        for (Field f : fields) {
            b.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            cell(b, 1400, f.key(), 14, false, "808080");
            b.append("<w:tc><w:tcPr><w:tcW w:w=\"3600\" w:type=\"dxa\"/></w:tcPr>");
            para(b, f.question() + (f.required() ? " (required)" : ""), 20, true);
            String hint = f.instructions() + (f.wordLimit() > 0 ? (f.instructions().isEmpty() ? "" : " ") + "Up to " + f.wordLimit() + " words." : "");
            if (!hint.isEmpty()) {
                run(b, hint, 18, false, "595959");
            }
            b.append("</w:tc>");
            cell(b, 4638, f.value() == null ? "" : f.value(), 20, false, null);
            b.append("</w:tr>");
        }
        b.append("</w:tbl>");
        para(b, "", 20, false);
    }

    private static void cell(StringBuilder b, int width, String text, int size, boolean bold, String color) {
        b.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
        String[] lines = text.split("\n", -1);
        for (String line : lines) {
            run(b, line, size, bold, color);
        }
        b.append("</w:tc>");
    }

    private static void para(StringBuilder b, String text, int size, boolean bold) {
        run(b, text, size, bold, null);
    }

    private static void run(StringBuilder b, String text, int size, boolean bold, String color) {
        b.append("<w:p><w:r><w:rPr>").append(bold ? "<w:b/>" : "");
        if (color != null) {
            b.append("<w:color w:val=\"").append(color).append("\"/>");
        }
        b.append("<w:sz w:val=\"").append(size).append("\"/></w:rPr><w:t xml:space=\"preserve\">").append(esc(text)).append("</w:t></w:r></w:p>");
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        continue;
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
