import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * Renders every {@code icons/*.svg} under a bundle's output folder to {@code NAME.png} (its own size) and
 * {@code NAME@2x.png} (twice that, which JFace picks on a 200% display) beside it, at build time. Rasterising
 * SVG with JSVG at start-up was half of building the workbench window; the SVG stays the source.
 * <p>
 * {@code java -cp JSVG RenderIcons.java OUTPUT_FOLDER} (run by the build, exec-maven-plugin, in the UI bundles).
 */
public final class RenderIcons {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RenderIcons OUTPUT_FOLDER");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> icons;
        try (Stream<Path> walk = Files.walk(root)) {
            icons = walk.filter(p -> p.getFileName().toString().endsWith(".svg") && p.getParent() != null
                    && p.getParent().getFileName().toString().equals("icons")).sorted().toList();
        }
        SVGLoader loader = new SVGLoader();
        for (Path svg : icons) {
            SVGDocument document = loader.load(svg.toUri().toURL());
            if (document == null) {
                System.err.println(svg + ": not a readable SVG file");
                System.exit(1);
            }
            String name = svg.getFileName().toString().replaceFirst("\\.svg$", "");
            FloatSize size = document.size();
            write(document, size, 1, svg.resolveSibling(name + ".png"));
            write(document, size, 2, svg.resolveSibling(name + "@2x.png"));
        }
        System.out.println("rendered " + icons.size() + " icons under " + root);
    }

    private static void write(SVGDocument document, FloatSize size, int scale, Path target) throws IOException {
        int width = Math.max(1, Math.round(size.width * scale));
        int height = Math.max(1, Math.round(size.height * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            document.render(null, graphics, new ViewBox(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        ImageIO.write(image, "png", target.toFile());
    }
}
