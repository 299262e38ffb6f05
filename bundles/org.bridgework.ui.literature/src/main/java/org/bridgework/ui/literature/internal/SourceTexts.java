package org.bridgework.ui.literature.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.Identified;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;

/** How sources, names and extracts are shown and typed in the literature views. */
final class SourceTexts {

    private SourceTexts() {
    }

    /** Short author text for a table cell: "Broglia, Millings & Barkham", "Thorley", "Broglia et al.", "Universities UK". */
    static String shortAuthors(Source source) {
        List<Person> authors = source.getAuthors();
        if (authors.isEmpty()) {
            return "";
        }
        List<String> names = authors.stream().map(SourceTexts::familyOrLiteral).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > 3) {
            return names.get(0) + " et al.";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }

    static String familyOrLiteral(Person p) {
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            return p.getLiteral();
        }
        String family = p.getFamily() == null ? "" : p.getFamily();
        return p.getNonDroppingParticle() == null || p.getNonDroppingParticle().isBlank() ? family : p.getNonDroppingParticle() + " " + family;
    }

    /** Every author for editing: "Broglia, Emma; Millings, Abigail; Universities UK". */
    static String authors(List<Person> authors) {
        return authors.stream().map(SourceTexts::person).collect(Collectors.joining("; "));
    }

    private static String person(Person p) {
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            return p.getLiteral();
        }
        String family = familyOrLiteral(p);
        return p.getGiven() == null || p.getGiven().isBlank() ? family : family + ", " + p.getGiven();
    }

    /**
     * Parses what {@link #authors} writes: names separated by semicolons, each "Family, Given" or, without a comma,
     * a corporate name ("Universities UK").
     */
    static List<Person> parseAuthors(String text) {
        List<Person> people = new ArrayList<>();
        for (String part : text.split(";")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Person p = GuidanceFactory.eINSTANCE.createPerson();
            int comma = name.indexOf(',');
            if (comma < 0) {
                p.setLiteral(name);
            } else {
                p.setFamily(name.substring(0, comma).strip());
                String given = name.substring(comma + 1).strip();
                p.setGiven(given.isEmpty() ? null : given);
            }
            people.add(p);
        }
        return people;
    }

    static String year(Source source) {
        return source.getIssuedYear() == null ? "" : source.getIssuedYear().toString();
    }

    static String type(SourceType type) {
        if (type == null) {
            return "";
        }
        String words = type.getLiteral().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Everything the filter box matches against, lower case. */
    static String searchable(Source s) {
        StringBuilder b = new StringBuilder();
        for (Person p : s.getAuthors()) {
            b.append(person(p)).append(' ');
        }
        b.append(nonNull(s.getTitle())).append(' ').append(year(s)).append(' ').append(nonNull(s.getCitationKey())).append(' ')
                .append(nonNull(s.getContainerTitle())).append(' ').append(nonNull(s.getPublisher())).append(' ')
                .append(nonNull(s.getDoi())).append(' ').append(type(s.getType())).append(' ')
                .append(String.join(" ", s.getKeywords()));
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static String kind(Extract e) {
        if (e.getKind() == null) {
            return "";
        }
        String words = e.getKind().getLiteral().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What an extract is mapped to: challenges, scope items, criteria and sections, by label. */
    static String mappings(Extract e) {
        List<String> parts = new ArrayList<>();
        for (Identified i : e.getChallenges()) {
            parts.add(label(i));
        }
        for (Identified i : e.getScopeItems()) {
            parts.add(label(i));
        }
        for (Identified i : e.getCriteria()) {
            parts.add(label(i));
        }
        for (Identified i : e.getSections()) {
            parts.add(label(i));
        }
        return String.join("; ", parts);
    }

    static String label(Identified i) {
        String label = i.getLabel();
        return label == null || label.isBlank() ? nonNull(i.getId()) : label;
    }
}
