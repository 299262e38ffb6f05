package org.bridgework.literature.internal.csl;

import java.util.List;
import java.util.Optional;

/**
 * A CSL style this bundle ships (taken from the CSL styles release at build time).
 *
 * @param id          the id users type ({@code --style}) and projects store
 * @param title       the style's name for people
 * @param resource    the {@code .csl} file inside the bundle
 * @param numeric     numeric styles number sources in order of first citation
 * @param yearSuffix  the style disambiguates same author and year with a, b, ... (citeproc-java does not do it itself)
 */
record CslStyle(String id, String title, String resource, boolean numeric, boolean yearSuffix) {

    /** The styles offered, the default (the model's default, {@code harvard-cite-them-right}) first. */
    static final List<CslStyle> ALL = List.of(
            new CslStyle("harvard-cite-them-right", "Cite Them Right 12th edition - Harvard", "csl/harvard-cite-them-right.csl", false, true),
            new CslStyle("apa", "American Psychological Association 7th edition", "csl/apa.csl", false, true),
            // styles 26.2 renamed 'vancouver' to 'nlm-citation-sequence'; we keep the name people know
            new CslStyle("vancouver", "Vancouver (NLM citation-sequence)", "csl/nlm-citation-sequence.csl", true, false));

    static Optional<CslStyle> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip();
        // also accept the styles-26.2 file name for Vancouver
        if (wanted.equals("nlm-citation-sequence")) {
            wanted = "vancouver";
        }
        for (CslStyle style : ALL) {
            if (style.id.equals(wanted)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    static List<String> ids() {
        return ALL.stream().map(CslStyle::id).toList();
    }
}
