package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** The national guidance shipped with Bridgework, read as the product reads it. */
final class NationalGuidance {

    private NationalGuidance() {
    }

    static GuidanceProject load() throws Exception {
        String path = "samples/he-nhs-partnerships.guidance";
        Resource resource = new GuidanceResourceFactory().createResource(URI.createURI("test:/" + path));
        GuidanceResources.newResourceSet().getResources().add(resource);
        try (InputStream in = NationalGuidance.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing");
            resource.load(in, null);
        }
        assertEquals(0, resource.getErrors().size(), () -> path + ": " + resource.getErrors());
        return (GuidanceProject) resource.getContents().get(0);
    }
}
