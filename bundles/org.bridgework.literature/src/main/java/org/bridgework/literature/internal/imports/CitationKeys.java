package org.bridgework.literature.internal.imports;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.bridgework.literature.internal.Sources;
import org.bridgework.model.Person;
import org.bridgework.model.Source;

/**
 * Citation keys: a key from the file is kept when pandoc can cite it and it is free; otherwise
 * {@code family + year} (first author's family name or organisation, folded to ASCII letters), then a, b, ...
 * until it is unique in the project ({@code smith2021}, {@code smith2021a}, {@code smith2021b}).
 */
final class CitationKeys {

    /**
     * What pandoc reads whole as a key and anyone can type: ASCII only, a letter or _ first, then letters, digits and
     * pandoc's internal punctuation ({@code :.#$%&-+?<>~/}), ending in a letter, digit or _ (pandoc leaves trailing
     * punctuation out of the key).
     */
    private static final Pattern USABLE = Pattern.compile("[A-Za-z_](?:[A-Za-z0-9_:.#$%&+?<>~/-]{0,62}[A-Za-z0-9_])?");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "on", "in", "and", "for", "to", "at", "le", "la", "les", "der", "die", "das");

    private final Set<String> taken = new HashSet<>();

    CitationKeys(Collection<String> existing) {
        for (String k : existing) {
            if (k != null) {
                taken.add(k.toLowerCase(Locale.ROOT));
            }
        }
    }

    static boolean usable(String key) {
        // tool-internal ids (Zotero's http://zotero.org/users/1/items/ABCD, numeric ids) are no citation keys
        return key != null && USABLE.matcher(key).matches() && !key.contains("/") && !key.contains("://");
    }

    boolean isTaken(String key) {
        return taken.contains(key.toLowerCase(Locale.ROOT));
    }

    /** Reserves and returns {@code wanted} if free, else {@code wanted} + a, b, ... */
    String reserve(String wanted) {
        String key = wanted;
        for (int i = 0; isTaken(key); i++) {
            key = wanted + suffix(i);
        }
        taken.add(key.toLowerCase(Locale.ROOT));
        return key;
    }

    /** A new key for the source: family + year (+ a, b, ...). */
    String generate(Source s) {
        return reserve(base(s));
    }

    static String base(Source s) {
        String name = null;
        Person p = s.getAuthors().isEmpty() ? (s.getEditors().isEmpty() ? null : s.getEditors().get(0)) : s.getAuthors().get(0);
        if (p != null) {
            name = p.getLiteral() != null ? p.getLiteral() : p.getFamily();
        }
        String stem = name == null ? null : Sources.fold(name).replace(" ", "");
        if (stem == null || stem.isEmpty()) {
            for (String w : Sources.fold(s.getTitle()).split(" ")) {
                if (!w.isEmpty() && !STOP.contains(w)) {
                    stem = w;
                    break;
                }
            }
        }
        stem = stem == null ? "" : stem.replaceAll("[^a-z0-9]", "");
        if (stem.isEmpty() || !Character.isLetter(stem.charAt(0))) {
            stem = "ref" + stem;
        }
        if (stem.length() > 30) {
            stem = stem.substring(0, 30);
        }
        return stem + (s.getIssuedYear() == null ? "nd" : String.valueOf(s.getIssuedYear()));
    }

    /** a..z, aa..zz, aaa..: letters only, as many as the stem needs (bijective base 26). */
    static String suffix(int i) {
        StringBuilder sb = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('a' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
