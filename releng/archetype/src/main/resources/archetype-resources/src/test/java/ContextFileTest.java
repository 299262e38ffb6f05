package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.bridgework.contexts.check.ContextCheck;
import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/**
 * The context file reads without errors and passes the check `bridgework contexts check` runs against the national
 * guidance: every adaptation's target exists, every find text occurs, no new id clashes with one in the guidance.
 */
class ContextFileTest {

    static final String CONTEXT = "OSGI-INF/bridgework/context.guidance";

    static GuidanceProject load(String path) throws Exception {
        Resource resource = new GuidanceResourceFactory().createResource(URI.createURI("test:/" + path));
        GuidanceResources.newResourceSet().getResources().add(resource);
        try (InputStream in = ContextFileTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing");
            resource.load(in, null);
        }
        assertEquals(0, resource.getErrors().size(), () -> path + ": " + resource.getErrors());
        return (GuidanceProject) resource.getContents().get(0);
    }

    @Test
    void theContextIsTheOneThisProjectDeclares() throws Exception {
        GuidanceProject context = load(CONTEXT);
        assertEquals("${contextId}", context.getId());
        assertTrue(context.getAdaptations().size() > 0, "no adaptations");
    }

    @Test
    void theContextPassesTheProductsCheckAgainstTheNationalGuidance() throws Exception {
        GuidanceProject guidance = load("samples/he-nhs-partnerships.guidance");
        try (InputStream in = ContextFileTest.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            List<Problem> problems = ContextCheck.dataContext(in, CONTEXT, guidance);
            assertEquals(List.of(), problems, () -> "bridgework contexts check would report:\n" + String.join("\n",
                    problems.stream().map(p -> p.severity() + ": " + p.message()).toList()));
        }
    }
}
