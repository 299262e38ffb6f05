package org.bridgework.core.api;

import java.util.List;
import java.util.Optional;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Formats citations in a real citation style (CSL). Provided by the literature bundle; assembly and the
 * drafting preview use it when present.
 */
@ProviderType
public interface CitationService {

    /** Style ids this service offers, for example {@code harvard-cite-them-right}, {@code apa}, {@code vancouver}. */
    List<String> styles();

    /**
     * A renderer for one document: numeric styles number sources in the order they are first cited,
     * so cite in document order.
     *
     * @throws IllegalArgumentException when the style id is not one of {@link #styles()} (the message lists them)
     */
    CitationRenderer renderer(GuidanceProject project, String styleId, Format format);

    /**
     * Readies, on the calling thread, what {@link #renderer} needs for this project's style in every format (parsing
     * the style and its locale takes a few hundred milliseconds the first time in a process), so a caller can do it
     * beside other work. A hint: an unknown style or a failure is left for {@link #renderer} to report.
     *
     * @since 1.10
     */
    default void prepare(GuidanceProject project, String styleId) {
    }

    /**
     * The CSL style file itself (XML), for tools that format citations on their own, such as
     * {@code pandoc --citeproc} reading a Markdown export. Empty when the style is unknown or not file-based.
     *
     * @since 1.4
     */
    default Optional<String> styleXml(String styleId) {
        return Optional.empty();
    }

    /** Output markup. */
    enum Format {
        /** HTML fragments (for HTML and PDF output). */
        HTML,
        /** Plain text (for Word, Markdown and terminals). */
        TEXT
    }

    /** Renders the citations of one document in order, then its bibliography. */
    interface CitationRenderer {
        /**
         * One citation cluster such as {@code [@uuk2022; @nous2023, p. 4]}, as it should appear in the text.
         *
         * @throws IllegalArgumentException naming the unknown key
         */
        String cite(List<CiteItem> items);

        /** The bibliography entries of everything cited so far, in the style's order. */
        List<String> bibliography();
    }

    /** One cited source in a cluster: the citation key and an optional locator ({@code p. 4}) and prefix/suffix. */
    record CiteItem(String key, String locator, String prefix, String suffix) {
        public static CiteItem of(String key) {
            return new CiteItem(key, null, null, null);
        }
    }
}
