package org.bridgework.literature.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.ImportProblem.Severity;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed case: reported with file, line and reason while the good entries are read. */
class MalformedTest {

    @TempDir
    Path dir;

    private LiteratureImportPreview read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Fixtures.importer().preview(List.of(file), TestProjects.F.createGuidanceProject());
    }

    private static ImportProblem only(LiteratureImportPreview p, Severity severity) {
        List<ImportProblem> found = p.problems().stream().filter(x -> x.severity() == severity).toList();
        assertEquals(1, found.size(), p.problems().toString());
        return found.get(0);
    }

    private static List<String> titles(LiteratureImportPreview p) {
        return p.added().stream().map(Source::getTitle).toList();
    }

    @Test
    void bibtexMissingCommaBetweenFields() throws Exception {
        LiteratureImportPreview p = read("refs.bib", """
                @book{good1, title = {First good}, author = {Smith, Ann}, year = {2020}}

                @article{bad,
                  title = {Missing comma}
                  author = {Jones, Bob},
                  year = {2021}
                }
                @book{good2, title = {Second good}, author = {Brown, Cat}, year = {2019}}
                """);
        assertEquals(List.of("First good", "Second good"), titles(p));
        ImportProblem e = only(p, Severity.ERROR);
        assertEquals(5, e.line(), e.toString());
        assertTrue(e.message().contains("'author'") && e.message().contains("comma"), e.message());
        assertTrue(e.file().endsWith("refs.bib"));
    }

    @Test
    void bibtexUnclosedEntryDoesNotSwallowTheNext() throws Exception {
        LiteratureImportPreview p = read("refs.bib", """
                @article{bad, title = {Unclosed}, author = {Jones, Bob}, year = {2021}
                @book{good, title = {Good}, author = {Brown, Cat}, year = {2019}}
                """);
        assertEquals(List.of("Good"), titles(p));
        ImportProblem e = only(p, Severity.ERROR);
        assertEquals(1, e.line());
        assertTrue(e.message().contains("not closed"), e.message());
    }

    @Test
    void bibtexUndefinedStringMacroAndDefinedOnes() throws Exception {
        LiteratureImportPreview p = read("refs.bib", """
                @string{uuk = "Universities UK"}
                @String{jmh = {Journal of Mental Health}}
                @report{ok, title = {With macros}, author = {{Universities UK}}, institution = uuk, year = 2020}
                @article{ok2, title = {Concatenated}, author = {Smith, Ann}, journal = jmh # " (online)", year = {2020}}
                @article{bad, title = {Undefined}, author = {Jones, Bob}, journal = nomacro, year = {2021}}
                """);
        assertEquals(List.of("With macros", "Concatenated", "Undefined"), titles(p), "an undefined macro drops only its field");
        assertEquals("Universities UK", p.added().get(0).getPublisher());
        assertEquals("Journal of Mental Health (online)", p.added().get(1).getContainerTitle());
        assertEquals(null, p.added().get(2).getContainerTitle());
        assertEquals("Jones", p.added().get(2).getAuthors().get(0).getFamily());
        ImportProblem e = only(p, Severity.WARNING);
        assertEquals(5, e.line());
        assertTrue(e.message().contains("nomacro") && e.message().contains("'journal'"), e.message());
        assertTrue(p.problems().stream().noneMatch(x -> x.severity() == Severity.ERROR), p.problems().toString());
    }

    @Test
    void bibtexUnknownTypeAndBadYearAreWarnings() throws Exception {
        LiteratureImportPreview p = read("refs.bib", """
                @podcast{p1, title = {A podcast}, author = {Smith, Ann}, year = {forthcoming}}
                """);
        assertEquals(1, p.added().size());
        assertEquals(2, p.problems().size(), p.problems().toString());
        assertTrue(p.problems().stream().allMatch(x -> x.severity() == Severity.WARNING));
        assertTrue(p.problems().get(0).message().contains("@podcast"));
        assertTrue(p.problems().get(1).message().contains("forthcoming"));
    }

    @Test
    void risLinesOutsideAnEntryMissingErAndEmptyEntry() throws Exception {
        LiteratureImportPreview p = read("refs.ris", """
                AU  - Orphan, Anne
                TI  - A title without its TY line
                ER  -\s

                TY  - JOUR
                TI  - Good one
                AU  - Smith, Ann
                PY  - 2020
                ER  -\s

                TY  - JOUR
                PY  - 2021
                ER  -\s

                TY  - BOOK
                TI  - Last one with no ER
                AU  - Brown, Cat
                PY  - 2019
                """);
        assertEquals(List.of("Good one", "Last one with no ER"), titles(p));
        List<ImportProblem> problems = p.problems();
        // the stray lines 1-3 are one problem (reported once, at the first), not one per line
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("outside an entry"), problems.get(0).message());
        assertEquals(11, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("no title, author"), problems.get(1).message());
        assertEquals(Severity.ERROR, problems.get(1).severity());
        assertEquals(15, problems.get(2).line());
        assertTrue(problems.get(2).message().contains("no ER"), problems.get(2).message());
        assertEquals(Severity.WARNING, problems.get(2).severity());
    }

    @Test
    void risUnknownTypeIsReadAsADocument() throws Exception {
        LiteratureImportPreview p = read("refs.ris", "TY  - ZZZZ\nTI  - Odd\nAU  - Smith, Ann\nER  - \n");
        assertEquals(1, p.added().size());
        assertTrue(only(p, Severity.WARNING).message().contains("'ZZZZ'"));
    }

    @Test
    void cslJsonSyntaxErrorKeepsTheItemsBefore() throws Exception {
        LiteratureImportPreview p = read("refs.json", """
                [
                  {"id": "a", "type": "book", "title": "Before", "author": [{"family": "Smith", "given": "Ann"}], "issued": {"date-parts": [[2020]]}},
                  {"id": "b", "type": "book", "title": "Broken" "author": []},
                  {"id": "c", "type": "book", "title": "After"}
                ]
                """);
        assertEquals(List.of("Before"), titles(p));
        ImportProblem e = only(p, Severity.ERROR);
        assertEquals(3, e.line(), e.toString());
        assertTrue(e.message().contains("malformed") && e.message().contains("column"), e.message());
    }

    @Test
    void cslJsonItemThatIsNoObjectAndMissingType() throws Exception {
        LiteratureImportPreview p = read("refs.json", """
                [
                  "just a string",
                  {"id": "x", "title": "No type", "author": [{"literal": "NHS England"}]}
                ]
                """);
        assertEquals(List.of("No type"), titles(p));
        assertEquals(2, p.problems().size());
        assertEquals(Severity.ERROR, p.problems().get(0).severity());
        assertEquals(2, p.problems().get(0).line());
        assertEquals(Severity.WARNING, p.problems().get(1).severity());
        assertEquals(3, p.problems().get(1).line());
    }

    @Test
    void emptyBlankBinaryAndUnknownFilesAreClearErrors() throws Exception {
        Path empty = Files.write(dir.resolve("empty.ris"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.bib"), "\uFEFF  \r\n\r\n");
        Path png = Files.write(dir.resolve("refs.ris"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path text = Files.writeString(dir.resolve("notes.txt"), "Remember to read the Stepchange report.\n");
        var importer = Fixtures.importer();
        var project = TestProjects.F.createGuidanceProject();
        ImportException e1 = assertThrows(ImportException.class, () -> importer.preview(List.of(empty), project));
        assertTrue(e1.getMessage().contains("empty"), e1.getMessage());
        ImportException e2 = assertThrows(ImportException.class, () -> importer.preview(List.of(blank), project));
        assertTrue(e2.getMessage().contains("empty"), e2.getMessage());
        ImportException e3 = assertThrows(ImportException.class, () -> importer.preview(List.of(png), project));
        assertTrue(e3.getMessage().contains("binary file"), e3.getMessage());
        assertEquals(png, e3.file());
        ImportException e4 = assertThrows(ImportException.class, () -> importer.preview(List.of(text), project));
        assertTrue(e4.getMessage().contains("not a reference file") && e4.getMessage().contains("Remember to read"), e4.getMessage());
        ImportException e5 = assertThrows(ImportException.class, () -> importer.preview(List.of(dir.resolve("missing.ris")), project));
        assertTrue(e5.getMessage().contains("no such file"), e5.getMessage());
        // one bad file among good ones: the whole import stops (nothing half-done)
        assertThrows(ImportException.class, () -> importer.preview(List.of(Fixtures.file("zotero.ris"), empty), project));
    }

    @Test
    void formatIsFoundFromContentNotName() throws Exception {
        LiteratureImportPreview bibAsTxt = read("export.txt", "@book{k, title = {T}, author = {Smith, Ann}, year = {2020}}");
        assertEquals("bibtex", bibAsTxt.formats().values().iterator().next());
        LiteratureImportPreview risAsBib = read("wrong.bib", "TY  - BOOK\r\nTI  - T\r\nAU  - Smith, Ann\r\nER  - \r\n");
        assertEquals("ris", risAsBib.formats().values().iterator().next());
        LiteratureImportPreview jsonNoExt = read("export", "[{\"type\": \"book\", \"title\": \"T\"}]");
        assertEquals("csljson", jsonNoExt.formats().values().iterator().next());
    }

    @Test
    void bomAndUtf16AndManyAuthors() throws Exception {
        StringBuilder ris = new StringBuilder("\uFEFFTY  - JOUR\r\nTI  - A multi-centre study\r\n");
        for (int i = 1; i <= 40; i++) {
            ris.append("AU  - Author").append(i).append(", Given").append(i).append("\r\n");
        }
        ris.append("PY  - 2022\r\nER  - \r\n");
        Path utf8 = dir.resolve("bom.ris");
        Files.writeString(utf8, ris.toString(), StandardCharsets.UTF_8);
        Path utf16 = dir.resolve("utf16.ris");
        Files.writeString(utf16, ris.toString().replace("multi-centre", "multi-centre é"), StandardCharsets.UTF_16LE);
        byte[] bytes = Files.readAllBytes(utf16);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);
        Files.write(utf16, withBom);
        LiteratureImportPreview p = Fixtures.importer().preview(List.of(utf8, utf16), TestProjects.F.createGuidanceProject());
        assertEquals(List.of(), p.problems());
        assertEquals(40, p.added().get(0).getAuthors().size());
        assertEquals("A multi-centre é study", p.added().get(1).getTitle(), "UTF-16 with a byte order mark (written twice)");
        assertEquals("author12022", p.added().get(0).getCitationKey());
    }
}
