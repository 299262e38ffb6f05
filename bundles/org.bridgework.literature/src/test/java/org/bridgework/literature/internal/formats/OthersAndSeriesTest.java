package org.bridgework.literature.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.CitationService.CitationRenderer;
import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.CitationService.Format;
import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.literature.internal.Sources;
import org.bridgework.literature.internal.csl.CslCitationService;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BibTeX's {@code and others} keeps "et al." in citations and the bibliography (Harvard and APA), and {@code series} is
 * the CSL collection-title, not the container: shown in APA and kept through RIS, BibTeX and CSL-JSON.
 */
class OthersAndSeriesTest {

    @TempDir
    Path dir;

    private static final String BIB = """
            @book{smith2019,
              author = {Smith, Jane and Jones, Karl and others},
              title = {Student mental health in practice},
              series = {Policy Press Shorts},
              publisher = {Policy Press},
              address = {Bristol},
              year = {2019}
            }

            @article{patel2021,
              author = {Patel, Anil and others},
              title = {Joint working between universities and NHS trusts},
              journal = {BJPsych Bulletin},
              volume = {45},
              pages = {10--15},
              year = {2021}
            }

            @techreport{hepi2022,
              author = {{Higher Education Policy Institute}},
              title = {Partnerships for student mental health},
              series = {HEPI Report},
              institution = {HEPI},
              address = {Oxford},
              year = {2022}
            }
            """;

    private List<Source> read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LiteratureImportPreview p = Fixtures.importer().preview(List.of(file), TestProjects.F.createGuidanceProject());
        return p.added();
    }

    private static Source key(List<Source> sources, String key) {
        return sources.stream().filter(s -> key.equals(s.getCitationKey())).findFirst().orElseThrow(() -> new AssertionError(key + " not in " + sources.stream().map(Source::getCitationKey).toList()));
    }

    private static String write(ReferenceFormat format, List<Source> sources) throws Exception {
        StringWriter w = new StringWriter();
        format.write(sources, w);
        return w.toString();
    }

    @Test
    void andOthersIsKeptAsTheLastNameAndSeriesIsTheCollectionTitle() throws Exception {
        List<Source> sources = read("lib.bib", BIB);
        Source smith = key(sources, "smith2019");
        assertEquals(3, smith.getAuthors().size());
        assertTrue(Sources.isOthers(smith.getAuthors().get(2)));
        assertEquals("Policy Press Shorts", smith.getCollectionTitle());
        assertNull(smith.getContainerTitle(), "the series is not the container of a book");
    }

    @Test
    void citationsAndBibliographySayEtAl() throws Exception {
        List<Source> sources = read("lib.bib", BIB);
        GuidanceProject project = TestProjects.library();
        project.getSources().addAll(sources);
        CslCitationService service = new CslCitationService();

        CitationRenderer harvard = service.renderer(project, "harvard-cite-them-right", Format.TEXT);
        assertEquals("(Smith, Jones et al., 2019)", harvard.cite(List.of(CiteItem.of("smith2019"))));
        assertEquals("(Patel et al., 2021)", harvard.cite(List.of(CiteItem.of("patel2021"))));
        List<String> bib = harvard.bibliography();
        assertTrue(bib.stream().anyMatch(e -> e.startsWith("Smith, J., Jones, K. et al. (2019)")), bib.toString());
        assertTrue(bib.stream().anyMatch(e -> e.startsWith("Patel, A. et al. (2021)")), bib.toString());
        assertTrue(bib.stream().noneMatch(e -> e.contains("\uE0E1") || e.contains("others")), bib.toString());

        project.getDocument().setLocale("en-US");
        CitationRenderer apa = service.renderer(project, "apa", Format.TEXT);
        assertEquals("(Smith et al., 2019)", apa.cite(List.of(CiteItem.of("smith2019"))));
        assertEquals("(Patel et al., 2021)", apa.cite(List.of(CiteItem.of("patel2021"))));
        List<String> apaBib = apa.bibliography();
        String smithEntry = apaBib.stream().filter(e -> e.startsWith("Smith")).findFirst().orElseThrow();
        assertTrue(smithEntry.startsWith("Smith, J., Jones, K., et al. (2019)"), smithEntry);
        apa.cite(List.of(CiteItem.of("hepi2022")));
        String hepi = apa.bibliography().stream().filter(e -> e.startsWith("Higher")).findFirst().orElseThrow();
        assertTrue(hepi.contains("(HEPI Report)"), "APA shows a report's series (APA example 52): " + hepi);
        assertTrue(apaBib.stream().anyMatch(e -> e.startsWith("Patel, A., et al. (2021)")), apaBib.toString());

        CitationRenderer html = service.renderer(project, "apa", Format.HTML);
        html.cite(List.of(CiteItem.of("smith2019")));
        assertTrue(html.bibliography().get(0).contains("Jones, K., et al."), html.bibliography().toString());
    }

    @Test
    void othersAndSeriesRoundTripThroughBibTexRisAndCslJson() throws Exception {
        List<Source> sources = read("lib.bib", BIB);
        String bib = write(new BibTexFormat(), sources);
        assertTrue(bib.contains("author = {Smith, Jane and Jones, Karl and others}"), bib);
        assertTrue(bib.contains("series = {{Policy Press Shorts}}") || bib.contains("series = {Policy Press Shorts}"), bib);
        List<Source> again = read("again.bib", bib);
        assertEquals("Policy Press Shorts", key(again, "smith2019").getCollectionTitle());
        assertTrue(Sources.isOthers(key(again, "smith2019").getAuthors().get(2)));

        String json = write(new CslJsonFormat(), sources);
        assertTrue(json.contains("\"collection-title\": \"Policy Press Shorts\""), json);
        List<Source> fromJson = read("again.json", json);
        assertEquals("Policy Press Shorts", key(fromJson, "smith2019").getCollectionTitle());
        assertTrue(Sources.isOthers(key(fromJson, "smith2019").getAuthors().get(2)));

        String ris = write(new RisFormat(), sources);
        assertTrue(ris.contains("T3  - Policy Press Shorts"), ris);
        List<Source> fromRis = read("again.ris", ris);
        Source smith = fromRis.stream().filter(s -> s.getTitle().startsWith("Student mental")).findFirst().orElseThrow();
        assertEquals("Policy Press Shorts", smith.getCollectionTitle());
        assertTrue(Sources.isOthers(smith.getAuthors().get(2)));
    }
}
