package org.bridgework.literature.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bridgework.literature.internal.Dois;
import org.bridgework.literature.internal.Sources;
import org.bridgework.model.Source;

/** Finds the source an entry duplicates: same DOI, or same normalised title, year and first author. */
final class Duplicates {

    record Match(Source existing, String reason) {
    }

    private final Map<String, Source> byDoi = new HashMap<>();
    private final Map<String, List<Source>> byTitle = new HashMap<>();
    private final Map<String, List<Source>> byMainTitle = new HashMap<>();

    void add(Source s) {
        String doi = Dois.key(s.getDoi());
        if (doi != null) {
            byDoi.putIfAbsent(doi, s);
        }
        String title = titleKey(s);
        if (title != null) {
            byTitle.computeIfAbsent(title, k -> new ArrayList<>()).add(s);
            byMainTitle.computeIfAbsent(mainTitleKey(s), k -> new ArrayList<>()).add(s);
        }
    }

    Match find(Source s) {
        String doi = Dois.key(s.getDoi());
        if (doi != null) {
            Source same = byDoi.get(doi);
            if (same != null) {
                return new Match(same, "same DOI " + Dois.normalise(s.getDoi()));
            }
        }
        String title = titleKey(s);
        if (title != null) {
            for (Source candidate : byTitle.getOrDefault(title, List.of())) {
                String otherDoi = Dois.key(candidate.getDoi());
                if (doi != null && otherDoi != null && !doi.equals(otherDoi)) {
                    continue; // two DOIs: two works (an erratum, a reprint), however alike their titles
                }
                return new Match(candidate, "same title, year and first author (" + Sources.clean(s.getTitle()) + ", "
                        + (s.getIssuedYear() == null ? "no year" : s.getIssuedYear()) + ", " + Objects.requireNonNullElse(Sources.firstAuthor(s), "no author") + ")");
            }
            // "Minding our future" and "Minding our future: starting a conversation ...": the same work, with and without its subtitle
            for (Source candidate : byMainTitle.getOrDefault(mainTitleKey(s), List.of())) {
                String otherDoi = Dois.key(candidate.getDoi());
                if (doi != null && otherDoi != null && !doi.equals(otherDoi)) {
                    continue;
                }
                if (isMainTitleOnly(s) || isMainTitleOnly(candidate)) {
                    return new Match(candidate, "same title (one without its subtitle), year and first author (" + Sources.clean(candidate.getTitle()) + ", "
                            + (s.getIssuedYear() == null ? "no year" : s.getIssuedYear()) + ", " + Objects.requireNonNullElse(Sources.firstAuthor(s), "no author") + ")");
                }
            }
        }
        return null;
    }

    /** The title before its subtitle (up to the first colon), year and first author. */
    static String mainTitleKey(Source s) {
        String t = s.getTitle() == null ? "" : s.getTitle();
        int colon = t.indexOf(':');
        String main = Sources.fold(colon > 0 ? t.substring(0, colon) : t);
        return main + "|" + (s.getIssuedYear() == null ? "" : s.getIssuedYear()) + "|" + Sources.fold(Sources.firstAuthor(s));
    }

    private static boolean isMainTitleOnly(Source s) {
        return s.getTitle() != null && s.getTitle().indexOf(':') < 0;
    }

    /** Normalised title + year + first author; null without a title. */
    static String titleKey(Source s) {
        String title = Sources.fold(s.getTitle());
        if (title.isEmpty()) {
            return null;
        }
        return title + "|" + (s.getIssuedYear() == null ? "" : s.getIssuedYear()) + "|" + Sources.fold(Sources.firstAuthor(s));
    }
}
