import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Build-time tool (run with the JDK's source launcher): renders the committed SVG icon to a PNG of the given size,
 * so no binary image is kept in the repository. Usage: SvgToPng IN.svg OUT.png SIZE
 */
public final class SvgToPng {
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[2]);
        SVGDocument document = new SVGLoader().load(Path.of(args[0]).toUri().toURL());
        if (document == null) {
            throw new IllegalArgumentException("not an SVG document: " + args[0]);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.scale(size / document.size().width, size / document.size().height);
        document.render(null, graphics);
        graphics.dispose();
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(image, "png", out.toFile());
    }
}
