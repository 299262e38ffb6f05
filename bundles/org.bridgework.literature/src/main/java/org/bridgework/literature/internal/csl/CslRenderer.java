package org.bridgework.literature.internal.csl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.bridgework.core.api.CitationService.CitationRenderer;
import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.CitationService.Format;
import org.bridgework.core.api.InlineText;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;

/**
 * The citations of one document, in document order, then its bibliography. Not thread-safe (one document is
 * rendered by one thread); renderers of other documents may run at the same time.
 */
public final class CslRenderer implements CitationRenderer {

    private static final Pattern NUMBER_FIRST_FIELD = Pattern.compile("^(\\[?\\d+[.\\]]?)(?=\\S)");
    private static final Pattern SPACE_BEFORE_CLOSE = Pattern.compile("\\s+</div>");

    private final CslCitationService service;
    private final CslStyle style;
    private final String locale;
    private final Format format;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, CSLItemData> items = new HashMap<>();
    private final Set<String> expected = new LinkedHashSet<>();
    private final List<CSLCitation> history = new ArrayList<>();

    CslRenderer(CslCitationService service, CslStyle style, String locale, Format format, GuidanceProject project) {
        this.service = service;
        this.style = style;
        this.locale = locale;
        this.format = format;
        if (project != null) {
            for (Source source : project.getSources()) {
                sources.putIfAbsent(SourceItems.key(source), source);
            }
            expected.addAll(citedIn(project.getDocument()));
        }
    }

    public String styleId() {
        return style.id();
    }

    public String locale() {
        return locale;
    }

    /**
     * Declares keys that will be cited (besides those the project's document cites), so that works by the
     * same authors in the same year get their a, b suffixes from the first citation on.
     */
    public void prepare(Collection<String> keys) {
        expected.addAll(keys);
    }

    /** True when {@code key} is a source of the project. */
    public boolean knows(String key) {
        return sources.containsKey(key);
    }

    /** The citation keys of the project, in project order. */
    public List<String> keys() {
        return List.copyOf(sources.keySet());
    }

    @Override
    public String cite(List<CiteItem> cluster) {
        if (cluster == null || cluster.isEmpty()) {
            throw new IllegalArgumentException("a citation needs at least one citation key");
        }
        CSLCitationItem[] citationItems = new CSLCitationItem[cluster.size()];
        for (int i = 0; i < cluster.size(); i++) {
            CiteItem item = cluster.get(i);
            String key = item.key() == null ? null : item.key().strip();
            if (key == null || !sources.containsKey(key)) {
                throw new IllegalArgumentException("unknown citation key '" + item.key() + "': no source of the project has it");
            }
            materialise(key);
            CSLCitationItemBuilder b = new CSLCitationItemBuilder(key);
            String suffix = blankToNull(item.suffix());
            Locators.Locator locator = Locators.parse(item.locator());
            if (locator != null) {
                if (locator.value() != null) {
                    b.locator(locator.value()).label(locator.label());
                }
                if (locator.suffix() != null) {
                    suffix = locator.suffix() + (suffix == null ? "" : " " + suffix);
                }
            }
            if (blankToNull(item.prefix()) != null) {
                b.prefix(item.prefix().strip());
            }
            if (suffix != null) {
                b.suffix(suffix);
            }
            citationItems[i] = b.build();
        }
        CSLCitation citation = new CSLCitation(citationItems);
        CslEngine engine = service.engine(style, locale, format);
        List<Citation> result;
        synchronized (engine) {
            own(engine);
            result = engine.csl.makeCitation(citation);
            history.add(citation);
        }
        return clean(result.get(result.size() - 1).getText(), false);
    }

    @Override
    public List<String> bibliography() {
        if (history.isEmpty()) {
            return List.of();
        }
        CslEngine engine = service.engine(style, locale, format);
        Bibliography bibliography;
        synchronized (engine) {
            own(engine);
            bibliography = engine.csl.makeBibliography();
        }
        List<String> entries = new ArrayList<>();
        for (String entry : bibliography.getEntries()) {
            entries.add(clean(entry, true));
        }
        return List.copyOf(entries);
    }

    /** Makes the engine hold this renderer's items and citations. */
    private void own(CslEngine engine) {
        if (engine.owner != this) {
            engine.provider.use(items);
            engine.reset();
            for (CSLCitation earlier : history) {
                engine.csl.makeCitation(earlier);
            }
            engine.owner = this;
        }
    }

    private void materialise(String key) {
        if (items.containsKey(key)) {
            return;
        }
        Source source = sources.get(key);
        String suffix = style.yearSuffix() ? yearSuffix(key) : null;
        items.put(key, SourceItems.builder(source).yearSuffix(suffix).build());
    }

    /**
     * citeproc-java does not disambiguate; pandoc adds a, b, ... to the year of works by the same authors in
     * the same year, in bibliography order (author, year, title). Computed over the keys the document cites.
     */
    private String yearSuffix(String key) {
        Source source = sources.get(key);
        if (source.getIssuedYear() == null) {
            return null;
        }
        expected.add(key);
        String group = SourceItems.authorKey(source) + "#" + source.getIssuedYear();
        List<Source> same = new ArrayList<>();
        for (String k : expected) {
            Source s = sources.get(k);
            if (s != null && Objects.equals(s.getIssuedYear(), source.getIssuedYear()) && (SourceItems.authorKey(s) + "#" + s.getIssuedYear()).equals(group)) {
                same.add(s);
            }
        }
        if (same.size() < 2) {
            return null;
        }
        same.sort(Comparator.comparing((Source s) -> sortTitle(s.getTitle())).thenComparing(SourceItems::key));
        int index = same.indexOf(source);
        return index < 26 ? String.valueOf((char) ('a' + index)) : "a" + (char) ('a' + index - 26);
    }

    private static String sortTitle(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip().toLowerCase(Locale.ROOT);
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (t.startsWith(article)) {
                return t.substring(article.length());
            }
        }
        return t;
    }

    /** "and others" in a rendered name list: the delimiter and joining word before the mark (plain text or HTML). */
    private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile(
            "(?:,?\\s*(?:&amp;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b))?,?\\s*" + SourceItems.OTHERS_MARK);

    /** No stray spaces, "1. Entry" in plain-text numeric bibliographies. */
    private String clean(String text, boolean entry) {
        String s = text.strip();
        if (s.indexOf(SourceItems.OTHERS_MARK.charAt(0)) >= 0) {
            // keep the style's serial comma: APA "Smith, J., Jones, K., et al.", Harvard "Smith, J., Jones, K. et al."
            s = OTHERS.matcher(s).replaceAll(m -> m.group().startsWith(",") ? ", et al." : " et al.").replace("et al..", "et al.");
        }
        if (format == Format.HTML) {
            s = SPACE_BEFORE_CLOSE.matcher(s).replaceAll("</div>");
        } else if (entry && style.numeric()) {
            s = NUMBER_FIRST_FIELD.matcher(s).replaceFirst("$1 ");
        }
        return s;
    }

    /** Keys cited anywhere in the document's text, in document order. */
    static Set<String> citedIn(GuidanceDocument document) {
        Set<String> keys = new LinkedHashSet<>();
        if (document == null) {
            return keys;
        }
        TreeIterator<EObject> it = document.eAllContents();
        while (it.hasNext()) {
            EObject o = it.next();
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isDerived()) {
                    continue;
                }
                Object value = o.eGet(attribute);
                if (value instanceof String text) {
                    addKeys(keys, text);
                } else if (value instanceof List<?> list) {
                    for (Object v : list) {
                        if (v instanceof String text) {
                            addKeys(keys, text);
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static void addKeys(Set<String> keys, String text) {
        if (text.indexOf('@') < 0) {
            return;
        }
        for (InlineText.Cluster cluster : InlineText.citations(text)) {
            for (CiteItem item : cluster.items()) {
                keys.add(item.key());
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
