package org.bridgework.assembly.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.HtmlExport.HtmlOptions;
import org.bridgework.assembly.api.OutputSink;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class HtmlRendererTest {

    private static byte[] render(String context) throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), context, AssemblyProgress.NONE);
        OutputSink.InMemory sink = OutputSink.inMemory("test");
        new HtmlRenderer().render(doc, sink, AssemblyProgress.NONE);
        return sink.mainBytes();
    }

    private static Document parse(byte[] html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    private static List<Element> all(Document d, String tag) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = d.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element byId(Document d, String id) {
        return all(d, "*").stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    @Test
    void theChallengeTableIsAMatrixWithEachSolutionDescribedOnce() throws Exception {
        byte[] bytes = render(null);
        Document d = parse(bytes);
        Element table = byId(d, "t-challenges");
        assertEquals("matrix", table.getAttribute("class"));
        List<String> headers = new ArrayList<>();
        NodeList ths = ((Element) table.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
        for (int i = 0; i < ths.getLength(); i++) {
            headers.add(ths.item(i).getTextContent());
        }
        // the number is what shows; a screen reader hears "What helps 1"
        assertEquals(List.of("Challenge", "What it means", "What helps 1"), headers);
        assertEquals("What helps 1: A written partnership agreement", ((Element) ths.item(2)).getAttribute("title"));
        // the one solution helps with both challenges: a mark in each row
        NodeList marks = table.getElementsByTagName("td");
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < marks.getLength(); i++) {
            if (((Element) marks.item(i)).getAttribute("class").startsWith("mark")) {
                cells.add(marks.item(i).getTextContent());
            }
        }
        assertEquals(List.of("helps (1)", "helps (1)"), cells);
        // described once, below the table, as number 1 of the list
        Element description = byId(d, "t-challenges-so-agreement");
        assertEquals("li", description.getTagName());
        assertEquals("ol", ((Element) description.getParentNode()).getTagName());
        assertTrue(description.getTextContent().startsWith("A written partnership agreement: Set out each partner’s role."),
                description.getTextContent());
        String html = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(html.indexOf("Set out each partner’s role"), html.lastIndexOf("Set out each partner’s role"), "described more than once");
    }

    @Test
    void onScreenEveryTableScrollsInANamedFocusableRegionButNotInPrint() throws Exception {
        Document d = parse(render(null));
        List<Element> tables = all(d, "table");
        assertTrue(tables.size() >= 2, "the test project has tables: " + tables.size());
        for (Element t : tables) {
            Element region = (Element) t.getParentNode();
            assertEquals("div", region.getTagName());
            assertEquals("table-scroll", region.getAttribute("class"));
            assertEquals("region", region.getAttribute("role"));
            assertEquals("0", region.getAttribute("tabindex"));
            assertFalse(region.getAttribute("aria-label").isBlank(), "a focusable region needs a name");
        }
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        String print = new HtmlRenderer().html(doc, new org.bridgework.assembly.api.HtmlExport.HtmlOptions(
                org.bridgework.assembly.api.HtmlExport.Medium.PRINT, null, null));
        assertFalse(print.contains("table-scroll\""), "print HTML (the PDF's) keeps bare tables");
    }

    @Test
    void twoRunsAreByteIdentical() throws Exception {
        assertArrayEquals(render(null), render(null));
        assertArrayEquals(render("small-specialist"), render("small-specialist"));
    }

    @Test
    void headingsStartAtOneH1AndNeverSkipALevel() throws Exception {
        Document d = parse(render(null));
        List<Integer> levels = new ArrayList<>();
        collectHeadings(d.getDocumentElement(), levels);
        assertEquals(1, levels.get(0));
        assertEquals(1, levels.stream().filter(l -> l == 1).count(), "exactly one h1: " + levels);
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading level jumps from h" + levels.get(i - 1) + " to h" + levels.get(i) + " in " + levels);
        }
        assertTrue(levels.contains(3) && levels.contains(4), "subsection h3 and case study h4: " + levels);
    }

    private static void collectHeadings(Node n, List<Integer> levels) {
        if (n instanceof Element e && e.getTagName().matches("h[1-6]")) {
            levels.add(e.getTagName().charAt(1) - '0');
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collectHeadings(c, levels);
        }
    }

    /** A stakeholder draft of the rich project issued by two organisations, a third one possible but not confirmed. */
    static org.bridgework.model.GuidanceProject draft() {
        org.bridgework.model.GuidanceProject p = TestProjects.rich();
        org.bridgework.model.Publication publication = p.getPublication();
        publication.setStatus(org.bridgework.model.PublicationStatus.STAKEHOLDER_DRAFT);
        publication.setVersion("0.3");
        publication.setPublicationDate(java.time.LocalDate.of(2025, 6, 30));
        for (String[] o : new String[][] {{"o-taskforce", "Mental Health Taskforce", "true"}, {"o-nhse", "NHS England", "true"},
                {"o-possible", "A Possible Co-issuer", "false"}}) {
            org.bridgework.model.Organisation org = TestProjects.F.createOrganisation();
            org.setId(o[0]);
            org.setName(o[1]);
            p.getOrganisations().add(org);
            org.bridgework.model.Issuer issuer = TestProjects.F.createIssuer();
            issuer.setId("issuer-" + o[0]);
            issuer.setOrganisation(org);
            issuer.setConfirmed(Boolean.parseBoolean(o[2]));
            publication.getIssuers().add(issuer);
        }
        return p;
    }

    @Test
    void aDraftSaysWhatItIsOnTheCoverInTheBannerAndMetadataAndIsNeverPublished() throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(draft(), null, AssemblyProgress.NONE);
        assertNull(doc.metadata().date(), "a draft has no publication date");
        assertEquals(List.of("Mental Health Taskforce", "NHS England"), doc.metadata().issuers().stream().map(AssembledDocument.Issuer::name).toList(),
                "confirmed issuers in order; the possible one is left out");
        OutputSink.InMemory sink = OutputSink.inMemory("test");
        new HtmlRenderer().render(doc, sink, AssemblyProgress.NONE);
        String html = new String(sink.mainBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Document d = parse(sink.mainBytes());
        assertFalse(html.contains("Published"), "a draft is never 'Published'");
        assertFalse(html.contains("A Possible Co-issuer"), "an unconfirmed issuer is not shown");
        assertFalse(html.contains("Internal brief"), "the internal brief never reaches readers");
        Element banner = all(d, "div").stream().filter(e -> e.getAttribute("class").equals("status-banner")).findFirst().orElseThrow();
        assertTrue(banner.getTextContent().contains("Stakeholder draft — not for circulation") && banner.getTextContent().contains("Version 0.3"),
                banner.getTextContent());
        String cover = all(d, "header").get(0).getTextContent();
        assertTrue(cover.contains("Issued by Mental Health Taskforce and NHS England"), cover);
        assertTrue(cover.contains("Stakeholder draft — not for circulation"), cover);
        assertTrue(all(d, "meta").stream().anyMatch(m -> m.getAttribute("name").equals("bridgework.status") && m.getAttribute("content").equals("stakeholder-draft")));
        assertEquals(List.of("Mental Health Taskforce", "NHS England"), all(d, "meta").stream()
                .filter(m -> m.getAttribute("name").equals("dcterms.publisher")).map(m -> m.getAttribute("content")).toList());
        assertTrue(all(d, "meta").stream().noneMatch(m -> m.getAttribute("name").equals("dcterms.date")), "no publication date on a draft");
        assertFalse(html.contains("Assembled offline with Bridgework"), "the colophon about the tool is off by default");
    }

    @Test
    void aReleaseIsPublishedWithItsDateAndNoDraftBanner() throws Exception {
        String html = new String(render(null), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("Published <time datetime=\"2025-05-31\">31 May 2025</time>"), "a release shows its publication date");
        assertFalse(html.contains("class=\"status-banner\"") || html.contains("not for circulation"), "no draft banner on a release");
    }

    @Test
    void isWellFormedWithLandmarksLanguageTitleAndUniqueIds() throws Exception {
        byte[] html = render(null);
        Document d = parse(html);
        Element root = d.getDocumentElement();
        assertEquals("en-GB", root.getAttribute("lang"));
        assertEquals("Working together for student mental health", all(d, "title").get(0).getTextContent());
        assertTrue(all(d, "meta").stream().anyMatch(m -> m.getAttribute("name").equals("subject") && !m.getAttribute("content").isBlank()));
        assertEquals(1, all(d, "header").size());
        assertEquals(1, all(d, "nav").size());
        assertEquals(1, all(d, "main").size());
        assertEquals(1, all(d, "footer").size());
        Element skip = all(d, "a").get(0);
        assertEquals("#main", skip.getAttribute("href"), "the first link skips to the main content");
        assertEquals("main", all(d, "main").get(0).getAttribute("id"));
        Set<String> ids = new HashSet<>();
        collectIds(root, ids);
        for (Element a : all(d, "a")) {
            String href = a.getAttribute("href");
            if (href.startsWith("#")) {
                assertTrue(ids.contains(href.substring(1)), "link target exists: " + href);
            }
            assertFalse(a.getAttribute("title").isBlank(), "every link has a title (PDF/UA link descriptions): " + href);
        }
        String text = new String(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("<style>") && !text.contains("<link "), "self-contained");
        assertTrue(text.contains("@media print"), "a print stylesheet");
        assertTrue(text.contains("display:table"), "tables stay display: table for openhtmltopdf's tagging");
    }

    private static void collectIds(Node n, Set<String> ids) {
        if (n instanceof Element e && e.hasAttribute("id")) {
            assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collectIds(c, ids);
        }
    }

    @Test
    void tablesImagesAndCalloutsAreAccessible() throws Exception {
        Document d = parse(render(null));
        for (Element th : all(d, "th")) {
            assertTrue(th.getAttribute("scope").equals("col") || th.getAttribute("scope").equals("row"), "th scope");
        }
        for (Element table : all(d, "table")) {
            assertEquals(1, table.getElementsByTagName("caption").getLength(), "every table has a caption");
        }
        List<Element> images = all(d, "img");
        assertEquals(1, images.size());
        assertTrue(images.get(0).getAttribute("src").startsWith("data:image/png;base64,"));
        assertEquals("Diagram of the referral pathway from the university to the NHS service", images.get(0).getAttribute("alt"));
        List<Element> asides = all(d, "aside");
        assertEquals(2, asides.size());
        for (Element aside : asides) {
            String labelId = aside.getAttribute("aria-labelledby");
            assertFalse(labelId.isBlank());
            assertEquals(1, all(d, "p").stream().filter(p -> p.getAttribute("id").equals(labelId)).count());
        }
    }

    @Test
    void variantIsLabelledOnTheTitlePage() throws Exception {
        Document d = parse(render("small-specialist"));
        Element header = all(d, "header").get(0);
        assertTrue(header.getTextContent().contains("Local variant: Small specialist"));
        assertTrue(all(d, "title").get(0).getTextContent().endsWith("— Local variant: Small specialist"));
    }

    @Test
    void printVariantHasNoSkipLinkAndUsesTheGivenFonts() throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        String html = new HtmlRenderer().html(doc, HtmlOptions.print("\"DejaVu Sans\", sans-serif"));
        Document d = parse(html.getBytes(StandardCharsets.UTF_8));
        assertFalse(html.contains("skip-link\" href"));
        assertFalse(html.contains("@media print"));
        assertTrue(html.contains("@page") && html.contains("font-family:\"DejaVu Sans\", sans-serif"));
        assertEquals(1, all(d, "main").size());
    }

    @Test
    void layeredOnScreenKeyMessageFirstEvidenceOnDemandAndPrintedExpanded() throws Exception {
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), null, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        String screen = new HtmlRenderer().html(doc, HtmlOptions.screen());
        Document d = parse(screen.getBytes(StandardCharsets.UTF_8));
        // the section opens with its key message (in the model it comes after a paragraph)
        Element intro = byId(d, "s-intro-section");
        List<Element> children = new ArrayList<>();
        for (Node n = intro.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        assertEquals("h2", children.get(0).getTagName());
        assertEquals("c-key", children.get(1).getAttribute("id"));
        // the extract and the case study's facts open on demand: details/summary, no script
        Element quote = byId(d, "q-travel");
        assertEquals("details", ((Element) quote.getParentNode()).getTagName());
        assertTrue(((Element) quote.getParentNode()).getElementsByTagName("summary").item(0).getTextContent().startsWith("Evidence: extract from"));
        Element facts = (Element) byId(d, "e-gm").getElementsByTagName("dl").item(0);
        assertEquals("details", ((Element) facts.getParentNode()).getTagName());
        assertFalse(screen.contains("<script"));
        // printed expanded: the print stylesheet shows the content of closed disclosures and hides their toggles
        assertTrue(screen.contains("details.layer::details-content{content-visibility:visible;display:contents}"), "print shows details");
        // print HTML (the PDF) has no disclosures at all
        String print = new HtmlRenderer().html(doc, HtmlOptions.print(null));
        assertFalse(print.contains("<details"));
        assertTrue(print.contains("id=\"q-travel\""));
    }

    @Test
    void aFigureHasItsTableTwinBehindShowAsTableOnScreenAndIsAVectorObjectInPrint() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"200\"><rect width=\"800\" height=\"200\" fill=\"#1d70b8\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        AssembledDocument.Table twin = new AssembledDocument.Table("fig-table", "Counts", List.of("Row", "Count"), List.of(List.of("A", "1")), true);
        AssembledDocument.Image figure = new AssembledDocument.Image("fig", "A blue bar", svg, "image/svg+xml",
                List.of(AssembledDocument.Text.plain("A bar.")), twin);
        AssembledDocument doc = new AssembledDocument(new AssembledDocument.Metadata("T", null, "en-GB", null, List.of(), null, null, "apa",
                "id", null), List.of(), List.of(), List.of(new AssembledDocument.Section("s", 1, "S", List.of(figure), List.of(), 0, null)),
                List.of(), List.of(), List.of(), List.of());
        Document screen = parse(new HtmlRenderer().html(doc, HtmlOptions.screen()).getBytes(StandardCharsets.UTF_8));
        Element table = byId(screen, "fig-table");
        Element details = (Element) table.getParentNode().getParentNode();
        assertEquals("details", details.getTagName());
        assertTrue(details.getElementsByTagName("summary").item(0).getTextContent().startsWith("Show as table"));
        assertEquals("A blue bar", ((Element) byId(screen, "fig").getElementsByTagName("img").item(0)).getAttribute("alt"));
        String print = new HtmlRenderer().html(doc, HtmlOptions.print(null));
        Document p = parse(print.getBytes(StandardCharsets.UTF_8));
        Element object = (Element) byId(p, "fig").getElementsByTagName("object").item(0);
        assertEquals("image/svg+xml", object.getAttribute("type"));
        assertEquals("A blue bar", object.getAttribute("alt"));
        // wider than the page's text: scaled to 640 px, the height in proportion
        assertEquals("640", object.getAttribute("width"));
        assertEquals("160", object.getAttribute("height"));
        assertFalse(print.contains("<details"));
        assertTrue(print.contains("id=\"fig-table\""));
    }

    @Test
    void linksFromTheCitationEngineGetATitle() throws Exception {
        org.bridgework.core.api.CitationService service = new org.bridgework.core.api.CitationService() {
            @Override
            public List<String> styles() {
                return List.of("harvard-cite-them-right");
            }

            @Override
            public CitationRenderer renderer(org.bridgework.model.GuidanceProject project, String styleId, Format format) {
                return new CitationRenderer() {
                    @Override
                    public String cite(List<CiteItem> items) {
                        return "(X, 2022)";
                    }

                    @Override
                    public List<String> bibliography() {
                        return List.of("Broglia (2023) <i>BMJ Open</i>. <a href=\"https://doi.org/10.1136/bmjopen-2023-077040\">https://doi.org/10.1136/bmjopen-2023-077040</a>",
                                "Universities UK (2022) <i>NHS-University Partnerships</i>.");
                    }
                };
            }
        };
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), service, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        String html = new HtmlRenderer().html(doc, HtmlOptions.screen());
        assertTrue(html.contains("<a href=\"https://doi.org/10.1136/bmjopen-2023-077040\" title=\"https://doi.org/10.1136/bmjopen-2023-077040\">"), html);
        for (Element a : all(parse(html.getBytes(StandardCharsets.UTF_8)), "a")) {
            assertFalse(a.getAttribute("title").isBlank(), a.getAttribute("href"));
        }
    }
}
