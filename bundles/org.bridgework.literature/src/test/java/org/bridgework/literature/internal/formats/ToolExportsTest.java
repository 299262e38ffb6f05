package org.bridgework.literature.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.junit.jupiter.api.Test;

/** Exports of Zotero, Mendeley, EndNote and Google Scholar, each with its tool's quirks, read into sources. */
class ToolExportsTest {

    private static LiteratureImportPreview read(String fixture) throws Exception {
        return Fixtures.importer().preview(List.of(Fixtures.file(fixture)), TestProjects.F.createGuidanceProject());
    }

    private static Source byTitle(LiteratureImportPreview p, String start) {
        return p.added().stream().filter(s -> s.getTitle() != null && s.getTitle().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no source titled " + start + " in " + p.added().stream().map(Source::getTitle).toList()));
    }

    private static String names(List<Person> people) {
        return String.join("; ", people.stream().map(p -> p.getLiteral() != null ? "[" + p.getLiteral() + "]"
                : (p.getNonDroppingParticle() == null ? "" : p.getNonDroppingParticle() + " ") + p.getFamily() + ", " + p.getGiven()).toList());
    }

    @Test
    void zoteroRis() throws Exception {
        LiteratureImportPreview p = read("zotero.ris");
        assertEquals("ris", p.formats().values().iterator().next());
        assertEquals(5, p.added().size());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals(SourceType.ARTICLE_JOURNAL, a.getType());
        assertEquals("Broglia, Emma; Millings, Abigail; Barkham, Michael", names(a.getAuthors()));
        assertEquals("Journal of Mental Health", a.getContainerTitle());
        assertEquals(2021, a.getIssuedYear());
        assertEquals(3, a.getIssuedMonth());
        assertEquals(4, a.getIssuedDay());
        assertEquals("185-193", a.getPages());
        assertEquals("10.1080/09638237.2021.1875412", a.getDoi());
        assertNull(a.getIsbn(), "an ISSN is not an ISBN");
        assertEquals(LocalDate.of(2024, 3, 1), a.getAccessed());
        assertEquals(List.of("help seeking", "students", "university counselling"), a.getKeywords());
        assertEquals("Cited in the Stepchange framework; see table 2.", a.getNote(), "Zotero's HTML note as text");
        Source uuk = byTitle(p, "Stepchange");
        assertEquals(SourceType.REPORT, uuk.getType());
        assertEquals("[Universities UK]", names(uuk.getAuthors()), "a Zotero single-field name is an organisation");
        assertEquals(5, uuk.getIssuedMonth(), "DA 2020/05// has a month and no day");
        assertNull(uuk.getIssuedDay());
        Source chapter = byTitle(p, "Partnership working");
        assertEquals(SourceType.CHAPTER, chapter.getType());
        assertEquals("Grant, Alan; Hughes, Gareth", names(chapter.getEditors()));
        assertEquals("Student mental health in the UK: a handbook", chapter.getContainerTitle());
        assertEquals("978-0-367-44321-9", chapter.getIsbn());
        assertEquals("O'Neill, Siobhán; van der Berg, Jan", names(chapter.getAuthors()));
        assertEquals(SourceType.WEBPAGE, byTitle(p, "NHS mental health services").getType());
    }

    @Test
    void endNoteRisWithCrlfLatin1CorporateCommasAndWrappedAbstract() throws Exception {
        LiteratureImportPreview p = read("endnote.ris");
        assertEquals(3, p.added().size());
        List<ImportProblem> problems = p.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("Windows-1252"), problems.toString());
        Source a = byTitle(p, "Joint working");
        assertEquals("Müller, Hans; O’Brien, Siobhán; Nuñez, José", names(a.getAuthors()));
        assertEquals("British Journal of Guidance & Counselling", a.getContainerTitle());
        assertEquals("312-325", a.getPages());
        assertEquals("10.1080/03069885.2019.1566512", a.getDoi(), "EndNote puts the DOI in M3 as 'doi: ...'");
        assertEquals(2019, a.getIssuedYear());
        assertEquals(6, a.getIssuedMonth());
        assertEquals("Universities and NHS trusts increasingly share care for students. This survey of\nservices in England examined referral routes, information sharing and joint\ncare planning.",
                a.getAbstractText());
        assertEquals(List.of("counselling", "NHS", "referral"), a.getKeywords());
        Source report = byTitle(p, "Minding our future");
        assertEquals("[Universities UK]; [Association of Colleges]", names(report.getAuthors()), "EndNote's trailing comma marks an organisation");
        Source thesis = byTitle(p, "Students’ experiences");
        assertEquals(SourceType.THESIS, thesis.getType());
        assertEquals("Whitaker, Zoë", names(thesis.getAuthors()));
        assertEquals("whitaker2020", thesis.getCitationKey());
    }

    @Test
    void zoteroBibtex() throws Exception {
        LiteratureImportPreview p = read("zotero.bib");
        assertEquals("bibtex", p.formats().values().iterator().next());
        assertEquals(5, p.added().size());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals("broglia_student_2021", a.getCitationKey(), "the file's key is kept");
        assertEquals(3, a.getIssuedMonth(), "month = mar");
        assertEquals("185-193", a.getPages());
        assertEquals(LocalDate.of(2024, 3, 1), a.getAccessed());
        assertEquals(List.of("help seeking", "students", "university counselling"), a.getKeywords());
        assertEquals("[Universities UK]", names(byTitle(p, "Stepchange").getAuthors()));
        assertEquals("Universities UK", byTitle(p, "Stepchange").getPublisher(), "a report's institution is its publisher");
        assertEquals("Not by degrees: improving student mental health in the UK's universities", byTitle(p, "Not by degrees").getTitle(), "braces dropped");
        Source chapter = byTitle(p, "Partnership working");
        assertEquals("O'Neill, Siobhán; van der Berg, Jan", names(chapter.getAuthors()));
        assertEquals("van der", chapter.getAuthors().get(1).getNonDroppingParticle());
        assertEquals("Student mental health in the UK: a handbook", chapter.getContainerTitle());
        assertEquals("NHS mental health services for students", byTitle(p, "NHS mental").getTitle());
        assertEquals(SourceType.DOCUMENT, byTitle(p, "NHS mental").getType(), "Zotero writes web pages as @misc");
    }

    @Test
    void mendeleyBibtexWithAccentsAndFileFields() throws Exception {
        LiteratureImportPreview p = read("mendeley.bib");
        assertEquals(3, p.added().size());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Joint working");
        assertEquals("Müller, Hans; O'Brien, Siobhán; Nuñez, José", names(a.getAuthors()));
        assertEquals("British Journal of Guidance & Counselling", a.getContainerTitle());
        assertEquals(List.of("NHS", "counselling", "referral"), a.getKeywords());
        assertEquals("Muller2019", a.getCitationKey());
        assertNull(a.getUrl(), "Mendeley's file field is not a URL");
        assertEquals("9781860305206", byTitle(p, "Not by degrees").getIsbn());
        Source thesis = byTitle(p, "Students' experiences");
        assertEquals("Whitaker, Zoë", names(thesis.getAuthors()));
        assertEquals("University of Leeds", thesis.getPublisher());
    }

    @Test
    void googleScholarOneLiners() throws Exception {
        LiteratureImportPreview p = read("scholar.bib");
        assertEquals(3, p.added().size(), p.problems().toString());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals("broglia2021student", a.getCitationKey());
        assertEquals("Taylor & Francis", a.getPublisher());
        assertEquals(3, a.getAuthors().size());
        Source conf = byTitle(p, "Student mental health: the role");
        assertEquals(SourceType.PAPER_CONFERENCE, conf.getType());
        assertEquals("Proceedings of the Higher Education Research Conference", conf.getContainerTitle());
        assertEquals("Society for Research into Higher Education", conf.getPublisher());
        assertEquals(4, conf.getAuthors().size());
    }

    @Test
    void zoteroCslJsonWithStringYearsAndUnusableIds() throws Exception {
        LiteratureImportPreview p = read("zotero.json");
        assertEquals("csljson", p.formats().values().iterator().next());
        assertEquals(5, p.added().size());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals("broglia2021", a.getCitationKey(), "Zotero's item URIs are no citation keys: one is generated");
        assertEquals(2021, a.getIssuedYear(), "date-parts with the year as a string");
        assertEquals(LocalDate.of(2024, 3, 1), a.getAccessed());
        assertEquals("universitiesuk2020", byTitle(p, "Stepchange").getCitationKey());
        assertEquals("[Universities UK]", names(byTitle(p, "Stepchange").getAuthors()));
        Source chapter = byTitle(p, "Partnership working");
        assertEquals("van der", chapter.getAuthors().get(1).getNonDroppingParticle());
        assertEquals("oneill2022", chapter.getCitationKey());
        assertEquals("nhsengland2023", byTitle(p, "NHS mental").getCitationKey());
    }
}
