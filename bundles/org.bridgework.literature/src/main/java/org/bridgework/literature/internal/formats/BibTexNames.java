package org.bridgework.literature.internal.formats;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.literature.internal.Sources;
import org.bridgework.model.Person;

/**
 * BibTeX name lists: {@code and} between names (not inside braces), each name {@code First von Last},
 * {@code von Last, First} or {@code von Last, Jr, First}; a name wholly in braces ({@code {Universities UK}}) is
 * an organisation.
 */
final class BibTexNames {

    private BibTexNames() {
    }

    static List<Person> parse(String raw) {
        List<Person> people = new ArrayList<>();
        if (raw == null) {
            return people;
        }
        for (String name : splitTopLevel(raw.replaceAll("\\s+", " ").strip(), " and ")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.equalsIgnoreCase(Sources.OTHERS)) {
                // "and others": more authors not named; kept so that the citation says "et al."
                if (!people.isEmpty() && !Sources.isOthers(people.get(people.size() - 1))) {
                    people.add(Sources.literal(Sources.OTHERS));
                }
                continue;
            }
            Person p = parseOne(n);
            if (p != null) {
                people.add(p);
            }
        }
        return people;
    }

    private static Person parseOne(String n) {
        if (n.startsWith("{") && matchingBrace(n, 0) == n.length() - 1) {
            return Sources.literal(Sources.clean(Latex.decode(n.substring(1, n.length() - 1))));
        }
        List<String> commaParts = splitTopLevel(n, ",");
        if (commaParts.size() == 1) {
            List<String> words = words(n);
            if (words.size() == 1) {
                // a single word: an organisation or a mononym
                return Sources.literal(Sources.clean(Latex.decode(words.get(0))));
            }
            int von = -1;
            for (int i = 0; i < words.size() - 1; i++) {
                if (startsLower(words.get(i))) {
                    von = i;
                    break;
                }
            }
            List<String> given = words.subList(0, von >= 0 ? von : words.size() - 1);
            List<String> rest = words.subList(von >= 0 ? von : words.size() - 1, words.size());
            return person(rest, join(given), null);
        }
        String last = commaParts.get(0).strip();
        String jr = commaParts.size() > 2 ? commaParts.get(1).strip() : null;
        String first = commaParts.get(commaParts.size() > 2 ? 2 : 1).strip();
        return person(words(last), first, jr);
    }

    /** {@code von Last} words into particle and family. */
    private static Person person(List<String> vonLast, String given, String jr) {
        int lastLower = -1;
        for (int i = 0; i < vonLast.size() - 1; i++) {
            if (startsLower(vonLast.get(i))) {
                lastLower = i;
            }
        }
        String particle = lastLower >= 0 ? join(vonLast.subList(0, lastLower + 1)) : null;
        String family = join(vonLast.subList(lastLower + 1, vonLast.size()));
        Person p = Sources.person(dec(family), dec(given));
        p.setNonDroppingParticle(dec(particle));
        p.setSuffix(dec(jr));
        if (p.getFamily() == null && p.getGiven() != null) {
            p.setFamily(p.getGiven());
            p.setGiven(null);
        }
        return p;
    }

    private static String dec(String s) {
        return s == null ? null : Sources.clean(Latex.decode(s));
    }

    private static boolean startsLower(String word) {
        // BibTeX looks at the first letter at brace level 0; {\"u}ber-like words count as upper case
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '{') {
                return false;
            }
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static String join(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** Words split on white space outside braces. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ' ' || c == '~') && depth == 0) {
                if (!sb.isEmpty()) {
                    out.add(sb.toString());
                    sb.setLength(0);
                }
            } else {
                sb.append(c);
            }
        }
        if (!sb.isEmpty()) {
            out.add(sb.toString());
        }
        return out;
    }

    /** Splits at {@code separator} (case-insensitive) outside braces. */
    static List<String> splitTopLevel(String s, String separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && lower.startsWith(separator, i)) {
                out.add(s.substring(from, i));
                from = i + separator.length();
                i = from - 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A name for BibTeX: {@code von Last, Jr, First}, organisations in braces. */
    static String format(Person p) {
        if (Sources.isOthers(p)) {
            return Sources.OTHERS; // bare: BibTeX's "and others"
        }
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            return "{" + BibTexFormat.escape(p.getLiteral().strip()) + "}";
        }
        String family = (p.getNonDroppingParticle() == null ? "" : p.getNonDroppingParticle().strip() + " ") + (p.getFamily() == null ? "" : p.getFamily().strip());
        String f = BibTexFormat.escape(family.strip());
        if (family.strip().contains(" ") && p.getNonDroppingParticle() == null) {
            f = "{" + f + "}"; // a family name of several words ("Lloyd George") stays whole
        }
        StringBuilder sb = new StringBuilder(f);
        if (p.getSuffix() != null && !p.getSuffix().isBlank()) {
            sb.append(", ").append(BibTexFormat.escape(p.getSuffix().strip()));
        }
        if (p.getGiven() != null && !p.getGiven().isBlank()) {
            sb.append(", ").append(BibTexFormat.escape(p.getGiven().strip()));
        }
        return sb.toString();
    }
}
