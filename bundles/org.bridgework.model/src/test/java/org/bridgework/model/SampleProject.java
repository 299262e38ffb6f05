package org.bridgework.model;

import java.time.LocalDate;

/** A small project built in code, shared by the tests. */
final class SampleProject {

    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    final GuidanceProject project = F.createGuidanceProject();
    final Organisation uni = F.createOrganisation();
    final Organisation trust = F.createOrganisation();
    final Member chair = F.createMember();
    final Challenge roles = F.createChallenge();
    final Challenge sharing = F.createChallenge();
    final Source uuk = F.createSource();
    final Extract extract = F.createExtract();
    final Criterion benefits = F.createCriterion();
    final Criterion noDuplication = F.createCriterion();
    final CaseStudy gm = F.createCaseStudy();
    final Outcome outcome = F.createOutcome();
    final Solution solution = F.createSolution();
    final Milestone draft = F.createMilestone();
    final GuidanceDocument document = F.createGuidanceDocument();
    final Section intro = F.createSection();
    final Paragraph paragraph = F.createParagraph();
    final ReviewComment comment = F.createReviewComment();

    SampleProject() {
        project.setId("hep-nhs-partnerships");
        project.setTitle("HE and NHS partnerships for student mental health");

        uni.setId("org-uni");
        uni.setName("An example university");
        uni.setKind(OrganisationKind.HEP);
        HepProfile profile = F.createHepProfile();
        profile.setSize(HepSize.LARGE);
        uni.setHepProfile(profile);
        trust.setId("org-trust");
        trust.setName("An example NHS foundation trust");
        trust.setKind(OrganisationKind.NHS_TRUST);
        project.getOrganisations().add(uni);
        project.getOrganisations().add(trust);

        chair.setId("m-chair");
        chair.setRole("Chair");
        chair.setOrganisation(uni);
        project.getMembers().add(chair);

        roles.setId("ch-roles");
        roles.setTitle("Clarifying roles and responsibilities");
        sharing.setId("ch-sharing");
        sharing.setTitle("Information sharing");
        project.getChallenges().add(roles);
        project.getChallenges().add(sharing);

        uuk.setId("src-uuk-2022");
        uuk.setCitationKey("uuk2022");
        uuk.setType(SourceType.REPORT);
        uuk.setTitle("NHS-University Partnerships: Working Together for Student Mental Health");
        uuk.setIssuedYear(2022);
        Person author = F.createPerson();
        author.setLiteral("Universities UK");
        uuk.getAuthors().add(author);
        uuk.setAccessed(LocalDate.of(2025, 1, 15));
        extract.setId("x-uuk-roles");
        extract.setKind(ExtractKind.CHALLENGE);
        extract.setText("Roles are often unclear.");
        extract.setLocator("p. 4");
        extract.getChallenges().add(roles);
        uuk.getExtracts().add(extract);
        project.getSources().add(uuk);

        benefits.setId("c-benefits");
        benefits.setCode("C1");
        benefits.setTitle("Benefits with evidence");
        benefits.setMandatory(true);
        noDuplication.setId("c-no-duplication");
        noDuplication.setCode("C2");
        noDuplication.setMandatory(true);
        project.getCriteria().add(benefits);
        project.getCriteria().add(noDuplication);
        extract.getCriteria().add(benefits);

        gm.setId("cs-gm");
        gm.setTitle("A city-wide student mental health service");
        gm.setServiceModel(ServiceModel.INTEGRATED_REGIONAL_SERVICE);
        gm.getContexts().add(PartnershipContext.LARGE_MULTI_HEP_CITY);
        gm.getPartners().add(uni);
        gm.getPartners().add(trust);
        gm.setCollectionStatus(CollectionStatus.RETURNED);
        StatusChange change = F.createStatusChange();
        change.setDate(LocalDate.of(2025, 3, 1));
        change.setStatus(CollectionStatus.RETURNED);
        gm.getStatusHistory().add(change);
        outcome.setId("o-gm-waits");
        outcome.setMeasure("Waiting time");
        outcome.setValue("to be verified");
        gm.getOutcomes().add(outcome);
        gm.getChallengesAddressed().add(roles);
        project.getCaseStudies().add(gm);

        solution.setId("s-joint-pathway");
        solution.setTitle("A joint referral pathway");
        solution.getAddresses().add(roles);
        solution.getAddresses().add(sharing);
        solution.getEvidencedBy().add(extract);
        solution.getExemplifiedBy().add(gm);
        project.getSolutions().add(solution);

        draft.setId("ms-draft");
        draft.setTitle("Draft to Taskforce");
        draft.setKind(MilestoneKind.DRAFT_TO_TASKFORCE);
        draft.setDate(LocalDate.of(2025, 4, 19));
        project.getMilestones().add(draft);

        document.setId("doc");
        document.setTitle("Working together");
        intro.setId("sec-intro");
        intro.setHeading("Introduction");
        paragraph.setId("p-intro-1");
        paragraph.setText("Partnerships help students [@uuk2022, p. 4].");
        intro.getBlocks().add(paragraph);
        CaseStudyEmbed embed = F.createCaseStudyEmbed();
        embed.setId("b-embed-gm");
        embed.setCaseStudy(gm);
        intro.getBlocks().add(embed);
        document.getSections().add(intro);
        project.setDocument(document);

        comment.setId("rc-1");
        comment.setTarget(paragraph);
        comment.setReviewerRole("Taskforce member");
        comment.setReviewerOrganisation(trust);
        comment.setMilestone(draft);
        comment.setText("Explain 'HEP' for NHS readers.");
        project.getReviewComments().add(comment);
    }

    Assessment assess(Criterion criterion, AssessmentResult result) {
        Assessment a = F.createAssessment();
        a.setId("a-" + gm.getId() + "-" + criterion.getId());
        a.setCriterion(criterion);
        a.setResult(result);
        gm.getAssessments().add(a);
        return a;
    }
}
