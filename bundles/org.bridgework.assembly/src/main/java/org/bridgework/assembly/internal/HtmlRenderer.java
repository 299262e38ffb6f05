package org.bridgework.assembly.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.osgi.service.component.annotations.Component;

/** Accessible HTML: one self-contained file. Also the {@link HtmlExport} service (print variant for PDF renderers). */
@Component(service = {Renderer.class, HtmlExport.class})
public class HtmlRenderer implements Renderer, HtmlExport {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String description() {
        return "Accessible HTML: one self-contained file (styles and images inside), with a print stylesheet";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        out.main().write(html(document, HtmlOptions.screen()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String html(AssembledDocument document, HtmlOptions options) {
        return HtmlWriter.write(document, options);
    }
}
