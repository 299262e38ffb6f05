package org.bridgework.fonts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.bridgework.fonts.api.FontFace;
import org.junit.jupiter.api.Test;

class BundledFontsTest {

    private final BundledFonts fonts = new BundledFonts();

    @Test
    void everyFaceIsATrueTypeFileInTheJar() throws IOException {
        for (FontFace face : fonts.faces()) {
            byte[] bytes = face.bytes();
            assertTrue(bytes.length > 100_000, face + " is only " + bytes.length + " bytes");
            // TrueType scaler type 0x00010000
            assertArrayEquals(new byte[] {0, 1, 0, 0}, Arrays.copyOf(bytes, 4), face + " is not a TrueType file");
        }
    }

    @Test
    void bodyFamilyHasTheFourStyles() {
        for (int weight : new int[] {400, 700}) {
            for (boolean italic : new boolean[] {false, true}) {
                FontFace face = fonts.find(fonts.bodyFamily(), weight, italic).orElseThrow();
                assertEquals(weight, face.weight());
                assertEquals(italic, face.italic());
            }
        }
    }

    @Test
    void findFallsBackToNearestFaceOfTheFamilyOnly() {
        FontFace semibold = fonts.find("dejavu sans", 600, false).orElseThrow();
        assertEquals(700, semibold.weight());
        FontFace monoBold = fonts.find(fonts.monospaceFamily(), 700, true).orElseThrow();
        assertEquals("DejaVuSansMono.ttf", monoBold.fileName());
        assertTrue(fonts.find("Arial", 400, false).isEmpty());
    }

    @Test
    void licenceIsShipped() {
        assertTrue(fonts.licence().contains("Bitstream"), "DejaVu licence text expected");
    }
}
