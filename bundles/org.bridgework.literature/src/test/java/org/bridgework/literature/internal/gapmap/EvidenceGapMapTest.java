package org.bridgework.literature.internal.gapmap;

import static org.bridgework.literature.TestProjects.F;
import static org.bridgework.literature.TestProjects.corporate;
import static org.bridgework.literature.TestProjects.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bridgework.core.api.Problem;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.api.GapMap.Strength;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EvidenceGapMapTest {

    private final EvidenceGapMapService service = new EvidenceGapMapService();

    private static Challenge challenge(GuidanceProject p, String id, String title) {
        Challenge c = F.createChallenge();
        c.setId(id);
        c.setTitle(title);
        p.getChallenges().add(c);
        return c;
    }

    private static Extract extract(Source s, String id, Challenge... challenges) {
        Extract e = F.createExtract();
        e.setId(id);
        e.setKind(ExtractKind.FINDING);
        e.setText("text");
        e.getChallenges().addAll(List.of(challenges));
        s.getExtracts().add(e);
        return e;
    }

    private static CaseStudy caseStudy(GuidanceProject p, String id, EvidenceStrength strength, CollectionStatus status, Challenge... challenges) {
        CaseStudy cs = F.createCaseStudy();
        cs.setId(id);
        cs.setCollectionStatus(status);
        cs.getChallengesAddressed().addAll(List.of(challenges));
        if (strength != null) {
            Benefit b = F.createBenefit();
            b.setId(id + "-b");
            b.setEvidenceStrength(strength);
            cs.getBenefits().add(b);
        }
        p.getCaseStudies().add(cs);
        return cs;
    }

    /** Roles: 2 journal articles (3 + 3 = strong), a report (2 = weak); info sharing: one report, 2 extracts; access: nothing. */
    static GuidanceProject project() {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("gm");
        p.setTitle("Partnership guidance, \"draft\" & notes");
        Challenge roles = challenge(p, "ch-roles", "Unclear roles and responsibilities between HEPs and NHS services");
        Challenge info = challenge(p, "ch-info", "Information sharing");
        challenge(p, "ch-access", "Access for students registered with GPs at home");
        Source a1 = source("a1", SourceType.ARTICLE_JOURNAL, "A1", 2020, corporate("X"));
        Source a2 = source("a2", SourceType.ARTICLE_JOURNAL, "A2", 2021, corporate("Y"));
        Source r1 = source("r1", SourceType.REPORT, "R1", 2022, corporate("Z"));
        p.getSources().addAll(List.of(r1, a1, a2));
        extract(a1, "e-a1-1", roles);
        extract(a1, "e-a1-2", roles);
        extract(a2, "e-a2-1", roles, roles);
        extract(r1, "e-r1-1", roles, info);
        extract(r1, "e-r1-2", info);
        caseStudy(p, "cs-leeds", EvidenceStrength.STRONG, CollectionStatus.VERIFIED, roles);
        caseStudy(p, "cs-york", EvidenceStrength.MODERATE, CollectionStatus.RETURNED, roles);
        caseStudy(p, "cs-gone", EvidenceStrength.STRONG, CollectionStatus.WITHDRAWN, info);
        caseStudy(p, "cs-hull", null, CollectionStatus.IDENTIFIED, info);
        return p;
    }

    @Test
    void cellsCountExtractsAndCaseStudiesWithStrength() {
        GapMap map = service.compute(project());
        assertEquals(List.of("ch-roles", "ch-info", "ch-access"), map.rows().stream().map(GapMap.Row::challengeId).toList());
        assertEquals(List.of("report", "article-journal", "case-studies"), map.columns().stream().map(GapMap.Column::id).toList(), "the model's order");
        GapMap.Cell rolesArticles = map.cell(0, 1);
        assertEquals(3, rolesArticles.count());
        assertEquals(2, rolesArticles.sources());
        assertEquals(Strength.STRONG, rolesArticles.strength());
        assertEquals(List.of("e-a1-1", "e-a1-2", "e-a2-1"), rolesArticles.extractIds());
        assertEquals(Strength.WEAK, map.cell(0, 0).strength(), "one report weighs 2");
        assertEquals(2, map.cell(1, 0).count());
        assertEquals(1, map.cell(1, 0).sources());
        GapMap.Cell rolesCases = map.cell(0, 2);
        assertEquals(List.of("cs-leeds", "cs-york"), rolesCases.caseStudyIds());
        assertEquals(Strength.MODERATE, rolesCases.strength(), "strong 3 + moderate 2");
        assertEquals(List.of("cs-hull"), map.cell(1, 2).caseStudyIds(), "withdrawn case studies do not count");
        assertEquals(Strength.WEAK, map.cell(1, 2).strength(), "unknown strength weighs 1");
        for (int j = 0; j < 3; j++) {
            assertEquals(0, map.cell(2, j).count());
            assertEquals(Strength.NONE, map.cell(2, j).strength());
        }
    }

    @Test
    void csvIsExact() throws Exception {
        StringWriter out = new StringWriter();
        service.writeCsv(service.compute(project()), out);
        assertEquals("\uFEFFchallenge_id,challenge,category,Reports (count),Reports (strength),Journal articles (count),Journal articles (strength),"
                + "Case studies (count),Case studies (strength),Total (count),Confidence,Concerns: methodological limitations,"
                + "Concerns: coherence,Concerns: adequacy,Concerns: relevance,Confidence reasons,Reports (confidence),Reports (confidence reasons),"
                + "Journal articles (confidence),Journal articles (confidence reasons),Case studies (confidence),Case studies (confidence reasons)\r\n"
                + "ch-roles,Unclear roles and responsibilities between HEPs and NHS services,,1,weak,3,strong,2,moderate,6,not-assessed,not-assessed,not-assessed,not-assessed,not-assessed,,not-assessed,,not-assessed,,not-assessed,\r\n"
                + "ch-info,Information sharing,,2,weak,0,none,1,weak,3,not-assessed,not-assessed,not-assessed,not-assessed,not-assessed,,not-assessed,,not-assessed,,not-assessed,\r\n"
                + "ch-access,Access for students registered with GPs at home,,0,none,0,none,0,none,0,not-assessed,not-assessed,not-assessed,not-assessed,not-assessed,,not-assessed,,not-assessed,,not-assessed,\r\n", out.toString());
    }

    @Test
    void svgIsWellFormedAccessibleAndDeterministic() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        service.writeSvg(service.compute(project()), a);
        service.writeSvg(service.compute(project()), b);
        assertEquals(a.toString(), b.toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        String desc = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
        assertEquals("3 challenges against 3 kinds of evidence. 1 challenge has no evidence: Access for students registered with GPs at home.", desc);
        assertEquals(1 + 9, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength(), "a title for the map and one per cell");
        assertTrue(a.toString().contains("Unclear roles and responsibilities between HEPs and NHS services / Journal articles: 3 extracts from 2 sources, strong evidence"), a.toString());
        assertTrue(a.toString().contains("\u201cdraft\u201d &amp; notes"), "names with the documents' typographic quotes");
    }

    @Test
    void wrapKeepsLinesShortAndMarksCuts() {
        assertEquals(List.of("Unclear roles and", "responsibilities…"), GapMapSvg.wrap("Unclear roles and responsibilities between HEPs", 18, 2));
        assertEquals(List.of("Short"), GapMapSvg.wrap("Short", 18, 2));
    }

    @Test
    void rulesWarnAboutChallengesWithoutEvidenceAndSectionsCitingNothing() {
        GuidanceProject p = project();
        GuidanceDocument doc = F.createGuidanceDocument();
        doc.setId("doc");
        p.setDocument(doc);
        Section intro = TestProjects.section(p, "sec-intro", "Introduction");
        TestProjects.paragraph(intro, "p1", "Partnerships matter.");
        Section cited = TestProjects.section(p, "sec-evidence", "Evidence");
        TestProjects.paragraph(cited, "p2", "Roles are unclear [@a1, p. 3].");
        Section quoted = TestProjects.section(p, "sec-quote", "In their words");
        TestProjects.paragraph(quoted, "p3", "As one report puts it:");
        ExtractQuote q = F.createExtractQuote();
        q.setId("q1");
        q.setExtract(p.getSources().get(0).getExtracts().get(0));
        quoted.getBlocks().add(q);
        Section cases = TestProjects.section(p, "sec-cases", "Case studies");
        TestProjects.paragraph(cases, "p5", "Two partnerships:");
        org.bridgework.model.CaseStudyEmbed embed = F.createCaseStudyEmbed();
        embed.setId("cse1");
        embed.setCaseStudy(p.getCaseStudies().get(0));
        cases.getBlocks().add(embed);
        Section container = TestProjects.section(p, "sec-parts", "Parts");
        Section sub = F.createSection();
        sub.setId("sec-sub");
        sub.setHeading("A sub-section");
        TestProjects.paragraph(sub, "p4", "No citation here either.");
        container.getSections().add(sub);
        // glossary, contents-like and next-steps sections are not expected to cite: their kind says so
        Section glossary = TestProjects.section(p, "sec-glossary", "Words we use");
        TestProjects.paragraph(glossary, "p6", "This glossary explains terms from both sectors.");
        glossary.setKind(org.bridgework.model.SectionKind.GLOSSARY);
        Section next = TestProjects.section(p, "sec-next", "What happens now");
        TestProjects.paragraph(next, "p7", "The draft goes to the Taskforce in April.");
        next.setKind(org.bridgework.model.SectionKind.NEXT_STEPS);
        Section contents = TestProjects.section(p, "sec-how", "How to use this guidance");
        TestProjects.paragraph(contents, "p8", "Each part can be read on its own.");
        contents.setKind(org.bridgework.model.SectionKind.CONTENTS);

        List<Problem> problems = new GapMapRules().check(p);
        assertEquals(List.of("challenge-without-evidence ch-access", "section-without-sources sec-intro", "section-without-sources sec-sub"),
                problems.stream().map(x -> x.code() + " " + x.elementId()).toList());
        assertTrue(problems.stream().allMatch(x -> x.severity() == Problem.Severity.WARNING));
        assertTrue(problems.get(0).message().contains("'Access for students registered with GPs at home'"));
        assertTrue(problems.get(2).message().contains("'A sub-section'"));
    }
}
