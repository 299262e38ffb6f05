package org.bridgework.assembly.pdf.internal;

import java.io.IOException;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.assembly.api.Summary;
import org.bridgework.fonts.api.Fonts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code summary-pdf} format: the short {@link Summary} as tagged PDF (PDF/UA-1, PDF/A-2u), set to fit two pages. */
@Component(service = Renderer.class)
public final class SummaryPdfRenderer implements Renderer {

    /** Tighter than the full document: the summary is meant to be two printed pages at most. */
    static final String SUMMARY_CSS = "body{font-size:9.5pt;line-height:1.3}\n"
            + ".title-page{margin-bottom:3mm}.title-page .band{padding-bottom:3mm}.title-page h1{font-size:19pt;margin:0 0 1.5mm}"
            + ".title-page .subtitle{font-size:12pt;margin:0 0 1mm}.status-banner{margin-bottom:4mm}\n"
            + "section{margin-top:1mm}h2{font-size:12pt;margin:3mm 0 1.5mm;padding-top:1.5mm}li{margin-bottom:.4mm}ul{margin-bottom:1mm}"
            // the two lists side by side: challenges on the left, what helps on the right
            + "#summary-challenges-section{float:left;width:48%}#summary-what-helps-section{float:right;width:48%}"
            + "#summary-case-studies-section{clear:both}"
            // the cover already says who issues it and its status: the closing line would only push onto a second page
            + "footer{display:none}";

    private final HtmlExport html;
    private final java.util.function.Supplier<PdfWriter.FontSet> fonts;

    @Activate
    public SummaryPdfRenderer(@Reference HtmlExport html, @Reference Fonts fonts) {
        this.html = html;
        this.fonts = PdfWriter.FontSet.whenNeeded(fonts);
    }

    @Override
    public String format() {
        return "summary-pdf";
    }

    @Override
    public String fileExtension() {
        return "summary.pdf";
    }

    @Override
    public String description() {
        return "Two-page summary as tagged PDF (PDF/UA-1, PDF/A-2u): key messages, the checklist, the challenges, what helps, where to find more";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SummaryPdfRenderer.class.getClassLoader());
        try {
            // the full document's page count stays the one reported: this file's pages are not told to the sink
            out.main().write(new PdfWriter(html, fonts.get(), true, SUMMARY_CSS).write(Summary.of(document), progress::isCancelled));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
