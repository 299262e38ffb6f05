package org.bridgework.assembly.docx.internal;

import java.io.IOException;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.assembly.api.Summary;
import org.osgi.service.component.annotations.Component;

/** The {@code summary-docx} format: the short {@link Summary} as a Word document, as {@code summary} and {@code summary-pdf} show it. */
@Component(service = Renderer.class)
public final class SummaryDocxRenderer implements Renderer {

    @Override
    public String format() {
        return "summary-docx";
    }

    @Override
    public String fileExtension() {
        return "summary.docx";
    }

    @Override
    public String description() {
        return "Two-page summary as a Word document: key messages, the checklist, the challenges, what helps, where to find more";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        DocxRenderer.write(Summary.of(document), false, out, progress);
    }
}
