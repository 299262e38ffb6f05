package org.bridgework.assembly.docx.internal;

import java.io.IOException;
import java.util.List;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.assembly.api.YouSaidWeDid;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code you-said-docx} format: "you said, we did" as a Word document of its own for reviewers (each review's
 * answered comments grouped by theme, with what was done), the same tables as the full document's appendix.
 */
@Component(service = Renderer.class)
public final class YouSaidDocxRenderer implements Renderer {

    @Override
    public String format() {
        return "you-said-docx";
    }

    @Override
    public String fileExtension() {
        return "you-said-we-did.docx";
    }

    @Override
    public String description() {
        return "\"You said, we did\" for reviewers as a Word document: answered review comments by review and theme, with what was done";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        AssembledDocument forReviewers = YouSaidWeDid.of(document).orElseGet(() -> none(document));
        DocxRenderer.write(forReviewers, false, out, progress);
    }

    /** Nothing answered yet: a document that says so (a reviewer opening it learns why it is empty). */
    private static AssembledDocument none(AssembledDocument full) {
        AssembledDocument.Metadata m = full.metadata();
        AssembledDocument.Metadata metadata = new AssembledDocument.Metadata(m.title(), "You said, we did", m.language(), m.subject(),
                m.keywords(), m.date(), m.variant(), m.citationStyle(), m.identifier(), m.publisher(), m.status(), m.version(),
                m.assembled(), m.issuers(), m.colophon());
        return new AssembledDocument(metadata, List.of(new AssembledDocument.Paragraph(YouSaidWeDid.ANCHOR + "-none",
                List.of(AssembledDocument.Text.plain("No review comment has been answered yet.")))), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
