package org.bridgework.literature.internal.formats;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;

/**
 * LaTeX in BibTeX values to plain text with jbibtex's LaTeX parser and printer ({@code {\"o}} to ö, {@code --} to
 * an en dash, braces dropped), after smoothing what it cannot parse (ties, math dollars, bare underscores, cedillas).
 */
final class Latex {

    private static final Pattern CEDILLA = Pattern.compile("\\\\c\\s*\\{?\\s*([cCsStT])\\s*\\}?");
    private static final Map<String, String> CEDILLAS = Map.of("c", "ç", "C", "Ç", "s", "ş", "S", "Ş", "t", "ţ", "T", "Ţ");
    private static final Pattern COMMAND_WITH_ARG = Pattern.compile("\\\\[a-zA-Z]+\\*?\\s*\\{([^{}]*)\\}");
    private static final Pattern ACCENT = Pattern.compile("\\\\[`'^\"~=.uvHrdbk]\\s*\\{?([a-zA-Z])\\}?");
    private static final char UNDERSCORE = '\uE000';
    private static final char CARET = '\uE001';
    private static final char APOSTROPHE = '\uE002';

    /** One parser per thread: creating jbibtex's parser costs more than most values take to parse. */
    private static final ThreadLocal<LaTeXParser> PARSER = ThreadLocal.withInitial(() -> {
        try {
            return new LaTeXParser();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    private Latex() {
    }

    /** True when the value holds no LaTeX: no backslash, brace, tie, dollar, dash pair or TeX quotes. */
    static boolean plain(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '$') {
                return false;
            }
            if (i + 1 < v.length() && ((c == '-' && v.charAt(i + 1) == '-') || (c == '`' && v.charAt(i + 1) == '`')
                    || (c == '\'' && v.charAt(i + 1) == '\''))) {
                return false;
            }
        }
        return true;
    }

    static String decode(String value) {
        if (value == null) {
            return null;
        }
        if (plain(value)) {
            return value; // most values: nothing for the LaTeX parser to do
        }
        String s = prepare(value);
        try {
            List<LaTeXObject> objects = PARSER.get().parse(s);
            return restore(new LaTeXPrinter().print(objects));
        } catch (Exception | Error e) {
            return restore(fallback(s));
        }
    }

    /** URLs and DOIs: no LaTeX decoding, only escapes and the url command removed. */
    static String verbatim(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        Matcher url = Pattern.compile("^\\\\url\\s*\\{(.*)\\}$").matcher(s);
        if (url.matches()) {
            s = url.group(1);
        }
        s = s.replace("\\_", "_").replace("\\%", "%").replace("\\&", "&").replace("\\#", "#").replace("\\~", "~").replace("{\\textunderscore}", "_");
        return s.replace("{", "").replace("}", "").strip();
    }

    private static String prepare(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean escaped = i > 0 && value.charAt(i - 1) == '\\';
            if (escaped) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '~' -> sb.append(' ');
                case '$' -> {
                    // math: drop the dollars, keep the content
                }
                case '_' -> sb.append(UNDERSCORE);
                case '^' -> sb.append(CARET);
                case '\'' -> {
                    // O'Neill, UK's: an apostrophe as written, not LaTeX's closing quote ('' still is one)
                    boolean doubled = (i + 1 < value.length() && value.charAt(i + 1) == '\'') || (i > 0 && value.charAt(i - 1) == '\'');
                    sb.append(doubled ? c : APOSTROPHE);
                }
                default -> sb.append(c);
            }
        }
        Matcher m = CEDILLA.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(CEDILLAS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String restore(String s) {
        return s.replace(UNDERSCORE, '_').replace(CARET, '^').replace(APOSTROPHE, '\'');
    }

    /** Good enough when the LaTeX parser gives up: common accents, commands' arguments kept, braces dropped. */
    private static String fallback(String s) {
        String t = s;
        Matcher a = ACCENT.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (a.find()) {
            String accent = a.group().substring(1, 2);
            String letter = a.group(1);
            String combined = java.text.Normalizer.normalize(letter + combining(accent), java.text.Normalizer.Form.NFC);
            a.appendReplacement(sb, Matcher.quoteReplacement(combined));
        }
        a.appendTail(sb);
        t = sb.toString();
        for (int i = 0; i < 3; i++) {
            t = COMMAND_WITH_ARG.matcher(t).replaceAll("$1");
        }
        t = t.replace("\\&", "&").replace("\\%", "%").replace("\\#", "#").replace("\\$", "$").replace("\\_", "_")
                .replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”");
        return t.replace("{", "").replace("}", "").replaceAll("\\\\([a-zA-Z]+)\\s*", "");
    }

    private static String combining(String accent) {
        return switch (accent) {
            case "`" -> "\u0300";
            case "'" -> "\u0301";
            case "^" -> "\u0302";
            case "~" -> "\u0303";
            case "=" -> "\u0304";
            case "u" -> "\u0306";
            case "." -> "\u0307";
            case "\"" -> "\u0308";
            case "r" -> "\u030A";
            case "H" -> "\u030B";
            case "v" -> "\u030C";
            case "d" -> "\u0323";
            case "k" -> "\u0328";
            case "b" -> "\u0331";
            default -> "";
        };
    }
}
