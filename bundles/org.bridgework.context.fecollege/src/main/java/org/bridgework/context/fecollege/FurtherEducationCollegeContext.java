package org.bridgework.context.fecollege;

import java.util.List;
import java.util.Set;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;
import org.osgi.service.component.annotations.Component;

/**
 * Higher education in further education (FE) colleges, as a Java context: the same things a data-only context
 * says, built in code. The runtime reads each method once and keeps a copy, so building the model objects on
 * every call is fine. Targets are ids of the shipped sample guidance.
 */
@Component(service = LocalContext.class)
public class FurtherEducationCollegeContext implements LocalContext {

    static final String ID = "he-in-fe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Higher education in further education colleges";
    }

    @Override
    public String description() {
        return "A variant of the guidance for further education (FE) colleges that teach higher education courses: "
                + "questions about how the college's HE students fit into local NHS planning and the college's own support.";
    }

    @Override
    public String vendor() {
        return "Bridgework (example context)";
    }

    @Override
    public Applicability applicability() {
        return new Applicability(Set.of(), null, List.of(), List.of(), Boolean.TRUE, "Further education colleges that teach higher education courses.");
    }

    @Override
    public List<LocalAdaptation> adaptations() {
        return List.of(
                new LocalAdaptation.Replace("fe-purpose", "p-purpose-who", "teaches higher education (HE) courses.",
                        "teaches higher education (HE) courses. This version is for further education (FE) colleges that teach HE courses."),
                new LocalAdaptation.Note("fe-note-planning", "p-sol-icb",
                        "An FE college's HE students may be a small group among its students. Check that they are counted when your "
                                + "integrated care board (ICB) plans services, and tell NHS partners how many there are."),
                new LocalAdaptation.Note("fe-note-roles", "ch-roles",
                        "In an FE college, say which of the college's support services its HE students can use, so NHS partners know "
                                + "where the college's role ends."),
                new LocalAdaptation.Insert("fe-checklist", "chk-senior-leaders", List.of(), List.of(checklist())));
    }

    private static Checklist checklist() {
        Checklist checklist = GuidanceFactory.eINSTANCE.createChecklist();
        checklist.setId("chk-fe-college");
        checklist.setTitle("Questions for a college that teaches HE");
        for (String question : List.of(
                "Do our NHS partners know that we teach HE students, and how many?",
                "Which of our support services are open to HE students, and which to FE students only?",
                "Are our HE students counted in local health needs assessment and commissioning?",
                "Does the Association of Colleges (AoC) or a partner university share practice we can use?")) {
            ChecklistItem item = GuidanceFactory.eINSTANCE.createChecklistItem();
            item.setText(question);
            checklist.getItems().add(item);
        }
        return checklist;
    }

    @Override
    public List<Term> terms() {
        Term term = GuidanceFactory.eINSTANCE.createTerm();
        term.setId("term-he-in-fe");
        term.setTerm("HE in FE");
        term.setExpansion("higher education in further education");
        term.setDefinition("Higher education courses taught in further education colleges.");
        term.setSector(Sector.HE);
        return List.of(term);
    }

    @Override
    public List<CriterionNote> criterionNotes() {
        return List.of(new CriterionNote("C4", "For a further education college that teaches HE, check that the model can include a "
                + "college whose HE students are a small part of all its students."));
    }

    @Override
    public List<ServiceEntry> services() {
        String todo = ServiceEntry.TO_BE_COMPLETED;
        return List.of(
                new ServiceEntry("svc-college-support", "The college's student support service", ServiceEntry.Kind.HEP_SERVICE, todo, null,
                        "Say which parts of it are open to HE students."),
                new ServiceEntry("svc-nhs-trust", "Your local NHS mental health trust", ServiceEntry.Kind.NHS_TRUST, todo, null, null),
                new ServiceEntry("svc-icb", "Your integrated care board (ICB)", ServiceEntry.Kind.INTEGRATED_CARE_BOARD, todo, null,
                        "Ask it to count the college's HE students in its health needs assessment."),
                new ServiceEntry("svc-gp", "GP practices your students register with", ServiceEntry.Kind.GP_PRACTICE, todo, null, null),
                new ServiceEntry("svc-crisis", "Local mental health crisis line", ServiceEntry.Kind.CRISIS_LINE, todo, null,
                        "Check the number and hours with your NHS trust before you publish it."));
    }
}
