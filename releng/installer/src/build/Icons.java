import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Build-time tool (run with the JDK's source launcher): renders the committed SVG icon into the icon files each
 * platform's installer wants, so no binary image is kept in the repository:
 * {@code NAME.png} (Linux, 128 px), {@code NAME.ico} (Windows: 16 to 256 px) and {@code NAME.icns} (macOS: 16 to
 * 1024 px). Both .ico and .icns hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so plain
 * Java writes them. Each file is read back and checked before the tool ends.
 * Usage: Icons IN.svg OUT_FOLDER NAME
 */
public final class Icons {
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** The .icns types that hold a PNG, by size (icp4..ic10); 1024 is ic10, the 512@2x. */
    static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();
    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
    }

    public static void main(String[] args) throws Exception {
        SVGDocument document = new SVGLoader().load(Path.of(args[0]).toUri().toURL());
        if (document == null) {
            throw new IllegalArgumentException("not an SVG document: " + args[0]);
        }
        Path folder = Files.createDirectories(Path.of(args[1]));
        String name = args[2];
        Files.write(folder.resolve(name + ".png"), png(document, 128));
        byte[] ico = ico(document);
        check(ico, "ico");
        Files.write(folder.resolve(name + ".ico"), ico);
        byte[] icns = icns(document);
        check(icns, "icns");
        Files.write(folder.resolve(name + ".icns"), icns);
    }

    static byte[] png(SVGDocument document, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.scale(size / document.size().width, size / document.size().height);
        document.render(null, graphics);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size (little-endian; 0 means 256), then the PNGs. */
    static byte[] ico(SVGDocument document) throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(document, ICO_SIZES[i]);
        }
        int offset = 6 + 16 * images.length;
        int total = offset;
        for (byte[] image : images) {
            total += image.length;
        }
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
        for (int i = 0; i < images.length; i++) {
            int size = ICO_SIZES[i];
            ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32).putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            ico.put(image);
        }
        return ico.array();
    }

    /** "icns", the file's length, then each element: its type, its length (with the 8-byte header) and a PNG (big-endian). */
    static byte[] icns(SVGDocument document) throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(document, type.getValue());
            out.write(type.getKey().getBytes(StandardCharsets.US_ASCII));
            out.writeInt(image.length + 8);
            out.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.write("icns".getBytes(StandardCharsets.US_ASCII));
        header.writeInt(elements.size() + 8);
        header.write(elements.toByteArray());
        return file.toByteArray();
    }

    /** Reads a written file back: every image is a PNG of the size its entry says. */
    static void check(byte[] file, String kind) throws IOException {
        if (kind.equals("ico")) {
            ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getShort(0) != 0 || b.getShort(2) != 1 || b.getShort(4) != ICO_SIZES.length) {
                throw new IOException("bad ICONDIR");
            }
            for (int i = 0; i < ICO_SIZES.length; i++) {
                int entry = 6 + 16 * i;
                int size = Byte.toUnsignedInt(b.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(b.get(entry));
                expectPng(file, b.getInt(entry + 12), b.getInt(entry + 8), size);
            }
        } else {
            ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
            if (!new String(file, 0, 4, StandardCharsets.US_ASCII).equals("icns") || b.getInt(4) != file.length) {
                throw new IOException("bad icns header");
            }
            int at = 8;
            for (int size : ICNS_TYPES.values()) {
                int length = b.getInt(at + 4);
                expectPng(file, at + 8, length - 8, size);
                at += length;
            }
            if (at != file.length) {
                throw new IOException("icns elements do not fill the file");
            }
        }
    }

    private static void expectPng(byte[] file, int offset, int length, int size) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file, offset, length));
        if (image == null || image.getWidth() != size || image.getHeight() != size) {
            throw new IOException("the " + size + " px image is not a PNG of that size");
        }
    }
}
