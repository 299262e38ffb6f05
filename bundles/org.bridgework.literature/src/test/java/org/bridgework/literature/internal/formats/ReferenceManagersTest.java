package org.bridgework.literature.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.ImportProblem.Severity;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as JabRef (LaTeX, crossref, xdata, @string), EndNote (.enw), PubMed (.nbib), refer and Windows tools
 * (UTF-16 without a byte order mark) write them: read without losses, each problem with its file and line.
 */
class ReferenceManagersTest {

    @TempDir
    Path dir;

    private static LiteratureImportPreview read(Path file) throws Exception {
        return Fixtures.importer().preview(List.of(file), TestProjects.F.createGuidanceProject());
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
    void latexDecodesEveryAccentSymbolAndMathWithoutLoss() {
        assertEquals("Aksın", Latex.decode("Aks{\\i}n"));
        assertEquals("Łukasz Michał", Latex.decode("{\\L}ukasz Micha\\l{}"));
        assertEquals("Erdős Węglarz Żaneta ğ í ï", Latex.decode("Erd\\H{o}s W\\k{e}glarz \\.{Z}aneta \\u{g} \\'{\\i} {\\\"{\\i}}"));
        assertEquals("ß ø Å æ œ ç Škoda ů ō ạ", Latex.decode("{\\ss} {\\o} {\\AA} {\\ae} {\\oe} \\c{c} \\v{S}koda \\r{u} \\={o} \\d{a}"));
        assertEquals("école – 1990—2000, “quoted”, O'Neill", Latex.decode("{\\'e}cole -- 1990---2000, ``quoted'', O'Neill"));
        assertEquals("p<0.05 with α and x² levels", Latex.decode("$p<0.05$ with $\\alpha$ and $x^2$ levels"));
        assertEquals("see https://x.org/a_b%20c", Latex.decode("see \\url{https://x.org/a\\_b\\%20c}"));
        assertEquals("50% & $ § … Italic", Latex.decode("50\\% \\& \\$ \\S{} \\ldots{} \\textit{Italic}"));
        assertEquals("unknown kept: text and name", Latex.decode("unknown kept: \\mystery{text} and \\name"), "an unknown command keeps its text");
        String deep = "{".repeat(100_000) + "\\'".repeat(100_000) + "x" + "}".repeat(100_000);
        assertTrue(Latex.decode(deep).contains("x"), "hostile nesting is read flat, not a stack overflow");
    }

    @Test
    void jabRefLibraryWithCrossrefXdataStringsAndProblems() throws Exception {
        LiteratureImportPreview p = read(Fixtures.file("jabref-latex.bib"));
        Source a = byTitle(p, "Peer support");
        assertEquals("Aksın, Gül; Erdős, Pál; Michałowski, Łukasz; Węglarz, Małgorzata; [others]", names(a.getAuthors()), "\"and others\" is kept: citations say et al.");
        assertEquals("Peer support in UK universities: İstanbul and ín-between – a comparison of two models with p<0.05 and α levels", a.getTitle());
        assertEquals("Journal of Mental Health", a.getContainerTitle(), "@string macro");
        assertEquals("https://example.org/paper_one?id=1&x=2", a.getUrl());
        assertEquals("aksin2019", a.getCitationKey());

        Source book = byTitle(p, "Student Mental Health in the UK");
        assertEquals("NHS England Publications", book.getPublisher(), "@string # concatenation");
        assertEquals("Grant, Alan; Hughes, Gareth", names(book.getEditors()), "editors stay editors");
        assertTrue(book.getAuthors().isEmpty());

        Source chapter = byTitle(p, "Partnership working");
        assertEquals(SourceType.CHAPTER, chapter.getType());
        assertEquals("Student Mental Health in the UK", chapter.getContainerTitle(), "the crossref parent's title is the book title");
        assertEquals("Grant, Alan; Hughes, Gareth", names(chapter.getEditors()));
        assertEquals("NHS England Publications", chapter.getPublisher());
        assertEquals(2020, chapter.getIssuedYear());
        assertEquals("O'Neill, Siobhán; van der Berg, Jan", names(chapter.getAuthors()));

        Source report = byTitle(p, "Stepchange");
        assertEquals("Universities UK", report.getPublisher(), "inherited from @xdata");
        assertEquals("London", report.getPublisherPlace());
        assertEquals(5, report.getIssuedMonth());
        assertTrue(p.added().stream().noneMatch(s -> s.getTitle() == null), "the @xdata entry is not a source");

        Source nhs = byTitle(p, "The NHS Long Term Plan");
        assertEquals("https://www.longtermplan.nhs.uk/", nhs.getUrl(), "@misc(...) with parentheses is read");
        assertNull(nhs.getContainerTitle(), "the field with an undefined macro is left out");
        Source brace = byTitle(p, "An extra brace");
        assertNull(brace.getIssuedYear());

        List<ImportProblem> warnings = p.problems().stream().filter(x -> x.severity() == Severity.WARNING).toList();
        assertEquals(2, warnings.size(), p.problems().toString());
        assertTrue(p.problems().stream().noneMatch(x -> x.severity() == Severity.ERROR), p.problems().toString());
        ImportProblem macro = warnings.stream().filter(w -> w.message().contains("undefinedmacro")).findFirst().orElseThrow();
        assertEquals(55, macro.line(), macro.toString());
        assertTrue(macro.message().contains("'journal'"), macro.message());
        ImportProblem extra = warnings.stream().filter(w -> w.message().contains("extra '}'")).findFirst().orElseThrow();
        assertEquals(61, extra.line(), extra.toString());
        assertTrue(extra.message().contains("'year'"), extra.message());
    }

    @Test
    void risNamesWithoutCommasArePeopleUnlessTheyReadAsOrganisations() throws Exception {
        Path ris = dir.resolve("names.ris");
        Files.writeString(ris, """
                TY  - JOUR
                AU  - Emma Broglia
                AU  - J. R. R. Tolkien
                AU  - Plato
                AU  - Ludwig van Beethoven
                AU  - Universities UK
                AU  - Department of Health and Social Care
                AU  - NICE
                AU  - Lee, Ann; Park, Jin
                A1  - Smith JR
                TI  - Names as tools write them
                PY  - 2020
                ER  -\s
                """, StandardCharsets.UTF_8);
        LiteratureImportPreview p = read(ris);
        assertEquals("Broglia, Emma; Tolkien, J. R. R.; Plato, null; van Beethoven, Ludwig; [Universities UK]; "
                + "[Department of Health and Social Care]; [NICE]; Lee, Ann; Park, Jin; Smith, J. R.", names(p.added().get(0).getAuthors()));
    }

    @Test
    void endNoteTaggedKeepsEditorsKeywordsAndTypes() throws Exception {
        LiteratureImportPreview p = read(Fixtures.file("endnote.enw"));
        assertEquals("enw", p.formats().values().iterator().next());
        assertEquals(4, p.added().size(), p.added().stream().map(Source::getTitle).toList().toString());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals(SourceType.ARTICLE_JOURNAL, a.getType());
        assertEquals("Broglia, Emma; Millings, Abigail; Barkham, Michael", names(a.getAuthors()));
        assertEquals(3, a.getIssuedMonth());
        assertEquals(4, a.getIssuedDay());
        assertEquals(List.of("help seeking", "students", "university counselling"), a.getKeywords());
        assertEquals("University students report high levels of psychological distress and a low uptake of help.", a.getAbstractText());
        assertEquals("10.1080/09638237.2021.1875412", a.getDoi());
        assertEquals("broglia2021profiles", a.getCitationKey());
        Source edited = byTitle(p, "Student mental health in the UK");
        assertEquals(SourceType.BOOK, edited.getType());
        assertTrue(edited.getAuthors().isEmpty());
        assertEquals("Grant, Alan; Hughes, Gareth", names(edited.getEditors()));
        assertEquals("978-0-367-44321-9", edited.getIsbn());
        assertEquals("[Universities UK]", names(byTitle(p, "Stepchange").getAuthors()), "EndNote's trailing comma: an organisation");
        Source chapter = byTitle(p, "Partnership working");
        assertEquals(SourceType.CHAPTER, chapter.getType(), "a %0 line without a blank line before it starts a new record");
        assertEquals("Student mental health in the UK: a handbook", chapter.getContainerTitle());
        assertEquals("45-67", chapter.getPages());
    }

    @Test
    void editedBooksCiteTheirEditorsAsEditorsInApa() throws Exception {
        LiteratureImportPreview p = read(Fixtures.file("endnote.enw"));
        Source edited = byTitle(p, "Student mental health in the UK");
        edited.setCitationKey("grant2020");
        org.bridgework.model.GuidanceProject project = TestProjects.library();
        project.getDocument().setLocale("en-US");
        project.getSources().add(edited);
        var renderer = new org.bridgework.literature.internal.csl.CslCitationService().renderer(project, "apa",
                org.bridgework.core.api.CitationService.Format.TEXT);
        assertEquals("(Grant & Hughes, 2020)", renderer.cite(List.of(org.bridgework.core.api.CitationService.CiteItem.of("grant2020"))));
        assertTrue(renderer.bibliography().contains("Grant, A., & Hughes, G. (Eds.). (2020). Student mental health in the UK: a handbook. Routledge."),
                renderer.bibliography().toString());
    }

    @Test
    void pubMedMedlineWithWrappedLinesShortPagesAndBookChapters() throws Exception {
        LiteratureImportPreview p = read(Fixtures.file("pubmed.nbib"));
        assertEquals("nbib", p.formats().values().iterator().next());
        assertEquals(2, p.added().size());
        assertEquals(List.of(), p.problems());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals("Student mental health profiles and barriers to help seeking: when and why students seek help for a mental health concern.", a.getTitle());
        assertEquals("Broglia, Emma; Millings, Abigail; Barkham, Michael; [SCORE Consortium]", names(a.getAuthors()));
        assertEquals("Journal of mental health (Abingdon, England)", a.getContainerTitle());
        assertEquals("185-193", a.getPages(), "MEDLINE's 185-93 written out");
        assertEquals(2021, a.getIssuedYear());
        assertEquals(6, a.getIssuedMonth());
        assertEquals("30", a.getVolume());
        assertEquals("3", a.getIssue());
        assertEquals("10.1080/09638237.2021.1875412", a.getDoi());
        assertTrue(a.getAbstractText().contains("AIMS: To describe students' profiles."), a.getAbstractText());
        assertTrue(a.getKeywords().containsAll(List.of("help seeking", "Help-Seeking Behavior")), a.getKeywords().toString());
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/33504237/", a.getUrl());
        Source chapter = byTitle(p, "Partnership working");
        assertEquals(SourceType.CHAPTER, chapter.getType());
        assertEquals("Student Mental Health: A Guide for Practitioners", chapter.getContainerTitle());
        assertEquals("Grant, Alan; Hughes, Gareth", names(chapter.getEditors()));
        assertEquals("Aksın, Gül", names(chapter.getAuthors()));
        assertEquals("Washington (DC)", chapter.getPublisherPlace());
    }

    @Test
    void referGuessesTypesAndReadsGivenFirstNames() throws Exception {
        LiteratureImportPreview p = read(Fixtures.file("classic.refer"));
        assertEquals("refer", p.formats().values().iterator().next());
        assertEquals(2, p.added().size());
        Source a = byTitle(p, "Student mental health profiles");
        assertEquals(SourceType.ARTICLE_JOURNAL, a.getType());
        assertEquals("Broglia, Emma; Millings, Abigail", names(a.getAuthors()));
        Source r = byTitle(p, "Stepchange");
        assertEquals(SourceType.REPORT, r.getType());
        assertEquals("[Universities UK]", names(r.getAuthors()));
    }

    @Test
    void utf16WithoutByteOrderMarkIsDetected() throws Exception {
        String text = Files.readString(Fixtures.file("endnote.enw"), StandardCharsets.UTF_8);
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path f = dir.resolve("windows-" + cs.name() + ".enw");
            Files.write(f, text.getBytes(cs));
            LiteratureImportPreview p = read(f);
            assertEquals(4, p.added().size(), cs + ": " + p.problems());
            assertEquals("O'Neill, Siobhán; van der Berg, Jan", names(byTitle(p, "Partnership working").getAuthors()), cs.name());
        }
    }

    @Test
    void badTaggedFilesNameTheLineAndKeepTheGoodRecords() throws Exception {
        Path f = dir.resolve("broken.enw");
        Files.writeString(f, "%0 Journal Article\n%T Good one\n%D 2020\n\nthis line is not tagged\n%T Ignored\n\n%0 Book\n%T Good two\n", StandardCharsets.UTF_8);
        LiteratureImportPreview p = read(f);
        List<ImportProblem> errors = p.problems().stream().filter(x -> x.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), p.problems().toString());
        assertEquals(5, errors.get(0).line());
        assertTrue(errors.get(0).file().endsWith("broken.enw"));
        assertTrue(p.added().stream().map(Source::getTitle).toList().containsAll(List.of("Good one", "Good two")));
    }

    @Test
    void citationKeysStayAsciiAndPandocSafeHoweverManyShareAStem() throws Exception {
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < 730; i++) {
            bib.append("@article{, author = {Aks{\\i}n, G{\\\"u}l}, title = {Paper ").append(i).append("}, year = 2019}\n");
        }
        bib.append("@article{Müller2020, author = {M{\\\"u}ller, Hans}, title = {Umlaut key}, year = 2020}\n");
        bib.append("@article{smith2020., author = {Smith, Ann}, title = {Trailing dot key}, year = 2020}\n");
        Path f = dir.resolve("many.bib");
        Files.writeString(f, bib, StandardCharsets.UTF_8);
        LiteratureImportPreview p = read(f);
        List<String> keys = p.added().stream().map(Source::getCitationKey).toList();
        assertEquals(732, keys.size());
        assertEquals(keys.size(), keys.stream().map(String::toLowerCase).distinct().count(), "unique");
        for (String k : keys) {
            assertTrue(k.matches("[A-Za-z_][A-Za-z0-9_:.#$%&+?<>~/-]*[A-Za-z0-9_]"), k);
        }
        assertEquals("aksin2019", keys.get(0));
        assertEquals("aksin2019a", keys.get(1));
        assertEquals("aksin2019zz", keys.get(702), "after z, aa..zz");
        assertEquals("aksin2019aaa", keys.get(703));
        assertEquals("muller2020", keys.get(730), "a non-ASCII key from the file is replaced");
        assertEquals("smith2020", keys.get(731), "pandoc would drop the trailing dot");
        assertEquals("zz", org.bridgework.literature.internal.imports.CitationKeysAccess.suffix(701));
    }

    @Test
    void newFormatsRoundTripWithNothingLost() throws Exception {
        LiteratureImportPreview original = read(Fixtures.file("endnote.enw"));
        for (ReferenceFormat format : List.of(new EndNoteTaggedFormat(), new MedlineFormat(), new ReferFormat())) {
            StringWriter out = new StringWriter();
            format.write(original.added(), out);
            Path f = dir.resolve("round." + format.extension());
            Files.writeString(f, out.toString(), StandardCharsets.UTF_8);
            LiteratureImportPreview back = read(f);
            assertEquals(format.id(), back.formats().values().iterator().next(), out.toString());
            assertEquals(original.added().size(), back.added().size(), format.id());
            for (int i = 0; i < original.added().size(); i++) {
                Source o = original.added().get(i);
                Source b = back.added().get(i);
                assertEquals(o.getTitle(), b.getTitle(), format.id());
                assertEquals(names(o.getAuthors()), names(b.getAuthors()), format.id());
                assertEquals(names(o.getEditors()), names(b.getEditors()), format.id());
                assertEquals(o.getContainerTitle(), b.getContainerTitle(), format.id());
                assertEquals(o.getIssuedYear(), b.getIssuedYear(), format.id());
                assertEquals(o.getPages(), b.getPages(), format.id());
                assertEquals(o.getDoi(), b.getDoi(), format.id());
                assertEquals(o.getIsbn(), b.getIsbn(), format.id());
                if (!format.id().equals("refer")) {
                    assertEquals(o.getType(), b.getType(), format.id());
                    assertEquals(o.getKeywords(), b.getKeywords(), format.id());
                }
            }
        }
    }
}
