package org.bridgework.assembly.api;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * SVG pictures for formats that cannot show SVG (Word; the PDF renderer, which has no SVG support in this build): a
 * PNG drawn by JSVG at a multiple of the picture's own size, on white. Same SVG, same PNG, on one machine (text is
 * drawn with the platform's fonts). External resources are never fetched.
 */
public final class Pictures {

    private Pictures() {
    }

    /** A picture drawn as PNG, and its size in CSS pixels (what it should measure on the page). */
    public record Png(byte[] data, double cssWidth, double cssHeight) {
        public Png {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /**
     * @param svg   the SVG document's bytes
     * @param scale pixels per CSS pixel, for example 2 for a sharp print
     * @throws IOException when the bytes are not an SVG picture JSVG can read
     */
    public static Png svgToPng(byte[] svg, double scale) throws IOException {
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(svg), null, LoaderContext.createDefault());
        } catch (RuntimeException e) {
            throw new IOException("The SVG picture could not be read: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new IOException("The SVG picture could not be read.");
        }
        FloatSize size = document.size();
        int width = Math.max(1, (int) Math.ceil(size.width * scale));
        int height = Math.max(1, (int) Math.ceil(size.height * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            document.render(null, g, new ViewBox(0, 0, size.width, size.height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new Png(png.toByteArray(), size.width, size.height);
    }
}
