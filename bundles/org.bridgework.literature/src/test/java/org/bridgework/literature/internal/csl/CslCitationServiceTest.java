package org.bridgework.literature.internal.csl;

import static org.bridgework.literature.TestProjects.corporate;
import static org.bridgework.literature.TestProjects.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.core.api.CitationService.CitationRenderer;
import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.CitationService.Format;
import org.bridgework.literature.TestProjects;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.SourceType;
import org.junit.jupiter.api.Test;

/**
 * Expected strings are pandoc 2.17's output ({@code pandoc --citeproc -M lang=en-GB --csl STYLE.csl -t plain})
 * for the same items in CSL-JSON, with the same CSL 26.2 style files.
 */
class CslCitationServiceTest {

    private final CslCitationService service = new CslCitationService();

    private static List<CiteItem> keys(String... keys) {
        return java.util.Arrays.stream(keys).map(CiteItem::of).toList();
    }

    @Test
    void givesTheStyleFileForPandoc() {
        String xml = service.styleXml("harvard-cite-them-right").orElseThrow();
        assertTrue(xml.contains("<style") && xml.contains("http://purl.org/net/xbiblio/csl"), xml.substring(0, 200));
        assertTrue(service.styleXml("vancouver").orElseThrow().contains("<style"));
        assertFalse(service.styleXml("no-such-style").isPresent());
    }

    @Test
    void preparingReadiesTheEnginesTheRenderersThenUseAndLeavesUnknownStylesToThem() {
        GuidanceProject project = TestProjects.library();
        assertFalse(service.ready("harvard-cite-them-right", "en-GB", Format.HTML));
        service.prepare(project, "harvard-cite-them-right");
        assertTrue(service.ready("harvard-cite-them-right", "en-GB", Format.HTML) && service.ready("harvard-cite-them-right", "en-GB", Format.TEXT));
        CslEngine html = service.engine(CslStyle.byId("harvard-cite-them-right").orElseThrow(), "en-GB", Format.HTML);
        CslEngine text = service.engine(CslStyle.byId("harvard-cite-them-right").orElseThrow(), "en-GB", Format.TEXT);
        service.prepare(project, "harvard-cite-them-right");
        assertTrue(html == service.engine(CslStyle.byId("harvard-cite-them-right").orElseThrow(), "en-GB", Format.HTML), "made once");
        assertTrue(text != html);
        // a prepared engine formats as a fresh one does
        CitationRenderer r = service.renderer(project, "harvard-cite-them-right", Format.TEXT);
        assertEquals("(Thorley, 2017; Broglia, Millings and Barkham, 2021)", r.cite(keys("broglia2021", "thorley2017")));
        service.prepare(project, "no-such-style"); // nothing to ready: the renderer says what is wrong
        assertThrows(IllegalArgumentException.class, () -> service.renderer(project, "no-such-style", Format.TEXT));
    }

    @Test
    void harvardMatchesPandocEnGbWithTheCommaOutsideTheQuote() {
        CitationRenderer r = service.renderer(TestProjects.library(), "harvard-cite-them-right", Format.TEXT);
        assertEquals("(Universities UK, 2020, p. 4)", r.cite(List.of(new CiteItem("uuk2022", "p. 4", null, null))));
        assertEquals("(Thorley, 2017; Broglia, Millings and Barkham, 2021)", r.cite(keys("broglia2021", "thorley2017")));
        assertEquals(List.of(
                "Broglia, E., Millings, A. and Barkham, M. (2021) ‘Student mental health profiles and barriers to help seeking: when and why students seek help for a mental health concern’, Journal of Mental Health, 30(2), pp. 185–193. Available at: https://doi.org/10.1080/09638237.2021.1875412.",
                "Thorley, C. (2017) Not by degrees: improving student mental health in the UK’s universities. London: IPPR.",
                "Universities UK (2020) Stepchange: mentally healthy universities. London: Universities UK. Available at: https://www.universitiesuk.ac.uk/stepchange (Accessed: 1 March 2024)."),
                r.bibliography());
    }

    @Test
    void apaMatchesPandoc() {
        GuidanceProject project = TestProjects.library();
        project.getDocument().setLocale("en-US");
        CitationRenderer r = service.renderer(project, "apa", Format.TEXT);
        assertEquals("(Universities UK, 2020, p. 4)", r.cite(List.of(new CiteItem("uuk2022", "p. 4", null, null))));
        assertEquals("(Broglia et al., 2021; Thorley, 2017)", r.cite(keys("broglia2021", "thorley2017")));
        assertEquals(List.of(
                "Broglia, E., Millings, A., & Barkham, M. (2021). Student mental health profiles and barriers to help seeking: when and why students seek help for a mental health concern. Journal of Mental Health, 30(2), 185–193. https://doi.org/10.1080/09638237.2021.1875412",
                "Thorley, C. (2017). Not by degrees: improving student mental health in the UK’s universities. IPPR.",
                "Universities UK. (2020). Stepchange: mentally healthy universities. Universities UK. https://www.universitiesuk.ac.uk/stepchange"),
                r.bibliography());
    }

    @Test
    void vancouverNumbersInOrderOfFirstCitation() {
        CitationRenderer r = service.renderer(TestProjects.library(), "vancouver", Format.TEXT);
        assertEquals("(1)", r.cite(keys("uuk2022")));
        assertEquals("(2,3)", r.cite(keys("broglia2021", "thorley2017")));
        assertEquals("(1)", r.cite(keys("uuk2022")));
        assertEquals(List.of(
                "1. Universities UK. Stepchange: mentally healthy universities [Internet]. London: Universities UK; 2020 [cited 2024 Mar 1]. Available from: https://www.universitiesuk.ac.uk/stepchange",
                "2. Broglia E, Millings A, Barkham M. Student mental health profiles and barriers to help seeking: when and why students seek help for a mental health concern. Journal of Mental Health. 2021;30(2):185–93.",
                "3. Thorley C. Not by degrees: improving student mental health in the UK’s universities. London: IPPR; 2017."),
                r.bibliography());
    }

    @Test
    void vancouverOrderFollowsTheDocumentNotTheLibrary() {
        CitationRenderer r = service.renderer(TestProjects.library(), "vancouver", Format.TEXT);
        assertEquals("(1)", r.cite(keys("thorley2017")));
        assertEquals("(2)", r.cite(keys("uuk2022")));
        List<String> bib = r.bibliography();
        assertEquals(2, bib.size());
        assertTrue(bib.get(0).startsWith("1. Thorley C."), bib.get(0));
        assertTrue(bib.get(1).startsWith("2. Universities UK."), bib.get(1));
    }

    @Test
    void sameAuthorSameYearGetsPandocsYearSuffixes() {
        GuidanceProject project = TestProjects.library();
        project.getSources().add(source("nhs-b", SourceType.REPORT, "Zeta plan", 2023, corporate("NHS England")));
        project.getSources().add(source("nhs-a", SourceType.REPORT, "Alpha plan", 2023, corporate("NHS England")));
        project.getSources().add(source("nhs-c", SourceType.REPORT, "Other", 2021, corporate("NHS England")));
        var section = TestProjects.section(project, "s1", "One");
        TestProjects.paragraph(section, "p1", "A [@nhs-b]. B [@nhs-a]. C [@nhs-c; @nhs-b]");
        CitationRenderer r = service.renderer(project, "harvard-cite-them-right", Format.TEXT);
        assertEquals("(NHS England, 2023b)", r.cite(keys("nhs-b")));
        assertEquals("(NHS England, 2023a)", r.cite(keys("nhs-a")));
        assertEquals(List.of("NHS England (2023a) Alpha plan.", "NHS England (2023b) Zeta plan."), r.bibliography());
    }

    @Test
    void onlyOneWorkOfAnAuthorYearCitedHasNoSuffix() {
        GuidanceProject project = TestProjects.library();
        project.getSources().add(source("nhs-b", SourceType.REPORT, "Zeta plan", 2023, corporate("NHS England")));
        project.getSources().add(source("nhs-a", SourceType.REPORT, "Alpha plan", 2023, corporate("NHS England")));
        CitationRenderer r = service.renderer(project, "harvard-cite-them-right", Format.TEXT);
        assertEquals("(NHS England, 2023)", r.cite(keys("nhs-b")));
        assertEquals(List.of("NHS England (2023) Zeta plan."), r.bibliography());
    }

    @Test
    void htmlHasCharactersNotNamedEntitiesAndLinks() {
        CitationRenderer r = service.renderer(TestProjects.library(), "harvard-cite-them-right", Format.HTML);
        r.cite(keys("broglia2021"));
        String entry = r.bibliography().get(0);
        assertTrue(entry.startsWith("<div class=\"csl-entry\">Broglia, E., Millings, A. and Barkham, M. (2021) ‘Student"), entry);
        assertTrue(entry.contains("<i>Journal of Mental Health</i>"), entry);
        assertTrue(entry.contains("185–193"), entry);
        assertTrue(entry.contains("<a href=\"https://doi.org/10.1080/09638237.2021.1875412\">"), entry);
        assertFalse(entry.matches("(?s).*&[a-z]+;.*"), entry);
    }

    @Test
    void prefixLocatorsAndSuffixes() {
        CitationRenderer r = service.renderer(TestProjects.library(), "harvard-cite-them-right", Format.TEXT);
        assertEquals("(see Thorley, 2017, pp. 4–6)", r.cite(List.of(new CiteItem("thorley2017", "pp. 4-6", "see", null))));
        // pandoc 2.17 writes "chap. 2" from its older bundled locale; the CSL 26.2 en-GB locale we ship says "ch."
        assertEquals("(Thorley, 2017, ch. 2)", r.cite(List.of(new CiteItem("thorley2017", "chap. 2", null, null))));
        assertEquals("(Thorley, 2017, p. 12)", r.cite(List.of(new CiteItem("thorley2017", "12", null, null))));
        assertEquals("(Thorley, 2017, emphasis added)", r.cite(List.of(new CiteItem("thorley2017", "emphasis added", null, null))));
    }

    @Test
    void unknownStyleAndKeyAreNamed() {
        IllegalArgumentException style = assertThrows(IllegalArgumentException.class,
                () -> service.renderer(TestProjects.library(), "chicago", Format.TEXT));
        assertTrue(style.getMessage().contains("'chicago'") && style.getMessage().contains("harvard-cite-them-right, apa, vancouver"), style.getMessage());
        CitationRenderer r = service.renderer(TestProjects.library(), "apa", Format.TEXT);
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> r.cite(keys("uuk2022", "nobody1999")));
        assertTrue(key.getMessage().contains("'nobody1999'"), key.getMessage());
    }

    @Test
    void interleavedRenderersSharingAnEngineKeepTheirOwnNumbering() {
        CitationRenderer a = service.renderer(TestProjects.library(), "vancouver", Format.TEXT);
        CitationRenderer b = service.renderer(TestProjects.library(), "vancouver", Format.TEXT);
        assertEquals("(1)", a.cite(keys("thorley2017")));
        assertEquals("(1)", b.cite(keys("uuk2022")));
        assertEquals("(2)", a.cite(keys("uuk2022")));
        assertEquals("(2)", b.cite(keys("broglia2021")));
        assertEquals(2, a.bibliography().size());
        assertTrue(a.bibliography().get(0).startsWith("1. Thorley"));
        assertTrue(b.bibliography().get(1).startsWith("2. Broglia"));
    }

    @Test
    void stylesAreOfferedAndEmptyBibliographyIsEmpty() {
        assertEquals(List.of("harvard-cite-them-right", "apa", "vancouver"), service.styles());
        assertEquals(List.of(), service.renderer(TestProjects.library(), "apa", Format.HTML).bibliography());
        // the styles-26.2 file name of Vancouver is accepted too
        assertEquals("(1)", service.renderer(TestProjects.library(), "nlm-citation-sequence", Format.TEXT).cite(keys("uuk2022")));
    }
}
