package org.bridgework.literature.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of files exported by reference managers: UTF-8 with or without a byte order mark (Zotero, Mendeley), UTF-16
 * with one (some Windows tools), and Windows-1252/Latin-1 (older EndNote and Windows exports) when the bytes are not
 * valid UTF-8.
 */
public final class TextFiles {

    /** The text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    public static Decoded decode(byte[] bytes) {
        Decoded d = decodeRaw(bytes);
        String t = d.text();
        int i = 0;
        while (i < t.length() && t.charAt(i) == '\uFEFF') {
            i++; // a second byte order mark, left by tools that re-save files
        }
        return i == 0 ? d : new Decoded(t.substring(i), d.encoding());
    }

    private static Decoded decodeRaw(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            Charset cs = utf16.equals("UTF-16LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(new String(bytes, 0, bytes.length - bytes.length % 2, cs), utf16);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(utf8.decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when the bytes are UTF-16 text without a byte order mark (Windows tools save such
     * files): mostly Latin text then has a zero byte in nearly every odd (LE) or even (BE) position and almost none
     * in the other. Null otherwise.
     */
    static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 6 && zeroEven * 20 <= pairs) {
            return "UTF-16LE";
        }
        if (zeroEven * 10 >= pairs * 6 && zeroOdd * 20 <= pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    /**
     * True when the bytes are not text: a NUL byte (outside UTF-16), or many control characters. Judged on the
     * first bytes only.
     */
    public static boolean isBinary(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) || utf16WithoutBom(head) != null) {
            return false;
        }
        int n = Math.min(head.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** True when the bytes hold nothing but white space (and perhaps a byte order mark). */
    public static boolean isBlank(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || utf16WithoutBom(bytes) != null) {
            return decode(bytes).text().strip().isEmpty();
        }
        int i = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
