package org.bridgework.assembly.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bridgework.assembly.api.AssembledDocument.BibliographyEntry;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.CiteItem;
import org.bridgework.core.api.CitationService;
import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Person;
import org.bridgework.model.Source;

/**
 * Citations of one document, in document order, then its bibliography. Uses the {@link CitationService} (CSL styles,
 * from the literature bundle) when there is one and it knows the style; otherwise a plain author–date style built from
 * the sources' fields. Unknown keys give a warning and are shown raw ({@code @key}).
 */
final class CitationEngine {

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> cited = new LinkedHashSet<>();
    private final Set<String> warnedUnknown = new LinkedHashSet<>();
    private final List<Problem> warnings;
    private final CitationService.CitationRenderer html;
    private final CitationService.CitationRenderer text;
    private final Map<String, String> fallbackLabels;

    CitationEngine(GuidanceProject project, CitationService service, String style, List<Problem> warnings) {
        this.warnings = warnings;
        for (Source s : project.getSources()) {
            if (s.getCitationKey() != null && !s.getCitationKey().isBlank()) {
                sources.putIfAbsent(s.getCitationKey(), s);
            }
        }
        CitationService.CitationRenderer h = null;
        CitationService.CitationRenderer t = null;
        if (service != null) {
            try {
                h = service.renderer(project, style, CitationService.Format.HTML);
                t = service.renderer(project, style, CitationService.Format.TEXT);
            } catch (RuntimeException e) {
                warnings.add(new Problem(Problem.Severity.WARNING, "citation-style", null,
                        "Citation style '" + style + "' is not available (" + e.getMessage()
                                + "); citations use a plain author–date style instead."));
                h = null;
                t = null;
            }
        }
        this.html = h;
        this.text = t;
        this.fallbackLabels = h == null ? disambiguatedLabels(sources) : Map.of();
    }

    /** True when a CSL citation service formats the citations. */
    boolean styled() {
        return html != null;
    }

    Citation cite(List<CitationService.CiteItem> items, String elementId) {
        List<CiteItem> all = new ArrayList<>();
        List<CitationService.CiteItem> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (CitationService.CiteItem item : items) {
            boolean isKnown = sources.containsKey(item.key());
            all.add(new CiteItem(item.key(), item.locator(), item.prefix(), item.suffix(), isKnown));
            if (isKnown) {
                known.add(item);
                cited.add(item.key());
            } else {
                unknown.add(item.key());
                if (warnedUnknown.add(item.key() + "@" + elementId)) {
                    warnings.add(new Problem(Problem.Severity.WARNING, "unknown-citation-key", elementId,
                            "No source has the citation key '" + item.key() + "' (cited in " + elementId
                                    + "); it is shown as @" + item.key() + "."));
                }
            }
        }
        String h = "";
        String t = "";
        if (!known.isEmpty()) {
            if (html != null) {
                h = html.cite(known);
                t = text.cite(known);
            } else {
                t = fallbackCite(known);
                h = Html.escape(t);
            }
        }
        if (!unknown.isEmpty()) {
            String raw = unknown.stream().map(k -> "@" + k).collect(Collectors.joining("; ", "[", "]"));
            h = h.isEmpty() ? Html.escape(raw) : h + " " + Html.escape(raw);
            t = t.isEmpty() ? raw : t + " " + raw;
        }
        return new Citation(all, h, t);
    }

    /** The bibliography of everything cited, in the style's order. */
    List<BibliographyEntry> bibliography() {
        if (cited.isEmpty()) {
            return List.of();
        }
        List<BibliographyEntry> entries = new ArrayList<>();
        if (html != null) {
            List<String> htmlEntries = html.bibliography();
            List<String> textEntries = text.bibliography();
            List<String> remaining = new ArrayList<>(cited);
            for (int i = 0; i < htmlEntries.size(); i++) {
                String t = i < textEntries.size() ? textEntries.get(i) : Html.stripTags(htmlEntries.get(i));
                String key = matchKey(t, remaining);
                remaining.remove(key);
                entries.add(new BibliographyEntry(key, htmlEntries.get(i).strip(), t.strip(), CslJson.of(sources.get(key), key)));
            }
            return entries;
        }
        List<Source> list = cited.stream().map(sources::get).sorted(FALLBACK_ORDER).toList();
        for (Source s : list) {
            entries.add(new BibliographyEntry(s.getCitationKey(), fallbackEntryHtml(s), fallbackEntryText(s),
                    CslJson.of(s, s.getCitationKey())));
        }
        return entries;
    }

    /** The cited source whose title best matches a formatted entry; else the first not yet matched. */
    private String matchKey(String entry, List<String> remaining) {
        String e = normal(entry);
        String best = null;
        int bestLength = 0;
        for (String key : remaining) {
            Source s = sources.get(key);
            String title = normal(s.getTitle());
            if (!title.isEmpty() && e.contains(title.length() > 60 ? title.substring(0, 60) : title) && title.length() > bestLength) {
                best = key;
                bestLength = title.length();
            }
        }
        if (best == null && !remaining.isEmpty()) {
            best = remaining.get(0);
        }
        return best;
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // ---------------------------------------------------------------- fallback author–date style

    private static final Comparator<Source> FALLBACK_ORDER = Comparator
            .comparing((Source s) -> authorLabel(s).toLowerCase(Locale.ROOT))
            .thenComparing(s -> s.getIssuedYear() == null ? Integer.MAX_VALUE : s.getIssuedYear())
            .thenComparing(s -> s.getTitle() == null ? "" : s.getTitle().toLowerCase(Locale.ROOT))
            .thenComparing(Source::getCitationKey);

    private String fallbackCite(List<CitationService.CiteItem> items) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            CitationService.CiteItem item = items.get(i);
            if (i > 0) {
                b.append("; ");
            }
            if (item.prefix() != null && !item.prefix().isBlank()) {
                b.append(item.prefix().strip()).append(' ');
            }
            b.append(fallbackLabels.get(item.key()));
            if (item.locator() != null && !item.locator().isBlank()) {
                b.append(", ").append(item.locator().strip());
            }
            if (item.suffix() != null && !item.suffix().isBlank()) {
                b.append(' ').append(item.suffix().strip());
            }
        }
        return b.append(')').toString();
    }

    /** "Author, 2022" with a/b suffixes where two sources share author and year. */
    private static Map<String, String> disambiguatedLabels(Map<String, Source> sources) {
        Map<String, List<Source>> groups = new LinkedHashMap<>();
        for (Source s : sources.values()) {
            groups.computeIfAbsent(authorLabel(s) + "|" + year(s), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> labels = new HashMap<>();
        for (List<Source> group : groups.values()) {
            group.sort(FALLBACK_ORDER);
            for (int i = 0; i < group.size(); i++) {
                Source s = group.get(i);
                String suffix = group.size() > 1 ? String.valueOf((char) ('a' + Math.min(i, 25))) : "";
                labels.put(s.getCitationKey(), authorLabel(s) + ", " + year(s) + suffix);
            }
        }
        return labels;
    }

    private static String year(Source s) {
        return s.getIssuedYear() == null ? "n.d." : String.valueOf(s.getIssuedYear());
    }

    static String authorLabel(Source s) {
        List<Person> people = !s.getAuthors().isEmpty() ? s.getAuthors() : s.getEditors();
        if (people.isEmpty()) {
            return s.getPublisher() != null && !s.getPublisher().isBlank() ? s.getPublisher().strip()
                    : s.getTitle() != null ? s.getTitle().strip() : s.getCitationKey();
        }
        String first = shortName(people.get(0));
        if (people.size() == 1) {
            return first;
        }
        if (people.size() == 2) {
            return first + " and " + shortName(people.get(1));
        }
        return first + " et al.";
    }

    private static String shortName(Person p) {
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            return p.getLiteral().strip();
        }
        String particle = p.getNonDroppingParticle() == null || p.getNonDroppingParticle().isBlank() ? "" : p.getNonDroppingParticle().strip() + " ";
        return particle + (p.getFamily() == null ? "" : p.getFamily().strip());
    }

    private static String fullNames(List<Person> people) {
        List<String> names = new ArrayList<>();
        for (Person p : people) {
            if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
                names.add(p.getLiteral().strip());
            } else {
                String initials = p.getGiven() == null ? "" : java.util.Arrays.stream(p.getGiven().strip().split("[\\s-]+"))
                        .filter(x -> !x.isEmpty()).map(x -> x.charAt(0) + ".").collect(Collectors.joining(""));
                names.add(shortName(p) + (initials.isEmpty() ? "" : ", " + initials));
            }
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String fallbackEntryText(Source s) {
        return fallbackEntry(s, false);
    }

    private String fallbackEntryHtml(Source s) {
        return fallbackEntry(s, true);
    }

    /** Harvard-like: Authors (Year) Title. Container, volume(issue), pp. pages. Place: Publisher. doi/URL. */
    private String fallbackEntry(Source s, boolean asHtml) {
        StringBuilder b = new StringBuilder();
        List<Person> people = !s.getAuthors().isEmpty() ? s.getAuthors() : s.getEditors();
        String who = people.isEmpty() ? (s.getPublisher() != null ? s.getPublisher().strip() : "") : fullNames(people);
        String label = fallbackLabels.get(s.getCitationKey());
        String yearText = label == null ? year(s) : label.substring(label.lastIndexOf(", ") + 2);
        if (!who.isEmpty()) {
            b.append(esc(who, asHtml)).append(' ');
        }
        b.append('(').append(yearText).append(") ");
        boolean inContainer = s.getContainerTitle() != null && !s.getContainerTitle().isBlank();
        String title = s.getTitle() == null || s.getTitle().isBlank() ? null : s.getTitle().strip();
        if (inContainer) {
            if (title != null) {
                b.append('‘').append(esc(title, asHtml)).append("’, ");
            }
            b.append(italic(s.getContainerTitle().strip(), asHtml));
            if (s.getVolume() != null && !s.getVolume().isBlank()) {
                b.append(", ").append(esc(s.getVolume().strip(), asHtml));
                if (s.getIssue() != null && !s.getIssue().isBlank()) {
                    b.append('(').append(esc(s.getIssue().strip(), asHtml)).append(')');
                }
            }
            if (s.getPages() != null && !s.getPages().isBlank()) {
                b.append(", pp. ").append(esc(s.getPages().strip(), asHtml));
            }
            b.append('.');
        } else {
            b.append(italic(title == null ? s.getCitationKey() : title, asHtml)).append('.');
        }
        boolean hasPublisher = s.getPublisher() != null && !s.getPublisher().isBlank() && !people.isEmpty();
        if (hasPublisher) {
            b.append(' ');
            if (s.getPublisherPlace() != null && !s.getPublisherPlace().isBlank()) {
                b.append(esc(s.getPublisherPlace().strip(), asHtml)).append(": ");
            }
            b.append(esc(s.getPublisher().strip(), asHtml)).append('.');
        }
        if (s.getDoi() != null && !s.getDoi().isBlank()) {
            String doi = s.getDoi().strip().replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
            b.append(" doi:").append(esc(doi, asHtml)).append('.');
        } else if (s.getUrl() != null && !s.getUrl().isBlank()) {
            b.append(" Available at: ").append(esc(s.getUrl().strip(), asHtml));
            if (s.getAccessed() != null) {
                b.append(" (Accessed: ").append(s.getAccessed().getDayOfMonth()).append(' ')
                        .append(s.getAccessed().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)).append(' ')
                        .append(s.getAccessed().getYear()).append(')');
            }
            b.append('.');
        }
        return b.toString();
    }

    private static String esc(String s, boolean asHtml) {
        return asHtml ? Html.escape(s) : s;
    }

    private static String italic(String s, boolean asHtml) {
        return asHtml ? "<i>" + Html.escape(s) + "</i>" : s;
    }
}
