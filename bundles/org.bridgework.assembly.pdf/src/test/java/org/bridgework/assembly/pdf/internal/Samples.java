package org.bridgework.assembly.pdf.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.assembly.internal.HtmlRenderer;
import org.bridgework.fonts.internal.BundledFonts;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** The shipped sample, assembled by the assembly bundle's own code outside OSGi, and a renderer wired by hand. */
final class Samples {
    static final String IMAGE_ALT = "Bar chart: referrals rose from 40 to 95 a term after the liaison post started";

    private Samples() {
    }

    static GuidanceProject sampleProject() throws IOException {
        Resource r = GuidanceResources.newResourceSet().createResource(URI.createURI("sample.guidance"));
        try (InputStream in = Samples.class.getResourceAsStream("/samples/he-nhs-partnerships.guidance")) {
            if (in == null) {
                throw new IOException("sample project not on the test class path");
            }
            r.load(in, Map.of());
        }
        return (GuidanceProject) r.getContents().get(0);
    }

    /** The sample as the assemble command builds it (no citation service: its plain author-date fallback). */
    static AssembledDocument sampleDocument() throws Exception {
        return new AssemblyServiceImpl(List.of(), null, null, List.of()).build(sampleProject(), null, AssemblyProgress.NONE);
    }

    static final String SVG_ALT = "Bar chart: 60% agree in round 1, 80% in round 2";
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"90\" viewBox=\"0 0 400 90\" "
            + "font-family=\"DejaVu Sans\" font-size=\"12\"><rect x=\"80\" y=\"10\" width=\"180\" height=\"20\" fill=\"#1d5fa8\"/>"
            + "<rect x=\"80\" y=\"50\" width=\"240\" height=\"20\" fill=\"#1d5fa8\"/><text x=\"10\" y=\"25\">Round 1</text>"
            + "<text x=\"10\" y=\"65\">Round 2</text><line x1=\"300\" y1=\"0\" x2=\"300\" y2=\"80\" stroke=\"#000\" stroke-dasharray=\"4 2\"/></svg>";

    /** The sample with a figure added to its first section (the sample itself has no image). */
    static AssembledDocument withImage(AssembledDocument d) throws IOException {
        List<Section> sections = new ArrayList<>(d.sections());
        Section first = sections.get(0);
        List<AssembledDocument.Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(new Image("fig-referrals", IMAGE_ALT, png(), "image/png", List.of(Text.plain("Figure 1: Referrals per term"))));
        // an SVG figure with its table twin, as the gap map and the consensus charts are: drawn as vectors
        blocks.add(new Image("fig-chart", SVG_ALT, SVG.getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/svg+xml",
                List.of(Text.plain("Figure 2: Agreement per round")), new AssembledDocument.Table("fig-chart-table", "Agreement per round",
                        List.of("Round", "Agree"), List.of(List.of("Round 1", "60%"), List.of("Round 2", "80%")), true)));
        sections.set(0, new Section(first.anchor(), first.level(), first.heading(), blocks, first.subsections(),
                first.wordCount(), first.wordBudget()));
        return new AssembledDocument(d.metadata(), d.frontMatter(), d.contents(), sections, d.bibliography(), d.glossary(),
                d.appendices(), d.warnings());
    }

    static PdfWriter writer(boolean pdfa) {
        return new PdfWriter(new HtmlRenderer(), PdfWriter.FontSet.of(new BundledFonts()), pdfa);
    }

    /** A writer of the short summary, as the summary-pdf format sets it up. */
    static PdfWriter summaryWriter() {
        return new PdfWriter(new HtmlRenderer(), PdfWriter.FontSet.of(new BundledFonts()), true, SummaryPdfRenderer.SUMMARY_CSS);
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 160);
        g.setColor(new Color(0, 94, 184));
        g.fillRect(40, 100, 80, 60);
        g.fillRect(180, 20, 80, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
