package org.bridgework.fonts.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * One TrueType face shipped in the product: a family in one weight and style.
 * The bytes are read from the providing bundle each time {@link #open()} is called.
 */
public interface FontFace {

    /** The CSS/Word family name, e.g. {@code "DejaVu Sans"}. */
    String family();

    /** The CSS weight: 400 regular, 700 bold. */
    int weight();

    /** True for the italic (oblique) face. */
    boolean italic();

    /** The file name of the face inside the providing bundle, e.g. {@code DejaVuSans-Bold.ttf}. */
    String fileName();

    /** A new stream over the TrueType bytes; the caller closes it. */
    InputStream open() throws IOException;

    /** All the TrueType bytes. */
    default byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }
}
