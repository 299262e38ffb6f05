package org.bridgework.casestudies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bridgework.model.Assessment;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.ContactRole;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Organisation;
import org.bridgework.model.Outcome;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.ServiceModel;
import org.eclipse.emf.common.util.Enumerator;

/** The template's questions, generated from the case-study fields and the project's criteria. */
final class Fields {

    /** One question: its key, wording, instructions, word limit (0: none), whether it must be answered, prefill. */
    record Field(String key, String question, String instructions, int wordLimit, boolean required, String value) {
    }

    record Section(String title, String intro, List<Field> fields) {
    }

    static final int BENEFIT_SLOTS = 3;
    static final int OUTCOME_SLOTS = 3;
    static final int CONTACT_SLOTS = 2;
    /** Highest slot number read back (rows copied and renumbered by a partner are read up to this). */
    static final int MAX_SLOTS = 20;

    private Fields() {
    }

    /** The criteria the template asks about: all but those excluded by consensus. */
    static List<Criterion> criteria(GuidanceProject p) {
        return p.getCriteria().stream().filter(c -> c.getConsensusStatus() != ConsensusStatus.EXCLUDE).toList();
    }

    static String choices(Enumerator[] values) {
        List<String> s = new ArrayList<>();
        for (Enumerator e : values) {
            s.add(e.getLiteral());
        }
        return String.join(", ", s);
    }

    static List<Section> sections(GuidanceProject p, CaseStudy cs) {
        List<Section> out = new ArrayList<>();
        List<Field> f = new ArrayList<>();
        f.add(new Field("cs.title", "Name of the partnership or service", "A short name readers will recognise.", 20, true,
                cs == null ? null : cs.getTitle()));
        f.add(new Field("cs.partners", "Partner organisations",
                "One organisation per line: the higher education providers and NHS services in the partnership, named as in the project's list"
                        + " (for example '" + (p.getOrganisations().isEmpty() ? "University of ..." : p.getOrganisations().get(0).getName()) + "').",
                0, true, cs == null ? null : cs.getPartners().stream().map(Organisation::getName).collect(Collectors.joining("\n"))));
        f.add(new Field("cs.serviceModel", "Service model", "One of: " + choices(ServiceModel.values()) + ".", 0, true,
                cs == null || !cs.eIsSet(cs.eClass().getEStructuralFeature("serviceModel")) ? null : cs.getServiceModel().getLiteral()));
        f.add(new Field("cs.region", "Region", "Where the service runs, for example 'Greater Manchester'.", 10, true, cs == null ? null : cs.getRegion()));
        f.add(new Field("cs.contexts", "Contexts", "Any that apply, one per line: " + choices(PartnershipContext.values()) + ".", 0, false,
                cs == null ? null : cs.getContexts().stream().map(PartnershipContext::getLiteral).collect(Collectors.joining("\n"))));
        out.add(new Section("The partnership", "Who works together, on what kind of service, and where.", f));

        f = new ArrayList<>();
        f.add(new Field("cs.description", "Describe the service", "What the partners do together and how it works for a student. Plain English.",
                300, true, cs == null ? null : cs.getDescription()));
        f.add(new Field("cs.populationServed", "Who the service is for", "Which students, how many a year if known.", 100, true,
                cs == null ? null : cs.getPopulationServed()));
        f.add(new Field("cs.referralRoute", "How students are referred", "The route from first contact to the service.", 150, true,
                cs == null ? null : cs.getReferralRoute()));
        f.add(new Field("cs.funding", "Funding", "Who pays for what, and for how long.", 100, false, cs == null ? null : cs.getFunding()));
        f.add(new Field("cs.staffing", "Staffing", "Roles and whole-time equivalents; which organisation employs them.", 100, false,
                cs == null ? null : cs.getStaffing()));
        out.add(new Section("The service", "Answer within the word limits; leave an answer empty if you do not know.", f));

        f = new ArrayList<>();
        int nb = Math.max(BENEFIT_SLOTS, cs == null ? 0 : cs.getBenefits().size());
        for (int i = 1; i <= nb; i++) {
            Benefit b = cs != null && i <= cs.getBenefits().size() ? cs.getBenefits().get(i - 1) : null;
            f.add(new Field("benefit." + i + ".beneficiary", "Benefit " + i + ": who benefits", "One of: " + choices(Beneficiary.values()) + ".", 0, false,
                    b == null ? null : b.getBeneficiary().getLiteral()));
            f.add(new Field("benefit." + i + ".description", "Benefit " + i + ": the benefit", "What changed for them.", 100, false,
                    b == null ? null : b.getDescription()));
            f.add(new Field("benefit." + i + ".evidenceType", "Benefit " + i + ": kind of evidence", "One of: " + choices(EvidenceType.values()) + ".", 0,
                    false, b == null ? null : b.getEvidenceType().getLiteral()));
            f.add(new Field("benefit." + i + ".evidenceStrength", "Benefit " + i + ": strength of evidence",
                    "One of: " + choices(EvidenceStrength.values()) + ".", 0, false, b == null ? null : b.getEvidenceStrength().getLiteral()));
        }
        out.add(new Section("Benefits", "Benefits for students, for HEPs and for the wider health system. Need more? Copy four rows and number them "
                + (nb + 1) + ".", f));

        f = new ArrayList<>();
        int no = Math.max(OUTCOME_SLOTS, cs == null ? 0 : cs.getOutcomes().size());
        for (int i = 1; i <= no; i++) {
            Outcome o = cs != null && i <= cs.getOutcomes().size() ? cs.getOutcomes().get(i - 1) : null;
            f.add(new Field("outcome." + i + ".measure", "Outcome " + i + ": measure", "What was measured, for example 'waiting time to first appointment'.",
                    20, false, o == null ? null : o.getMeasure()));
            f.add(new Field("outcome." + i + ".value", "Outcome " + i + ": value", "The result, with units.", 20, false, o == null ? null : o.getValue()));
            f.add(new Field("outcome." + i + ".period", "Outcome " + i + ": period", "For example '2023-24'.", 10, false, o == null ? null : o.getPeriod()));
            f.add(new Field("outcome." + i + ".source", "Outcome " + i + ": source", "Where the figure comes from (report, dataset, link).", 40, false,
                    o == null ? null : o.getSourceNote()));
        }
        out.add(new Section("Outcomes", "Figures you can share. Need more? Copy four rows and number them " + (no + 1) + ".", f));

        f = new ArrayList<>();
        int nc = Math.max(CONTACT_SLOTS, cs == null ? 0 : cs.getContacts().size());
        for (int i = 1; i <= nc; i++) {
            ContactRole c = cs != null && i <= cs.getContacts().size() ? cs.getContacts().get(i - 1) : null;
            f.add(new Field("contact." + i + ".role", "Contact " + i + ": role", "A role, never a person's name (for example 'Head of Student Wellbeing').",
                    15, false, c == null ? null : c.getRole()));
            f.add(new Field("contact." + i + ".organisation", "Contact " + i + ": organisation", "One of the partner organisations.", 0, false,
                    c == null || c.getOrganisation() == null ? null : c.getOrganisation().getName()));
        }
        out.add(new Section("Contacts", "Contacts as roles, so the guidance stays correct when people move on.", f));

        f = new ArrayList<>();
        for (Criterion c : criteria(p)) {
            String code = c.getCode() == null ? c.getId() : c.getCode();
            Assessment a = cs == null ? null
                    : cs.getAssessments().stream().filter(x -> x.getCriterion() == c).findFirst().orElse(null);
            f.add(new Field("criterion." + c.getId() + ".evidence", code + " " + nz(c.getTitle()) + ": how does your service meet this, with evidence?",
                    nz(c.getStatement()) + (c.getEvidenceExpected() == null ? "" : " Evidence expected: " + c.getEvidenceExpected())
                            + (c.isMandatory() ? " (Mandatory criterion: an answer is required.)" : ""),
                    250, c.isMandatory(), a == null ? null : a.getRationale()));
        }
        out.add(new Section("Criteria", "The criteria the project agreed for models of good practice.", f));
        return out;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static int words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** An enum literal from an answer: its literal or name, ignoring case, spaces, underscores and a trailing dot. */
    static <E extends Enumerator> E choice(E[] values, String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-").replaceAll("\\.$", "");
        for (E e : values) {
            if (e.getLiteral().equals(a) || e.getName().toLowerCase(Locale.ROOT).replace('_', '-').equals(a)) {
                return e;
            }
        }
        return null;
    }
}
