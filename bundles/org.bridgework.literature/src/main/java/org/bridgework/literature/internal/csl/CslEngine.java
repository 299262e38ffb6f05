package org.bridgework.literature.internal.csl;

import org.bridgework.core.api.CitationService.Format;

import de.undercouch.citeproc.CSL;

/** One parsed style and locale; used under its own lock by one renderer at a time. */
final class CslEngine {
    final CSL csl;
    final SwitchingItemProvider provider;
    final Format format;
    /** The renderer whose citations the engine holds now. */
    Object owner;

    CslEngine(CSL csl, SwitchingItemProvider provider, Format format) {
        this.csl = csl;
        this.provider = provider;
        this.format = format;
    }

    /** Clears the engine's state (citeproc-java's reset also forgets the output format). */
    void reset() {
        csl.reset();
        if (format == Format.HTML) {
            csl.setOutputFormat(new Utf8HtmlFormat());
        } else {
            csl.setOutputFormat("text");
        }
        csl.setConvertLinks(format == Format.HTML);
    }
}
