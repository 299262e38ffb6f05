package org.bridgework.launcher;

import java.util.HexFormat;

/**
 * A 128-bit hash of a text (FNV-1a and a polynomial hash, 64 bits each) for names of files the launcher keeps: cheap at
 * start-up, where a {@code MessageDigest}'s provider takes 10-20 ms to set up. Not for secrets: every user of it
 * checks what it found under a name (an answer holds its question, a daemon says which folder it serves).
 */
final class QuickHash {
    private QuickHash() {
    }

    static String hex(String text) {
        long fnv = 0xcbf29ce484222325L;
        long polynomial = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            fnv = (fnv ^ c) * 0x100000001b3L;
            polynomial = 31 * polynomial + c;
        }
        return HexFormat.of().toHexDigits(fnv) + HexFormat.of().toHexDigits(polynomial);
    }
}
