package org.bridgework.literature.internal.csl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bridgework.core.api.CitationService;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Component;

import de.undercouch.citeproc.CSL;

/**
 * {@link CitationService} on citeproc-java with the styles this bundle ships (Harvard Cite Them Right, APA 7,
 * Vancouver). Parsing a style and its locale costs tens of milliseconds (the first use in a JVM 0.2-0.5 s), so one
 * engine per style, locale and output format is kept and shared by the renderers; a renderer that finds the
 * engine last used by another renderer resets it and replays its own citations first.
 */
@Component(service = {CitationService.class, CslCitationService.class})
public class CslCitationService implements CitationService {

    record EngineKey(String styleId, String locale, Format format) {
    }

    private final CslResources resources = new CslResources();
    private final Map<EngineKey, CslEngine> engines = new ConcurrentHashMap<>();

    @Override
    public List<String> styles() {
        return CslStyle.ids();
    }

    @Override
    public Optional<String> styleXml(String styleId) {
        return CslStyle.byId(styleId).map(resources::style);
    }

    /** The style ids with their names, for help texts. */
    public List<String> describeStyles() {
        return CslStyle.ALL.stream().map(s -> s.id() + " (" + s.title() + ")").toList();
    }

    @Override
    public CslRenderer renderer(GuidanceProject project, String styleId, Format format) {
        CslStyle style = CslStyle.byId(styleId).orElseThrow(() -> new IllegalArgumentException(
                "unknown citation style '" + styleId + "'; known styles: " + String.join(", ", styles())));
        if (format == null) {
            throw new IllegalArgumentException("no output format given (HTML or TEXT)");
        }
        GuidanceDocument document = project == null ? null : project.getDocument();
        String locale = CslResources.supportedLocale(document == null ? null : document.getLocale());
        return new CslRenderer(this, style, locale, format, project);
    }

    @Override
    public void prepare(GuidanceProject project, String styleId) {
        Optional<CslStyle> style = CslStyle.byId(styleId);
        if (style.isEmpty()) {
            return;
        }
        GuidanceDocument document = project == null ? null : project.getDocument();
        String locale = CslResources.supportedLocale(document == null ? null : document.getLocale());
        try {
            for (Format format : Format.values()) {
                engine(style.get(), locale, format);
            }
        } catch (RuntimeException e) {
            // the renderer reports it when it needs the engine
        }
    }

    /** The style the project chose (its document's citation style), or the default when it chose none or an unknown one. */
    public static String projectStyle(GuidanceProject project) {
        GuidanceDocument document = project == null ? null : project.getDocument();
        String chosen = document == null ? null : document.getCitationStyle();
        return CslStyle.byId(chosen).map(CslStyle::id).orElse(CslStyle.ALL.get(0).id());
    }

    /** True when the engine for this style, locale and format has been made (tests). */
    boolean ready(String styleId, String locale, Format format) {
        return engines.containsKey(new EngineKey(styleId, locale, format));
    }

    CslEngine engine(CslStyle style, String locale, Format format) {
        return engines.computeIfAbsent(new EngineKey(style.id(), locale, format), key -> {
            try {
                SwitchingItemProvider provider = new SwitchingItemProvider();
                CSL csl = new CSL(provider, resources.localeProvider(locale), null, resources.style(style), locale);
                CslEngine engine = new CslEngine(csl, provider, format);
                engine.reset();
                return engine;
            } catch (IOException e) {
                throw new UncheckedIOException("the citation style " + style.id() + " shipped with Bridgework cannot be read", e);
            }
        });
    }
}
