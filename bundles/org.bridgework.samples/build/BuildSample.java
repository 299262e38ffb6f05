import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.Audience;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Challenge;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.HepProfile;
import org.bridgework.model.HepSize;
import org.bridgework.model.Identified;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Member;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Paragraph;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.Person;
import org.bridgework.model.Scope;
import org.bridgework.model.ScopeItem;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.ServiceModel;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.bridgework.model.StatusChange;
import org.bridgework.model.Term;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * One-off author's tool that wrote the first version of the embedded sample project
 * (src/main/resources/samples/he-nhs-partnerships.guidance). The committed .guidance file is the source of
 * truth: edit it directly from now on; running this again overwrites hand edits.
 *
 * Every fact comes from ../../../shared/brief (DOMAIN.md and project-proposal.txt). Nothing is invented about
 * the real partnerships: benefits, outcomes, funding and staffing are left empty or marked "to be verified".
 *
 * Run: mvn -Pbuild-sample -o process-test-classes -pl bundles/org.bridgework.samples
 */
public class BuildSample {

    private static final GuidanceFactory F = GuidanceFactory.eINSTANCE;
    private static final String TBV = "To be verified.";

    private final Map<String, Identified> byId = new LinkedHashMap<>();
    private final List<Runnable> links = new ArrayList<>();
    private final GuidanceProject project = F.createGuidanceProject();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        GuidanceProject project = new BuildSample().build();
        // write plainly to a temporary file, then open and save it with the project service, so the result is in
        // its canonical form (loading and saving the committed file gives identical bytes)
        Path draft = Files.createTempFile("sample-", ".guidance");
        try {
            Resource resource = GuidanceResources.newResourceSet().createResource(URI.createFileURI(draft.toString()));
            resource.getContents().add(project);
            resource.save(null);
            Files.createDirectories(out.getParent());
            ProjectServiceImpl projects = new ProjectServiceImpl();
            try (Project opened = projects.open(draft)) {
                projects.saveAs(opened, out);
            }
            Files.deleteIfExists(out.resolveSibling(out.getFileName() + ProjectService.BACKUP_SUFFIX));
        } finally {
            Files.deleteIfExists(draft);
        }
        System.out.println("wrote " + out);
    }

    GuidanceProject build() {
        id(project, "he-nhs-partnerships");
        project.setTitle("HE–NHS partnerships for student mental health");
        project.setPurpose("Turn existing reports on HE–NHS collaboration into short joint guidance from the Higher Education "
                + "Mental Health Implementation Taskforce and NHS England (and potentially Universities UK). The guidance "
                + "summarises common challenges, suggests solutions and explores case studies of emerging models of good "
                + "practice. Senior leaders in higher education providers and NHS mental health services use it locally to "
                + "start strategic conversations and to adopt good-practice models more consistently.");
        scope();
        audiences();
        milestones();
        organisations();
        members();
        challenges();
        criteria();
        caseStudies();
        sources();
        solutions();
        document();
        terms();
        for (Runnable link : links) {
            link.run();
        }
        return project;
    }

    // ------------------------------------------------------------------ scope and audiences

    private void scope() {
        Scope scope = id(F.createScope(), "scope");
        scope.setSummary("Proposed scope, to be agreed with the Taskforce on 2 February 2027: short joint guidance on the "
                + "relationship between higher education providers (HEPs) and NHS secondary care specialist mental health "
                + "services, for senior leaders in both sectors in England.");
        project.setScope(scope);
        EList<ScopeItem> items = scope.getItems();
        items.add(scopeItem("scope-challenges", true, "Common challenges to HE–NHS collaboration",
                "The recurring challenges HEPs face in mental health support and in joining up with NHS services."));
        items.add(scopeItem("scope-solutions", true, "Solutions",
                "Solutions and recommendations from existing reports, mapped against the guidance."));
        items.add(scopeItem("scope-case-studies", true, "Case studies of emerging models of good practice",
                "Partnerships between HEPs and health partners running joint services, collected with a data collection "
                        + "template and assessed against the agreed criteria."));
        items.add(scopeItem("scope-secondary-care", true, "HEPs and NHS secondary care mental health services",
                "The relationship the Taskforce's first stage report proposed to explore further: HEPs and NHS secondary "
                        + "care specialist mental health services, for students with serious mental health problems."));
        items.add(scopeItem("scope-strategic-conversations", true, "Starting strategic conversations",
                "Guidance that senior leaders in HEPs and the NHS use locally to start strategic conversations on "
                        + "joined-up services for students."));
        items.add(scopeItem("scope-local-contexts", true, "Different local contexts",
                "Models that can be adapted to local contexts and requirements, including small and specialist HEPs."));
        items.add(scopeItem("scope-nhs-readers", true, "Written for NHS readers too",
                "Particular attention to how people working in NHS mental health services understand and interpret the "
                        + "guidance."));
        items.add(scopeItem("scope-out-duplicate-services", false, "Services that replicate existing ones",
                "Models that replicate services found elsewhere, such as crisis care, are not promoted as good practice."));
        items.add(scopeItem("scope-out-operational-detail", false, "Detailed clinical or operational protocols",
                "Proposed: the guidance is short and strategic, for senior leaders. " + TBV));
        items.add(scopeItem("scope-out-new-evaluation", false, "New evaluation of partnerships",
                "Proposed: the work summarises existing literature and collects insight from stakeholders; it does not "
                        + "evaluate services itself. " + TBV));
        items.add(scopeItem("scope-out-outside-england", false, "Partnerships outside England",
                "Proposed: the proposal speaks of adoption across England, in a joint statement with NHS England. "
                        + TBV));
    }

    private ScopeItem scopeItem(String id, boolean inScope, String title, String description) {
        ScopeItem item = id(F.createScopeItem(), id);
        item.setInScope(inScope);
        item.setTitle(title);
        item.setDescription(description);
        return item;
    }

    private void audiences() {
        project.getAudiences().add(audience("aud-he-leaders", Sector.HE, "Senior leaders in higher education providers",
                "Leaders of universities, colleges and other HEPs, including heads of student services and wellbeing."));
        project.getAudiences().add(audience("aud-nhs-leaders", Sector.NHS, "Senior leaders in NHS mental health services",
                "Leaders in NHS mental health services. The proposal asks for particular attention to how NHS readers "
                        + "understand the guidance: HE terms are explained for them."));
        project.getAudiences().add(audience("aud-joint", Sector.BOTH, "HE and NHS leaders together",
                "Senior leaders of both sectors meeting locally to start a strategic conversation."));
    }

    private Audience audience(String id, Sector sector, String title, String description) {
        Audience audience = id(F.createAudience(), id);
        audience.setSector(sector);
        audience.setTitle(title);
        audience.setDescription(description);
        return audience;
    }

    // ------------------------------------------------------------------ milestones

    private void milestones() {
        String febOnly = " The proposal gives February with no day: the end of the month is a placeholder (to be agreed).";
        String aprilOnly = " The proposal gives March–April with no day. The draft goes to the Taskforce on 19 April, "
                + "so 19 April is used as the latest date (to be agreed).";
        milestone("ms-scope-agreed", "2027-02-02", MilestoneKind.SCOPE_AGREED, "Scope agreed with the Taskforce",
                "Taskforce meeting agrees the scope of the project and of the guidance (structure, audience, purpose).");
        milestone("ms-literature-mapped", "2027-02-28", MilestoneKind.LITERATURE_SUMMARISED,
                "Literature collated and mapped", "Existing literature collated and mapped against the proposed guidance."
                        + febOnly);
        milestone("ms-criteria-agreed", "2027-02-28", MilestoneKind.CRITERIA_AGREED,
                "Criteria for models of good practice agreed",
                "Working group agrees the criteria the models of good practice must satisfy." + febOnly);
        milestone("ms-template-engaged", "2027-02-28", MilestoneKind.OTHER, "Case study partners engaged",
                "Models of good practice engaged with the case study data collection template." + febOnly);
        milestone("ms-case-studies-collected", "2027-04-19", MilestoneKind.CASE_STUDIES_COLLECTED,
                "Case study data collection finalised", "Data collection from the models of good practice finalised."
                        + aprilOnly);
        milestone("ms-draft-to-stakeholders", "2027-04-19", MilestoneKind.DRAFT_TO_STAKEHOLDERS,
                "Draft shared with selected stakeholders", "Draft guidance shared with selected stakeholders." + aprilOnly);
        milestone("ms-draft-to-taskforce", "2027-04-19", MilestoneKind.DRAFT_TO_TASKFORCE, "Draft shared with the Taskforce",
                "Draft shared with the Taskforce for further comment.");
        milestone("ms-final", "2027-05-31", MilestoneKind.FINAL, "Guidance finalised",
                "Final guidance shared with stakeholders and with the Taskforce.");
    }

    private void milestone(String id, String date, MilestoneKind kind, String title, String description) {
        Milestone m = id(F.createMilestone(), id);
        m.setDate(LocalDate.parse(date));
        m.setKind(kind);
        m.setStatus(MilestoneStatus.PLANNED);
        m.setTitle(title);
        m.setDescription(description);
        project.getMilestones().add(m);
    }

    // ------------------------------------------------------------------ organisations and members

    private void organisations() {
        org("org-taskforce", "Higher Education Mental Health Implementation Taskforce", "Taskforce", OrganisationKind.TASKFORCE,
                null, "Proposed the project after its first stage report; issues the guidance jointly with NHS England. "
                        + "Taskforce members (self-selected) sit on the working group.");
        org("org-nhs-england", "NHS England", null, OrganisationKind.OTHER, null,
                "Issues the guidance jointly with the Taskforce.");
        org("org-amosshe", "AMOSSHE, the student services organisation", "AMOSSHE", OrganisationKind.SECTOR_BODY, null,
                "Sits on the working group with a selection of its members.");
        org("org-uuk", "Universities UK", "UUK", OrganisationKind.SECTOR_BODY, null,
                "Sits on the working group; potentially a joint issuer of the guidance.");
        org("org-guildhe", "GuildHE", null, OrganisationKind.SECTOR_BODY, null, "Sits on the working group.");
        org("org-independent-he", "Independent HE", null, OrganisationKind.SECTOR_BODY, null, "Sits on the working group.");
        org("org-aoc", "Association of Colleges", "AoC", OrganisationKind.SECTOR_BODY, null, "Sits on the working group.");

        // Greater Manchester
        org("org-gmmh", "Greater Manchester Mental Health NHS Foundation Trust", "GMMH", OrganisationKind.NHS_TRUST,
                "Greater Manchester", "Runs the Greater Manchester Universities Student Mental Health Service.");
        org("org-uom", "The University of Manchester", null, OrganisationKind.HEP, "Greater Manchester",
                "Partner in the Greater Manchester Universities Student Mental Health Service.");
        org("org-mmu", "Manchester Metropolitan University", null, OrganisationKind.HEP, "Greater Manchester",
                "Partner in the Greater Manchester Universities Student Mental Health Service.");
        org("org-salford", "University of Salford", null, OrganisationKind.HEP, "Greater Manchester",
                "Partner in the Greater Manchester Universities Student Mental Health Service.");
        org("org-bolton", "University of Bolton", null, OrganisationKind.HEP, "Greater Manchester",
                "Partner in the Greater Manchester Universities Student Mental Health Service.");
        Organisation rncm = org("org-rncm", "Royal Northern College of Music", "RNCM", OrganisationKind.HEP,
                "Greater Manchester", "Partner in the Greater Manchester Universities Student Mental Health Service. "
                        + "A specialist music HEP; size recorded as small (to be verified).");
        HepProfile profile = F.createHepProfile();
        profile.setSize(HepSize.SMALL);
        profile.setSpecialist(true);
        profile.setSpecialism("Music");
        rncm.setHepProfile(profile);

        // Liverpool
        org("org-uol", "University of Liverpool", null, OrganisationKind.HEP, "Liverpool",
                "Partner in the Liverpool Student Liaison Service and U-COPE.");
        org("org-ljmu", "Liverpool John Moores University", null, OrganisationKind.HEP, "Liverpool",
                "Partner in the Liverpool Student Liaison Service and U-COPE.");
        org("org-mersey-care", "Mersey Care NHS Foundation Trust", null, OrganisationKind.NHS_TRUST, "Liverpool",
                "NHS partner in the Liverpool Student Liaison Service and U-COPE.");
        org("org-liverpool-gps", "GP practices in Liverpool", null, OrganisationKind.GP_PRACTICE, "Liverpool",
                "GP practices taking part in the Liverpool partnership. Which practices: to be verified.");

        // North London
        org("org-ucl", "University College London", "UCL", OrganisationKind.HEP, "North London",
                "Leads the North London partnership.");
        org("org-imperial", "Imperial College London", null, OrganisationKind.HEP, "North London",
                "Partner in the North London partnership.");
        org("org-north-london-sus", "Students' unions in the North London partnership", null, OrganisationKind.OTHER,
                "North London", "Students' unions taking part in the North London partnership. Which unions: to be verified.");
        org("org-candi", "Camden and Islington NHS Foundation Trust", null, OrganisationKind.NHS_TRUST, "North London",
                "Runs the iCope service, part of the North London partnership. Name as given in the public case study; "
                        + "current name to be verified.");
        org("org-north-london-gps", "GP practices in North London", null, OrganisationKind.GP_PRACTICE, "North London",
                "Local GP practices taking part in the North London partnership. Which practices: to be verified.");
    }

    private Organisation org(String id, String name, String shortName, OrganisationKind kind, String region,
            String description) {
        Organisation o = id(F.createOrganisation(), id);
        o.setName(name);
        o.setShortName(shortName);
        o.setKind(kind);
        o.setRegion(region);
        o.setDescription(description);
        project.getOrganisations().add(o);
        return o;
    }

    private void members() {
        member("mem-project-lead", "Project lead", null);
        member("mem-adviser-1", "Project adviser", null);
        member("mem-adviser-2", "Project adviser", null);
        member("mem-taskforce", "Taskforce member (self-selected)", "org-taskforce");
        member("mem-amosshe", "AMOSSHE representative", "org-amosshe");
        member("mem-amosshe-member", "Student services lead from an AMOSSHE member", "org-amosshe");
        member("mem-uuk", "Universities UK representative", "org-uuk");
        member("mem-guildhe", "GuildHE representative", "org-guildhe");
        member("mem-independent-he", "Independent HE representative", "org-independent-he");
        member("mem-aoc", "Association of Colleges representative", "org-aoc");
        member("mem-greater-manchester", "Greater Manchester partnership representative", "org-gmmh");
        member("mem-liverpool", "Liverpool partnership representative (organisation to be confirmed)", null);
        member("mem-north-london", "North London partnership representative", "org-ucl");
    }

    private void member(String id, String role, String organisation) {
        Member m = id(F.createMember(), id);
        m.setRole(role);
        if (organisation != null) {
            links.add(() -> m.setOrganisation(get(Organisation.class, organisation)));
        }
        project.getMembers().add(m);
    }

    // ------------------------------------------------------------------ challenges and solutions

    private void challenges() {
        challenge("ch-roles", "Unclear roles and responsibilities", "Ways of working",
                "It is not always clear what the HEP does and what the NHS does. Partners need a shared understanding of "
                        + "each other's roles.");
        challenge("ch-info-sharing", "Sharing information and consent", "Information",
                "Information does not pass easily between the NHS and HEPs. Clear information-sharing agreements are "
                        + "missing, and sharing needs the student's consent.");
        challenge("ch-risk", "Communicating risk", "Information",
                "HEPs and NHS services need an agreed way to tell each other when a student may be at risk.");
        challenge("ch-records", "Health information does not travel with students", "Information",
                "When students move to study, their health information rarely goes with them.");
        challenge("ch-diverse-needs", "Students' diverse needs", "Students",
                "Students are diverse: for example international and mature students. One service model may not meet "
                        + "all their needs.");
        challenge("ch-care-spread", "Care spread across many NHS trusts", "Health system",
                "In London, students' care is spread across many NHS trusts. One HEP may need to work with several.");
        challenge("ch-low-resources", "Limited resources in health systems", "Health system",
                "Resources in health systems are low.");
        challenge("ch-planning", "Students missing from local health planning", "Health system",
                "Students may not be counted in local health needs assessment and commissioning, so services are not "
                        + "planned around them.");
        challenge("ch-return-to-study", "Return to study", "Students",
                "Planning a student's return to study needs the HEP and NHS services to work together.");
        challenge("ch-adoption", "Good models not widely adopted", "Spread",
                "Some partnerships show positive outcomes, but wider adoption across England has been limited.");
    }

    private void challenge(String id, String title, String category, String description) {
        Challenge c = id(F.createChallenge(), id);
        c.setTitle(title);
        c.setCategory(category);
        c.setDescription(description);
        project.getChallenges().add(c);
    }

    private void solutions() {
        solution("sol-joint-needs-assessment", "Joint needs assessment that includes students",
                "Build strategic links: a joint needs assessment, integrated services and data sharing. Include the HE "
                        + "population in health needs assessment and commissioning, and understand the needs of students "
                        + "and staff.",
                new String[] {"ch-planning", "ch-diverse-needs", "ch-low-resources"},
                new String[] {"ex-uuk2020-strategic-links", "ex-uuk2020-needs-assessment", "ex-uuk2020-understand-needs"},
                new String[] {});
        solution("sol-data-sharing", "Data-sharing agreements",
                "Agree in writing what information the HEP and NHS services share, when, and with what consent.",
                new String[] {"ch-info-sharing", "ch-records", "ch-risk"},
                new String[] {"ex-uuk2020-data-sharing", "ex-nous-agreements"},
                new String[] {});
        solution("sol-liaison", "Ask about student status at A&E and the crisis line",
                "Ask people who present at A&E or the crisis line whether they are a student. With consent, offer a brief "
                        + "intervention, signposting or referral.",
                new String[] {"ch-info-sharing", "ch-risk"},
                new String[] {"ex-nous-information-sharing"},
                new String[] {"cs-liverpool"});
        solution("sol-joint-meetings", "Joint clinical partnership meetings",
                "NHS and HEP staff meet regularly to discuss shared cases and how the partnership works.",
                new String[] {"ch-roles", "ch-risk", "ch-info-sharing"},
                new String[] {"ex-sm-partnerships"},
                new String[] {"cs-liverpool", "cs-north-london"});
        solution("sol-single-referral-pathway", "A single referral pathway",
                "One agreed route into NHS mental health support, with access by need rather than diagnosis.",
                new String[] {"ch-roles", "ch-care-spread"},
                new String[] {},
                new String[] {"cs-greater-manchester"});
        solution("sol-stepped-care", "Stepped care across HEP and NHS services",
                "Support steps up or down between HEP and NHS services as a student's needs change.",
                new String[] {"ch-roles", "ch-care-spread", "ch-diverse-needs"},
                new String[] {},
                new String[] {"cs-north-london"});
        solution("sol-co-commissioning", "Hosting, co-hosting or co-commissioning services",
                "HEPs and the NHS host, co-host or jointly commission services for students.",
                new String[] {"ch-low-resources", "ch-planning"},
                new String[] {"ex-uuk2020-co-commissioning"},
                new String[] {});
        solution("sol-regional-service", "A shared service for several HEPs",
                "One NHS-run service or regional hub serves several HEPs, including small and specialist ones.",
                new String[] {"ch-care-spread", "ch-adoption", "ch-low-resources"},
                new String[] {"ex-broglia-hubs"},
                new String[] {"cs-greater-manchester"});
        solution("sol-whole-system", "Work across the whole health system",
                "Work across primary, emergency, secondary and specialised care and the voluntary sector.",
                new String[] {"ch-care-spread", "ch-return-to-study"},
                new String[] {"ex-uuk2020-whole-system"},
                new String[] {});
        solution("sol-shared-data", "Collect the same data across partnerships",
                "Use a standardised data collection template so partnerships can show their benefits and learn from "
                        + "each other.",
                new String[] {"ch-adoption"},
                new String[] {"ex-broglia-hubs", "ex-broglia-themes"},
                new String[] {});
    }

    private void solution(String id, String title, String description, String[] addresses, String[] evidencedBy,
            String[] exemplifiedBy) {
        Solution s = id(F.createSolution(), id);
        s.setTitle(title);
        s.setDescription(description);
        link(s.getAddresses(), Challenge.class, addresses);
        link(s.getEvidencedBy(), Extract.class, evidencedBy);
        link(s.getExemplifiedBy(), CaseStudy.class, exemplifiedBy);
        project.getSolutions().add(s);
    }

    // ------------------------------------------------------------------ criteria and consensus

    private void criteria() {
        String proposed = " Proposed by the sample; the working group agrees the criteria in consensus rounds.";
        criterion("c1-benefits", "C1", "Benefits with evidence",
                "The model delivers benefits to students, HEPs and the wider health system, with evidence.",
                "Mandatory: the guidance should only promote models whose benefits can be shown." + proposed,
                "Evidence of benefit for each of students, HEPs and the health system, for example routine data or an "
                        + "evaluation.", true);
        criterion("c2-no-duplication", "C2", "Does not replicate existing services",
                "The model does not replicate existing services found elsewhere, for example crisis care.",
                "Mandatory: duplicating services such as crisis care spends scarce resources twice and confuses "
                        + "pathways." + proposed,
                "A description of how the model fits with existing local services.", true);
        criterion("c3-recognisable-to-nhs", "C3", "Recognisable to the NHS",
                "The model is recognisable to the NHS in its approach to service design and delivery, for example "
                        + "modelled on a Community Mental Health Team (CMHT) or a liaison service.",
                "Desirable, not mandatory: it helps NHS leaders adopt a model, but the proposal gives CMHT and liaison "
                        + "only as examples, and a new model may still be good practice." + proposed,
                "The NHS service model the partnership resembles, and how it is staffed and governed.", false);
        criterion("c4-adaptable", "C4", "Adaptable to local contexts",
                "The model is flexible and adaptable to different local contexts and requirements, including small and "
                        + "specialist HEPs.",
                "Desirable, not mandatory: adaptability is assessed and reported for each model, but a model built for "
                        + "one city can still show what works." + proposed,
                "Where the model works now, and what it would need elsewhere, especially for small and specialist HEPs.",
                false);
        criterion("c5-addresses-challenges", "C5", "Addresses recurring challenges",
                "The model addresses or mitigates the recurring challenges HEPs face in delivering mental health support "
                        + "and in joining up with NHS services.",
                "Mandatory: the guidance exists to help partners overcome these challenges." + proposed,
                "The challenges the model addresses and how.", true);

        ConsensusSettings settings = F.createConsensusSettings();
        settings.setScale(ConsensusScale.NINE_POINT);
        settings.setIncludeThresholdPercent(75);
        settings.setExcludeOppositeThresholdPercent(15);
        project.setConsensusSettings(settings);

        // One round, prepared but not opened: no dates, no ratings.
        ConsensusRound round = id(F.createConsensusRound(), "round-1");
        round.setNumber(1);
        round.setTitle("Round 1: criteria for models of good practice (not yet opened)");
        link(round.getCriteria(), Criterion.class, "c1-benefits", "c2-no-duplication", "c3-recognisable-to-nhs",
                "c4-adaptable", "c5-addresses-challenges");
        link(round.getPanel(), Member.class, "mem-adviser-1", "mem-adviser-2", "mem-taskforce", "mem-amosshe",
                "mem-amosshe-member", "mem-uuk", "mem-guildhe", "mem-independent-he", "mem-aoc",
                "mem-greater-manchester", "mem-liverpool", "mem-north-london");
        project.getRounds().add(round);
    }

    private void criterion(String id, String code, String title, String statement, String rationale,
            String evidenceExpected, boolean mandatory) {
        Criterion c = id(F.createCriterion(), id);
        c.setCode(code);
        c.setTitle(title);
        c.setStatement(statement);
        c.setRationale(rationale);
        c.setEvidenceExpected(evidenceExpected);
        c.setMandatory(mandatory);
        project.getCriteria().add(c);
    }

    // ------------------------------------------------------------------ case studies

    private void caseStudies() {
        CaseStudy gm = caseStudy("cs-greater-manchester", "Greater Manchester Universities Student Mental Health Service",
                ServiceModel.INTEGRATED_REGIONAL_SERVICE, "Greater Manchester",
                List.of(PartnershipContext.LARGE_MULTI_HEP_CITY, PartnershipContext.SMALL_OR_SPECIALIST_HEP),
                "Greater Manchester Mental Health NHS Foundation Trust runs the service. Its partners are the universities "
                        + "of Manchester, Salford and Bolton, Manchester Metropolitan University and the Royal Northern "
                        + "College of Music. It has a single referral pathway based on THRIVE. Students get "
                        + "access by need, not diagnosis. It began as a two-year pilot in 2019.",
                "Students of the five partner HEPs (to be verified).",
                "Referrals come through the universities' wellbeing teams into a single referral pathway.",
                "https://www.gmmh.nhs.uk/universities-student-mental-health-service",
                "org-gmmh", "org-uom", "org-mmu", "org-salford", "org-bolton", "org-rncm");
        link(gm.getChallengesAddressed(), Challenge.class, "ch-roles");

        CaseStudy liverpool = caseStudy("cs-liverpool", "Liverpool: Student Liaison Service and U-COPE",
                ServiceModel.LIAISON, "Liverpool", List.of(PartnershipContext.LARGE_MULTI_HEP_CITY),
                "The University of Liverpool, Liverpool John Moores University, Mersey Care NHS Foundation Trust and GP "
                        + "practices work together. A Student Liaison Service asks people who present at A&E or the crisis "
                        + "line whether they are a student. With consent, students are offered a brief intervention, "
                        + "signposting or referral. Cases are discussed at NHS–university clinical partnership meetings. "
                        + "U-COPE offers therapy on campus for students who self-harm.",
                "Students of the two partner universities (to be verified).",
                "Through A&E or the crisis line: staff ask about student status and, with consent, offer a brief "
                        + "intervention, signposting or referral.",
                "https://www.zerosuicidealliance.com/ZSA-Resources/case-studies/Improving-student-mental-health-through-"
                        + "partnerships-between-universities-and-NHS-services",
                "org-uol", "org-ljmu", "org-mersey-care", "org-liverpool-gps");
        link(liverpool.getChallengesAddressed(), Challenge.class, "ch-info-sharing", "ch-risk");

        CaseStudy northLondon = caseStudy("cs-north-london", "North London: stepped care with iCope and iThrive",
                ServiceModel.STEPPED_CARE, "North London", List.of(PartnershipContext.LARGE_MULTI_HEP_CITY),
                "University College London leads the partnership. Its partners are Imperial College London, students' "
                        + "unions, local GP practices and the iCope service of Camden and Islington NHS Foundation Trust. "
                        + "An NHS integration "
                        + "operational group meets every quarter. The partners use a stepped-care model with iThrive.",
                "Students of the partner universities (to be verified).",
                null,
                "https://www.uwe.ac.uk/about/values-vision-strategy/mental-health-and-wellbeing/student-mental-health-"
                        + "partnerships-project/north-london-case-study",
                "org-ucl", "org-imperial", "org-north-london-sus", "org-candi", "org-north-london-gps");
        link(northLondon.getChallengesAddressed(), Challenge.class, "ch-roles", "ch-care-spread");
    }

    private CaseStudy caseStudy(String id, String title, ServiceModel model, String region,
            List<PartnershipContext> contexts, String description, String population, String referralRoute,
            String publicDescription, String... partners) {
        CaseStudy cs = id(F.createCaseStudy(), id);
        cs.setTitle(title);
        cs.setServiceModel(model);
        cs.setRegion(region);
        cs.getContexts().addAll(contexts);
        cs.setDescription(description);
        cs.setPopulationServed(population);
        cs.setReferralRoute(referralRoute == null ? "Not described in the public sources. " + TBV : referralRoute);
        cs.setFunding(TBV);
        cs.setStaffing(TBV);
        cs.setCollectionStatus(CollectionStatus.IDENTIFIED);
        StatusChange identified = F.createStatusChange();
        identified.setDate(LocalDate.parse("2027-01-15"));
        identified.setStatus(CollectionStatus.IDENTIFIED);
        identified.setNote("Named in the project proposal as a partnership running a joint service. The date is when "
                + "this sample recorded it; the proposal is undated. Public description: " + publicDescription);
        cs.getStatusHistory().add(identified);
        link(cs.getPartners(), Organisation.class, partners);
        project.getCaseStudies().add(cs);
        return cs;
    }

    // ------------------------------------------------------------------ sources and extracts

    private void sources() {
        Source uuk2022 = source("src-uuk2022", "uuk2022", SourceType.REPORT, corporate("Universities UK"),
                "NHS-University Partnerships: Working Together for Student Mental Health", 2022, "Universities UK",
                "Named in the project proposal as a publication outlining challenges and solutions to HE–NHS "
                        + "collaboration.");
        extract(uuk2022, "ex-uuk2022-scope", ExtractKind.FINDING,
                "Sets out challenges and solutions to HE–NHS collaboration in supporting and treating students with serious "
                        + "mental health problems.",
                "Summary taken from the project proposal's footnote; to be verified against the report.",
                new String[] {}, new String[] {"scope-challenges", "scope-solutions", "scope-secondary-care"},
                new String[] {}, new String[] {"sec-purpose"});

        Source nous = source("src-nous2023", "nous2023", SourceType.REPORT, corporate("Nous Group"),
                "Working Better Together to Support Student Mental Health", 2023, "Nous Group",
                "From a 10-month project funded by the Office for Students (OfS), using action learning sets with HEP "
                        + "staff and two cross-regional forums. Project page: "
                        + "https://nousgroup.com/news-media/nous-facilitation-student-mental-health");
        String interim = "Interim findings, described at "
                + "https://nousgroup.com/uk/case-studies/joining-up-efforts-for-uk-student-mental-health/";
        extract(nous, "ex-nous-roles", ExtractKind.CHALLENGE,
                "Clarifying roles and responsibilities between HEPs and NHS services is a challenge.", null,
                new String[] {"ch-roles"}, new String[] {"scope-challenges"}, new String[] {"c5-addresses-challenges"},
                new String[] {"sec-challenges"});
        extract(nous, "ex-nous-information-sharing", ExtractKind.CHALLENGE,
                "Communication and information sharing between the NHS and HE is a challenge. An example: asking people "
                        + "who present at A&E in crisis whether they are a student, and whether they consent to their "
                        + "institution being told.", null,
                new String[] {"ch-info-sharing"}, new String[] {"scope-challenges"},
                new String[] {"c5-addresses-challenges"}, new String[] {"sec-challenges", "sec-solutions-information"});
        extract(nous, "ex-nous-diverse-needs", ExtractKind.CHALLENGE,
                "Today's students have diverse needs, for example international and mature students.", null,
                new String[] {"ch-diverse-needs"}, new String[] {"scope-challenges", "scope-local-contexts"},
                new String[] {"c4-adaptable", "c5-addresses-challenges"}, new String[] {"sec-challenges"});
        extract(nous, "ex-nous-agreements", ExtractKind.FINDING,
                "There are no clear information-sharing agreements between HEPs and NHS services.", interim,
                new String[] {"ch-info-sharing"}, new String[] {"scope-challenges"},
                new String[] {"c5-addresses-challenges"}, new String[] {"sec-challenges"});
        extract(nous, "ex-nous-resources", ExtractKind.FINDING,
                "Health systems have low resources.", interim,
                new String[] {"ch-low-resources"}, new String[] {"scope-challenges"}, new String[] {"c5-addresses-challenges"},
                new String[] {"sec-challenges"});
        extract(nous, "ex-nous-london", ExtractKind.FINDING,
                "In London, students' care is spread across many NHS trusts.", interim,
                new String[] {"ch-care-spread"}, new String[] {"scope-challenges", "scope-local-contexts"},
                new String[] {"c4-adaptable"}, new String[] {"sec-challenges", "sec-cs-north-london"});

        Source uuk2020 = source("src-uuk2020", "uuk2020", SourceType.REPORT, corporate("Universities UK"),
                "Stepchange: mentally healthy universities", 2020, "Universities UK",
                "Sets out six principles for working with the NHS.");
        extract(uuk2020, "ex-uuk2020-strategic-links", ExtractKind.RECOMMENDATION,
                "Build strategic links with the NHS: joint needs assessment, integrated services and data sharing.", null,
                new String[] {"ch-planning", "ch-roles"}, new String[] {"scope-solutions"},
                new String[] {"c5-addresses-challenges"}, new String[] {"sec-solutions-plan"});
        extract(uuk2020, "ex-uuk2020-needs-assessment", ExtractKind.RECOMMENDATION,
                "Include the higher education population in health needs assessment and commissioning.", null,
                new String[] {"ch-planning"}, new String[] {"scope-solutions"}, new String[] {},
                new String[] {"sec-challenges", "sec-solutions-plan"});
        extract(uuk2020, "ex-uuk2020-understand-needs", ExtractKind.RECOMMENDATION,
                "Understand the needs of students and staff.", null,
                new String[] {"ch-diverse-needs"}, new String[] {"scope-solutions"}, new String[] {"c4-adaptable"},
                new String[] {"sec-solutions-plan"});
        extract(uuk2020, "ex-uuk2020-whole-system", ExtractKind.RECOMMENDATION,
                "Work across primary, emergency, secondary and specialised care and the voluntary sector.", null,
                new String[] {"ch-care-spread"}, new String[] {"scope-solutions", "scope-secondary-care"},
                new String[] {"c2-no-duplication"}, new String[] {"sec-solutions-pathways"});
        extract(uuk2020, "ex-uuk2020-data-sharing", ExtractKind.RECOMMENDATION,
                "Put data-sharing agreements in place.", null,
                new String[] {"ch-info-sharing", "ch-records"}, new String[] {"scope-solutions"},
                new String[] {"c5-addresses-challenges"}, new String[] {"sec-solutions-information"});
        extract(uuk2020, "ex-uuk2020-co-commissioning", ExtractKind.RECOMMENDATION,
                "Host, co-host or co-commission services.", null,
                new String[] {"ch-low-resources", "ch-planning"}, new String[] {"scope-solutions"},
                new String[] {}, new String[] {"sec-solutions-plan"});

        Source charter = source("src-studentminds2019", "studentminds2019", SourceType.REPORT, corporate("Student Minds"),
                "University Mental Health Charter", 2019, "Student Minds", "The charter has 18 themes.");
        extract(charter, "ex-sm-partnerships", ExtractKind.RECOMMENDATION,
                "The charter's theme \"External partnerships and pathways\" covers relationships with the NHS, a shared "
                        + "understanding of roles, communicating risk and return to study.", null,
                new String[] {"ch-roles", "ch-risk", "ch-return-to-study"}, new String[] {"scope-challenges"},
                new String[] {"c5-addresses-challenges"}, new String[] {"sec-challenges", "sec-checklist"});

        Source broglia = source("src-broglia2023", "broglia2023", SourceType.ARTICLE_JOURNAL, null, null, 2023, null,
                "Broglia et al. Only the first author's family name is recorded; the other authors, the given names "
                        + "and the title are to be verified from the DOI.");
        Person first = F.createPerson();
        first.setFamily("Broglia");
        broglia.getAuthors().add(first);
        broglia.setContainerTitle("BMJ Open");
        broglia.setDoi("10.1136/bmjopen-2023-077040");
        extract(broglia, "ex-broglia-hubs", ExtractKind.FINDING,
                "A study of eight English universities building regional hubs, using a standardised data collection "
                        + "template.",
                null, new String[] {"ch-adoption"}, new String[] {"scope-case-studies"},
                new String[] {"c1-benefits", "c4-adaptable"}, new String[] {"sec-solutions-pathways", "sec-case-studies"});
        extract(broglia, "ex-broglia-themes", ExtractKind.FINDING,
                "Themes found: building blocks, facing barriers, achieving positive outcomes, shaping student services and "
                        + "developing coordinated care.", null,
                new String[] {"ch-adoption"}, new String[] {"scope-solutions"}, new String[] {"c1-benefits"},
                new String[] {"sec-solutions"});

        Source uuk2018 = source("src-uuk2018", "uuk2018", SourceType.REPORT, corporate("Universities UK"),
                "Minding Our Future", 2018, "Universities UK", null);
        extract(uuk2018, "ex-uuk2018-onset", ExtractKind.STATISTIC,
                "75% of mental illness develops by the age of 24.", null,
                new String[] {}, new String[] {"scope-secondary-care"}, new String[] {}, new String[] {"sec-purpose"});
        extract(uuk2018, "ex-uuk2018-records", ExtractKind.CHALLENGE,
                "Students' health information \"rarely travels with them\".", null,
                new String[] {"ch-records"}, new String[] {"scope-challenges"}, new String[] {"c5-addresses-challenges"},
                new String[] {"sec-challenges"});
    }

    private Person corporate(String name) {
        Person p = F.createPerson();
        p.setLiteral(name);
        return p;
    }

    private Source source(String id, String key, SourceType type, Person author, String title, int year,
            String publisher, String note) {
        Source s = id(F.createSource(), id);
        s.setCitationKey(key);
        s.setType(type);
        if (author != null) {
            s.getAuthors().add(author);
        }
        s.setTitle(title);
        s.setIssuedYear(year);
        s.setPublisher(publisher);
        s.setNote(note);
        project.getSources().add(s);
        return s;
    }

    private void extract(Source source, String id, ExtractKind kind, String text, String note, String[] challenges,
            String[] scopeItems, String[] criteria, String[] sections) {
        Extract x = id(F.createExtract(), id);
        x.setKind(kind);
        x.setText(text);
        x.setNote(note);
        link(x.getChallenges(), Challenge.class, challenges);
        link(x.getScopeItems(), ScopeItem.class, scopeItems);
        link(x.getCriteria(), Criterion.class, criteria);
        link(x.getSections(), Section.class, sections);
        source.getExtracts().add(x);
    }

    // ------------------------------------------------------------------ the document

    private void document() {
        GuidanceDocument doc = id(F.createGuidanceDocument(), "doc-guidance");
        doc.setTitle("Working together for student mental health");
        doc.setSubtitle("Joint guidance for senior leaders in higher education providers and NHS mental health services "
                + "(first draft)");
        doc.setLengthTargetWords(4000);
        doc.setCitationStyle("harvard-cite-them-right");
        doc.setLocale("en-GB");
        project.setDocument(doc);
        EList<Section> top = doc.getSections();

        // 1. Introduction
        Section intro = section(top, "sec-introduction", "Introduction", 600,
                "For both sectors. Expand HE terms on first use: NHS readers are the proposal's particular concern.");
        Section purpose = section(intro.getSections(), "sec-purpose", "What this guidance is for", 300, null);
        para(purpose, "p-purpose-who",
                "This guidance is for senior leaders in higher education providers and in NHS mental health services. "
                        + "A higher education provider (HEP) is a university, college or other organisation that teaches "
                        + "higher education (HE) courses.");
        para(purpose, "p-purpose-joint",
                "It is planned as a joint statement from the Higher Education Mental Health Implementation Taskforce and "
                        + "NHS England. Universities UK (UUK) may also join it.");
        para(purpose, "p-purpose-why",
                "In its consultation, the Taskforce heard that closer strategic work between HEPs and NHS mental health "
                        + "services is a key priority. It also heard about obstacles. Some partnerships already show "
                        + "evidence of positive outcomes. But their [wider adoption](#ch-adoption) across England has been "
                        + "limited.");
        para(purpose, "p-purpose-reports",
                "Several reports already set out challenges and solutions [@uuk2022; @nous2023; @uuk2020]. This guidance "
                        + "brings them together in a short form. It adds case studies of emerging models of good practice.");
        para(purpose, "p-purpose-age",
                "Mental illness often starts young: 75% of it develops by the age of 24 [@uuk2018]. The years in higher "
                        + "education are a time when early, joined-up support matters.");
        callout(purpose, "co-purpose-key", CalloutKind.KEY_MESSAGE, "Key message",
                "Use this guidance to start a conversation between local leaders in both sectors. It does not replace "
                        + "local plans or clinical guidance.");

        Section howTo = section(intro.getSections(), "sec-how-to-use", "How to use this guidance", 300, null);
        para(howTo, "p-how-meeting",
                "Use this guidance to start a strategic conversation between leaders of HEPs and NHS mental health "
                        + "services in your area. Each part can be read on its own:");
        list(howTo, "l-how-parts", false,
                "[Common challenges](#sec-challenges) describes the problems partnerships meet most often.",
                "[What helps](#sec-solutions) suggests solutions from published reports.",
                "[Case studies](#sec-case-studies) describes three partnerships that run joint services.",
                "[The checklist](#sec-checklist) gives questions to answer together at a first meeting.");
        para(howTo, "p-how-adapt",
                "Adapt it to your area. A model that suits a large city with several universities may need changes for a "
                        + "small or specialist HEP.");
        callout(howTo, "co-how-nhs", CalloutKind.FOR_NHS_READERS, "For NHS readers: HE terms",
                "Many HEPs have their own **wellbeing service**. It is run by the HEP, not the NHS. It may offer "
                        + "counselling, mental health advice and help with study. The [glossary](#sec-glossary) explains "
                        + "other HE terms.");
        callout(howTo, "co-how-he", CalloutKind.FOR_HE_READERS, "For HE readers: NHS terms",
                "GPs provide **primary care**. **Secondary care** means specialist teams that people usually reach by "
                        + "referral, such as a community mental health team. Local services are run by **NHS trusts** and "
                        + "planned by **integrated care boards** (ICBs).");

        // 2. Challenges
        Section challenges = section(top, "sec-challenges", "Common challenges", 1000,
                "Each challenge links to the solutions that address it. Keep sources visible: every claim is cited.");
        para(challenges, "p-ch-intro",
                "Reports describe the same challenges again and again [@nous2023; @uuk2020; @studentminds2019]. The table "
                        + "lists the ones this guidance covers.");
        ChallengeTable table = id(F.createChallengeTable(), "tbl-challenges");
        table.setCaption("Common challenges to HE–NHS collaboration");
        link(table.getChallenges(), Challenge.class, "ch-roles", "ch-info-sharing", "ch-risk", "ch-records",
                "ch-diverse-needs", "ch-care-spread", "ch-low-resources", "ch-planning", "ch-return-to-study",
                "ch-adoption");
        challenges.getBlocks().add(table);
        para(challenges, "p-ch-roles",
                "**Who does what.** It is not always clear where the HEP's role ends and the NHS's role begins. A project "
                        + "funded by the Office for Students (OfS) named this as a challenge [@nous2023]. The University "
                        + "Mental Health Charter also asks for a shared understanding of roles [@studentminds2019].");
        para(challenges, "p-ch-information",
                "**Sharing information.** Information does not pass easily between the NHS and HEPs, and clear "
                        + "agreements are often missing [@nous2023]. For example, A&E staff need to ask a person in crisis "
                        + "whether they are a student. They also need to ask whether the person agrees to their HEP being "
                        + "told [@nous2023].");
        para(challenges, "p-ch-records",
                "When students move away to study, their health information often stays behind [@uuk2018]:");
        quote(challenges, "q-uuk2018-records", "ex-uuk2018-records");
        para(challenges, "p-ch-risk",
                "**Communicating risk.** HEPs and NHS services need an agreed way to tell each other when a student may be "
                        + "at risk. The charter names this as part of good partnership with the NHS [@studentminds2019].");
        para(challenges, "p-ch-system",
                "**A stretched and complex system.** Health systems have limited resources [@nous2023]. In London, "
                        + "students' care is spread across many NHS trusts, so one HEP may work with several [@nous2023].");
        para(challenges, "p-ch-students",
                "**Students' needs.** Today's students are diverse, including international and mature students "
                        + "[@nous2023]. Stepchange asks local health systems to include students in health needs "
                        + "assessment and commissioning [@uuk2020]. Where they are left out, services may not be planned "
                        + "around them.");
        para(challenges, "p-ch-return",
                "**Returning to study.** The charter also names return to study as part of working with the NHS "
                        + "[@studentminds2019]. A good return needs the HEP and NHS services to plan together.");
        callout(challenges, "co-ch-nhs", CalloutKind.FOR_NHS_READERS, "For NHS readers: when illness affects study",
                "HEPs have their own processes. **Mitigating circumstances** lets a HEP take illness into account, for "
                        + "example by extending a deadline. **Fitness to study** is used when a HEP is worried a student "
                        + "cannot study safely. The **Disabled Students' Allowance** (DSA) can pay for extra support for "
                        + "students with a long-term mental health condition.");

        // 3. Solutions
        Section solutions = section(top, "sec-solutions", "What helps", 1000,
                "Solutions link to the challenges they address and to case studies that show them in practice.");
        para(solutions, "p-sol-intro",
                "Reports and partnerships suggest several solutions. No area needs all of them. Choose those that fit "
                        + "your local context. Research on regional hubs describes building blocks, barriers and "
                        + "coordinated care [@broglia2023].");
        callout(solutions, "co-sol-key", CalloutKind.KEY_MESSAGE, "Start with the basics",
                "Agree who does what, how you share information, and one clear way into NHS care. The rest can follow.");
        Section plan = section(solutions.getSections(), "sec-solutions-plan", "Plan together", 300, null);
        para(plan, "p-sol-links",
                "Build strategic links between HEPs and the NHS. UUK's Stepchange sets out six principles for this "
                        + "[@uuk2020]. They include a [joint needs assessment](#sol-joint-needs-assessment), integrated "
                        + "services and data sharing.");
        para(plan, "p-sol-icb",
                "Ask your integrated care board (ICB) to include students in health needs assessment and commissioning "
                        + "[@uuk2020]. Understand the needs of both students and staff.");
        para(plan, "p-sol-commissioning",
                "Consider [hosting, co-hosting or co-commissioning services](#sol-co-commissioning) [@uuk2020]. In "
                        + "Greater Manchester, one NHS trust runs a service for five HEPs "
                        + "([case study](#cs-greater-manchester)).");
        para(plan, "p-sol-small",
                "For [small and specialist HEPs](#c4-adaptable), joining a shared service is one option. In Greater "
                        + "Manchester, the Royal Northern College of Music is part of one.");
        Section information = section(solutions.getSections(), "sec-solutions-information", "Share information safely",
                300, null);
        para(information, "p-sol-agreements",
                "Put [data-sharing agreements](#sol-data-sharing) in place between HEPs and NHS services [@uuk2020]. Agree "
                        + "how you will [communicate risk](#ch-risk) and how you will ask for consent.");
        para(information, "p-sol-liaison",
                "In Liverpool, a [Student Liaison Service](#sol-liaison) asks people who come to A&E or call the crisis "
                        + "line whether they are a student. With consent, it offers a brief intervention, signposting or "
                        + "referral ([case study](#cs-liverpool)).");
        para(information, "p-sol-meetings",
                "Hold [joint clinical partnership meetings](#sol-joint-meetings). In Liverpool, NHS and university staff "
                        + "discuss cases together. In North London, an NHS integration operational group meets every "
                        + "quarter.");
        para(information, "p-sol-records",
                "Agree how health information can follow a student who moves to study, with their consent. UUK found that "
                        + "it rarely does [@uuk2018].");
        callout(information, "co-sol-nhs", CalloutKind.FOR_NHS_READERS, "For NHS readers: who refers",
                "In Greater Manchester, students reach the NHS service through their university's **wellbeing team**. "
                        + "These are HEP staff, not NHS staff.");
        Section pathways = section(solutions.getSections(), "sec-solutions-pathways", "Make the way in clear", 300, null);
        para(pathways, "p-sol-single",
                "Agree a [single referral pathway](#sol-single-referral-pathway). In Greater Manchester, students are "
                        + "referred through their university wellbeing team. They get help by need, not diagnosis.");
        para(pathways, "p-sol-stepped",
                "Use [stepped care](#sol-stepped-care), so support steps up or down as a student's needs change. North "
                        + "London uses a stepped-care model with iThrive ([case study](#cs-north-london)).");
        para(pathways, "p-sol-duplication",
                "Do not [rebuild what already exists](#c2-no-duplication). A joint service should not replicate crisis "
                        + "care or other services found elsewhere.");
        para(pathways, "p-sol-system",
                "[Work across the whole system](#sol-whole-system): primary, emergency, secondary and specialised care, and "
                        + "the voluntary sector [@uuk2020].");
        para(pathways, "p-sol-data",
                "[Collect the same data](#sol-shared-data) across partnerships. A study of eight English universities "
                        + "building regional hubs used a standardised data collection template [@broglia2023]. Shared "
                        + "data makes benefits easier to show.");
        callout(pathways, "co-sol-he", CalloutKind.FOR_HE_READERS, "For HE readers: NHS service models",
                "A **community mental health team** (CMHT) supports people with more serious mental illness in the "
                        + "community. A **liaison service** is an NHS mental health team in a general hospital, including "
                        + "A&E. **NHS Talking Therapies** treats common problems such as anxiety and depression. The "
                        + "proposal asks for models that the NHS recognises, for example ones modelled on a CMHT or a "
                        + "liaison service.");

        // 4. Case studies
        Section cases = section(top, "sec-case-studies", "Case studies", 700,
                "Facts from public descriptions only. Benefits and outcomes stay empty until partners confirm them.");
        para(cases, "p-cs-intro",
                "These three partnerships were named in the proposal for this guidance. Each runs a joint service with "
                        + "NHS partners. We will collect more detail from each with a data collection template.");
        callout(cases, "co-cs-status", CalloutKind.KEY_MESSAGE, "Not yet verified",
                "Their benefits and outcomes have not yet been checked against the criteria, such as [benefits with "
                        + "evidence](#c1-benefits). Figures will be added only when the partners have confirmed them.");
        Section gm = section(cases.getSections(), "sec-cs-greater-manchester", "Greater Manchester", 200, null);
        embed(gm, "emb-greater-manchester", "cs-greater-manchester");
        para(gm, "p-cs-gm",
                "One NHS trust serves several HEPs of different kinds, including a specialist music college. This may "
                        + "suit areas with many HEPs close together.");
        Section liverpool = section(cases.getSections(), "sec-cs-liverpool", "Liverpool", 200, null);
        embed(liverpool, "emb-liverpool", "cs-liverpool");
        para(liverpool, "p-cs-liverpool",
                "This model starts where students in crisis meet the NHS: A&E and the crisis line. It depends on asking "
                        + "the right question and getting consent.");
        Section northLondon = section(cases.getSections(), "sec-cs-north-london", "North London", 200, null);
        embed(northLondon, "emb-north-london", "cs-north-london");
        para(northLondon, "p-cs-north-london",
                "This model links universities, students' unions, an NHS service and GP practices. It may help where "
                        + "students' care is spread across many NHS trusts [@nous2023].");
        callout(northLondon, "co-cs-he", CalloutKind.FOR_HE_READERS, "For HE readers: THRIVE",
                "**THRIVE** is a way to organise mental health support around what people need, not their diagnosis. "
                        + "**iThrive** helps local areas put it into practice.");

        // 5. Checklist
        Section checklist = section(top, "sec-checklist", "A checklist for senior leaders", 400,
                "Questions map to the challenges and the criteria; keep each one answerable in a first meeting.");
        para(checklist, "p-chk-intro",
                "Use these questions at a first meeting between HEP and NHS leaders. Agree who will follow up each one.");
        Checklist chk = id(F.createChecklist(), "chk-senior-leaders");
        chk.setTitle("Questions for a first joint meeting");
        for (String item : List.of(
                "Do we know which NHS trusts, GP practices and other services our students use?",
                "Are students included in our local health needs assessment and commissioning?",
                "Have we agreed who does what, in the HEP and in the NHS?",
                "Do we have a data-sharing agreement, including how we ask for consent?",
                "How will we tell each other when a student may be at risk?",
                "Do A&E and crisis teams ask whether a person is a student?",
                "Is there one clear referral route into NHS mental health services?",
                "Do we meet regularly to discuss shared cases and how the partnership works?",
                "How do we plan a student's return to study together?",
                "Does our model meet the needs of international, mature and other students?",
                "Does our model work for small and specialist HEPs in our area?",
                "Are we duplicating a service that already exists, such as crisis care?",
                "What data will we collect to show benefits to students, HEPs and the health system?")) {
            ChecklistItem ci = F.createChecklistItem();
            ci.setText(item);
            chk.getItems().add(ci);
        }
        checklist.getBlocks().add(chk);

        // 6. Next steps and glossary
        Section next = section(top, "sec-next-steps", "Next steps", 200, null);
        para(next, "p-next-timeline",
                "This is a first draft. The scope will be agreed with the Taskforce on 2 February 2027. Case study data "
                        + "collection will be finished in March and April. The draft goes to the Taskforce on 19 April, and the final "
                        + "guidance is due on 31 May 2027.");
        para(next, "p-next-comments",
                "We welcome comments on this draft from HEPs, NHS services and sector bodies.");
        Section glossary = section(top, "sec-glossary", "Glossary", 100,
                "Assembly lists the project's glossary terms here.");
        para(glossary, "p-glossary-intro",
                "This glossary explains terms from higher education and the NHS. Some readers will know them already.");
    }

    private Section section(EList<Section> parent, String id, String heading, int budget, String audienceNotes) {
        Section s = id(F.createSection(), id);
        s.setHeading(heading);
        s.setWordBudget(budget);
        s.setAudienceNotes(audienceNotes);
        parent.add(s);
        return s;
    }

    private void para(Section section, String id, String text) {
        Paragraph p = id(F.createParagraph(), id);
        p.setText(text);
        section.getBlocks().add(p);
    }

    private void list(Section section, String id, boolean ordered, String... items) {
        ListBlock l = id(F.createListBlock(), id);
        l.setOrdered(ordered);
        l.getItems().addAll(Arrays.asList(items));
        section.getBlocks().add(l);
    }

    private void callout(Section section, String id, CalloutKind kind, String title, String text) {
        Callout c = id(F.createCallout(), id);
        c.setKind(kind);
        c.setTitle(title);
        c.setText(text);
        section.getBlocks().add(c);
    }

    private void quote(Section section, String id, String extract) {
        ExtractQuote q = id(F.createExtractQuote(), id);
        links.add(() -> q.setExtract(get(Extract.class, extract)));
        section.getBlocks().add(q);
    }

    private void embed(Section section, String id, String caseStudy) {
        CaseStudyEmbed e = id(F.createCaseStudyEmbed(), id);
        links.add(() -> e.setCaseStudy(get(CaseStudy.class, caseStudy)));
        section.getBlocks().add(e);
    }

    // ------------------------------------------------------------------ glossary

    private void terms() {
        // HE terms NHS readers may not know
        term("term-hep", "HEP", "higher education provider", Sector.HE, false,
                "A university, college or other organisation that teaches higher education courses.");
        term("term-he", "HE", "higher education", Sector.HE, false,
                "Education above A level, such as degrees, taught by HEPs.");
        term("term-amosshe", "AMOSSHE", null, Sector.HE, false,
                "The student services organisation: a UK membership body for people who lead student services in HEPs.");
        term("term-wellbeing-service", "wellbeing service", null, Sector.HE, false,
                "A HEP's own support service for students. It is run by the HEP, not the NHS. It may offer counselling "
                        + "and mental health advice.");
        term("term-fitness-to-study", "fitness to study", null, Sector.HE, false,
                "A HEP process used when there is concern that a student's health is affecting their ability to study "
                        + "safely. It can lead to extra support or a break from study.");
        term("term-mitigating-circumstances", "mitigating circumstances", null, Sector.HE, false,
                "A HEP process that takes illness or other problems into account in assessment, for example by extending "
                        + "a deadline.");
        term("term-dsa", "DSA", "Disabled Students' Allowance", Sector.HE, false,
                "Government funding for extra costs a student has because of a disability, including a long-term mental "
                        + "health condition.");
        term("term-ofs", "OfS", "Office for Students", Sector.HE, false, "The regulator of higher education in England.");
        term("term-uuk", "UUK", "Universities UK", Sector.HE, false, "The representative body for universities in the UK.");
        term("term-aoc", "AoC", "Association of Colleges", Sector.HE, false,
                "The representative body for colleges in England, many of which teach HE courses.");
        term("term-fe", "FE", "further education", Sector.HE, false,
                "Education after the age of 16 that is not higher education, usually in FE colleges. Some FE colleges "
                        + "also teach HE courses.");
        term("term-students-union", "students' union", null, Sector.HE, false,
                "An organisation run by and for the students of a HEP.");
        term("term-u-cope", "U-COPE", null, Sector.BOTH, false,
                "A therapy service on campus in Liverpool for students who self-harm, part of the Liverpool partnership.");
        // NHS terms HE readers may not know
        term("term-cmht", "CMHT", "community mental health team", Sector.NHS, false,
                "An NHS team that supports adults with more serious mental illness in the community. It is part of "
                        + "secondary care.");
        term("term-liaison", "liaison service", null, Sector.NHS, false,
                "An NHS mental health team based in a general hospital, including A&E, that assesses people with mental "
                        + "health needs.");
        term("term-icb", "ICB", "integrated care board", Sector.NHS, false,
                "The NHS body that plans and pays for (commissions) health services for a local area in England.");
        term("term-nhs-trust", "NHS trust", null, Sector.NHS, false,
                "An NHS organisation that runs services, such as mental health services, in an area. A foundation trust "
                        + "is a kind of NHS trust.");
        term("term-secondary-care", "secondary care", null, Sector.NHS, false,
                "Specialist NHS care that people usually reach by referral, for example from a GP. CMHTs are part of it.");
        term("term-primary-care", "primary care", null, Sector.NHS, false,
                "The first point of contact with the NHS, such as GP practices.");
        term("term-talking-therapies", "NHS Talking Therapies", null, Sector.NHS, false,
                "An NHS service that treats common mental health problems such as anxiety and depression.");
        term("term-thrive", "THRIVE", null, Sector.NHS, false,
                "A framework for organising mental health support around what people need rather than their diagnosis. "
                        + "iThrive helps local areas put it into practice.");
        term("term-icope", "iCope", null, Sector.NHS, false,
                "An NHS service of Camden and Islington NHS Foundation Trust, part of the North London partnership.");
        // well known
        term("term-nhs", "NHS", "National Health Service", Sector.GENERAL, true, "The publicly funded health service in the UK.");
        term("term-gp", "GP", "general practitioner", Sector.NHS, true, "A family doctor, usually the first NHS contact.");
        term("term-a-and-e", "A&E", "accident and emergency", Sector.NHS, true,
                "The hospital department for emergencies.");
        term("term-uk", "UK", "United Kingdom", Sector.GENERAL, true, "The United Kingdom.");
    }

    private void term(String id, String term, String expansion, Sector sector, boolean wellKnown, String definition) {
        Term t = id(F.createTerm(), id);
        t.setTerm(term);
        t.setExpansion(expansion);
        t.setSector(sector);
        t.setWellKnown(wellKnown);
        t.setDefinition(definition);
        project.getTerms().add(t);
    }

    // ------------------------------------------------------------------ ids and links

    private <T extends Identified> T id(T element, String id) {
        if (byId.putIfAbsent(id, element) != null) {
            throw new IllegalStateException("duplicate id " + id);
        }
        element.setId(id);
        return element;
    }

    private <T> T get(Class<T> type, String id) {
        Identified element = byId.get(id);
        if (!type.isInstance(element)) {
            throw new IllegalStateException("no " + type.getSimpleName() + " with id " + id);
        }
        return type.cast(element);
    }

    private <T> void link(EList<T> list, Class<T> type, String... ids) {
        links.add(() -> {
            for (String id : ids) {
                list.add(get(type, id));
            }
        });
    }
}
