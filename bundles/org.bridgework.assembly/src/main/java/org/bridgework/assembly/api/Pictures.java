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
 * SVG pictures for formats that cannot show SVG: for Word a PNG drawn by JSVG at a multiple of the picture's own size,
 * on white; for PDF the picture drawn as vectors on the page's {@link Graphics2D} ({@link #drawSvg}). Same SVG, same PNG, on one machine (text is
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
     * The size an SVG picture asks for, in CSS pixels.
     *
     * @throws IOException when the bytes are not an SVG picture JSVG can read
     * @since 1.5
     */
    public static java.awt.geom.Dimension2D svgSize(byte[] svg) throws IOException {
        FloatSize size = load(svg).size();
        return new FloatSize(size.width, size.height);
    }

    /**
     * Draws an SVG picture as vectors onto any {@link Graphics2D} (for example a PDF page's), scaled to
     * {@code width} x {@code height} from its own size. External resources are never fetched.
     *
     * @throws IOException when the bytes are not an SVG picture JSVG can read
     * @since 1.5
     */
    public static void drawSvg(byte[] svg, Graphics2D g, double width, double height) throws IOException {
        SVGDocument document = load(svg);
        FloatSize size = document.size();
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            copy.scale(width / Math.max(1, size.width), height / Math.max(1, size.height));
            document.render(null, copy, new ViewBox(0, 0, size.width, size.height));
        } finally {
            copy.dispose();
        }
    }

    private static SVGDocument load(byte[] svg) throws IOException {
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(svg), null, LoaderContext.createDefault());
        } catch (RuntimeException e) {
            throw new IOException("The SVG picture could not be read: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new IOException("The SVG picture could not be read.");
        }
        return document;
    }

    /**
     * @param svg   the SVG document's bytes
     * @param scale pixels per CSS pixel, for example 2 for a sharp print
     * @throws IOException when the bytes are not an SVG picture JSVG can read
     */
    public static Png svgToPng(byte[] svg, double scale) throws IOException {
        SVGDocument document = load(svg);
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
