package org.bridgework.assembly.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PicturesTest {

    static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\" viewBox=\"0 0 40 20\">"
            + "<rect x=\"20\" y=\"0\" width=\"20\" height=\"20\" fill=\"#2171b5\"/></svg>").getBytes(StandardCharsets.UTF_8);

    @Test
    void anSvgIsDrawnAsPngAtTheScaleAskedOnWhite() throws IOException {
        Pictures.Png png = Pictures.svgToPng(SVG, 2);
        assertEquals(40, png.cssWidth(), 0.01);
        assertEquals(20, png.cssHeight(), 0.01);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.data()));
        assertEquals(80, img.getWidth());
        assertEquals(40, img.getHeight());
        assertEquals(0xffffff, img.getRGB(10, 20) & 0xffffff, "left half is the white background");
        assertEquals(0x2171b5, img.getRGB(60, 20) & 0xffffff, "right half is the rectangle's colour");
        assertArrayEquals(png.data(), Pictures.svgToPng(SVG, 2).data(), "the same SVG gives the same PNG");
    }

    @Test
    void bytesThatAreNoSvgAreAnIOException() {
        assertThrows(IOException.class, () -> Pictures.svgToPng("not a picture".getBytes(StandardCharsets.UTF_8), 2));
    }
}
