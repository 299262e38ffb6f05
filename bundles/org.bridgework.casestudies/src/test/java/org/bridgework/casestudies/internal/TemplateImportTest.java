package org.bridgework.casestudies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportPreview;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.Importer;
import org.bridgework.model.Assessment;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.Organisation;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Generate → fill (editing the document XML) → import, and every way a returned file can be wrong. */
class TemplateImportTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final TemplateWriter writer = new TemplateWriter();
    final TemplateImporter importer = new TemplateImporter(() -> DAY);
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
        Path f = dir.resolve((caseId == null ? "blank" : caseId) + ".docx");
        try (Project p = projects.open(projectFile); OutputStream o = Files.newOutputStream(f)) {
            CaseStudy cs = caseId == null ? null : caseStudy(p, caseId);
            writer.write(p.root(), cs, o);
        }
        return f;
    }

    static CaseStudy caseStudy(Project p, String id) {
        return p.root().getCaseStudies().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Answers to the sample's mandatory criteria. */
    static Map<String, String> mandatory() {
        return Map.of("criterion.c1-benefits.evidence", "Routine data on follow-ups.", "criterion.c2-no-duplication.evidence",
                "It adds a route from A&E; crisis care stays with the NHS.", "criterion.c5-addresses-challenges.evidence", "Information sharing.");
    }

    ImportPreview preview(Path f) throws Exception {
        try (Project p = projects.open(projectFile)) {
            return importer.preview(List.of(f), p.root());
        }
    }

    static boolean accepts(Importer i, Path f) throws Exception {
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(Importer.HEAD_BYTES);
        }
        return i.accepts(f, head);
    }

    static String errors(ImportPreview p) {
        return p.problems().stream().filter(x -> x.severity() == ImportProblem.Severity.ERROR).map(ImportProblem::message)
                .collect(Collectors.joining("\n"));
    }

    static String warnings(ImportPreview p) {
        return p.problems().stream().filter(x -> x.severity() == ImportProblem.Severity.WARNING).map(ImportProblem::message)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void templateCarriesVersionCaseKeysAndPrefill() throws Exception {
        Path f = template("cs-liverpool");
        String xml = new String(Templates.parts(f).get("word/document.xml"), StandardCharsets.UTF_8);
        String custom = new String(Templates.parts(f).get("docProps/custom.xml"), StandardCharsets.UTF_8);
        assertTrue(custom.contains("cs-liverpool"), custom);
        for (String key : List.of("template.version", "template.case", "cs.description", "cs.partners", "benefit.1.beneficiary",
                "outcome.3.source", "contact.2.role", "criterion.c1-benefits.evidence", "criterion.c5")) {
            assertTrue(xml.contains(">" + key), key);
        }
        assertTrue(xml.contains("Mersey Care NHS Foundation Trust"), "partners prefilled");
        assertTrue(xml.contains("Up to 300 words."), "word limits shown");
        assertTrue(accepts(importer, f));
        // returned unchanged: the mandatory criteria (c1, c2, c5 in the sample) are not answered yet
        ImportPreview p = preview(f);
        assertTrue(errors(p).contains("required answer missing: criterion.c1-benefits.evidence"), errors(p));
        assertFalse(errors(p).contains("criterion.c3"), "c3 is not mandatory: " + errors(p));
        Templates.fill(f, mandatory());
        p = preview(f);
        assertEquals("", errors(p));
        assertEquals(List.of("cs-liverpool-c1-benefits", "cs-liverpool-c2-no-duplication", "cs-liverpool-c5-addresses-challenges", "cs-liverpool"),
                p.changes().stream().filter(c -> c.kind() == ImportChange.Kind.ADD || c.label().endsWith("status")).map(ImportChange::elementId)
                        .toList());
    }

    @Test
    void roundTrip() throws Exception {
        Path f = template("cs-liverpool");
        Map<String, String> a = new LinkedHashMap<>(mandatory());
        a.put("cs.funding", "Jointly funded by the two universities and Mersey Care, reviewed every year.");
        a.put("cs.partners", "University of Liverpool\nLiverpool John Moores University\nMersey Care NHS Foundation Trust");
        a.put("cs.contexts", "large-multi-hep-city\nsmall or specialist HEP");
        a.put("benefit.1.beneficiary", "students");
        a.put("benefit.1.description", "Students are asked about student status at A&E and followed up within 72 hours.");
        a.put("benefit.1.evidenceType", "routine-data");
        a.put("benefit.1.evidenceStrength", "Moderate");
        a.put("outcome.1.measure", "Students followed up after presenting in crisis");
        a.put("outcome.1.value", "412");
        a.put("outcome.1.period", "2023-24");
        a.put("contact.1.role", "Head of Student Wellbeing");
        a.put("contact.1.organisation", "University of Liverpool");
        a.put("criterion.c1-benefits.evidence", "Routine data on follow-ups; an evaluation is planned.");
        Templates.fill(f, a);

        ImportPreview p = preview(f);
        assertEquals("", errors(p));
        Map<String, String> changes = p.changes().stream().collect(Collectors.toMap(ImportChange::label, c -> c.detail(), (x, y) -> x, LinkedHashMap::new));
        assertTrue(changes.get("cs-liverpool: cs.funding").startsWith("'To be verified.' → 'Jointly funded"), changes.toString());
        assertTrue(changes.get("cs-liverpool: cs.partners").contains("org-liverpool-gps") && changes.get("cs-liverpool: cs.partners").contains("→"),
                changes.toString());
        assertTrue(changes.containsKey("cs-liverpool: benefit.1"), changes.toString());
        assertFalse(changes.containsKey("cs-liverpool: cs.description"), "unchanged answers are no change");

        try (Project pr = projects.open(projectFile)) {
            ImportPreview again = importer.preview(List.of(f), pr.root());
            var cmd = again.command(pr.editingDomain(), pr.root());
            assertTrue(cmd.canExecute());
            pr.editingDomain().getCommandStack().execute(cmd);
            projects.save(pr);
        }
        try (Project pr = projects.open(projectFile)) {
            CaseStudy cs = caseStudy(pr, "cs-liverpool");
            assertEquals(a.get("cs.funding"), cs.getFunding());
            assertEquals(List.of("org-uol", "org-ljmu", "org-mersey-care"), cs.getPartners().stream().map(Organisation::getId).toList());
            assertEquals(2, cs.getContexts().size());
            assertEquals(1, cs.getBenefits().size());
            assertEquals(Beneficiary.STUDENTS, cs.getBenefits().get(0).getBeneficiary());
            assertEquals(EvidenceStrength.MODERATE, cs.getBenefits().get(0).getEvidenceStrength());
            assertEquals("412", cs.getOutcomes().get(0).getValue());
            assertEquals("Head of Student Wellbeing", cs.getContacts().get(0).getRole());
            assertEquals("org-uol", cs.getContacts().get(0).getOrganisation().getId());
            Assessment as = cs.getAssessments().stream().filter(x -> x.getCriterion().getId().equals("c1-benefits")).findFirst().orElseThrow();
            assertEquals(a.get("criterion.c1-benefits.evidence"), as.getRationale());
            assertEquals(CollectionStatus.RETURNED, cs.getCollectionStatus());
            assertEquals(DAY, cs.getStatusHistory().get(cs.getStatusHistory().size() - 1).getDate());
        }
        // the same file again: nothing more to change
        ImportPreview second = preview(f);
        assertEquals(List.of(), second.changes());
    }

    @Test
    void theReturnDateIsTheUsersAndNeverRunsTheHistoryBackwards() throws Exception {
        Path f = template("cs-liverpool");
        Map<String, String> a = new LinkedHashMap<>(mandatory());
        a.put("cs.funding", "Jointly funded, reviewed every year.");
        Templates.fill(f, a);
        LocalDate latest;
        try (Project pr = projects.open(projectFile)) {
            latest = CollectionPipelineImpl.latestDate(caseStudy(pr, "cs-liverpool"));
        }
        assertNotNull(latest, "the sample's case study has a dated history");
        try (Project pr = projects.open(projectFile)) {
            ImportPreview early = importer.preview(List.of(f), pr.root(), latest.minusDays(1));
            assertTrue(errors(early).contains("history would run backwards") && errors(early).contains(latest.toString()), errors(early));
            assertFalse(early.command(pr.editingDomain(), pr.root()).canExecute(), "nothing is imported");

            LocalDate returned = latest.plusDays(2);
            ImportPreview ok = importer.preview(List.of(f), pr.root(), returned);
            assertEquals("", errors(ok));
            pr.editingDomain().getCommandStack().execute(ok.command(pr.editingDomain(), pr.root()));
            CaseStudy cs = caseStudy(pr, "cs-liverpool");
            assertEquals(returned, cs.getStatusHistory().get(cs.getStatusHistory().size() - 1).getDate(), "recorded on the day given, not today");
            assertThrows(IllegalArgumentException.class,
                    () -> new CollectionPipelineImpl(org.bridgework.drafting.internal.MilestoneReadinessImpl.withBuiltInRules()).advance(null, cs, CollectionStatus.VERIFIED, returned.minusDays(1), null),
                    "a status change dated before the last one is refused");
        }
    }

    @Test
    void blankTemplateMakesANewCaseStudy() throws Exception {
        Path f = template(null);
        Map<String, String> a = new LinkedHashMap<>(mandatory());
        a.put("cs.title", "Bristol student wellbeing partnership");
        a.put("cs.partners", "org-uom");
        a.put("cs.serviceModel", "embedded clinician");
        a.put("cs.region", "Bristol");
        a.put("cs.description", "An NHS clinician works in the university's wellbeing service.");
        a.put("cs.populationServed", "All students.");
        a.put("cs.referralRoute", "Through the wellbeing service.");
        a.put("criterion.c1-benefits.evidence", "Survey.");
        a.put("criterion.c2-no-duplication.evidence", "It fits with local services.");
        Templates.fill(f, a);
        ImportPreview p = preview(f);
        assertEquals("", errors(p));
        try (Project pr = projects.open(projectFile)) {
            int before = pr.root().getCaseStudies().size();
            pr.editingDomain().getCommandStack().execute(importer.preview(List.of(f), pr.root()).command(pr.editingDomain(), pr.root()));
            assertEquals(before + 1, pr.root().getCaseStudies().size());
            CaseStudy cs = caseStudy(pr, "cs-bristol-student-wellbeing-partnership");
            assertEquals("Bristol", cs.getRegion());
            assertEquals(CollectionStatus.RETURNED, cs.getCollectionStatus());
        }
    }

    void assertRefusedWithError(Path f, String expected) throws Exception {
        ImportPreview p = preview(f);
        assertTrue(p.hasErrors(), "expected an error: " + expected);
        assertTrue(errors(p).contains(expected), errors(p));
        assertEquals(List.of(), p.changes(), "nothing applied on error");
        try (Project pr = projects.open(projectFile)) {
            assertFalse(importer.preview(List.of(f), pr.root()).command(null, pr.root()).canExecute());
        }
    }

    @Test
    void requiredAnswerMissing() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("cs.description", "", "cs.funding", "Changed, but must not be applied."));
        assertRefusedWithError(f, "required answer missing: cs.description");
        assertTrue(errors(preview(f)).contains("(table 3 ('The service'), row 2)"), "says where: " + errors(preview(f)));
    }

    @Test
    void requiredRowDeleted() throws Exception {
        Path f = template("cs-liverpool");
        Templates.editDom(f, d -> {
            Element tr = Templates.row(d, "cs.referralRoute");
            tr.getParentNode().removeChild(tr);
        });
        assertRefusedWithError(f, "the row with key cs.referralRoute");
    }

    @Test
    void overTheWordLimit() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("cs.region", Templates.words(11)));
        assertRefusedWithError(f, "cs.region ('Region') has 11 words; the limit is 10");
    }

    @Test
    void unknownPartner() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("cs.partners", "University of Liverpool\nUniversity of Atlantis"));
        assertRefusedWithError(f, "unknown partner organisation 'University of Atlantis' (cs.partners, table");
    }

    @Test
    void badChoice() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("cs.serviceModel", "drop-in café"));
        assertRefusedWithError(f, "is not a service model (cs.serviceModel");
    }

    @Test
    void incompleteBenefit() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("benefit.2.evidenceType", "survey"));
        assertRefusedWithError(f, "benefit 2 is incomplete");
    }

    @Test
    void wrongVersion() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("template.version", "2"));
        ImportException e = assertThrows(ImportException.class, () -> preview(f));
        assertTrue(e.getMessage().contains("version '2' (key template.version); this Bridgework reads version 1"), e.getMessage());
    }

    @Test
    void unknownCase() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, Map.of("template.case", "cs-atlantis"));
        ImportException e = assertThrows(ImportException.class, () -> preview(f));
        assertTrue(e.getMessage().contains("case study 'cs-atlantis' (key template.case)"), e.getMessage());
        assertTrue(e.getMessage().contains("cs-liverpool"), "lists the known ones: " + e.getMessage());
    }

    @Test
    void looselyEdited() throws Exception {
        Path f = template("cs-liverpool");
        Templates.fill(f, mandatory());
        Templates.editDom(f, d -> {
            // text pasted with runs split and formatted, a tracked deletion, a non-breaking space
            Element cell = Templates.cells(Templates.row(d, "cs.staffing")).get(2);
            while (cell.getLastChild() != null && "p".equals(cell.getLastChild().getLocalName())) {
                cell.removeChild(cell.getLastChild());
            }
            String W = Templates.W;
            Element p = d.createElementNS(W, "w:p");
            for (String piece : new String[] {"Two ", "whole-time\u00a0", "mental health ", "nurses"}) {
                Element r = d.createElementNS(W, "w:r");
                Element rpr = d.createElementNS(W, "w:rPr");
                rpr.appendChild(d.createElementNS(W, "w:i"));
                r.appendChild(rpr);
                Element t = d.createElementNS(W, "w:t");
                t.setTextContent(piece);
                r.appendChild(t);
                p.appendChild(r);
            }
            Element del = d.createElementNS(W, "w:del");
            Element dr = d.createElementNS(W, "w:r");
            Element dt = d.createElementNS(W, "w:delText");
            dt.setTextContent(" (deleted words)");
            dr.appendChild(dt);
            del.appendChild(dr);
            p.appendChild(del);
            cell.appendChild(p);
            // the answer wrapped in a content control
            Templates.answer(d, "cs.funding", "Recurrent NHS funding.");
            Element fundingRow = Templates.row(d, "cs.funding");
            Element fundingCell = Templates.cells(fundingRow).get(2);
            Element sdt = d.createElementNS(W, "w:sdt");
            Element content = d.createElementNS(W, "w:sdtContent");
            fundingRow.replaceChild(sdt, fundingCell);
            sdt.appendChild(content);
            content.appendChild(fundingCell);
            // benefit rows copied and renumbered, one pasted row without a key, one with an unknown key
            Element tbl = (Element) Templates.row(d, "benefit.1.beneficiary").getParentNode();
            for (String field : new String[] {"beneficiary", "description"}) {
                Element copy = (Element) Templates.row(d, "benefit.1." + field).cloneNode(true);
                tbl.appendChild(copy);
                Element key = Templates.cells(copy).get(0);
                key.getElementsByTagNameNS(W, "t").item(0).setTextContent("benefit.4." + field);
            }
            Element stray = (Element) Templates.row(d, "benefit.1.description").cloneNode(true);
            Templates.cells(stray).get(0).getElementsByTagNameNS(W, "t").item(0).setTextContent("");
            Templates.cells(stray).get(2).appendChild(para(d, "A note we added"));
            tbl.appendChild(stray);
            Element unknown = (Element) Templates.row(d, "benefit.1.description").cloneNode(true);
            Templates.cells(unknown).get(0).getElementsByTagNameNS(W, "t").item(0).setTextContent("cs.favouriteColour");
            tbl.appendChild(unknown);
            Templates.answer(d, "benefit.4.beneficiary", "health-system");
            Templates.answer(d, "benefit.4.description", "Fewer repeat presentations at A&E.");
        });
        ImportPreview p = preview(f);
        assertEquals("", errors(p));
        Map<String, String> changes = p.changes().stream().collect(Collectors.toMap(ImportChange::label, c -> String.valueOf(c.detail()), (x, y) -> x));
        assertEquals("'To be verified.' → 'Two whole-time mental health nurses'", changes.get("cs-liverpool: cs.staffing"));
        assertEquals("'To be verified.' → 'Recurrent NHS funding.'", changes.get("cs-liverpool: cs.funding"));
        assertTrue(changes.containsKey("cs-liverpool: benefit.4"), changes.toString());
        String w = warnings(p);
        assertTrue(w.contains("has no key in its first cell") && w.contains("A note we added"), w);
        assertTrue(w.contains("unknown key 'cs.favouriteColour'"), w);
    }

    static Element para(org.w3c.dom.Document d, String text) {
        Element p = d.createElementNS(Templates.W, "w:p");
        Element r = d.createElementNS(Templates.W, "w:r");
        Element t = d.createElementNS(Templates.W, "w:t");
        t.setTextContent(text);
        r.appendChild(t);
        p.appendChild(r);
        return p;
    }

    // ---- hostile files

    ImportException refused(Path f) {
        return assertThrows(ImportException.class, () -> preview(f));
    }

    @Test
    void xxeInTheDocument() throws Exception {
        Path f = template("cs-liverpool");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Templates.editXml(f, xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("Mersey Care NHS Foundation Trust", "&x;"));
        assertTrue(accepts(importer, f));
        ImportException e = refused(f);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void zipBomb() throws Exception {
        Path f = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("docProps/custom.xml"));
            z.write("<Properties><property name=\"BridgeworkCaseStudyTemplate\">1</property></Properties>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 1024 * 1024, "small on disk: " + Files.size(f));
        assertTrue(accepts(importer, f));
        ImportException e = refused(f);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void tooManyEntries() throws Exception {
        Path f = dir.resolve("many.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<x>template.version</x>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < Docx.MAX_ENTRIES + 5; i++) {
                z.putNextEntry(new ZipEntry("e" + i));
            }
        }
        assertTrue(accepts(importer, f));
        assertTrue(refused(f).getMessage().contains("entries"));
    }

    @Test
    void hugeFile() throws Exception {
        Path f = dir.resolve("huge.docx");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(new byte[] {'P', 'K', 3, 4});
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 21; i++) {
                o.write(block);
            }
        }
        assertTrue(accepts(importer, f));
        assertTrue(refused(f).getMessage().contains("MB"), refused(f).getMessage());
    }

    @Test
    void notADocx() throws Exception {
        Path text = dir.resolve("notes.docx");
        Files.writeString(text, "Just some notes, not a document.");
        assertFalse(accepts(importer, text));
        assertTrue(refused(text).getMessage().contains("not a DOCX"));
        Path damaged = dir.resolve("damaged.docx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertTrue(refused(damaged).getMessage().contains("DOCX"));
        Path otherZip = dir.resolve("other.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertFalse(accepts(importer, otherZip));
        assertTrue(refused(otherZip).getMessage().contains("no word/document.xml"));
        // a DOCX that is not a template
        Path plain = dir.resolve("plain.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(plain))) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<w:document xmlns:w=\"" + Templates.W + "\"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertFalse(accepts(importer, plain));
        assertTrue(refused(plain).getMessage().contains("not a case-study template"));
        assertNotNull(importer.description());
    }
}
