package org.bridgework.assembly.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.HtmlExport.HtmlOptions;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.assembly.api.Summary;
import org.osgi.service.component.annotations.Component;

/** The {@code summary} format: the short {@link Summary} (two pages at most) as accessible HTML, beside the full document's files. */
@Component(service = Renderer.class)
public class SummaryRenderer implements Renderer {

    @Override
    public String format() {
        return "summary";
    }

    @Override
    public String fileExtension() {
        return "summary.html";
    }

    @Override
    public String description() {
        return "Two-page summary as accessible HTML: key messages, the checklist, the challenges, what helps, where to find more";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        out.main().write(HtmlWriter.write(Summary.of(document), HtmlOptions.screen()).getBytes(StandardCharsets.UTF_8));
    }
}
