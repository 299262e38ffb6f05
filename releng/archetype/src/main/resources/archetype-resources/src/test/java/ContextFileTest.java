package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.bridgework.model.Adaptation;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/** The context file reads without errors and every adaptation targets an element of the national guidance. */
class ContextFileTest {

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
    void everyAdaptationTargetsAnElementOfTheGuidance() throws Exception {
        GuidanceProject context = load("OSGI-INF/bridgework/context.guidance");
        assertEquals("${contextId}", context.getId());
        GuidanceProject guidance = load("samples/he-nhs-partnerships.guidance");
        Set<String> ids = new HashSet<>();
        guidance.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified identified) {
                ids.add(identified.getId());
            }
        });
        assertTrue(context.getAdaptations().size() > 0, "no adaptations");
        for (Adaptation adaptation : context.getAdaptations()) {
            EObject target = (EObject) adaptation.eGet(GuidancePackage.Literals.ADAPTATION__TARGET, false);
            assertNotNull(target, adaptation.getId() + " has no target");
            String id = ((InternalEObject) target).eProxyURI().fragment();
            assertTrue(ids.contains(id), adaptation.getId() + " targets '" + id + "', which the national guidance does not have");
        }
    }
}
