package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The icons the installer build renders from the SVG for Windows (.ico) and macOS (.icns), which the prepared
 * workflow passes to jpackage there: read as those systems read them, every image a PNG of its stated size.
 * Run only by the installers profile.
 */
class InstallerIconsTest {
    static Path icons() {
        return Path.of(System.getProperty("bridgework.appImage", "../installer/target/installer/bridgework")).toAbsolutePath().normalize()
                .resolveSibling("work/icon");
    }

    @Test
    void theIcoHoldsPngsFrom16To256() throws Exception {
        byte[] ico = Files.readAllBytes(icons().resolve("bridgework.ico"));
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "type 1: an icon");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < b.getShort(4); i++) {
            int entry = 6 + 16 * i;
            int size = Byte.toUnsignedInt(b.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(b.get(entry));
            assertEquals(32, b.getShort(entry + 6), "32 bits a pixel");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico, b.getInt(entry + 12), b.getInt(entry + 8)));
            assertNotNull(image);
            assertEquals(size, image.getWidth());
            sizes.add(size);
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void theIcnsHoldsPngsFrom16To1024() throws Exception {
        byte[] icns = Files.readAllBytes(icons().resolve("bridgework.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, b.getInt(4));
        List<String> types = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int at = 8; at < icns.length; at += b.getInt(at + 4)) {
            types.add(new String(icns, at, 4, StandardCharsets.US_ASCII));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(icns, at + 8, b.getInt(at + 4) - 8));
            assertNotNull(image);
            sizes.add(image.getWidth());
        }
        assertEquals(List.of("icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"), types);
        assertArrayEquals(new Integer[] {16, 32, 64, 128, 256, 512, 1024}, sizes.toArray(Integer[]::new));
    }
}
