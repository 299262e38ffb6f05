package org.bridgework.testsupport;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.bridgework.model.Adaptation;
import org.bridgework.model.AdaptationKind;
import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
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
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Image;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Member;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Outcome;
import org.bridgework.model.Paragraph;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.Person;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.ServiceModel;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.bridgework.model.Term;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Projects made in code for the bundles' tests (facts from the domain notes, nothing invented), and the small builders
 * they are made of: {@link #small()} has one of most things and no validation problem (core's tests);
 * {@link #rich()} has every kind of block, citations, references, a glossary and one local context (the assembly tests).
 */
public final class TestProjects {

    public static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    /** A 1×1 transparent PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private TestProjects() {
    }

    /** The small valid project: id {@code test-project}, title "Test project", filled by {@link #fill}. */
    public static GuidanceProject small() {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("test-project");
        p.setTitle("Test project");
        return fill(p);
    }

    /** Fills {@code p} (already holding id and title). */
    public static GuidanceProject fill(GuidanceProject p) {
        p.setPurpose("Joint guidance for universities & colleges and NHS mental health services.\nSecond line <with> \"markup\".");

        Milestone m1 = milestone("m-scope", "Scope agreed", LocalDate.of(2025, 11, 30), MilestoneKind.SCOPE_AGREED);
        Milestone m2 = milestone("m-criteria", "Criteria agreed", LocalDate.of(2026, 1, 31), MilestoneKind.CRITERIA_AGREED);
        Milestone m3 = milestone("m-final", "Final guidance", LocalDate.of(2026, 6, 30), MilestoneKind.FINAL);
        p.getMilestones().add(m1);
        p.getMilestones().add(m2);
        p.getMilestones().add(m3);

        Organisation uni = organisation("org-uni", "University of Somewhere", OrganisationKind.HEP);
        Organisation trust = organisation("org-trust", "Somewhere NHS Foundation Trust", OrganisationKind.NHS_TRUST);
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

    /** Every kind of block, citations, references, a glossary and one local context ("small-specialist"). */
    public static GuidanceProject rich() {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("test-guidance");
        p.setTitle("Working together for student mental health");
        p.setPurpose("Internal brief: turn existing reports into short joint guidance (never shown to readers).");
        org.bridgework.model.Publication publication = F.createPublication();
        publication.setStatus(org.bridgework.model.PublicationStatus.FINAL);
        publication.setReaderSummary("Short joint guidance for senior leaders in *higher education providers* and NHS mental health services.");
        p.setPublication(publication);
        Resource r = GuidanceResources.newResourceSet().createResource(URI.createFileURI("/tmp/bridgework-test/test.guidance"));
        r.getContents().add(p);

        Milestone scope = milestone("m-scope", "Scope agreed", LocalDate.of(2025, 2, 2), MilestoneKind.SCOPE_AGREED);
        Milestone fin = milestone("m-final", "Final guidance", LocalDate.of(2025, 5, 31), MilestoneKind.FINAL);
        p.getMilestones().addAll(List.of(scope, fin));

        Organisation uom = organisation("o-manchester", "The University of Manchester", OrganisationKind.HEP);
        Organisation gmmh = organisation("o-gmmh", "Greater Manchester Mental Health NHS Foundation Trust", OrganisationKind.NHS_TRUST);
        p.getOrganisations().addAll(List.of(uom, gmmh));

        Source uuk = F.createSource();
        uuk.setId("src-uuk2022");
        uuk.setCitationKey("uuk2022");
        uuk.setType(SourceType.REPORT);
        uuk.setTitle("NHS-University Partnerships: Working Together for Student Mental Health");
        uuk.setIssuedYear(2022);
        uuk.setPublisher("Universities UK");
        Person uukAuthor = F.createPerson();
        uukAuthor.setLiteral("Universities UK");
        uuk.getAuthors().add(uukAuthor);
        Source broglia = F.createSource();
        broglia.setId("src-broglia2023");
        broglia.setCitationKey("broglia2023");
        broglia.setType(SourceType.ARTICLE_JOURNAL);
        broglia.setTitle("Developing regional hubs for student mental health");
        broglia.setContainerTitle("BMJ Open");
        broglia.setIssuedYear(2023);
        broglia.setDoi("10.1136/bmjopen-2023-077040");
        Person b = F.createPerson();
        b.setFamily("Broglia");
        b.setGiven("Emma");
        broglia.getAuthors().add(b);
        Person b2 = F.createPerson();
        b2.setFamily("Nisbet");
        b2.setGiven("Kate");
        broglia.getAuthors().add(b2);
        Person b3 = F.createPerson();
        b3.setFamily("Barkham");
        b3.setGiven("Michael");
        broglia.getAuthors().add(b3);
        Extract quote = F.createExtract();
        quote.setId("x-travel");
        quote.setText("Students' health information rarely travels with them.");
        quote.setLocator("p. 12");
        uuk.getExtracts().add(quote);
        p.getSources().addAll(List.of(uuk, broglia));

        Challenge roles = F.createChallenge();
        roles.setId("ch-roles");
        roles.setTitle("Roles and responsibilities");
        roles.setDescription("Who does what between the university and the NHS is often unclear.");
        Challenge sharing = F.createChallenge();
        sharing.setId("ch-sharing");
        sharing.setTitle("Information sharing");
        sharing.setDescription("No clear information-sharing agreements [@uuk2022].");
        quote.getChallenges().add(roles);
        p.getChallenges().addAll(List.of(roles, sharing));
        Solution agreement = F.createSolution();
        agreement.setId("so-agreement");
        agreement.setTitle("A written partnership agreement");
        agreement.setDescription("Set out each partner's role.");
        agreement.getAddresses().addAll(List.of(roles, sharing));
        p.getSolutions().add(agreement);

        CaseStudy gm = F.createCaseStudy();
        gm.setId("cs-gm");
        gm.setTitle("Greater Manchester Universities Student Mental Health Service");
        gm.getPartners().addAll(List.of(gmmh, uom));
        gm.setServiceModel(ServiceModel.SINGLE_POINT_OF_ACCESS);
        gm.setRegion("North West England");
        gm.getContexts().add(PartnershipContext.LARGE_MULTI_HEP_CITY);
        gm.setDescription("A single referral pathway based on THRIVE: access by need, not diagnosis.");
        gm.setReferralRoute("Through university wellbeing teams.");
        gm.setCollectionStatus(CollectionStatus.IDENTIFIED);
        gm.getChallengesAddressed().add(roles);
        Benefit benefit = F.createBenefit();
        benefit.setId("cs-gm-b1");
        benefit.setBeneficiary(Beneficiary.STUDENTS);
        benefit.setDescription("One route into NHS care (to be verified).");
        benefit.setEvidenceType(EvidenceType.UNKNOWN);
        benefit.setEvidenceStrength(EvidenceStrength.UNKNOWN);
        gm.getBenefits().add(benefit);
        Outcome outcome = F.createOutcome();
        outcome.setId("cs-gm-o1");
        outcome.setMeasure("Began as a pilot");
        outcome.setValue("Two-year pilot");
        outcome.setPeriod("2019");
        gm.getOutcomes().add(outcome);
        p.getCaseStudies().add(gm);

        Term hep = F.createTerm();
        hep.setId("t-hep");
        hep.setTerm("HEP");
        hep.setExpansion("Higher education provider");
        hep.setDefinition("A university or college that teaches higher education courses.");
        hep.setSector(Sector.HE);
        Term cmht = F.createTerm();
        cmht.setId("t-cmht");
        cmht.setTerm("CMHT");
        cmht.setExpansion("Community mental health team");
        cmht.setDefinition("An NHS team supporting people with mental health needs in the community.");
        cmht.setSector(Sector.NHS);
        p.getTerms().addAll(List.of(hep, cmht));

        GuidanceDocument doc = F.createGuidanceDocument();
        doc.setId("guidance");
        doc.setTitle("Working together for student mental health");
        doc.setSubtitle("Joint guidance for higher education providers and NHS mental health services");
        p.setDocument(doc);

        Section intro = section("s-intro", "Introduction");
        intro.getBlocks().add(paragraph("p-why", "Most mental illness starts by the age of 24 [@uuk2022, p. 4]. "
                + "Partnerships help **students** get the right care; see [the roles challenge](#ch-roles) and "
                + "[Greater Manchester](#cs-gm). Read more on [the GOV.UK site](https://www.gov.uk/)."));
        Callout key = F.createCallout();
        key.setId("c-key");
        key.setKind(CalloutKind.KEY_MESSAGE);
        key.setText("Start with a shared understanding of roles.");
        intro.getBlocks().add(key);
        Callout nhs = F.createCallout();
        nhs.setId("c-nhs");
        nhs.setKind(CalloutKind.FOR_NHS_READERS);
        nhs.setTitle("What a HEP is");
        nhs.setText("A higher education provider is a university or college.");
        intro.getBlocks().add(nhs);
        doc.getSections().add(intro);

        Section working = section("s-working", "Working together");
        ListBlock list = F.createListBlock();
        list.setId("l-steps");
        list.getItems().addAll(List.of("Agree roles [@broglia2023]", "Share information with consent", "Review together"));
        working.getBlocks().add(list);
        ChallengeTable table = F.createChallengeTable();
        table.setId("t-challenges");
        table.setCaption("Challenges and what helps");
        table.getChallenges().addAll(List.of(roles, sharing));
        working.getBlocks().add(table);
        Section sub = section("s-examples", "Examples");
        CaseStudyEmbed embed = F.createCaseStudyEmbed();
        embed.setId("e-gm");
        embed.setCaseStudy(gm);
        sub.getBlocks().add(embed);
        ExtractQuote q = F.createExtractQuote();
        q.setId("q-travel");
        q.setExtract(quote);
        sub.getBlocks().add(q);
        Image image = F.createImage();
        image.setId("img-pathway");
        image.setAltText("Diagram of the referral pathway from the university to the NHS service");
        image.setCaption("The referral pathway");
        image.setData(PNG);
        sub.getBlocks().add(image);
        working.getSections().add(sub);
        doc.getSections().add(working);

        Section next = section("s-next", "Next steps");
        Checklist checklist = F.createChecklist();
        checklist.setId("k-start");
        checklist.setTitle("Before you start");
        for (String text : List.of("Name a lead in each partner", "Agree how to share information")) {
            ChecklistItem item = F.createChecklistItem();
            item.setText(text);
            checklist.getItems().add(item);
        }
        next.getBlocks().add(checklist);
        next.getBlocks().add(paragraph("p-unknown", "A claim with a missing source [@nosuchkey]."));
        doc.getSections().add(next);

        // one local context, defined by the project's own adaptations
        p.getAdaptations().add(adaptation("a-note", "small-specialist", intro, AdaptationKind.NOTE, "In a small provider one person may hold several roles."));
        Adaptation replace = adaptation("a-replace", "small-specialist", intro.getBlocks().get(0), AdaptationKind.REPLACE,
                "Three in four cases of mental illness start");
        replace.setFindText("Most mental illness starts");
        p.getAdaptations().add(replace);
        p.getAdaptations().add(adaptation("a-omit", "small-specialist", q, AdaptationKind.OMIT, null));
        p.getAdaptations().add(adaptation("a-append", "small-specialist", next, AdaptationKind.APPEND,
                "# Working with a specialist provider\n\nSpecialist providers often share services with a larger neighbour."));
        return p;
    }

    public static Organisation organisation(String id, String name, OrganisationKind kind) {
        Organisation o = F.createOrganisation();
        o.setId(id);
        o.setName(name);
        o.setKind(kind);
        return o;
    }

    public static Milestone milestone(String id, String title, LocalDate date, MilestoneKind kind) {
        Milestone m = F.createMilestone();
        m.setId(id);
        m.setTitle(title);
        m.setDate(date);
        m.setKind(kind);
        return m;
    }

    public static Criterion criterion(String id, String code, String statement) {
        Criterion c = F.createCriterion();
        c.setId(id);
        c.setCode(code);
        c.setStatement(statement);
        c.setMandatory(true);
        return c;
    }

    /** A well-known NHS term. */
    public static Term term(String id, String term, String expansion) {
        Term t = F.createTerm();
        t.setId(id);
        t.setTerm(term);
        t.setExpansion(expansion);
        t.setSector(Sector.NHS);
        t.setWellKnown(true);
        return t;
    }

    public static Section section(String id, String heading) {
        Section s = F.createSection();
        s.setId(id);
        s.setHeading(heading);
        return s;
    }

    public static Section section(String id, String heading, int wordBudget) {
        Section s = section(id, heading);
        s.setWordBudget(wordBudget);
        return s;
    }

    public static Paragraph paragraph(String id, String text) {
        Paragraph p = F.createParagraph();
        p.setId(id);
        p.setText(text);
        return p;
    }

    public static Adaptation adaptation(String id, String context, org.bridgework.model.Identified target, AdaptationKind kind, String text) {
        Adaptation a = F.createAdaptation();
        a.setId(id);
        a.setContextId(context);
        a.setTarget(target);
        a.setKind(kind);
        a.setText(text);
        return a;
    }
}
