package org.bridgework.assembly.pdf.internal;

import java.io.IOException;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.fonts.api.Fonts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code pdf} format: the assembly bundle's print HTML ({@link HtmlExport}) laid out by openhtmltopdf as tagged
 * PDF/UA-1 (and PDF/A-2u unless configured off), with the product's own fonts embedded and bookmarks from the
 * contents.
 */
@Component(service = Renderer.class, configurationPid = "org.bridgework.assembly.pdf")
public final class PdfRenderer implements Renderer {

    /** Configuration (PID {@code org.bridgework.assembly.pdf}). */
    public @interface Config {
        /** Also conform to PDF/A-2u (archival: sRGB output intent, XMP metadata); PDF/UA-1 tagging is always on. */
        boolean pdfa() default true;
    }

    private final HtmlExport html;
    private final java.util.function.Supplier<PdfWriter.FontSet> fonts;
    private final boolean pdfa;

    @Activate
    public PdfRenderer(@Reference HtmlExport html, @Reference Fonts fonts, Config config) {
        this.html = html;
        this.fonts = PdfWriter.FontSet.whenNeeded(fonts);
        this.pdfa = config.pdfa();
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "Tagged PDF (PDF/UA-1" + (pdfa ? ", PDF/A-2u" : "") + ") with embedded fonts and bookmarks";
    }

    @Override
    public void prepare() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PdfRenderer.class.getClassLoader());
        try {
            new PdfWriter(html, fonts.get(), pdfa).prepare();
        } catch (IOException e) {
            // the render will meet it again and say so
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        progress.subTask("Laying out the PDF");
        // openhtmltopdf and PDFBox look some resources up through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PdfRenderer.class.getClassLoader());
        byte[] pdf;
        PdfWriter writer = new PdfWriter(html, fonts.get(), pdfa);
        try {
            pdf = writer.write(document, progress::isCancelled);
        } finally {
            thread.setContextClassLoader(previous);
        }
        // the whole file is made in memory first: a failure above leaves nothing in the sink
        out.main().write(pdf);
        // real pages, so lengths shown to people need not be estimated
        out.pages(writer.pages());
    }
}
