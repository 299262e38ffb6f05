package org.bridgework.assembly.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The assembly bundle's HTML writer as a service, for renderers that start from HTML (the PDF renderer feeds
 * {@link Medium#PRINT} output to openhtmltopdf). Provided by {@code org.bridgework.assembly}.
 * <p>
 * The output is a complete HTML5 document, well-formed as XML as well (every element closed, attributes quoted,
 * {@code <br/>}, {@code <img .../>}, no named entities other than the XML five), so both jsoup and an XML parser read it.
 * It has {@code <html lang>}, {@code <title>}, {@code <meta name="subject">} and {@code <meta name="description">},
 * {@code title} on every link, {@code alt} on every image (data URIs), {@code th scope} in every table, tables left
 * {@code display: table}, headings h1 (title) then h2.. by section level, and ids equal to the document's anchors.
 */
@ProviderType
public interface HtmlExport {

    /** The HTML of the document as a string (deterministic). */
    String html(AssembledDocument document, HtmlOptions options);

    /**
     * Screen (the HTML format: evidence behind {@code details} disclosures, SVG figures as {@code img}) or print (paged
     * media: A4, page numbers, no skip link or interactive parts, everything expanded; since 1.5 an SVG figure is an
     * {@code <object type="image/svg+xml" data="data:...">} with {@code alt}, sized to the page, for a renderer that
     * draws it as vectors).
     */
    enum Medium {
        SCREEN, PRINT
    }

    /**
     * @param medium     screen or print
     * @param fontFamily a CSS font-family list to use for body text instead of the default system stack, or null (the
     *                   PDF renderer passes the family names it registered with openhtmltopdf)
     * @param extraCss   CSS appended after the built-in stylesheet, or null
     */
    record HtmlOptions(Medium medium, String fontFamily, String extraCss) {
        public static HtmlOptions screen() {
            return new HtmlOptions(Medium.SCREEN, null, null);
        }

        public static HtmlOptions print(String fontFamily) {
            return new HtmlOptions(Medium.PRINT, fontFamily, null);
        }
    }
}
