package org.bridgework.literature.internal.formats;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX in BibTeX values to plain Unicode text, without losses: every text accent of LaTeX ({@code \'}, {@code \H},
 * {@code \k}, {@code \.}, the breve, cedilla, ...) on any letter including the dotless {@code \i}, the special
 * letters ({@code \l}, {@code \o}, {@code \ss}, ...), text symbols, dashes and quotes; formatting commands keep
 * their text; the url command keeps its address as written; math keeps its content as text (Greek letters and common
 * operators as their characters). A command we do not know keeps its argument, or its name when it has none, so
 * nothing silently disappears.
 *
 * <p>Written here rather than using jbibtex's LaTeX printer: that one drops {@code \i}, {@code \l}, {@code \H},
 * {@code \k}, {@code \.}, the breve and math ("Aks{\i}n" became "Aksn").
 */
final class Latex {

    private static final Map<String, String> COMBINING = Map.ofEntries(
            Map.entry("`", "\u0300"), Map.entry("'", "\u0301"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"),
            Map.entry("=", "\u0304"), Map.entry("u", "\u0306"), Map.entry(".", "\u0307"), Map.entry("\"", "\u0308"),
            Map.entry("r", "\u030A"), Map.entry("H", "\u030B"), Map.entry("v", "\u030C"), Map.entry("d", "\u0323"),
            Map.entry("c", "\u0327"), Map.entry("k", "\u0328"), Map.entry("b", "\u0331"), Map.entry("t", "\u0361"),
            Map.entry("G", "\u030F"), Map.entry("U", "\u030E"), Map.entry("f", "\u0311"));

    private static final Map<String, String> SYMBOLS = new HashMap<>();

    static {
        String[] pairs = {
            "i", "ı", "j", "ȷ", "l", "ł", "L", "Ł", "o", "ø", "O", "Ø", "ss", "ß", "SS", "SS", "aa", "å", "AA", "Å",
            "ae", "æ", "AE", "Æ", "oe", "œ", "OE", "Œ", "dh", "ð", "DH", "Ð", "th", "þ", "TH", "Þ", "ng", "ŋ", "NG", "Ŋ",
            "dj", "đ", "DJ", "Đ", "ij", "ĳ", "IJ", "Ĳ",
            "ldots", "…", "dots", "…", "textellipsis", "…", "textendash", "–", "textemdash", "—",
            "textquoteleft", "‘", "textquoteright", "’", "textquotedblleft", "“", "textquotedblright", "”",
            "guillemotleft", "«", "guillemotright", "»", "guilsinglleft", "‹", "guilsinglright", "›",
            "quotedblbase", "„", "quotesinglbase", "‚", "textquotesingle", "'", "textquotedbl", "\"",
            "S", "§", "P", "¶", "textsection", "§", "textparagraph", "¶", "copyright", "©", "textcopyright", "©",
            "textregistered", "®", "texttrademark", "™", "pounds", "£", "textsterling", "£", "euro", "€", "texteuro", "€",
            "textdollar", "$", "textcent", "¢", "textyen", "¥", "textdegree", "°", "textbullet", "•", "textdagger", "†",
            "dag", "†", "ddag", "‡", "textdaggerdbl", "‡", "textperiodcentered", "·", "textbackslash", "\\",
            "textasciitilde", "~", "textasciicircum", "^", "textunderscore", "_", "textbar", "|", "textless", "<",
            "textgreater", ">", "textbraceleft", "{", "textbraceright", "}", "textexclamdown", "¡", "textquestiondown", "¿",
            "textonehalf", "½", "textonequarter", "¼", "textthreequarters", "¾", "textmu", "µ", "textperthousand", "‰",
            "textnumero", "№", "textordfeminine", "ª", "textordmasculine", "º", "textsuperscript2", "²",
            "LaTeX", "LaTeX", "TeX", "TeX", "BibTeX", "BibTeX", "LaTeXe", "LaTeX2e",
            "quad", " ", "qquad", " ", "space", " ", "enspace", " ", "thinspace", " ", "nobreakspace", " ", "newline", " ",
            "par", " ", "linebreak", " ",
            // math
            "alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ε", "varepsilon", "ε", "zeta", "ζ",
            "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
            "xi", "ξ", "pi", "π", "rho", "ρ", "sigma", "σ", "varsigma", "ς", "tau", "τ", "upsilon", "υ", "phi", "φ",
            "varphi", "φ", "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ",
            "Xi", "Ξ", "Pi", "Π", "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω",
            "leq", "≤", "le", "≤", "geq", "≥", "ge", "≥", "neq", "≠", "ne", "≠", "approx", "≈", "sim", "∼", "simeq", "≃",
            "equiv", "≡", "times", "×", "div", "÷", "pm", "±", "mp", "∓", "cdot", "·", "ast", "∗", "star", "⋆",
            "infty", "∞", "to", "→", "rightarrow", "→", "leftarrow", "←", "leftrightarrow", "↔", "Rightarrow", "⇒",
            "Leftarrow", "⇐", "Leftrightarrow", "⇔", "uparrow", "↑", "downarrow", "↓", "in", "∈", "notin", "∉",
            "subset", "⊂", "subseteq", "⊆", "cup", "∪", "cap", "∩", "emptyset", "∅", "forall", "∀", "exists", "∃",
            "partial", "∂", "nabla", "∇", "sum", "∑", "prod", "∏", "int", "∫", "sqrt", "√", "propto", "∝",
            "degree", "°", "circ", "∘", "prime", "′", "ll", "≪", "gg", "≫", "lt", "<", "gt", ">", "langle", "⟨",
            "rangle", "⟩", "lvert", "|", "rvert", "|", "vert", "|", "mid", "|", "colon", ":", "ldotp", ".", "cdots", "⋯",
            "percent", "%",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            SYMBOLS.put(pairs[i], pairs[i + 1]);
        }
    }

    /** Commands whose argument is text to keep (fonts, boxes, case protection, links' text). */
    private static final Set<String> KEEP_ARGUMENT = Set.of("textit", "emph", "textbf", "textsc", "texttt", "textrm",
            "textsf", "textup", "textsl", "textmd", "textnormal", "mbox", "hbox", "text", "mathrm", "mathit", "mathbf",
            "mathsf", "mathtt", "mathcal", "mathnormal", "ensuremath", "NoCaseChange", "MakeUppercase", "MakeLowercase",
            "uppercase", "lowercase", "enquote", "mkbibquote", "mkbibemph", "mkbibitalic", "mkbibbold", "textsuperscript",
            "textsubscript", "underline", "uline", "foreignlanguage", "hyphenation", "boldsymbol", "operatorname", "fbox",
            "textcolor", "acronym", "acs", "acl", "nolinkurl");

    /** Commands whose argument is not text (sort keys, spacing, language codes). */
    private static final Set<String> DROP_ARGUMENT = Set.of("noopsort", "noop", "sortkey", "hspace", "vspace", "label",
            "index", "selectlanguage", "hskip", "vskip", "kern", "phantom", "hphantom", "vphantom", "cite");

    /** Switches with no argument and no text of their own. */
    private static final Set<String> SWITCHES = Set.of("it", "itshape", "bf", "bfseries", "em", "sc", "scshape", "rm",
            "rmfamily", "tt", "ttfamily", "sf", "sffamily", "sl", "slshape", "upshape", "mdseries", "normalfont", "relax",
            "protect", "displaystyle", "textstyle", "scriptstyle", "small", "footnotesize", "large", "Large", "tiny",
            "normalsize", "huge", "Huge", "noindent", "nobreak", "allowbreak", "xspace", "left", "right", "bigl", "bigr",
            "Bigl", "Bigr", "null", "unskip", "ignorespaces", "frenchspacing", "nocorr", "/");

    /** Commands whose argument is written as it is: addresses. */
    private static final Set<String> VERBATIM_ARGUMENT = Set.of("url", "path", "doi");

    private static final char[] SUPERSCRIPT_DIGITS = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    private Latex() {
    }

    /** True when the value holds no LaTeX: no backslash, brace, tie, dollar, dash pair or TeX quotes. */
    static boolean plain(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '$' || c == '`') {
                return false;
            }
            if (i + 1 < v.length() && ((c == '-' && v.charAt(i + 1) == '-') || (c == '\'' && v.charAt(i + 1) == '\'')
                    || ((c == '!' || c == '?') && v.charAt(i + 1) == '`'))) {
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
            return value; // most values: nothing to do
        }
        StringBuilder out = new StringBuilder(value.length());
        new Decoder(value).run(out, -1);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** URLs and DOIs: no LaTeX decoding, only escapes and the url command removed. */
    static String verbatim(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        Matcher url = Pattern.compile("^\\\\(?:url|path)\\s*\\{(.*)\\}$").matcher(s);
        if (url.matches()) {
            s = url.group(1);
        }
        s = unescapeAddress(s);
        return s.replace("{", "").replace("}", "").strip();
    }

    private static String unescapeAddress(String s) {
        return s.replace("{\\textunderscore}", "_").replace("\\textunderscore{}", "_").replace("\\textasciitilde{}", "~")
                .replace("\\_", "_").replace("\\%", "%").replace("\\&", "&").replace("\\#", "#").replace("\\~", "~")
                .replace("\\$", "$");
    }

    /** Deeper groups than this are read flat (their braces dropped) so hostile input cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    /** A one-pass reader over the value; groups and command arguments are read recursively. */
    private static final class Decoder {
        private final String s;
        private final int level;
        private int accents;
        private int i;
        private boolean math;

        Decoder(String s) {
            this(s, 0);
        }

        Decoder(String s, int level) {
            this.s = s;
            this.level = level;
        }

        /** Decodes until the closing brace of the group (depth >= 0) or the end; the brace is consumed. */
        void run(StringBuilder out, int depth) {
            while (i < s.length()) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> command(out);
                    case '{' -> {
                        i++;
                        if (level + depth + 1 < MAX_DEPTH) {
                            run(out, depth + 1);
                        }
                    }
                    case '}' -> {
                        i++;
                        if (depth >= 0) {
                            return;
                        }
                        // an unbalanced closing brace: dropped
                    }
                    case '$' -> {
                        i++;
                        if (i < s.length() && s.charAt(i) == '$') {
                            i++;
                        }
                        math = !math;
                    }
                    case '~' -> {
                        i++;
                        out.append(' ');
                    }
                    case '-' -> {
                        if (!math && s.startsWith("---", i)) {
                            out.append('—');
                            i += 3;
                        } else if (!math && s.startsWith("--", i)) {
                            out.append('–');
                            i += 2;
                        } else {
                            out.append('-');
                            i++;
                        }
                    }
                    case '`' -> {
                        if (s.startsWith("``", i)) {
                            out.append('“');
                            i += 2;
                        } else {
                            out.append('‘');
                            i++;
                        }
                    }
                    case '\'' -> {
                        if (s.startsWith("''", i)) {
                            out.append('”');
                            i += 2;
                        } else {
                            out.append('\''); // O'Neill, UK's: an apostrophe as written
                            i++;
                        }
                    }
                    case '!', '?' -> {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '`') {
                            out.append(c == '!' ? '¡' : '¿');
                            i += 2;
                        } else {
                            out.append(c);
                            i++;
                        }
                    }
                    case '^' -> {
                        i++;
                        if (math) {
                            superscript(out);
                        } else {
                            out.append('^');
                        }
                    }
                    case '_' -> {
                        i++;
                        out.append('_');
                    }
                    default -> {
                        out.append(c);
                        i++;
                    }
                }
            }
        }

        /** In math: x^2 as x², x^{10} as x¹⁰; anything else keeps the caret and the text. */
        private void superscript(StringBuilder out) {
            String arg = rawArgument();
            if (arg != null && !arg.isEmpty() && arg.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                for (char d : arg.toCharArray()) {
                    out.append(SUPERSCRIPT_DIGITS[d - '0']);
                }
            } else {
                out.append('^');
                if (arg != null) {
                    out.append(nested(arg));
                }
            }
        }

        private void command(StringBuilder out) {
            i++; // the backslash
            if (i >= s.length()) {
                out.append('\\');
                return;
            }
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                String name = String.valueOf(c);
                if (COMBINING.containsKey(name)) {
                    accent(out, name);
                    return;
                }
                switch (c) {
                    case '\\' -> out.append(' '); // a line break
                    case ' ', ',', ';', ':', '!', '>' -> out.append(c == '!' ? "" : " ");
                    case '-', '/', '@' -> {
                        // a hyphenation point, an italic correction, a spacing hint: no text
                    }
                    case '(', ')', '[', ']' -> math = c == '(' || c == '[';
                    default -> out.append(c); // \& \% \$ \# \_ \{ \} and the like
                }
                return;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String name = s.substring(start, i);
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
            }
            if (name.length() == 1 && COMBINING.containsKey(name) && !SYMBOLS.containsKey(name)) {
                skipSpaces();
                accent(out, name);
                return;
            }
            if (VERBATIM_ARGUMENT.contains(name)) {
                String arg = rawArgument();
                out.append(arg == null ? "" : unescapeAddress(arg));
                return;
            }
            if (level >= MAX_DEPTH) {
                out.append(name); // too deep to read arguments: the name as text
                return;
            }
            if (name.equals("href")) {
                String address = rawArgument();
                String text = rawArgument();
                out.append(text == null ? (address == null ? "" : unescapeAddress(address)) : nested(text));
                return;
            }
            if (KEEP_ARGUMENT.contains(name)) {
                if (name.equals("textcolor") || name.equals("foreignlanguage")) {
                    rawArgument(); // the colour or language
                }
                String arg = rawArgument();
                if (arg != null) {
                    boolean wasMath = math;
                    Decoder inner = new Decoder(arg, level + 1);
                    inner.math = wasMath && !name.startsWith("text");
                    inner.run(out, -1);
                }
                return;
            }
            if (DROP_ARGUMENT.contains(name)) {
                rawArgument();
                return;
            }
            String symbol = SYMBOLS.get(name);
            if (symbol != null) {
                skipSpacesAfterWord();
                out.append(symbol);
                return;
            }
            if (SWITCHES.contains(name)) {
                skipSpacesAfterWord();
                return;
            }
            // unknown: keep its argument as text, or its name when it takes none, so nothing silently disappears
            skipSpacesAfterWord();
            if (i < s.length() && s.charAt(i) == '{') {
                return; // the group that follows is read as text by the caller's loop
            }
            out.append(name);
        }

        private String nested(String text) {
            StringBuilder sb = new StringBuilder();
            new Decoder(text, level + 1).run(sb, -1);
            return sb.toString();
        }

        /** An accent on the next letter, group or command ({@code \'{\i}} is í). */
        private void accent(StringBuilder out, String accent) {
            StringBuilder base = new StringBuilder();
            if (i < s.length()) {
                char c = s.charAt(i);
                if (c == '{') {
                    i++;
                    Decoder inner = new Decoder(s, level + 1);
                    inner.i = i;
                    inner.run(base, 0);
                    i = inner.i;
                } else if (c == '\\' && accents < MAX_DEPTH) {
                    accents++; // accents on accents (\\'\\'\\'...) recurse here: bounded too
                    command(base);
                    accents--;
                } else {
                    base.append(c);
                    i++;
                }
            }
            String b = base.toString();
            if (b.isEmpty()) {
                // an accent on nothing: the accent mark itself
                out.append(switch (accent) {
                    case "'" -> "´";
                    case "`" -> "`";
                    case "^" -> "^";
                    case "~" -> "~";
                    case "\"" -> "¨";
                    default -> "";
                });
                return;
            }
            // dotless i and j take the accent as plain i and j (\'{\i} is í)
            if (b.startsWith("ı")) {
                b = "i" + b.substring(1);
            } else if (b.startsWith("ȷ")) {
                b = "j" + b.substring(1);
            }
            int cp = b.codePointAt(0);
            int len = Character.charCount(cp);
            out.append(b, 0, len).append(COMBINING.get(accent)).append(b, len, b.length());
        }

        /** The next argument: a braced group's raw text or one character or command; null when there is none. */
        private String rawArgument() {
            skipSpaces();
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '{') {
                int close = BibTexNames.matchingBrace(s, i);
                if (close < 0) {
                    String rest = s.substring(i + 1);
                    i = s.length();
                    return rest;
                }
                String arg = s.substring(i + 1, close);
                i = close + 1;
                return arg;
            }
            if (c == '}') {
                return null;
            }
            if (c == '\\') {
                int start = i++;
                while (i < s.length() && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                if (i == start + 1 && i < s.length()) {
                    i++;
                }
                return s.substring(start, i);
            }
            i++;
            return String.valueOf(c);
        }

        private void skipSpaces() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
                i++;
            }
        }

        /** After a command word, TeX eats the spaces; {@code \ss{}} eats the empty group. */
        private void skipSpacesAfterWord() {
            skipSpaces();
            if (s.startsWith("{}", i)) {
                i += 2;
            }
        }
    }
}
