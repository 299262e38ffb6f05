package org.bridgework.ui.casestudies.internal;

import java.util.Locale;
import java.util.Map;

import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Organisation;
import org.bridgework.ui.api.Messages;
import org.eclipse.emf.common.util.Enumerator;

/** How model values read in this bundle's widgets. */
final class Texts {

    private static final Messages MESSAGES = Messages.of(Texts.class);

    private static final Map<String, String> WORDS = Map.of("hep", "HEP", "heps", "HEPs", "he", "HE", "fe", "FE", "cmht", "CMHT", "nhs", "NHS",
            "icb", "ICB", "gp", "GP");

    private Texts() {
    }

    /** A choice as people read it: {@code he-in-fe-college} is "HE in FE college", {@code cmht-like} "CMHT-like". */
    static String choice(Enumerator e) {
        if (e == null) {
            return "";
        }
        if (e == CollectionStatus.TEMPLATE_SENT) {
            return MESSAGES.get("choice.templateSent");
        }
        String[] words = e.getLiteral().split("-");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = WORDS.getOrDefault(words[i], words[i]);
            if (i == 0 && w.equals(words[i])) {
                w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            }
            boolean hyphen = i > 0 && (words[i].equals("like") || words[i].equals("reviewed"));
            b.append(i == 0 ? "" : hyphen ? "-" : " ").append(w);
        }
        return b.toString();
    }

    static String organisation(Organisation o) {
        if (o == null) {
            return "";
        }
        return o.getName() != null ? o.getName() : o.getId();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static int words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
