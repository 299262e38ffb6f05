package org.bridgework.contexts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bridgework.context.api.ContextRegistry.Adapted;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.context.fecollege.FurtherEducationCollegeContext;
import org.bridgework.core.api.Problem;
import org.bridgework.model.Checklist;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.HepSize;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The two example contexts against the shipped sample project: every target exists, and applying them changes what it should. */
class ExamplesTest {

    static GuidanceProject sample() throws IOException {
        Resource resource = GuidanceResources.newResourceSet().createResource(URI.createURI("sample.guidance"));
        try (InputStream in = ExamplesTest.class.getClassLoader().getResourceAsStream("samples/he-nhs-partnerships.guidance")) {
            assertNotNull(in, "the sample project is not on the test class path");
            resource.load(in, null);
        }
        return (GuidanceProject) resource.getContents().get(0);
    }

    static Snapshot smallSpecialist() throws IOException {
        try (InputStream in = ExamplesTest.class.getClassLoader().getResourceAsStream("OSGI-INF/bridgework/context.guidance")) {
            assertNotNull(in, "the small-specialist context file is not on the test class path");
            DataContexts.Result result = DataContexts.read(in, "smallspecialist", "Bridgework (example context)");
            assertEquals(List.of(), result.problems());
            return result.context();
        }
    }

    static Paragraph paragraph(GuidanceProject project, String id) {
        EObject found = Checks.index(project).get(id);
        return found instanceof Paragraph p ? p : null;
    }

    @Test
    void theDataOnlyContextReadsAsAContext() throws IOException {
        Snapshot context = smallSpecialist();
        assertEquals("small-specialist", context.id());
        assertEquals("Small and specialist providers", context.name());
        assertEquals(Set.of(HepSize.SMALL), context.applicability().sizes());
        assertEquals(Boolean.TRUE, context.applicability().specialist());
        assertEquals(List.of(), Checks.validate(context));
        assertEquals(5, context.adaptations().size(), context.adaptations().toString());
        assertEquals(1, context.criterionNotes().size());
        assertEquals("c4-adaptable", context.criterionNotes().get(0).criterion());
        ServiceEntry crisis = context.services().stream().filter(s -> s.id().equals("svc-crisis")).findFirst().orElseThrow();
        assertEquals(ServiceEntry.Kind.CRISIS_LINE, crisis.kind());
        assertEquals(ServiceEntry.TO_BE_COMPLETED, crisis.contact());
        assertTrue(context.services().stream().anyMatch(s -> s.kind() == ServiceEntry.Kind.INTEGRATED_CARE_BOARD));
        assertEquals(3, context.terms().size());
        assertEquals(1, context.caseStudies().size());
    }

    @Test
    void bothExamplesFitTheSample() throws IOException {
        GuidanceProject sample = sample();
        for (LocalContext context : List.of(smallSpecialist(), Snapshot.of(new FurtherEducationCollegeContext()))) {
            assertEquals(List.of(), Checks.validate(context), context.id());
            assertEquals(List.of(), Checks.check(context, sample), context.id());
        }
    }

    @Test
    void smallSpecialistChangesTheDocumentAsItSays() throws IOException {
        GuidanceProject sample = sample();
        String before = paragraph(sample, "p-how-adapt").getText();
        Adapted adapted = Applier.apply(sample, smallSpecialist());
        assertEquals(List.<Problem>of(), adapted.problems());
        GuidanceProject project = adapted.project();
        // replacement
        assertTrue(paragraph(project, "p-how-adapt").getText().contains("This version is adapted for small and specialist HEPs"));
        assertFalse(paragraph(project, "p-how-adapt").getText().contains("may need changes for a small or specialist HEP"));
        // added section, right after the target section
        Section pathways = (Section) Checks.index(project).get("sec-solutions-pathways");
        Section parent = (Section) pathways.eContainer();
        Section next = parent.getSections().get(parent.getSections().indexOf(pathways) + 1);
        assertEquals("sec-small-specialist", next.getId());
        assertEquals(4, next.getBlocks().size());
        // omitted block
        assertNull(Checks.index(project).get("p-cs-north-london"));
        assertNotNull(Checks.index(project).get("emb-north-london"));
        // notes (targets exist), criterion note, glossary, case study, services
        assertEquals(List.of("p-ch-roles", "ch-care-spread"), adapted.notes().stream().map(LocalAdaptation.Note::targetId).toList());
        adapted.notes().forEach(n -> assertNotNull(Checks.index(project).get(n.targetId())));
        assertEquals(1, adapted.criterionNotes().size());
        assertTrue(project.getTerms().stream().anyMatch(t -> t.getId().equals("term-conservatoire")));
        assertTrue(project.getCaseStudies().stream().anyMatch(c -> c.getId().equals("cs-specialist-in-shared-service")));
        assertEquals(5, adapted.services().size());
        // the project itself is untouched
        assertEquals(before, paragraph(sample, "p-how-adapt").getText());
        assertNotNull(Checks.index(sample).get("p-cs-north-london"));
        assertNull(Checks.index(sample).get("sec-small-specialist"));
    }

    @Test
    void theJavaContextChangesTheDocumentAsItSays() throws IOException {
        GuidanceProject sample = sample();
        Adapted adapted = Applier.apply(sample, Snapshot.of(new FurtherEducationCollegeContext()));
        assertEquals(List.<Problem>of(), adapted.problems());
        GuidanceProject project = adapted.project();
        assertTrue(paragraph(project, "p-purpose-who").getText().endsWith("This version is for further education (FE) colleges that teach HE courses."));
        Checklist leaders = (Checklist) Checks.index(project).get("chk-senior-leaders");
        Section holder = (Section) leaders.eContainer();
        assertEquals("chk-fe-college", holder.getBlocks().get(holder.getBlocks().indexOf(leaders) + 1).getId());
        assertTrue(project.getTerms().stream().anyMatch(t -> "HE in FE".equals(t.getTerm())));
        assertEquals(List.of("p-sol-icb", "ch-roles"), adapted.notes().stream().map(LocalAdaptation.Note::targetId).toList());
        assertEquals("C4", adapted.criterionNotes().get(0).criterion());
        assertTrue(adapted.services().stream().allMatch(s -> s.contact().equals(ServiceEntry.TO_BE_COMPLETED)));
    }

    @Test
    void aContextThatDoesNotFitTheProjectIsReportedNotApplied() throws IOException {
        GuidanceProject sample = sample();
        GuidanceProject copy = EcoreUtil.copy(sample);
        LocalContext wrong = new Snapshot("wrong", "Wrong", "", null, null, List.of(
                new LocalAdaptation.Note("n1", "no-such-element", "x"),
                new LocalAdaptation.Replace("r1", "p-how-adapt", "words that are not there", "y"),
                new LocalAdaptation.Omit("o1", "also-missing", "")), List.of(), List.of(),
                List.of(new org.bridgework.context.api.CriterionNote("C99", "z")), List.of());
        List<Problem> problems = Checks.check(wrong, sample);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("no-such-element"));
        Adapted adapted = Applier.apply(sample, wrong);
        assertEquals(4, adapted.problems().size(), adapted.problems().toString());
        assertTrue(adapted.notes().isEmpty());
        assertTrue(EcoreUtil.equals(copy.getDocument(), adapted.project().getDocument()), "nothing applied");
    }

    @Test
    void badDataIsReportedWithWhereItIs() {
        Map<String, String> files = Map.of(
                "not xml", "this is not xml",
                "no target", header() + "<adaptations id=\"a\" kind=\"note\" text=\"t\"/></guidance:GuidanceProject>",
                "unknown content", header() + "<adaptations id=\"a\" kind=\"append\" text=\"#missing\"><target xsi:type=\"guidance:Section\" href=\"g.guidance#s\"/></adaptations></guidance:GuidanceProject>",
                "replace without find", header() + "<adaptations id=\"a\" kind=\"replace\" text=\"t\"><target xsi:type=\"guidance:Paragraph\" href=\"g.guidance#p\"/></adaptations></guidance:GuidanceProject>");
        for (Map.Entry<String, String> file : files.entrySet()) {
            DataContexts.Result result = DataContexts.read(new java.io.ByteArrayInputStream(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "test/" + file.getKey(), null);
            assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR && p.message().contains("test/" + file.getKey())),
                    file.getKey() + ": " + result.problems());
        }
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><guidance:GuidanceProject xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:guidance=\"https://bridgework.org/model/guidance/1.0\" id=\"t\" title=\"T\">";
    }
}
