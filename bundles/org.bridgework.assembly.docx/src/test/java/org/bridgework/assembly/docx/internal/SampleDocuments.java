package org.bridgework.assembly.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** The shipped sample project, assembled by the assembly bundle's own builder outside OSGi. */
final class SampleDocuments {
    private SampleDocuments() {
    }

    static AssembledDocument sample() throws Exception {
        Resource r = GuidanceResources.newResourceSet().createResource(URI.createURI("sample.guidance"));
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/samples/he-nhs-partnerships.guidance")) {
            if (in == null) {
                throw new IOException("sample project not on the test class path");
            }
            r.load(in, Map.of());
        }
        GuidanceProject project = (GuidanceProject) r.getContents().get(0);
        return new AssemblyServiceImpl(List.of(), null, null, List.of()).build(project, null, AssemblyProgress.NONE);
    }
}
