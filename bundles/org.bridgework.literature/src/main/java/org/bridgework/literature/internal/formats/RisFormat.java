package org.bridgework.literature.internal.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.ImportProblem.Severity;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.literature.internal.Dois;
import org.bridgework.literature.internal.Sources;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.osgi.service.component.annotations.Component;

/**
 * RIS as Zotero, Mendeley, EndNote, Google Scholar and databases write it: {@code TY  - JOUR} ... {@code ER  - },
 * CRLF or LF, tags with one or two spaces before the dash, values wrapped onto continuation lines (EndNote
 * abstracts), organisations as authors with no comma (Zotero) or a trailing comma (EndNote).
 */
@Component(service = ReferenceFormat.class, property = "service.ranking:Integer=0")
public class RisFormat implements ReferenceFormat {

    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?: (.*)|\\s*)$");
    private static final Pattern HEAD = Pattern.compile("(?m)^\\s*TY\\s{1,2}- ?\\S");

    @Override
    public String id() {
        return "ris";
    }

    @Override
    public String name() {
        return "RIS";
    }

    @Override
    public String extension() {
        return "ris";
    }

    @Override
    public boolean accepts(Path file, String head) {
        if (head == null) {
            return false;
        }
        String start = head.stripLeading();
        if (start.startsWith("[") || start.startsWith("{") || start.startsWith("@")) {
            return false;
        }
        return HEAD.matcher(head).find();
    }

    @Override
    public Read read(Path file, String text) {
        List<Entry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        Map<String, List<String>> fields = null;
        int start = 0;
        String lastTag = null;
        boolean reportedStray = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "");
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = TAG_LINE.matcher(line.strip());
            if (!m.matches()) {
                if (fields != null && lastTag != null) {
                    // a wrapped value: continue the last field
                    List<String> values = fields.get(lastTag);
                    int last = values.size() - 1;
                    values.set(last, values.get(last) + (isParagraphTag(lastTag) ? "\n" : " ") + line.strip());
                } else if (!reportedStray) {
                    problems.add(new ImportProblem(Severity.ERROR, file, lineNo,
                            "'" + abbreviate(line.strip()) + "' is not a RIS line (a tag such as TY or AU, two spaces, a dash and a space, then the value); ignored up to the next TY line"));
                    reportedStray = true;
                }
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals("TY")) {
                if (fields != null) {
                    problems.add(new ImportProblem(Severity.WARNING, file, start,
                            "the entry starting here has no ER line before the next TY (line " + lineNo + "); it was read up to there"));
                    finish(file, fields, start, entries, problems);
                }
                fields = new LinkedHashMap<>();
                fields.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
                start = lineNo;
                lastTag = tag;
                reportedStray = false;
            } else if (tag.equals("ER")) {
                if (fields == null) {
                    if (!reportedStray) {
                        problems.add(new ImportProblem(Severity.WARNING, file, lineNo, "an ER line with no entry open (no TY line before it); ignored"));
                    }
                } else {
                    finish(file, fields, start, entries, problems);
                }
                fields = null;
                lastTag = null;
                reportedStray = false;
            } else if (fields == null) {
                if (!reportedStray) {
                    problems.add(new ImportProblem(Severity.ERROR, file, lineNo,
                            "the " + tag + " line is outside an entry: an entry starts with a TY line (is the TY line of this entry missing?); lines up to the next TY were ignored"));
                    reportedStray = true;
                }
            } else {
                fields.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
                lastTag = tag;
            }
        }
        if (fields != null) {
            problems.add(new ImportProblem(Severity.WARNING, file, start,
                    "the entry starting here has no ER line (the file ends first); it was read up to the end of the file"));
            finish(file, fields, start, entries, problems);
        }
        return new Read(entries, problems);
    }

    private static boolean isParagraphTag(String tag) {
        return tag.equals("AB") || tag.equals("N2") || tag.equals("N1");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private void finish(Path file, Map<String, List<String>> f, int line, List<Entry> entries, List<ImportProblem> problems) {
        Source s = Sources.newSource();
        String ty = first(f, "TY");
        SourceType type = type(ty);
        if (type == null) {
            problems.add(new ImportProblem(Severity.WARNING, file, line,
                    "unknown RIS type '" + ty + "'; read as a generic document"));
            type = SourceType.DOCUMENT;
        }
        s.setType(type);
        for (String tag : new String[] {"AU", "A1"}) {
            for (String a : values(f, tag)) {
                addName(s.getAuthors(), a);
            }
        }
        // editors: A2 and ED; for journal articles A2 is the journal editor in some tools, harmless as editor
        for (String tag : new String[] {"ED", "A2"}) {
            if (tag.equals("A2") && (type == SourceType.ARTICLE_JOURNAL || type == SourceType.WEBPAGE)) {
                continue;
            }
            for (String a : values(f, tag)) {
                addName(s.getEditors(), a);
            }
        }
        String title = firstOf(f, "TI", "T1", "CT");
        if (title == null && type == SourceType.BOOK) {
            title = first(f, "BT");
        }
        s.setTitle(Sources.clean(title));
        String container = firstOf(f, "T2", "JF", "JO", "JT");
        if (container == null && type == SourceType.CHAPTER) {
            container = first(f, "BT");
        }
        if (container == null) {
            container = firstOf(f, "JA", "J2", "J1");
        }
        if (container == null && type == SourceType.WEBPAGE) {
            container = first(f, "T3");
        } else {
            s.setCollectionTitle(Sources.clean(first(f, "T3"))); // RIS's tertiary title: the series (CSL collection-title)
        }
        s.setContainerTitle(Sources.clean(container));
        int[] date = Sources.dateParts(firstOf(f, "DA", "Y1", "PY"));
        Integer py = Sources.year(firstOf(f, "PY", "Y1", "DA"));
        if (date != null && py != null && date[0] != py) {
            date = new int[] {py};
        }
        if (date == null && py != null) {
            date = new int[] {py};
        }
        String rawYear = firstOf(f, "PY", "Y1", "DA");
        if (date == null && rawYear != null && !rawYear.isBlank()) {
            problems.add(new ImportProblem(Severity.WARNING, file, line, "the date '" + rawYear + "' holds no year; left out"));
        }
        Sources.issued(s, date);
        s.setPublisher(Sources.clean(firstOf(f, "PB", "I1")));
        s.setPublisherPlace(Sources.clean(firstOf(f, "CY", "PP")));
        String doi = null;
        for (String d : values(f, "DO")) {
            doi = doi != null ? doi : Dois.normalise(d);
        }
        String url = null;
        for (String tag : new String[] {"UR", "L2", "LK"}) {
            for (String u : values(f, tag)) {
                for (String part : u.split("\\s+|;")) {
                    if (url == null && part.matches("(?i)https?://\\S+")) {
                        url = part;
                    }
                }
            }
        }
        if (doi == null && url != null && url.matches("(?i)https?://(dx\\.)?doi\\.org/.*")) {
            doi = Dois.normalise(url);
        }
        if (doi == null) {
            // EndNote writes "doi: 10.x/y" in M3 (type of work) when it has no DO field
            doi = Dois.normalise(first(f, "M3"));
        }
        s.setDoi(doi);
        s.setUrl(url);
        for (String sn : values(f, "SN")) {
            if (s.getIsbn() == null) {
                s.setIsbn(Sources.isbn(sn));
            }
        }
        s.setVolume(Sources.clean(first(f, "VL")));
        s.setIssue(Sources.clean(firstOf(f, "IS", "CP")));
        String sp = Sources.clean(first(f, "SP"));
        String ep = Sources.clean(first(f, "EP"));
        if (sp != null && ep != null && !sp.contains("-") && !sp.equals(ep)) {
            s.setPages(sp + "-" + ep);
        } else {
            s.setPages(Sources.pages(sp != null ? sp : ep));
        }
        String abs = firstOf(f, "AB", "N2");
        s.setAbstractText(abs == null ? null : abs.strip().isEmpty() ? null : abs.strip());
        for (String k : values(f, "KW")) {
            for (String kw : k.contains(";") ? Sources.keywords(k) : List.of(k)) {
                String t = Sources.clean(kw);
                if (t != null && !s.getKeywords().contains(t)) {
                    s.getKeywords().add(t);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        for (String n : values(f, "N1")) {
            String t = Sources.plainNote(n);
            if (t != null) {
                notes.add(t);
            }
        }
        s.setNote(notes.isEmpty() ? null : String.join("\n\n", notes));
        LocalDate accessed = Sources.localDate(firstOf(f, "Y2"));
        s.setAccessed(accessed);
        String id = Sources.clean(first(f, "ID"));
        s.setCitationKey(id);
        entries.add(new Entry(s, line));
    }

    private static void addName(List<Person> list, String raw) {
        // some exports put several authors on one line separated by semicolons
        for (String part : raw.contains(";") ? raw.split(";") : new String[] {raw}) {
            if (part.strip().equalsIgnoreCase(Sources.OTHERS) && !list.isEmpty()) {
                list.add(Sources.literal(Sources.OTHERS)); // "and others" as Bridgework and JabRef write it
                continue;
            }
            Person p = Sources.parseFamilyFirst(part);
            if (p != null) {
                list.add(p);
            }
        }
    }

    private static List<String> values(Map<String, List<String>> f, String tag) {
        return f.getOrDefault(tag, List.of());
    }

    private static String first(Map<String, List<String>> f, String tag) {
        List<String> v = f.get(tag);
        if (v == null) {
            return null;
        }
        for (String s : v) {
            if (!s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    private static String firstOf(Map<String, List<String>> f, String... tags) {
        for (String t : tags) {
            String v = first(f, t);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static SourceType type(String ty) {
        if (ty == null) {
            return null;
        }
        return switch (ty.strip().toUpperCase(Locale.ROOT)) {
            case "JOUR", "JFULL", "EJOUR", "ABST", "INPR", "SER" -> SourceType.ARTICLE_JOURNAL;
            case "MGZN", "NEWS", "PRESS" -> SourceType.ARTICLE;
            case "RPRT", "GOVDOC", "STAND", "PAMP" -> SourceType.REPORT;
            case "BOOK", "EBOOK", "EDBOOK", "CLSWK" -> SourceType.BOOK;
            case "CHAP", "ECHAP" -> SourceType.CHAPTER;
            case "ELEC", "WEB", "ICOMM" -> SourceType.WEBPAGE;
            case "BLOG" -> SourceType.POST;
            case "CONF", "CPAPER" -> SourceType.PAPER_CONFERENCE;
            case "THES" -> SourceType.THESIS;
            case "DATA", "DBASE", "AGGR" -> SourceType.DATASET;
            case "STAT", "BILL", "LEGAL", "CASE", "HEAR" -> SourceType.LEGISLATION;
            case "GEN", "UNPB", "MANSCPT", "ADVS", "ART", "CTLG", "COMP", "CHART", "DICT", "ENCYC", "EQUA", "FIGURE",
                    "GRANT", "INTV", "MAP", "MPCT", "MULTI", "MUSIC", "PAT", "PCOMM", "SLIDE", "SOUND", "VIDEO" -> SourceType.DOCUMENT;
            default -> null;
        };
    }

    static String risType(SourceType type) {
        if (type == null) {
            return "GEN";
        }
        return switch (type) {
            case ARTICLE_JOURNAL -> "JOUR";
            case ARTICLE -> "MGZN";
            case REPORT -> "RPRT";
            case BOOK -> "BOOK";
            case CHAPTER -> "CHAP";
            case WEBPAGE -> "ELEC";
            case POST -> "BLOG";
            case PAPER_CONFERENCE -> "CPAPER";
            case THESIS -> "THES";
            case DATASET -> "DATA";
            case LEGISLATION -> "STAT";
            case DOCUMENT -> "GEN";
        };
    }

    @Override
    public void write(List<Source> sources, Writer out) throws IOException {
        for (Source s : sources) {
            tag(out, "TY", risType(s.getType()));
            for (Person p : s.getAuthors()) {
                tag(out, "AU", Sources.familyFirst(p));
            }
            for (Person p : s.getEditors()) {
                tag(out, "ED", Sources.familyFirst(p));
            }
            tag(out, "TI", s.getTitle());
            tag(out, s.getType() == SourceType.ARTICLE_JOURNAL ? "JO" : "T2", s.getContainerTitle());
            tag(out, "T3", s.getCollectionTitle());
            if (s.getIssuedYear() != null) {
                tag(out, "PY", String.valueOf(s.getIssuedYear()));
                if (s.getIssuedMonth() != null) {
                    tag(out, "DA", String.format(Locale.ROOT, "%04d/%02d/%s", s.getIssuedYear(), s.getIssuedMonth(),
                            s.getIssuedDay() == null ? "" : String.format(Locale.ROOT, "%02d", s.getIssuedDay())));
                }
            }
            tag(out, "PB", s.getPublisher());
            tag(out, "CY", s.getPublisherPlace());
            tag(out, "VL", s.getVolume());
            tag(out, "IS", s.getIssue());
            if (s.getPages() != null) {
                String[] range = s.getPages().split("-", 2);
                tag(out, "SP", range[0]);
                if (range.length > 1) {
                    tag(out, "EP", range[1]);
                }
            }
            tag(out, "DO", s.getDoi());
            tag(out, "UR", s.getUrl());
            tag(out, "SN", s.getIsbn());
            if (s.getAccessed() != null) {
                tag(out, "Y2", s.getAccessed().toString().replace('-', '/'));
            }
            tag(out, "AB", s.getAbstractText());
            for (String k : s.getKeywords()) {
                tag(out, "KW", k);
            }
            tag(out, "N1", s.getNote());
            tag(out, "ID", s.getCitationKey());
            out.write("ER  - \r\n\r\n");
        }
    }

    private static void tag(Writer out, String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        // one line per field: line breaks inside a value would end it
        out.write(tag + "  - " + value.strip().replaceAll("\\s*\\R\\s*", " ") + "\r\n");
    }
}
