package org.bridgework.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * One streaming pass over a project file's bytes, before any parser builds anything from them, checking the product's
 * limits: how deep elements nest, and how long one attribute value or one text run is. Memory stays small whatever
 * the file holds (names and a few ids are kept, never values), so a hostile file is refused before it can make the
 * parser, validation or assembly recurse without end or fill the heap. Only what a well-formed file can hold is
 * understood: start and end tags, attributes in quotes, text, comments, CDATA sections and processing instructions;
 * anything else is left to the real parser to report.
 */
final class XmlLimits {

    /** A limit was passed: what, where (1-based line) and in words. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Exceeded(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final int NAME_CHARS = 200;

    private final int maxDepth;
    private final int maxValueChars;

    XmlLimits(int maxDepth, int maxValueChars) {
        this.maxDepth = maxDepth;
        this.maxValueChars = maxValueChars;
    }

    private enum State { TEXT, TAG_OPEN, START_NAME, IN_START_TAG, ATTRIBUTE_NAME, ATTRIBUTE_VALUE, END_TAG, BANG, COMMENT, CDATA, SKIP_TO_GT, PI }

    /** Reads {@code in} to its end; throws at the first limit passed. */
    void check(InputStream in) throws IOException, Exceeded {
        byte[] buffer = new byte[1 << 16];
        Deque<String> open = new ArrayDeque<>();
        State state = State.TEXT;
        int line = 1;
        StringBuilder name = new StringBuilder();
        StringBuilder attribute = new StringBuilder();
        StringBuilder idValue = null;
        String id = null;
        byte quote = 0;
        long valueChars = 0;
        int valueLine = 0;
        long textChars = 0;
        int textLine = 1;
        int tagLine = 1;
        StringBuilder bang = new StringBuilder();
        int endMatch = 0; // how much of "-->", "]]>" or "?>" was seen
        byte previous = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                boolean charStart = (b & 0xC0) != 0x80; // counts characters, not UTF-8 bytes
                switch (state) {
                    case TEXT -> {
                        if (b == '<') {
                            state = State.TAG_OPEN;
                            tagLine = line;
                        } else if (charStart) {
                            if (textChars == 0) {
                                textLine = line;
                            }
                            if (++textChars > maxValueChars) {
                                throw new Exceeded(textLine, "the text in " + element(open) + " starting at line " + textLine + " is longer than the limit of "
                                        + count(maxValueChars) + " characters for one text");
                            }
                        }
                    }
                    case TAG_OPEN -> {
                        if (b == '/') {
                            state = State.END_TAG;
                        } else if (b == '!') {
                            state = State.BANG;
                            bang.setLength(0);
                        } else if (b == '?') {
                            state = State.PI;
                            endMatch = 0;
                        } else {
                            textChars = 0;
                            state = State.START_NAME;
                            name.setLength(0);
                            append(name, b);
                            id = null;
                        }
                    }
                    case START_NAME -> {
                        if (isBlank(b) || b == '>' || b == '/') {
                            state = State.IN_START_TAG;
                            i--; // the same byte again, as part of the tag
                            continue;
                        }
                        append(name, b);
                    }
                    case IN_START_TAG -> {
                        if (b == '>') {
                            boolean empty = previous == '/';
                            open.push(label(name, id));
                            if (open.size() > maxDepth) {
                                throw new Exceeded(tagLine, element(open) + " at line " + tagLine + " is nested "
                                        + open.size() + " elements deep, deeper than the limit of " + maxDepth + " (is a section inside itself "
                                        + "over and over?)");
                            }
                            if (empty) {
                                open.pop();
                            }
                            state = State.TEXT;
                            textChars = 0;
                        } else if (!isBlank(b) && b != '/' && b != '=' && b != '"' && b != '\'') {
                            state = State.ATTRIBUTE_NAME;
                            attribute.setLength(0);
                            append(attribute, b);
                        } else if (b == '"' || b == '\'') {
                            quote = b;
                            state = State.ATTRIBUTE_VALUE;
                            valueChars = 0;
                            valueLine = line;
                            idValue = "id".contentEquals(attribute) ? new StringBuilder() : null;
                        }
                    }
                    case ATTRIBUTE_NAME -> {
                        if (b == '=' || isBlank(b)) {
                            state = State.IN_START_TAG;
                        } else {
                            append(attribute, b);
                        }
                    }
                    case ATTRIBUTE_VALUE -> {
                        if (b == quote) {
                            state = State.IN_START_TAG;
                            if (idValue != null) {
                                id = idValue.toString();
                            }
                            attribute.setLength(0);
                        } else {
                            if (idValue != null) {
                                append(idValue, b);
                            }
                            if (charStart && ++valueChars > maxValueChars) {
                                throw new Exceeded(valueLine, "the attribute '" + attribute + "' of the element " + label(name, id) + " at line "
                                        + valueLine + " is longer than the limit of " + count(maxValueChars) + " characters for one value");
                            }
                        }
                    }
                    case END_TAG -> {
                        if (b == '>') {
                            if (!open.isEmpty()) {
                                open.pop();
                            }
                            state = State.TEXT;
                            textChars = 0;
                        }
                    }
                    case BANG -> {
                        bang.append((char) b);
                        if ("--".contentEquals(bang)) {
                            state = State.COMMENT;
                            endMatch = 0;
                        } else if ("[CDATA[".contentEquals(bang)) {
                            state = State.CDATA;
                            endMatch = 0;
                            if (textChars == 0) {
                                textLine = line;
                            }
                        } else if (!"--".startsWith(bang.toString()) && !"[CDATA[".startsWith(bang.toString())) {
                            state = State.SKIP_TO_GT; // a declaration: the parser refuses DOCTYPEs itself
                        }
                    }
                    case COMMENT -> {
                        endMatch = b == '-' ? Math.min(endMatch + 1, 2) : (b == '>' && endMatch == 2 ? 3 : 0);
                        if (endMatch == 3) {
                            state = State.TEXT;
                        }
                    }
                    case CDATA -> {
                        if (b == '>' && endMatch >= 2) {
                            state = State.TEXT;
                        } else {
                            endMatch = b == ']' ? endMatch + 1 : 0;
                            if (charStart && ++textChars > maxValueChars) {
                                throw new Exceeded(textLine, "the text in " + element(open) + " starting at line " + textLine
                                        + " is longer than the limit of " + count(maxValueChars) + " characters for one text");
                            }
                        }
                    }
                    case PI -> {
                        if (b == '>' && previous == '?') {
                            state = State.TEXT;
                        }
                    }
                    case SKIP_TO_GT -> {
                        if (b == '>') {
                            state = State.TEXT;
                        }
                    }
                    default -> throw new IllegalStateException(state.name());
                }
                if (b == '\n') {
                    line++;
                }
                previous = b;
            }
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static void append(StringBuilder to, byte b) {
        if (to.length() < NAME_CHARS) {
            to.append((char) (b & 0xff)); // names and ids of the model are ASCII; others only look odd in a message
        }
    }

    private static String label(CharSequence name, String id) {
        String text = new String(name.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return "'" + text + "'" + (id == null || id.isEmpty() ? "" : " (id '" + new String(id.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8) + "')");
    }

    private static String element(Deque<String> open) {
        return open.isEmpty() ? "the file" : "the element " + open.peek();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
