package org.bridgework.literature.internal.imports;

/** Test access to the package-private key suffixes. */
public final class CitationKeysAccess {

    private CitationKeysAccess() {
    }

    public static String suffix(int i) {
        return CitationKeys.suffix(i);
    }
}
