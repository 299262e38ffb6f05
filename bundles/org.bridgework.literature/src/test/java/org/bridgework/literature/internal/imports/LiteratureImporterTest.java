package org.bridgework.literature.internal.imports;

import static org.bridgework.literature.TestProjects.person;
import static org.bridgework.literature.TestProjects.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.LiteratureImportPreview.Merge;
import org.bridgework.literature.api.LiteratureImportPreview.Resolution;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

class LiteratureImporterTest {

    private static GuidanceProject projectWithBroglia() {
        GuidanceProject project = TestProjects.F.createGuidanceProject();
        project.setId("p");
        Source s = source("broglia2021", SourceType.ARTICLE_JOURNAL, "Student mental health profiles and barriers to help seeking", 2021,
                person("Broglia", "Emma"));
        s.setDoi("10.1080/09638237.2021.1875412");
        project.getSources().add(s);
        return project;
    }

    @Test
    void sameDoiInTheProjectIsAMergeNeverADropAndFillsOnlyEmptyFields() throws Exception {
        GuidanceProject project = projectWithBroglia();
        LiteratureImportPreview p = Fixtures.importer().preview(List.of(Fixtures.file("zotero.ris")), project);
        assertEquals(4, p.added().size());
        assertEquals(1, p.merges().size());
        Merge m = p.merges().get(0);
        assertTrue(m.existingInProject());
        assertEquals("broglia2021", m.existing().getCitationKey());
        assertTrue(m.reason().contains("same DOI 10.1080/09638237.2021.1875412"), m.reason());
        assertTrue(m.fills().containsAll(List.of("containerTitle", "volume", "issue", "pages", "accessed", "keywords")), m.fills().toString());
        assertFalse(m.fills().contains("title"), "the existing title is kept");
        assertFalse(m.fills().contains("authors"), "the existing authors are kept");
        assertEquals(5, p.entriesRead());
        ImportChange merge = p.changes().stream().filter(c -> c.kind() == ImportChange.Kind.MERGE).findFirst().orElseThrow();
        assertEquals("broglia2021", merge.elementId(), "the existing source's id");
        assertEquals(1, merge.line());

        Command command = p.command(null, project);
        assertTrue(command.canExecute());
        command.execute();
        assertEquals(5, project.getSources().size());
        Source merged = project.getSources().get(0);
        assertEquals("Student mental health profiles and barriers to help seeking", merged.getTitle());
        assertEquals(1, merged.getAuthors().size());
        assertEquals("Journal of Mental Health", merged.getContainerTitle());
        assertEquals("185-193", merged.getPages());
        assertEquals(3, merged.getKeywords().size());
        assertEquals(1, project.getDuplicatesMerged(), "the screening flow counts the duplicate merged");
        command.undo();
        assertEquals(0, project.getDuplicatesMerged(), "and the count is undone with the import");
    }

    @Test
    void sameTitleYearAndFirstAuthorAcrossFilesAndFormats() throws Exception {
        LiteratureImportPreview p = Fixtures.importer().preview(
                List.of(Fixtures.file("zotero.bib"), Fixtures.file("scholar.bib"), Fixtures.file("mendeley.bib"), Fixtures.file("endnote.ris")),
                TestProjects.F.createGuidanceProject());
        // zotero.bib: 5 new; scholar: broglia (DOI-less, same title/year/author) and thorley are duplicates, hughes new;
        // mendeley: muller new, thorley duplicate, whitaker new; endnote: muller (same DOI), whitaker duplicates, minding new
        assertEquals(List.of("broglia_student_2021", "universities_uk_stepchange_2020", "thorley_not_2017", "oneill_partnership_2022",
                "nhs_england_nhs_2023", "hughes2019student", "Muller2019", "Whitaker2020", "universitiesuk2018"),
                p.added().stream().map(Source::getCitationKey).toList());
        assertEquals(5, p.merges().size(), p.merges().toString());
        Merge scholarBroglia = p.merges().get(0);
        assertEquals("broglia_student_2021", scholarBroglia.existing().getCitationKey());
        assertFalse(scholarBroglia.existingInProject());
        assertTrue(scholarBroglia.reason().startsWith("same title, year and first author"), scholarBroglia.reason());
        assertTrue(scholarBroglia.file().endsWith("scholar.bib"));
        assertEquals(1, scholarBroglia.line());
        assertEquals(List.of("publisher"), scholarBroglia.fills());
        Merge endnoteMuller = p.merges().stream().filter(m -> m.file().endsWith("endnote.ris") && m.existing().getCitationKey().equals("Muller2019")).findFirst().orElseThrow();
        assertTrue(endnoteMuller.reason().contains("same DOI"));
        assertEquals(14, p.entriesRead());
    }

    @Test
    void aTitleWithoutItsSubtitleIsTheSameWorkButTwoSubtitlesAreNot() throws Exception {
        GuidanceProject project = TestProjects.F.createGuidanceProject();
        project.getSources().add(source("uuk2018", SourceType.REPORT, "Minding Our Future", 2018, TestProjects.corporate("Universities UK")));
        LiteratureImportPreview p = Fixtures.importer().preview("m.ris", """
                TY  - RPRT
                AU  - Universities UK,
                TI  - Minding our future: starting a conversation about the support of student mental health
                PY  - 2018
                ER  -\s
                TY  - RPRT
                AU  - Universities UK,
                TI  - Minding our future: a second edition with another subtitle
                PY  - 2018
                ER  -\s
                """, project);
        assertEquals(2, p.merges().size(), "both extend the short title of the project's source");
        assertTrue(p.merges().get(0).reason().startsWith("same title (one without its subtitle)"), p.merges().get(0).reason());
        LiteratureImportPreview q = Fixtures.importer().preview("n.ris", """
                TY  - RPRT
                AU  - Universities UK,
                TI  - Minding our future: part one
                PY  - 2018
                ER  -\s
                TY  - RPRT
                AU  - Universities UK,
                TI  - Minding our future: part two
                PY  - 2018
                ER  -\s
                """, TestProjects.F.createGuidanceProject());
        assertEquals(2, q.added().size(), "two subtitles: two works");
    }

    @Test
    void resolutionsKeepBothOrSkip() throws Exception {
        GuidanceProject project = projectWithBroglia();
        LiteratureImportPreview p = Fixtures.importer().preview(List.of(Fixtures.file("zotero.ris")), project);
        Merge m = p.merges().get(0);
        p.resolve(m, Resolution.KEEP_BOTH);
        ImportChange kept = p.changes().stream().filter(c -> c.detail() != null && c.detail().startsWith("kept")).findFirst().orElseThrow();
        assertEquals(ImportChange.Kind.ADD, kept.kind());
        assertEquals("broglia2021a", kept.label().split(" ")[0], "a key free in the project");
        p.command(null, project).execute();
        assertEquals(6, project.getSources().size());
        assertEquals("broglia2021a", project.getSources().get(5).getCitationKey());
        assertNull(project.getSources().get(0).getContainerTitle(), "keep both does not touch the existing source");

        GuidanceProject other = projectWithBroglia();
        LiteratureImportPreview q = Fixtures.importer().preview(List.of(Fixtures.file("zotero.ris")), other);
        q.resolve(q.merges().get(0), Resolution.SKIP);
        assertTrue(q.changes().stream().noneMatch(c -> c.kind() == ImportChange.Kind.MERGE));
        q.command(null, other).execute();
        assertEquals(5, other.getSources().size());
        assertNull(other.getSources().get(0).getContainerTitle());
    }

    @Test
    void generatedKeysAreFamilyYearAndUniqueWithSuffixes() throws Exception {
        GuidanceProject project = TestProjects.F.createGuidanceProject();
        project.getSources().add(source("smith2020", SourceType.BOOK, "Existing", 2020, person("Smith", "Ann")));
        String ris = """
                TY  - BOOK
                TI  - One
                AU  - Smith, Bob
                PY  - 2020
                ER  -\s
                TY  - BOOK
                TI  - Two
                AU  - Smith, Cat
                PY  - 2020
                ER  -\s
                TY  - BOOK
                TI  - Three
                AU  - Śmith-Jones, Dee
                ER  -\s
                TY  - RPRT
                TI  - The annual report
                PY  - 2021
                ER  -\s
                """;
        LiteratureImportPreview p = Fixtures.importer().preview("keys.ris", ris, project);
        assertEquals(List.of("smith2020a", "smith2020b", "smithjonesnd", "annual2021"), p.added().stream().map(Source::getCitationKey).toList());
        assertEquals(List.of("src-smith2020a", "src-smith2020b", "src-smithjonesnd", "src-annual2021"), p.added().stream().map(Source::getId).toList());
    }

    @Test
    void aKeyFromTheFileThatIsTakenIsChangedWithAWarning() throws Exception {
        GuidanceProject project = projectWithBroglia();
        LiteratureImportPreview p = Fixtures.importer().preview("k.bib", "@book{broglia2021, title = {Another book}, author = {Other, Olga}, year = {2021}}", project);
        assertEquals("broglia2021a", p.added().get(0).getCitationKey());
        ImportProblem w = p.problems().get(0);
        assertEquals(ImportProblem.Severity.WARNING, w.severity());
        assertTrue(w.message().contains("'broglia2021'") && w.message().contains("'broglia2021a'"), w.message());
    }

    @Test
    void theCommandIsUndoableOnAnEditingDomain() throws Exception {
        GuidanceProject project = projectWithBroglia();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack());
        LiteratureImportPreview p = Fixtures.importer().preview(List.of(Fixtures.file("zotero.json")), project);
        domain.getCommandStack().execute(p.command(domain, project));
        assertEquals(5, project.getSources().size());
        assertEquals("Journal of Mental Health", project.getSources().get(0).getContainerTitle());
        domain.getCommandStack().undo();
        assertEquals(1, project.getSources().size());
        assertNull(project.getSources().get(0).getContainerTitle());
        domain.getCommandStack().redo();
        assertEquals(5, project.getSources().size());
    }

    @Test
    void nothingToDoGivesACommandThatCannotExecute() throws Exception {
        GuidanceProject project = projectWithBroglia();
        LiteratureImportPreview p = Fixtures.importer().preview("same.ris",
                "TY  - JOUR\nTI  - Student mental health profiles and barriers to help seeking\nAU  - Broglia, Emma\nPY  - 2021\nER  - \n", project);
        assertEquals(1, p.merges().size());
        assertTrue(p.merges().get(0).fills().isEmpty());
        assertFalse(p.command(null, project).canExecute());
    }

    @Test
    void acceptsJudgesTheHead() {
        var importer = Fixtures.importer();
        assertTrue(importer.accepts(java.nio.file.Path.of("x.txt"), "TY  - JOUR\r\n".getBytes()));
        assertTrue(importer.accepts(java.nio.file.Path.of("x"), "\uFEFF@article{a,".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(importer.accepts(java.nio.file.Path.of("x.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}));
        assertFalse(importer.accepts(java.nio.file.Path.of("x.ris"), new byte[0]));
        assertFalse(importer.accepts(java.nio.file.Path.of("notes.md"), "# Notes\n".getBytes()));
    }
}
