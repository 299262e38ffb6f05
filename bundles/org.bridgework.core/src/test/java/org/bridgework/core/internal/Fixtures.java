package org.bridgework.core.internal;

import java.time.LocalDate;

import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.Benefit;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Challenge;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Member;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.ServiceModel;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.bridgework.model.Term;

/** A small project with one of most things, valid: no validation problem. */
final class Fixtures {
    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    private Fixtures() {
    }

    /** Fills {@code p} (already holding id and title). */
    static GuidanceProject fill(GuidanceProject p) {
        p.setPurpose("Joint guidance for universities & colleges and NHS mental health services.\nSecond line <with> \"markup\".");

        Milestone m1 = milestone("m-scope", "Scope agreed", LocalDate.of(2025, 11, 30), MilestoneKind.SCOPE_AGREED);
        Milestone m2 = milestone("m-criteria", "Criteria agreed", LocalDate.of(2026, 1, 31), MilestoneKind.CRITERIA_AGREED);
        Milestone m3 = milestone("m-final", "Final guidance", LocalDate.of(2026, 6, 30), MilestoneKind.FINAL);
        p.getMilestones().add(m1);
        p.getMilestones().add(m2);
        p.getMilestones().add(m3);

        Organisation uni = F.createOrganisation();
        uni.setId("org-uni");
        uni.setName("University of Somewhere");
        uni.setKind(OrganisationKind.HEP);
        Organisation trust = F.createOrganisation();
        trust.setId("org-trust");
        trust.setName("Somewhere NHS Foundation Trust");
        trust.setKind(OrganisationKind.NHS_TRUST);
        p.getOrganisations().add(uni);
        p.getOrganisations().add(trust);
        Member member = F.createMember();
        member.setId("mem-1");
        member.setRole("Head of student wellbeing");
        member.setOrganisation(uni);
        p.getMembers().add(member);

        Challenge roles = F.createChallenge();
        roles.setId("ch-roles");
        roles.setTitle("Roles are unclear");
        roles.setDescription("Staff do not know who does what [@uuk2020].");
        Challenge data = F.createChallenge();
        data.setId("ch-data");
        data.setTitle("Data sharing");
        data.setDescription("Information is not shared.");
        p.getChallenges().add(roles);
        p.getChallenges().add(data);

        Source uuk = F.createSource();
        uuk.setId("src-uuk2020");
        uuk.setCitationKey("uuk2020");
        uuk.setType(SourceType.REPORT);
        uuk.setTitle("Stepchange: mentally healthy universities");
        uuk.setIssuedYear(2020);
        Extract extract = F.createExtract();
        extract.setId("ex-1");
        extract.setKind(ExtractKind.RECOMMENDATION);
        extract.setText("Universities should work with the NHS to plan services.");
        extract.setLocator("p. 12");
        extract.getChallenges().add(roles);
        uuk.getExtracts().add(extract);
        p.getSources().add(uuk);

        Solution solution = F.createSolution();
        solution.setId("sol-protocol");
        solution.setTitle("A shared protocol");
        solution.getAddresses().add(roles);
        solution.getAddresses().add(data);
        solution.getEvidencedBy().add(extract);
        p.getSolutions().add(solution);

        Criterion c1 = criterion("cr-1", "C1", "The partnership has an agreed protocol.");
        Criterion c2 = criterion("cr-2", "C2", "Outcomes are measured.");
        p.getCriteria().add(c1);
        p.getCriteria().add(c2);

        CaseStudy cs = F.createCaseStudy();
        cs.setId("cs-1");
        cs.setTitle("A city partnership");
        cs.setDescription("Two universities and a trust share a team.");
        cs.setServiceModel(ServiceModel.CMHT_LIKE);
        cs.setCollectionStatus(CollectionStatus.VERIFIED);
        cs.getPartners().add(uni);
        cs.getPartners().add(trust);
        cs.getChallengesAddressed().add(roles);
        Benefit benefit = F.createBenefit();
        benefit.setId("ben-1");
        benefit.setBeneficiary(Beneficiary.STUDENTS);
        benefit.setDescription("Shorter waits.");
        benefit.setEvidenceType(EvidenceType.ROUTINE_DATA);
        cs.getBenefits().add(benefit);
        Assessment a1 = F.createAssessment();
        a1.setId("as-1");
        a1.setCriterion(c1);
        a1.setResult(AssessmentResult.MET);
        cs.getAssessments().add(a1);
        p.getCaseStudies().add(cs);

        Term nhs = term("t-nhs", "NHS", "National Health Service");
        Term cmht = term("t-cmht", "CMHT", "community mental health team");
        p.getTerms().add(nhs);
        p.getTerms().add(cmht);

        GuidanceDocument doc = F.createGuidanceDocument();
        doc.setId("doc");
        doc.setTitle("Working together");
        Section intro = section("s-intro", "Introduction", 200);
        intro.getBlocks().add(paragraph("p-1", "Universities and the NHS work together [@uuk2020, p. 4]. See [roles](#ch-roles)."));
        ListBlock list = F.createListBlock();
        list.setId("l-1");
        list.getItems().add("agree roles");
        list.getItems().add("share data with the CMHT");
        intro.getBlocks().add(list);
        Callout callout = F.createCallout();
        callout.setId("co-1");
        callout.setKind(CalloutKind.FOR_NHS_READERS);
        callout.setTitle("For NHS readers");
        callout.setText("Students move between places.");
        intro.getBlocks().add(callout);
        Section sub = section("s-sub", "Case studies", 0);
        CaseStudyEmbed embed = F.createCaseStudyEmbed();
        embed.setId("e-1");
        embed.setCaseStudy(cs);
        sub.getBlocks().add(embed);
        ChallengeTable table = F.createChallengeTable();
        table.setId("tab-1");
        table.setCaption("Challenges");
        table.getChallenges().add(roles);
        sub.getBlocks().add(table);
        ExtractQuote quote = F.createExtractQuote();
        quote.setId("q-1");
        quote.setExtract(extract);
        sub.getBlocks().add(quote);
        Checklist checklist = F.createChecklist();
        checklist.setId("ck-1");
        checklist.setTitle("Checklist for senior leaders");
        ChecklistItem item = F.createChecklistItem();
        item.setText("Is there a named lead?");
        checklist.getItems().add(item);
        sub.getBlocks().add(checklist);
        intro.getSections().add(sub);
        doc.getSections().add(intro);
        p.setDocument(doc);
        return p;
    }

    static GuidanceProject project() {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("test-project");
        p.setTitle("Test project");
        return fill(p);
    }

    static Milestone milestone(String id, String title, LocalDate date, MilestoneKind kind) {
        Milestone m = F.createMilestone();
        m.setId(id);
        m.setTitle(title);
        m.setDate(date);
        m.setKind(kind);
        return m;
    }

    static Criterion criterion(String id, String code, String statement) {
        Criterion c = F.createCriterion();
        c.setId(id);
        c.setCode(code);
        c.setStatement(statement);
        c.setMandatory(true);
        return c;
    }

    static Term term(String id, String term, String expansion) {
        Term t = F.createTerm();
        t.setId(id);
        t.setTerm(term);
        t.setExpansion(expansion);
        t.setSector(Sector.NHS);
        t.setWellKnown(true);
        return t;
    }

    static Section section(String id, String heading, int budget) {
        Section s = F.createSection();
        s.setId(id);
        s.setHeading(heading);
        s.setWordBudget(budget);
        return s;
    }

    static Paragraph paragraph(String id, String text) {
        Paragraph p = F.createParagraph();
        p.setId(id);
        p.setText(text);
        return p;
    }
}
