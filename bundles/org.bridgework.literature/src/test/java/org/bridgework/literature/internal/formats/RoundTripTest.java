package org.bridgework.literature.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Zotero export of each format, imported, exported in a format and imported again, gives the same core fields
 * (type, citation key, names, title, container, date, publisher, place, DOI, URL, ISBN, volume, issue, pages,
 * accessed, keywords, note).
 */
class RoundTripTest {

    static String core(Source s) {
        List<String> names = new ArrayList<>();
        for (Person p : s.getAuthors()) {
            names.add(name(p));
        }
        List<String> editors = new ArrayList<>();
        for (Person p : s.getEditors()) {
            editors.add(name(p));
        }
        return String.join(" | ", s.getType().getLiteral(), s.getCitationKey(), String.valueOf(names), String.valueOf(editors),
                s.getTitle(), String.valueOf(s.getContainerTitle()), s.getIssuedYear() + "-" + s.getIssuedMonth() + "-" + s.getIssuedDay(),
                String.valueOf(s.getPublisher()), String.valueOf(s.getPublisherPlace()), String.valueOf(s.getDoi()), String.valueOf(s.getUrl()),
                String.valueOf(s.getIsbn()), String.valueOf(s.getVolume()), String.valueOf(s.getIssue()), String.valueOf(s.getPages()),
                String.valueOf(s.getAccessed()), String.valueOf(s.getKeywords()), String.valueOf(s.getNote()));
    }

    private static String name(Person p) {
        return p.getLiteral() != null ? "{" + p.getLiteral() + "}" : p.getNonDroppingParticle() + "/" + p.getFamily() + "/" + p.getGiven() + "/" + p.getSuffix();
    }

    private static List<String> cores(List<Source> sources) {
        return sources.stream().map(RoundTripTest::core).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zotero.ris, ris", "zotero.bib, bibtex", "zotero.json, csljson",
            "zotero.ris, csljson", "zotero.json, bibtex", "zotero.json, ris", "zotero.bib, csljson", "mendeley.bib, bibtex", "endnote.ris, ris"})
    void exportThenImportKeepsTheCoreFields(String fixture, String format) throws Exception {
        LiteratureImportPreview first = Fixtures.importer().preview(List.of(Fixtures.file(fixture)), TestProjects.F.createGuidanceProject());
        assertTrue(first.added().size() >= 3);
        StringWriter out = new StringWriter();
        Fixtures.exporter().export(first.added(), format, out);
        LiteratureImportPreview second = Fixtures.importer().preview("export." + format, out.toString(), TestProjects.F.createGuidanceProject());
        assertEquals(format, second.formats().values().iterator().next(), "detected from content");
        assertEquals(List.of(), second.problems(), out.toString());
        assertEquals(cores(first.added()), cores(second.added()), out.toString());
        // and a second export is the same text: nothing drifts
        StringWriter again = new StringWriter();
        Fixtures.exporter().export(second.added(), format, again);
        assertEquals(out.toString(), again.toString());
    }
}
