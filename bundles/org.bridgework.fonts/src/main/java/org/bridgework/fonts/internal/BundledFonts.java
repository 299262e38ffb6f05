package org.bridgework.fonts.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bridgework.fonts.api.FontFace;
import org.bridgework.fonts.api.Fonts;
import org.osgi.service.component.annotations.Component;

/**
 * The DejaVu faces copied into this bundle at build time (from
 * net.sf.jasperreports:jasperreports-fonts), read from the bundle's own
 * class path. DejaVu Sans has the widest coverage of the shipped faces (Latin,
 * Greek, Cyrillic, arrows, ticks and ballot boxes), so it is also the fallback.
 */
@Component(service = Fonts.class)
public final class BundledFonts implements Fonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private final List<FontFace> faces = List.of(
            new Face(SANS, 400, false, "DejaVuSans.ttf"),
            new Face(SANS, 400, true, "DejaVuSans-Oblique.ttf"),
            new Face(SANS, 700, false, "DejaVuSans-Bold.ttf"),
            new Face(SANS, 700, true, "DejaVuSans-BoldOblique.ttf"),
            new Face(MONO, 400, false, "DejaVuSansMono.ttf"));

    @Override
    public List<FontFace> faces() {
        return faces;
    }

    @Override
    public String bodyFamily() {
        return SANS;
    }

    @Override
    public String monospaceFamily() {
        return MONO;
    }

    @Override
    public Optional<FontFace> find(String family, int weight, boolean italic) {
        return faces.stream()
                .filter(f -> f.family().equalsIgnoreCase(family))
                .min(Comparator.<FontFace>comparingInt(f -> f.italic() == italic ? 0 : 1)
                        .thenComparingInt(f -> Math.abs(f.weight() - weight)));
    }

    @Override
    public FontFace fallback() {
        return faces.get(0);
    }

    @Override
    public String licence() {
        try (InputStream in = resource("LICENSE")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String fileName) throws IOException {
        InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + fileName);
        if (in == null) {
            throw new FileNotFoundException("font resource " + FOLDER + fileName + " is missing from bundle org.bridgework.fonts");
        }
        return in;
    }

    private record Face(String family, int weight, boolean italic, String fileName) implements FontFace {
        @Override
        public InputStream open() throws IOException {
            return resource(fileName);
        }

        @Override
        public String toString() {
            return family + " " + weight + (italic ? " italic" : "") + " (" + fileName + ")";
        }
    }
}
