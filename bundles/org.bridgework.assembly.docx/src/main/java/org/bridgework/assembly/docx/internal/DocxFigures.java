package org.bridgework.assembly.docx.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

import org.bridgework.assembly.api.AssembledDocument.Image;
import org.bridgework.assembly.api.Pictures;

/**
 * The document's SVG figures as PNG, drawn on a thread of their own while the document is written, and the drawing
 * markup ({@code w:drawing}) of a picture.
 */
final class DocxFigures {
    /** Pixels per CSS pixel of a figure drawn as PNG: sharp when printed. */
    static final int FIGURE_SCALE = 3;
    static final long EMU_PER_PIXEL = 9525;
    static final long MAX_IMAGE_WIDTH_EMU = WordTable.TEXT_WIDTH * 635L; // 1 twip = 635 EMU

    private final BooleanSupplier cancelled;
    /** Each SVG figure's PNG, drawn on a thread of its own ({@link #drawAhead}); read by {@link #svgToPng}. */
    private final Map<Image, CompletableFuture<Pictures.Png>> figures = new IdentityHashMap<>();
    /** Set when the document is written: figures not yet drawn are not drawn at all. */
    private volatile boolean ended;

    DocxFigures(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /**
     * Starts drawing the SVG figures as PNG on a thread of their own. Drawing a figure at print resolution and
     * compressing it is most of a cold DOCX render (a 620 x 652 gap map is 3.6 million pixels), and it needs nothing of
     * the Word document: it runs while the rest is written, on the other core.
     */
    void drawAhead(List<Image> svgFigures) {
        if (svgFigures.isEmpty()) {
            return;
        }
        List<Map.Entry<Image, CompletableFuture<Pictures.Png>>> work = new ArrayList<>();
        for (Image i : svgFigures) {
            CompletableFuture<Pictures.Png> png = new CompletableFuture<>();
            if (figures.putIfAbsent(i, png) == null) {
                work.add(Map.entry(i, png));
            }
        }
        Thread drawing = new Thread(() -> {
            for (var figure : work) {
                if (ended || cancelled.getAsBoolean()) {
                    figure.getValue().cancel(false);
                    continue;
                }
                try {
                    figure.getValue().complete(Pictures.svgToPng(figure.getKey().data(), FIGURE_SCALE));
                } catch (IOException | RuntimeException | Error e) {
                    figure.getValue().completeExceptionally(e);
                }
            }
        }, "bridgework-docx-figures");
        drawing.setDaemon(true);
        drawing.start();
    }

    /** The document is written (or failed): figures not drawn yet are left undrawn. */
    void end() {
        ended = true;
    }

    /** An SVG picture as PNG: the one drawn ahead by {@link #drawAhead} when there is one. */
    Pictures.Png svgToPng(Image i) throws IOException {
        CompletableFuture<Pictures.Png> ahead = figures.get(i);
        if (ahead == null) {
            return Pictures.svgToPng(i.data(), FIGURE_SCALE);
        }
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        } catch (CancellationException e) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("DOCX rendering cancelled");
            }
            return Pictures.svgToPng(i.data(), FIGURE_SCALE);
        }
    }

    /** Width and height in pixels from a PNG's header (IHDR), or null when the bytes are no PNG. */
    static int[] pngSize(byte[] png) {
        if (png.length < 24 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G'
                || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png, 16, 8);
        int w = b.getInt();
        int h = b.getInt();
        return w > 0 && h > 0 ? new int[] {w, h} : null;
    }

    /**
     * An inline picture ({@code w:drawing}) of {@code cx} x {@code cy} EMU showing the picture part {@code embed}.
     *
     * @param id       the drawing's id, unique in the document
     * @param name     its name (the anchor)
     * @param alt      its alt text
     * @param fileName the picture's file name as it came (its non-visual description)
     */
    static String drawing(long id, String name, String alt, String fileName, String embed, long cx, long cy) {
        StringBuilder x = new StringBuilder(1024);
        x.append("<w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"").append(cx)
                .append("\" cy=\"").append(cy).append("\"/><wp:docPr id=\"").append(id).append("\" name=\"");
        WordXml.attr(x, name).append("\" descr=\"");
        WordXml.attr(x, alt).append("\"/>")
                .append("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr>")
                .append("<pic:cNvPr id=\"0\" name=\"Picture ").append(id).append("\" descr=\"");
        WordXml.attr(x, fileName).append("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>")
                .append("<pic:blipFill><a:blip r:embed=\"").append(embed).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>")
                .append("</wp:inline></w:drawing>");
        return x.toString();
    }
}
