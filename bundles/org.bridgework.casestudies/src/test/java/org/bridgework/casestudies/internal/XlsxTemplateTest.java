package org.bridgework.casestudies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.bridgework.casestudies.api.CaseStudyTemplates.Format;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportPreview;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XLSX template: generate → fill (as Excel would store it) → import, loose edits, hostile content. */
class XlsxTemplateTest {

    static final String MAIN = XlsxTemplate.MAIN;

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final TemplateImporter importer = new TemplateImporter(() -> LocalDate.of(2027, 3, 10));
    Path projectFile;

    @BeforeEach
    void sample() throws Exception {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        projectFile = dir.resolve("p.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, projectFile);
        }
    }

    Path template(String caseId) throws Exception {
        Path f = dir.resolve(caseId + ".xlsx");
        try (Project p = projects.open(projectFile); OutputStream o = Files.newOutputStream(f)) {
            new TemplateWriter().write(p.root(), TemplateImportTest.caseStudy(p, caseId), Format.XLSX, o);
        }
        return f;
    }

    ImportPreview preview(Path f) throws Exception {
        try (Project p = projects.open(projectFile)) {
            return importer.preview(List.of(f), p.root());
        }
    }

    static Document sheet(Path xlsx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Templates.parts(xlsx).get(XlsxTemplate.SHEET)));
    }

    static void save(Path xlsx, Document sheet, Map<String, byte[]> extra) throws Exception {
        Map<String, byte[]> parts = Templates.parts(xlsx);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(sheet), new StreamResult(b));
        parts.put(XlsxTemplate.SHEET, b.toByteArray());
        parts.putAll(extra);
        Templates.writeParts(xlsx, parts);
    }

    /** The shared strings of a workbook, in order. */
    static List<String> shared(Path xlsx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList sis = f.newDocumentBuilder().parse(new ByteArrayInputStream(Templates.parts(xlsx).get(XlsxTemplate.SHARED)))
                .getElementsByTagNameNS(MAIN, "si");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sis.getLength(); i++) {
            out.add(sis.item(i).getTextContent());
        }
        return out;
    }

    static Element row(Document d, List<String> sst, String key) {
        NodeList rows = d.getElementsByTagNameNS(MAIN, "row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element r = (Element) rows.item(i);
            Element a = (Element) r.getElementsByTagNameNS(MAIN, "c").item(0);
            if (a != null && a.getAttribute("r").startsWith("A")) {
                String text = a.getAttribute("t").equals("s") ? sst.get(Integer.parseInt(a.getTextContent().strip())) : a.getTextContent();
                if (text.strip().equals(key)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + key);
    }

    /** Sets the answer cell (column D) of the key's row to an inline string. */
    static void answer(Document d, List<String> sst, String key, String text) {
        cell(d, row(d, sst, key), "D", text);
    }

    /** Replaces a cell of a row with an inline string. */
    static void cell(Document d, Element r, String column, String text) {
        String ref = column + r.getAttribute("r");
        NodeList cells = r.getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < cells.getLength(); i++) {
            if (((Element) cells.item(i)).getAttribute("r").equals(ref)) {
                r.removeChild(cells.item(i));
                break;
            }
        }
        Element c = d.createElementNS(MAIN, "c");
        c.setAttribute("r", ref);
        c.setAttribute("t", "inlineStr");
        Element is = d.createElementNS(MAIN, "is");
        Element t = d.createElementNS(MAIN, "t");
        t.setTextContent(text);
        is.appendChild(t);
        c.appendChild(is);
        r.appendChild(c);
    }

    /** A new, empty answer cell (column D) in the row. */
    static Element answerCell(Document d, Element row) {
        Element c = d.createElementNS(MAIN, "c");
        c.setAttribute("r", "D" + row.getAttribute("r"));
        row.appendChild(c);
        return c;
    }

    static Path fill(Path xlsx, Map<String, String> answers) throws Exception {
        Document d = sheet(xlsx);
        List<String> sst = shared(xlsx);
        answers.forEach((k, v) -> answer(d, sst, k, v));
        save(xlsx, d, Map.of());
        return xlsx;
    }

    static String errors(ImportPreview p) {
        return TemplateImportTest.errors(p);
    }

    @Test
    void generatedWorkbookCarriesKeysVersionAndPrefill() throws Exception {
        Path f = template("cs-liverpool");
        Map<String, byte[]> parts = Templates.parts(f);
        assertTrue(parts.containsKey("xl/workbook.xml") && parts.containsKey("xl/styles.xml") && parts.containsKey(XlsxTemplate.SHEET));
        String sheet = new String(parts.get(XlsxTemplate.SHARED), StandardCharsets.UTF_8);
        for (String key : List.of("template.version", "template.case", "cs.description", "benefit.3.evidenceStrength", "criterion.c5-addresses-challenges.evidence")) {
            assertTrue(sheet.contains(">" + key + "<"), key);
        }
        assertTrue(sheet.contains("Mersey Care NHS Foundation Trust"), "partners prefilled");
        assertTrue(new String(parts.get(Docx.CUSTOM), StandardCharsets.UTF_8).contains("cs-liverpool"));
        assertTrue(TemplateImportTest.accepts(importer, f), "the importer recognises a returned XLSX template");
        // returned unchanged: the mandatory criteria are not answered
        assertTrue(errors(preview(f)).contains("required answer missing: criterion.c1-benefits.evidence"), errors(preview(f)));
    }

    @Test
    void roundTrip() throws Exception {
        Path f = template("cs-liverpool");
        Map<String, String> a = new LinkedHashMap<>(TemplateImportTest.mandatory());
        a.put("cs.region", "Merseyside");
        a.put("cs.contexts", "large-multi-hep-city\nrural");
        a.put("outcome.1.measure", "Students followed up after presenting in crisis");
        a.put("outcome.1.value", "412");
        fill(f, a);
        ImportPreview p = preview(f);
        assertEquals("", errors(p));
        try (Project pr = projects.open(projectFile)) {
            pr.editingDomain().getCommandStack().execute(importer.preview(List.of(f), pr.root()).command(pr.editingDomain(), pr.root()));
            CaseStudy cs = TemplateImportTest.caseStudy(pr, "cs-liverpool");
            assertEquals("Merseyside", cs.getRegion());
            assertEquals(2, cs.getContexts().size());
            assertEquals("412", cs.getOutcomes().get(0).getValue());
            assertEquals(CollectionStatus.RETURNED, cs.getCollectionStatus());
            assertEquals(3, cs.getAssessments().size());
        }
    }

    /** Excel and LibreOffice Calc save strings as shared strings (rich text in runs) and numbers as numbers. */
    @Test
    void savedAsExcelDoesSharedStringsRichTextAndNumbers() throws Exception {
        Path f = template("cs-liverpool");
        Document d = sheet(f);
        List<String> sst = new ArrayList<>(shared(f));
        TemplateImportTest.mandatory().forEach((k, v) -> {
            Element c = answerCell(d, row(d, sst, k));
            c.setAttribute("t", "s");
            c.appendChild(d.createElementNS(MAIN, "v")).setTextContent(String.valueOf(sst.size()));
            sst.add(v);
        });
        // outcome 1: a measure in two rich-text runs, the value a number
        Element mc = answerCell(d, row(d, sst, "outcome.1.measure"));
        mc.setAttribute("t", "s");
        mc.appendChild(d.createElementNS(MAIN, "v")).setTextContent(String.valueOf(sst.size()));
        answerCell(d, row(d, sst, "outcome.1.value")).appendChild(d.createElementNS(MAIN, "v")).setTextContent("412");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
        for (String s : sst) {
            xml.append("<si><t xml:space=\"preserve\">").append(TemplateWriter.esc(s)).append("</t></si>");
        }
        xml.append("<si><r><rPr><b/></rPr><t>Students followed up </t></r><r><t>after a crisis</t></r><rPh><t>x</t></rPh></si></sst>");
        save(f, d, Map.of(XlsxTemplate.SHARED, xml.toString().getBytes(StandardCharsets.UTF_8)));
        // without the custom properties too (the version and case come from the rows)
        Map<String, byte[]> parts = Templates.parts(f);
        parts.remove(Docx.CUSTOM);
        Templates.writeParts(f, parts);

        ImportPreview p = preview(f);
        assertEquals("", errors(p));
        try (Project pr = projects.open(projectFile)) {
            pr.editingDomain().getCommandStack().execute(importer.preview(List.of(f), pr.root()).command(pr.editingDomain(), pr.root()));
            CaseStudy cs = TemplateImportTest.caseStudy(pr, "cs-liverpool");
            assertEquals("Students followed up after a crisis", cs.getOutcomes().get(0).getMeasure());
            assertEquals("412", cs.getOutcomes().get(0).getValue());
        }
    }

    @Test
    void looselyEditedColumnsMovedAndRowsWithoutKeys() throws Exception {
        Path f = fill(template("cs-liverpool"), TemplateImportTest.mandatory());
        Document d = sheet(f);
        // a column inserted before the answers: every D cell moves to E
        NodeList cells = d.getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if (c.getAttribute("r").startsWith("D")) {
                c.setAttribute("r", "E" + c.getAttribute("r").substring(1));
            }
        }
        cell(d, row(d, shared(f), "cs.region"), "E", "Merseyside");
        // a pasted row with no key
        Element pasted = d.createElementNS(MAIN, "row");
        pasted.setAttribute("r", "999");
        Element c = d.createElementNS(MAIN, "c");
        c.setAttribute("r", "E999");
        c.setAttribute("t", "inlineStr");
        Element is = d.createElementNS(MAIN, "is");
        Element t = d.createElementNS(MAIN, "t");
        t.setTextContent("We also run a peer support group.");
        is.appendChild(t);
        c.appendChild(is);
        pasted.appendChild(c);
        d.getElementsByTagNameNS(MAIN, "sheetData").item(0).appendChild(pasted);
        save(f, d, Map.of());

        ImportPreview p = preview(f);
        assertEquals("", errors(p));
        String warnings = TemplateImportTest.warnings(p);
        assertTrue(warnings.contains("row 999 has no key in column A") && warnings.contains("peer support group"), warnings);
        assertTrue(p.changes().stream().anyMatch(ch -> ch.label().endsWith("cs.region") && ch.detail().contains("'Merseyside'")), p.changes().toString());
    }

    /** Apache POI (the library behind many spreadsheet tools) opens the workbook, fills answers and saves it: it still imports. */
    @Test
    void openedFilledAndSavedByApachePoi() throws Exception {
        Path f = template("cs-liverpool");
        Path saved = dir.resolve("saved-by-poi.xlsx");
        try (InputStream in = Files.newInputStream(f); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Case study template");
            Map<String, org.apache.poi.ss.usermodel.Row> rows = new LinkedHashMap<>();
            for (var r : sheet) {
                var a = r.getCell(0);
                if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    rows.put(a.getStringCellValue(), r);
                }
            }
            assertEquals("Liverpool", rows.get("cs.region").getCell(3).getStringCellValue(), "POI reads the prefilled answer");
            assertEquals("1", rows.get("template.version").getCell(3).getStringCellValue());
            Map<String, String> a = new LinkedHashMap<>(TemplateImportTest.mandatory());
            a.put("cs.region", "Merseyside");
            a.forEach((k, v) -> {
                var r = rows.get(k);
                var c = r.getCell(3) == null ? r.createCell(3) : r.getCell(3);
                c.setCellValue(v);
            });
            rows.get("outcome.1.measure").createCell(3).setCellValue("Students followed up");
            rows.get("outcome.1.value").createCell(3).setCellValue(412); // a number, as a partner typing 412 would store it
            try (OutputStream o = Files.newOutputStream(saved)) {
                wb.write(o);
            }
        }
        assertTrue(Templates.parts(saved).containsKey(XlsxTemplate.SHARED), "POI stores strings as shared strings");
        ImportPreview p = preview(saved);
        assertEquals("", errors(p));
        try (Project pr = projects.open(projectFile)) {
            pr.editingDomain().getCommandStack().execute(importer.preview(List.of(saved), pr.root()).command(pr.editingDomain(), pr.root()));
            CaseStudy cs = TemplateImportTest.caseStudy(pr, "cs-liverpool");
            assertEquals("Merseyside", cs.getRegion());
            assertEquals("412", cs.getOutcomes().get(0).getValue());
        }
    }

    @Test
    void hostileWorkbooksAreRefused() throws Exception {
        Path f = template("cs-liverpool");
        Map<String, byte[]> parts = Templates.parts(f);
        String sheet = new String(parts.get(XlsxTemplate.SHEET), StandardCharsets.UTF_8);
        parts.put(XlsxTemplate.SHEET, sheet.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet").replace(">cs.region<", ">&xxe;<")
                .getBytes(StandardCharsets.UTF_8));
        Templates.writeParts(f, parts);
        ImportException e = assertThrows(ImportException.class, () -> preview(f));
        assertTrue(e.getMessage().contains("DOCTYPE") && e.getMessage().contains("Nothing was imported"), e.getMessage());

        Path zipOnly = dir.resolve("other.xlsx");
        Templates.writeParts(zipOnly, Map.of("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
        ImportException other = assertThrows(ImportException.class, () -> preview(zipOnly));
        assertTrue(other.getMessage().contains("no " + XlsxTemplate.SHEET), other.getMessage());
    }
}
