package org.bridgework.team.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds one element's text in a saved project without loading the model: projects are saved deterministically,
 * one attribute per line, so an element is the XML from its start tag (the one with {@code id="ID"}) to its end.
 * Comparing these texts between versions says whether a commit changed the element, fast enough for long histories.
 */
final class ElementHistory {

    private ElementHistory() {
    }

    /** The element's bytes (start tag to end tag, children included), or null when it is not in the file. */
    static byte[] fragment(byte[] xml, String id) {
        byte[] needle = ("id=\"" + escape(id) + "\"").getBytes(StandardCharsets.UTF_8);
        int at = -1;
        for (int from = 0; (at = indexOf(xml, needle, from)) >= 0; from = at + 1) {
            int before = at - 1;
            if (before >= 0 && Character.isWhitespace(xml[before])) {
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        int start = at;
        while (start > 0 && xml[start] != '<') {
            start--;
        }
        int end = endOfElement(xml, start);
        return end < 0 ? null : Arrays.copyOfRange(xml, start, end);
    }

    /** The index after the element that starts at {@code start}. */
    private static int endOfElement(byte[] xml, int start) {
        int depth = 0;
        int i = start;
        while (i < xml.length) {
            if (xml[i] != '<') {
                i++;
                continue;
            }
            if (i + 1 < xml.length && (xml[i + 1] == '?' || xml[i + 1] == '!')) {
                i = indexOf(xml, new byte[] {'>'}, i) + 1;
                continue;
            }
            boolean closing = i + 1 < xml.length && xml[i + 1] == '/';
            int tagEnd = endOfTag(xml, i);
            if (tagEnd < 0) {
                return -1;
            }
            boolean selfClosing = xml[tagEnd - 1] == '/';
            if (closing) {
                depth--;
            } else if (!selfClosing) {
                depth++;
            }
            i = tagEnd + 1;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the '>' that ends the tag starting at {@code i}, skipping quoted attribute values. */
    private static int endOfTag(byte[] xml, int i) {
        boolean quoted = false;
        for (int j = i + 1; j < xml.length; j++) {
            byte b = xml[j];
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '>' && !quoted) {
                return j;
            }
        }
        return -1;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        byte first = needle[0];
        int max = haystack.length - needle.length;
        for (int i = Math.max(from, 0); i <= max; i++) {
            if (haystack[i] != first) {
                continue;
            }
            int j = 1;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String id) {
        return id.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
