package org.bridgework.fonts.api;

import java.util.List;
import java.util.Optional;

/**
 * The fonts the product ships (a service). Renderers embed these faces and
 * name {@link #bodyFamily()} in their styles; none of them may fall back to
 * fonts installed on the machine.
 */
public interface Fonts {

    /** Every shipped face, in a stable order (family, weight, italic). */
    List<FontFace> faces();

    /** The family for body text and headings (has regular, bold, italic and bold italic). */
    String bodyFamily();

    /** The family for monospaced text (identifiers, code). */
    String monospaceFamily();

    /**
     * The face of {@code family} closest to the weight and style asked for:
     * the exact face if shipped, else the same style in the nearest weight, else
     * the nearest weight in any style. Empty when the family is not shipped.
     */
    Optional<FontFace> find(String family, int weight, boolean italic);

    /**
     * The face to use for characters no other face has: the shipped face with
     * the widest character coverage.
     */
    FontFace fallback();

    /** The licence text of the shipped fonts (they are redistributed under it). */
    String licence();
}
