package org.bridgework.assembly.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Assembles a guidance project into documents (the {@code assemble} command and the workbench's "Assemble" action call
 * this). Provided by {@code org.bridgework.assembly}; formats come from {@link Renderer} services.
 * <p>
 * The project is only read; call from one thread per project (EMF models are not thread-safe).
 */
@ProviderType
public interface AssemblyService {

    /**
     * Validates, builds the document, renders each requested format into temporary files in
     * {@link AssemblyOptions#outDir()} and moves them into place only when all succeeded: on any failure nothing new
     * is left in the folder (files that were there before are kept untouched).
     *
     * @throws AssemblyException USAGE for an unknown format or context (the message lists the known ones), VALIDATION
     *                           when the project has errors and {@code force} is off (with the problems), OUTPUT when
     *                           the folder cannot be created or written, CONTENT for content that cannot be rendered
     *                           (an image without alt text, naming it), RENDER when a renderer failed, CANCELLED
     */
    AssemblyResult assemble(GuidanceProject project, AssemblyOptions options, AssemblyProgress progress)
            throws AssemblyException;

    /**
     * Builds the format-neutral document without rendering or validating (previews, renderer tests).
     *
     * @param contextId a local context to apply, or null for the national guidance
     * @throws AssemblyException USAGE for an unknown context, CONTENT for content that cannot be rendered
     */
    AssembledDocument build(GuidanceProject project, String contextId, AssemblyProgress progress) throws AssemblyException;

    /** The formats of the renderers installed now, sorted by format id. */
    List<FormatInfo> formats();

    /**
     * The local contexts that can be applied to this project, sorted by id: the context ids of the project's
     * adaptations and those of {@link VariantProvider} services.
     */
    List<VariantProvider.Context> contexts(GuidanceProject project);

    /** An installed format: its id, main file extension and description. */
    record FormatInfo(String format, String fileExtension, String description, boolean deterministic) {
    }
}
