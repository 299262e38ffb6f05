package org.bridgework.literature.internal.csl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bridgework.literature.internal.Dois;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/** The model's sources as CSL items. */
public final class SourceItems {

    private SourceItems() {
    }

    /** The key a source is cited by: its citation key, or its id when it has none. */
    public static String key(Source source) {
        String key = source.getCitationKey();
        return key == null || key.isBlank() ? source.getId() : key.strip();
    }

    public static CSLType type(SourceType type) {
        if (type == null) {
            return CSLType.DOCUMENT;
        }
        return switch (type) {
            case REPORT -> CSLType.REPORT;
            case ARTICLE_JOURNAL -> CSLType.ARTICLE_JOURNAL;
            case BOOK -> CSLType.BOOK;
            case CHAPTER -> CSLType.CHAPTER;
            case WEBPAGE -> CSLType.WEBPAGE;
            case PAPER_CONFERENCE -> CSLType.PAPER_CONFERENCE;
            case THESIS -> CSLType.THESIS;
            case DATASET -> CSLType.DATASET;
            case LEGISLATION -> CSLType.LEGISLATION;
            case POST -> CSLType.POST;
            case ARTICLE -> CSLType.ARTICLE;
            case DOCUMENT -> CSLType.DOCUMENT;
        };
    }

    public static CSLItemData item(Source source) {
        return builder(source).build();
    }

    static CSLItemDataBuilder builder(Source source) {
        CSLItemDataBuilder b = new CSLItemDataBuilder()
                .id(key(source))
                .citationKey(key(source))
                .type(type(source.getType()));
        CSLName[] authors = names(source.getAuthors());
        if (authors.length > 0) {
            b.author(authors);
        }
        CSLName[] editors = names(source.getEditors());
        if (editors.length > 0) {
            b.editor(editors);
        }
        b.title(blankToNull(source.getTitle()));
        b.containerTitle(blankToNull(source.getContainerTitle()));
        b.collectionTitle(blankToNull(source.getCollectionTitle()));
        CSLDate issued = date(source.getIssuedYear(), source.getIssuedMonth(), source.getIssuedDay());
        if (issued != null) {
            b.issued(issued);
        }
        b.publisher(blankToNull(source.getPublisher()));
        b.publisherPlace(blankToNull(source.getPublisherPlace()));
        b.DOI(Dois.normalise(source.getDoi()));
        b.URL(blankToNull(source.getUrl()));
        b.ISBN(blankToNull(source.getIsbn()));
        b.volume(blankToNull(source.getVolume()));
        b.issue(blankToNull(source.getIssue()));
        b.page(blankToNull(source.getPages()));
        b.abstrct(blankToNull(source.getAbstractText()));
        b.note(blankToNull(source.getNote()));
        if (!source.getKeywords().isEmpty()) {
            b.keyword(String.join(", ", source.getKeywords()));
        }
        LocalDate accessed = source.getAccessed();
        if (accessed != null) {
            b.accessed(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth());
        }
        return b;
    }

    static CSLName[] names(List<Person> people) {
        List<CSLName> names = new ArrayList<>(people.size());
        for (Person p : people) {
            if (org.bridgework.literature.internal.Sources.isOthers(p)) {
                // "and others": a name the renderer turns into the style's "et al."
                names.add(new CSLNameBuilder().literal(OTHERS_MARK).build());
            } else if (notBlank(p.getLiteral())) {
                names.add(new CSLNameBuilder().literal(p.getLiteral().strip()).build());
            } else if (notBlank(p.getFamily()) || notBlank(p.getGiven())) {
                names.add(new CSLNameBuilder()
                        .family(blankToNull(p.getFamily()))
                        .given(blankToNull(p.getGiven()))
                        .nonDroppingParticle(blankToNull(p.getNonDroppingParticle()))
                        .suffix(blankToNull(p.getSuffix()))
                        .build());
            }
        }
        return names.toArray(CSLName[]::new);
    }

    static CSLDate date(Integer year, Integer month, Integer day) {
        if (year == null) {
            return null;
        }
        if (month == null || month < 1 || month > 12) {
            return new CSLDateBuilder().dateParts(year).build();
        }
        if (day == null || day < 1 || day > 31) {
            return new CSLDateBuilder().dateParts(year, month).build();
        }
        return new CSLDateBuilder().dateParts(year, month, day).build();
    }

    /** A name for grouping same-author works: the family names (or literal names) in order, lower case. */
    static String authorKey(Source source) {
        List<Person> people = source.getAuthors().isEmpty() ? source.getEditors() : source.getAuthors();
        StringBuilder sb = new StringBuilder();
        for (Person p : people) {
            sb.append(notBlank(p.getLiteral()) ? p.getLiteral() : (p.getNonDroppingParticle() == null ? "" : p.getNonDroppingParticle() + " ")
                    + (p.getFamily() == null ? "" : p.getFamily())).append('|');
        }
        if (sb.isEmpty() && source.getTitle() != null) {
            sb.append("title:").append(source.getTitle());
        }
        return sb.toString().toLowerCase(Locale.ROOT).strip();
    }

    /**
     * The name given to citeproc for "and others" (more authors not named): a private-use character no real name has,
     * which {@link CslRenderer} replaces, with the joining "and" or "&amp;" before it, by "et al." as the styles write it
     * when they shorten a long list. The style's own et-al rules still apply to the named authors.
     */
    static final String OTHERS_MARK = "\uE0E1";

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
