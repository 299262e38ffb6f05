package org.bridgework.assembly.internal;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.bridgework.model.Adaptation;
import org.bridgework.model.AdaptationKind;
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
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Image;
import org.bridgework.model.ListBlock;
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
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.bridgework.model.util.GuidanceResources;

/** Small but complete projects made in code for the assembly tests (facts from the domain notes, nothing invented). */
final class TestProjects {

    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    /** A 1×1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private TestProjects() {
    }

    /** Every kind of block, citations, references, a glossary and one local context ("small-specialist"). */
    static GuidanceProject rich() {
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

        Milestone scope = F.createMilestone();
        scope.setId("m-scope");
        scope.setTitle("Scope agreed");
        scope.setKind(MilestoneKind.SCOPE_AGREED);
        scope.setDate(LocalDate.of(2025, 2, 2));
        Milestone fin = F.createMilestone();
        fin.setId("m-final");
        fin.setTitle("Final guidance");
        fin.setKind(MilestoneKind.FINAL);
        fin.setDate(LocalDate.of(2025, 5, 31));
        p.getMilestones().addAll(List.of(scope, fin));

        Organisation uom = org("o-manchester", "The University of Manchester", OrganisationKind.HEP);
        Organisation gmmh = org("o-gmmh", "Greater Manchester Mental Health NHS Foundation Trust", OrganisationKind.NHS_TRUST);
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

    static Organisation org(String id, String name, OrganisationKind kind) {
        Organisation o = F.createOrganisation();
        o.setId(id);
        o.setName(name);
        o.setKind(kind);
        return o;
    }

    static Section section(String id, String heading) {
        Section s = F.createSection();
        s.setId(id);
        s.setHeading(heading);
        return s;
    }

    static Paragraph paragraph(String id, String text) {
        Paragraph p = F.createParagraph();
        p.setId(id);
        p.setText(text);
        return p;
    }

    static Adaptation adaptation(String id, String context, org.bridgework.model.Identified target, AdaptationKind kind, String text) {
        Adaptation a = F.createAdaptation();
        a.setId(id);
        a.setContextId(context);
        a.setTarget(target);
        a.setKind(kind);
        a.setText(text);
        return a;
    }
}
