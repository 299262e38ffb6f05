package org.bridgework.literature.internal.csl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.undercouch.citeproc.LocaleProvider;

/**
 * The style and locale files inside this bundle, read once. Loaded through this bundle's own class loader
 * (never the thread context class loader, never citeproc-java's classpath lookup of {@code /locales-xx.xml}).
 */
final class CslResources {

    /** Locales shipped; any other language falls back to British English. */
    static final List<String> LOCALES = List.of("en-GB", "en-US");
    static final String DEFAULT_LOCALE = "en-GB";

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    String style(CslStyle style) {
        return text(style.resource());
    }

    /** The shipped locale closest to {@code lang} ({@code en-US} for American English, else {@code en-GB}). */
    static String supportedLocale(String lang) {
        if (lang != null) {
            for (String l : LOCALES) {
                if (l.equalsIgnoreCase(lang.strip().replace('_', '-'))) {
                    return l;
                }
            }
        }
        return DEFAULT_LOCALE;
    }

    /**
     * A locale provider for an engine rendering in {@code lang}. It answers every English request with
     * {@code lang}'s own file: citeproc-java 3.5.2's CSL constructor loads the primary dialect (en-US) first and
     * then drops the result of merging the requested dialect into it ({@code locale.merge(l)} is not assigned), so
     * an en-GB engine silently renders with en-US terms, dates and punctuation-in-quote ("Title," with the comma
     * inside the quote; "March 1, 2024"). Giving it en-GB for both requests yields pandoc's en-GB output.
     */
    LocaleProvider localeProvider(String lang) {
        String target = supportedLocale(lang);
        return requested -> {
            String file = requested != null && requested.toLowerCase().startsWith("en") ? target : supportedLocale(requested);
            return text("csl/locales-" + file + ".xml");
        };
    }

    private String text(String resource) {
        return texts.computeIfAbsent(resource, r -> {
            try (InputStream in = CslResources.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("the bundle has no " + r + ": it was built without its CSL files");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + r, e);
            }
        });
    }
}
