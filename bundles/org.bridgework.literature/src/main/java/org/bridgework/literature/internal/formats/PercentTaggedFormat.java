package org.bridgework.literature.internal.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.ImportProblem.Severity;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.literature.internal.Dois;
import org.bridgework.literature.internal.Sources;
import org.bridgework.literature.internal.formats.TaggedLines.Record;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;

/**
 * The {@code %X value} line format of refer (Unix) and of EndNote's tagged export (.enw, which adds {@code %0}
 * for the type): records separated by blank lines or a new {@code %0}, lines without a tag continue the field
 * before them, {@code %A} authors and {@code %E} editors one per line ("Family, Given"; an organisation ends with a
 * comma in EndNote).
 */
abstract class PercentTaggedFormat implements ReferenceFormat {

    private static final Pattern TAG_LINE = Pattern.compile("^%([A-Za-z0-9@+#$&()*!^|><~\\]\\[])(?:\\s(.*))?$");

    @Override
    public Read read(Path file, String text) {
        List<Entry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        Record r = null;
        String lastTag = null;
        boolean reported = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                r = finish(file, r, entries, problems);
                lastTag = null;
                continue;
            }
            Matcher m = TAG_LINE.matcher(line.stripTrailing());
            if (!m.matches()) {
                if (r != null && lastTag != null) {
                    r.append(lastTag, line.strip(), lastTag.equals("K") ? "\n" : " ");
                } else if (!reported) {
                    problems.add(new ImportProblem(Severity.ERROR, file, i + 1, "'" + abbreviate(line.strip())
                            + "' is not a tagged line (a % sign, a letter such as A or T, a space, then the value); ignored up to the next blank line"));
                    reported = true;
                }
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals("0") && r != null && !r.fields().isEmpty()) {
                r = finish(file, r, entries, problems);
            }
            if (r == null) {
                r = new Record(i + 1);
                reported = false;
            }
            r.add(tag, value);
            lastTag = tag;
        }
        finish(file, r, entries, problems);
        return new Read(entries, problems);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private Record finish(Path file, Record r, List<Entry> entries, List<ImportProblem> problems) {
        if (r == null || r.fields().isEmpty()) {
            return null;
        }
        Source s = Sources.newSource();
        String typeName = r.first("0");
        SourceType type = typeName == null ? guessType(r) : type(typeName);
        if (type == null) {
            problems.add(new ImportProblem(Severity.WARNING, file, r.line(), "unknown reference type '" + typeName + "'; read as a generic document"));
            type = SourceType.DOCUMENT;
        }
        s.setType(type);
        TaggedLines.addNames(s.getAuthors(), r.values("A"));
        if (typeName == null) {
            for (String corporate : r.values("Q")) { // refer's corporate author (EndNote's %Q is a translated title)
                if (!corporate.isBlank()) {
                    s.getAuthors().add(Sources.literal(Sources.clean(corporate)));
                }
            }
        }
        TaggedLines.addNames(s.getEditors(), r.values("E"));
        s.setTitle(Sources.clean(r.first("T")));
        String container = r.first("J");
        if (container == null) {
            container = r.first("B");
        }
        s.setContainerTitle(Sources.clean(container));
        int[] date = TaggedLines.date(r.first("8"));
        Integer year = Sources.year(r.first("D"));
        if (date == null || (year != null && date[0] != year)) {
            date = TaggedLines.date(r.first("D"));
        }
        Sources.issued(s, date);
        s.setPublisher(Sources.clean(r.first("I")));
        s.setPublisherPlace(Sources.clean(r.first("C")));
        s.setVolume(Sources.clean(r.first("V")));
        s.setIssue(Sources.clean(r.first("N")));
        s.setPages(TaggedLines.pages(r.first("P")));
        String doi = Dois.normalise(r.first("R"));
        String url = null;
        for (String u : r.values("U")) {
            for (String part : u.split("\\s+")) {
                if (url == null && part.matches("(?i)https?://\\S+")) {
                    url = part;
                }
            }
        }
        if (doi == null && url != null && url.matches("(?i)https?://(dx\\.)?doi\\.org/.*")) {
            doi = Dois.normalise(url);
        }
        s.setDoi(doi);
        s.setUrl(url);
        s.setIsbn(Sources.isbn(r.first("@")));
        String abs = r.first("X");
        s.setAbstractText(Sources.blankToNull(abs));
        TaggedLines.addKeywords(s, r.values("K"));
        List<String> notes = new ArrayList<>();
        for (String n : r.values("Z")) {
            String t = Sources.plainNote(n);
            if (t != null) {
                notes.add(t);
            }
        }
        String other = r.first("O");
        if (other != null) {
            notes.add(other);
        }
        s.setNote(notes.isEmpty() ? null : String.join("\n\n", notes));
        String key = Sources.clean(r.first("F", "L"));
        s.setCitationKey(key);
        entries.add(new Entry(s, r.line()));
        return null;
    }

    /** refer has no type line: what the fields say (a journal, a book title, a report number, a publisher). */
    private static SourceType guessType(Record r) {
        if (r.first("J") != null) {
            return SourceType.ARTICLE_JOURNAL;
        }
        if (r.first("B") != null) {
            return SourceType.CHAPTER;
        }
        if (r.first("R") != null && Dois.normalise(r.first("R")) == null) {
            return SourceType.REPORT;
        }
        if (r.first("I") != null) {
            return SourceType.BOOK;
        }
        return SourceType.DOCUMENT;
    }

    static SourceType type(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "journal article", "electronic article", "ancient text" -> SourceType.ARTICLE_JOURNAL;
            case "magazine article", "newspaper article" -> SourceType.ARTICLE;
            case "book", "edited book", "electronic book", "classical work" -> SourceType.BOOK;
            case "book section", "electronic book section" -> SourceType.CHAPTER;
            case "report", "government document", "standard", "pamphlet" -> SourceType.REPORT;
            case "thesis" -> SourceType.THESIS;
            case "conference paper", "conference proceedings" -> SourceType.PAPER_CONFERENCE;
            case "web page", "online database" -> SourceType.WEBPAGE;
            case "blog" -> SourceType.POST;
            case "dataset" -> SourceType.DATASET;
            case "statute", "bill", "legal rule or regulation", "case", "hearing" -> SourceType.LEGISLATION;
            case "generic", "unpublished work", "manuscript", "personal communication", "interview", "figure", "chart or table",
                    "audiovisual material", "film or broadcast", "computer program", "patent", "map", "grant", "catalog",
                    "dictionary", "encyclopedia", "artwork", "serial" -> SourceType.DOCUMENT;
            default -> null;
        };
    }

    static String typeName(SourceType type) {
        if (type == null) {
            return "Generic";
        }
        return switch (type) {
            case ARTICLE_JOURNAL -> "Journal Article";
            case ARTICLE -> "Magazine Article";
            case BOOK -> "Book";
            case CHAPTER -> "Book Section";
            case REPORT -> "Report";
            case THESIS -> "Thesis";
            case PAPER_CONFERENCE -> "Conference Paper";
            case WEBPAGE -> "Web Page";
            case POST -> "Blog";
            case DATASET -> "Dataset";
            case LEGISLATION -> "Statute";
            case DOCUMENT -> "Generic";
        };
    }

    /** Writes the records; {@code withType} adds EndNote's {@code %0} line. */
    void write(List<Source> sources, Writer out, boolean withType) throws IOException {
        boolean first = true;
        for (Source s : sources) {
            if (!first) {
                out.write("\n");
            }
            first = false;
            if (withType) {
                line(out, "0", typeName(s.getType()));
            } else if (s.getType() == SourceType.BOOK && s.getPublisher() == null) {
                // refer guesses the type from the fields; nothing to add
            }
            for (Person p : s.getAuthors()) {
                line(out, "A", p.getLiteral() != null ? p.getLiteral().strip() + "," : Sources.familyFirst(p));
            }
            for (Person p : s.getEditors()) {
                line(out, "E", p.getLiteral() != null ? p.getLiteral().strip() + "," : Sources.familyFirst(p));
            }
            line(out, "T", s.getTitle());
            SourceType t = s.getType();
            line(out, t == SourceType.ARTICLE_JOURNAL || t == SourceType.ARTICLE ? "J" : "B", s.getContainerTitle());
            if (s.getIssuedYear() != null) {
                line(out, "D", String.valueOf(s.getIssuedYear()));
                if (withType && s.getIssuedMonth() != null) {
                    line(out, "8", String.format(Locale.ROOT, "%04d/%02d%s", s.getIssuedYear(), s.getIssuedMonth(),
                            s.getIssuedDay() == null ? "" : String.format(Locale.ROOT, "/%02d", s.getIssuedDay())));
                }
            }
            line(out, "I", s.getPublisher());
            line(out, "C", s.getPublisherPlace());
            line(out, "V", s.getVolume());
            line(out, "N", s.getIssue());
            line(out, "P", s.getPages());
            line(out, "R", s.getDoi());
            line(out, "U", s.getUrl());
            line(out, "@", s.getIsbn());
            for (String k : s.getKeywords()) {
                line(out, "K", k);
            }
            line(out, "X", s.getAbstractText());
            line(out, "Z", s.getNote());
            line(out, "F", s.getCitationKey());
        }
    }

    private static void line(Writer out, String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        // one line per value: a blank line would end the record
        out.write("%" + tag + " " + value.strip().replaceAll("\\s*\\R\\s*", " ") + "\n");
    }

    /** True when the first non-blank line of {@code head} is a tagged line; {@code needType}: it is {@code %0}. */
    static boolean tagged(String head, Boolean needType) {
        if (head == null) {
            return false;
        }
        String first = head.stripLeading().lines().findFirst().orElse("");
        if (!TAG_LINE.matcher(first.stripTrailing()).matches() || first.length() < 3) {
            return false;
        }
        boolean hasType = Pattern.compile("(?m)^%0\\s").matcher(head).find();
        return needType == null || needType == hasType;
    }
}
