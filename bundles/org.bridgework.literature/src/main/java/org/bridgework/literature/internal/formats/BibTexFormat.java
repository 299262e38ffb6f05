package org.bridgework.literature.internal.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.osgi.service.component.annotations.Component;

/**
 * BibTeX and BibLaTeX as Zotero, Mendeley, JabRef, EndNote and Google Scholar write them. The file is cut into
 * entries first (so one malformed entry is reported with its line and the others still read), each entry is parsed
 * by jbibtex with the {@code @string} macros defined so far, and values are decoded from LaTeX.
 */
@Component(service = ReferenceFormat.class, property = "service.ranking:Integer=0")
public class BibTexFormat implements ReferenceFormat {

    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*([{(])");
    private static final Pattern HEAD = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");

    @Override
    public String id() {
        return "bibtex";
    }

    @Override
    public String name() {
        return "BibTeX/BibLaTeX";
    }

    @Override
    public String extension() {
        return "bib";
    }

    @Override
    public boolean accepts(Path file, String head) {
        if (head == null) {
            return false;
        }
        String start = head.stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return false;
        }
        return HEAD.matcher(head).find() || ENTRY_START.matcher(start).lookingAt();
    }

    /** A piece of the file: one {@code @type{...}}. */
    record Chunk(String type, String text, int line, boolean closed, int offset) {
    }

    /** Cuts the text into entries; text outside entries is a comment in BibTeX. */
    static List<Chunk> chunks(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        Matcher m = ENTRY_START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            char open = m.group(2).charAt(0);
            int start = m.start();
            int end = close(text, m.end() - 1, open);
            boolean closed = end >= 0;
            if (!closed) {
                // unterminated: it runs to where the next entry starts on a new line, or to the end
                Matcher next = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]").matcher(text);
                end = next.find(m.end()) ? next.start() - 1 : text.length() - 1;
            }
            chunks.add(new Chunk(type, text.substring(start, end + 1), lineOf(lineStarts, start), closed, start));
            from = end + 1;
        }
        return chunks;
    }

    /**
     * The index of the brace or parenthesis that closes the one at {@code open}, or -1. An entry that is not closed
     * before a new line starting with {@code @type{} is taken as unterminated.
     */
    private static int close(String text, int open, char kind) {
        int depth = 1;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return kind == '{' ? i : -1;
                }
            } else if (c == ')' && kind == '(' && depth == 1) {
                return i;
            } else if (c == '\n' && depth <= 2) {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '@' && ENTRY_START.matcher(text).region(j, text.length()).lookingAt()) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /**
     * jbibtex's parser that leaves cross references to us (the parent may come later in the file) and notes the
     * {@code @string} macros used but not defined, so only the fields that use them are left out.
     */
    static final class Parser extends BibTeXParser {
        final List<String> undefinedMacros = new ArrayList<>();

        Parser() throws ParseException, TokenMgrException {
            super();
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // resolved after the whole file is read (resolveCrossReferences)
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
                undefinedMacros.add(key.getValue());
            }
        }
    }

    /** An entry as read, before cross references are resolved: lower-case field names to raw (LaTeX) values. */
    record RawEntry(String type, String key, Map<String, String> fields, int line) {
    }

    /** Fields an entry never takes from its crossref or xdata parent. */
    private static final java.util.Set<String> NOT_INHERITED = java.util.Set.of("crossref", "xref", "xdata", "ids", "entryset",
            "execute", "label", "options", "presort", "related", "relatedoptions", "relatedtype", "relatedstring", "shorthand",
            "shorthandintro", "sortkey", "sortname", "sorttitle", "keywords", "abstract", "note", "annote", "annotation", "file");

    @Override
    public Read read(Path file, String text) {
        List<Entry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Parser parser;
        try {
            parser = new Parser();
        } catch (ParseException | TokenMgrException e) {
            throw new IllegalStateException(e);
        }
        List<RawEntry> raw = new ArrayList<>();
        Map<String, RawEntry> xdata = new LinkedHashMap<>();
        List<Chunk> chunks = chunks(text);
        strayFields(file, text, chunks, problems);
        for (Chunk chunk : chunks) {
            if (chunk.type().equals("comment") || chunk.type().equals("preamble")) {
                continue;
            }
            if (!chunk.closed()) {
                problems.add(new ImportProblem(Severity.ERROR, file, chunk.line(),
                        "the @" + chunk.type() + " entry starting here is not closed: a '}' is missing (braces must balance); not imported"));
                continue;
            }
            BibTeXDatabase db;
            parser.undefinedMacros.clear();
            try {
                db = parser.parse(new StringReader(braced(chunk.text())));
            } catch (ObjectResolutionException e) {
                problems.add(new ImportProblem(Severity.ERROR, file, chunk.line(),
                        "the entry uses the @string macro '" + macroName(e) + "', which is not defined before it; not imported"));
                continue;
            } catch (ParseException e) {
                problems.add(new ImportProblem(Severity.ERROR, file, chunk.line() + tokenLine(e) - 1, describe(e) + "; the entry was not imported"));
                continue;
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(Severity.ERROR, file, chunk.line(),
                        "the entry cannot be read (" + firstLine(e.getMessage()) + "); not imported"));
                continue;
            }
            for (BibTeXString string : db.getStrings().values()) {
                parser.addMacro(string);
            }
            for (BibTeXEntry entry : db.getEntries().values()) {
                RawEntry r = rawEntry(file, chunk, entry, parser.undefinedMacros, problems);
                if (r.type().equals("xdata")) {
                    xdata.put(r.key() == null ? "" : r.key().toLowerCase(Locale.ROOT), r);
                } else {
                    raw.add(r);
                }
            }
        }
        Map<String, RawEntry> byKey = new LinkedHashMap<>();
        for (RawEntry r : raw) {
            if (r.key() != null) {
                byKey.putIfAbsent(r.key().toLowerCase(Locale.ROOT), r);
            }
        }
        for (RawEntry r : raw) {
            Map<String, String> fields = resolve(file, r, byKey, xdata, problems, new java.util.HashSet<>());
            entries.add(new Entry(toSource(file, r.line(), r.type(), r.key(), fields, problems), r.line()));
        }
        return new Read(entries, problems);
    }

    /** {@code @type(key, ...)} as {@code @type{key, ...}}: same length, so lines and columns stay. */
    static String braced(String chunkText) {
        Matcher m = ENTRY_START.matcher(chunkText);
        if (m.lookingAt() && m.group(2).equals("(") && chunkText.endsWith(")")) {
            return chunkText.substring(0, m.end() - 1) + "{" + chunkText.substring(m.end(), chunkText.length() - 1) + "}";
        }
        return chunkText;
    }

    private static final Pattern STRAY_FIELD = Pattern.compile("(?m)[,\\s]\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*[{\"0-9A-Za-z]");

    /**
     * Text between entries is a comment in BibTeX, but "{@code , author = {...}}" there means an extra closing
     * brace ended the entry before it early: warn instead of dropping those fields silently.
     */
    private static void strayFields(Path file, String text, List<Chunk> chunks, List<ImportProblem> problems) {
        int[] lineStarts = lineStarts(text);
        int from = 0;
        Chunk previous = null;
        for (int c = 0; c <= chunks.size(); c++) {
            int to;
            if (c < chunks.size()) {
                Chunk chunk = chunks.get(c);
                to = chunk.offset();
            } else {
                to = text.length();
            }
            if (previous != null && previous.closed() && to > from) {
                String gap = text.substring(from, to);
                Matcher m = STRAY_FIELD.matcher(gap);
                if (!gap.stripLeading().startsWith("%") && m.find() && gap.stripLeading().startsWith(",")) {
                    problems.add(new ImportProblem(Severity.WARNING, file, lineOf(lineStarts, from + m.start(1)),
                            "the field '" + m.group(1) + "' comes after the @" + previous.type() + " entry from line " + previous.line()
                                    + " was closed: an extra '}' ended it early, so the fields after it were not read"));
                }
            }
            if (c < chunks.size()) {
                previous = chunks.get(c);
                from = previous.offset() + previous.text().length();
            }
        }
    }

    private static RawEntry rawEntry(Path file, Chunk chunk, BibTeXEntry entry, List<String> undefinedMacros, List<ImportProblem> problems) {
        int line = chunk.line();
        Map<String, String> f = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> e : entry.getFields().entrySet()) {
            String name = e.getKey().getValue().toLowerCase(Locale.ROOT);
            Value v = e.getValue();
            try {
                if (undefined(v)) {
                    throw new IllegalStateException("undefined macro");
                }
                f.put(name, v instanceof CrossReferenceValue x ? x.getValue().toUserString() : v.toUserString());
            } catch (RuntimeException unresolved) {
                String macros = undefinedMacros.isEmpty() ? "" : " '" + String.join("', '", new java.util.LinkedHashSet<>(undefinedMacros)) + "'";
                Matcher at = Pattern.compile("(?i)[,\\s]" + Pattern.quote(name) + "\\s*=").matcher(chunk.text());
                int fieldLine = at.find() ? line + (int) chunk.text().substring(0, at.start() + 1).chars().filter(c -> c == '\n').count() : line;
                problems.add(new ImportProblem(Severity.WARNING, file, fieldLine, "the field '" + name + "' uses the @string macro" + macros
                        + ", which is not defined before it; that field was left out"));
            }
        }
        String key = entry.getKey() == null ? null : entry.getKey().getValue();
        return new RawEntry(entry.getType().getValue().toLowerCase(Locale.ROOT), key == null || key.startsWith("jbibtex-") ? null : key.strip(), f, line);
    }

    /** True when the value is or contains a {@code @string} reference that was never defined. */
    private static boolean undefined(Value v) {
        if (v instanceof ReferenceValue r) {
            return r.getString() == null;
        }
        if (v instanceof ConcateValue c) {
            return undefined(c.getLeft()) || undefined(c.getRight());
        }
        return false;
    }

    /**
     * The entry's fields with what it inherits: from its {@code xdata} entries (every field it lacks) and from its
     * {@code crossref} parent (BibLaTeX's rules: the parent's title is the child's booktitle; the rest by name).
     */
    private static Map<String, String> resolve(Path file, RawEntry r, Map<String, RawEntry> byKey, Map<String, RawEntry> xdata,
            List<ImportProblem> problems, java.util.Set<String> seen) {
        Map<String, String> f = new LinkedHashMap<>(r.fields());
        if (r.key() != null && !seen.add(r.key().toLowerCase(Locale.ROOT))) {
            problems.add(new ImportProblem(Severity.WARNING, file, r.line(), "the entry '" + r.key() + "' inherits from itself (a crossref or xdata loop); the loop was cut"));
            return f;
        }
        String xd = f.get("xdata");
        if (xd != null) {
            for (String k : xd.split("\\s*,\\s*")) {
                RawEntry parent = xdata.get(k.strip().toLowerCase(Locale.ROOT));
                if (parent == null) {
                    problems.add(new ImportProblem(Severity.WARNING, file, r.line(), "the @xdata entry '" + k.strip() + "' is not in this file; the entry was read without it"));
                    continue;
                }
                Map<String, String> pf = resolve(file, parent, byKey, xdata, problems, seen);
                pf.forEach((name, value) -> {
                    if (!NOT_INHERITED.contains(name)) {
                        f.putIfAbsent(name, value);
                    }
                });
            }
        }
        String cr = f.get("crossref");
        if (cr != null && !cr.isBlank()) {
            RawEntry parent = byKey.get(cr.strip().toLowerCase(Locale.ROOT));
            if (parent == null) {
                problems.add(new ImportProblem(Severity.WARNING, file, r.line(), "the crossref parent '" + cr.strip() + "' is not in this file; the entry was read without it"));
            } else {
                Map<String, String> pf = resolve(file, parent, byKey, xdata, problems, seen);
                boolean bookParent = java.util.Set.of("book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings",
                        "reference", "mvreference").contains(parent.type());
                for (Map.Entry<String, String> e : pf.entrySet()) {
                    String name = e.getKey();
                    if (NOT_INHERITED.contains(name)) {
                        continue;
                    }
                    if (bookParent && name.equals("title")) {
                        f.putIfAbsent("booktitle", e.getValue());
                    } else if (bookParent && name.equals("subtitle")) {
                        f.putIfAbsent("booksubtitle", e.getValue());
                    } else if (bookParent && name.equals("author")) {
                        f.putIfAbsent("bookauthor", e.getValue());
                    } else if (!name.equals("title") && !name.equals("subtitle")) {
                        f.putIfAbsent(name, e.getValue());
                    }
                }
            }
        }
        if (r.key() != null) {
            seen.remove(r.key().toLowerCase(Locale.ROOT));
        }
        return f;
    }

    private static String macroName(ObjectResolutionException e) {
        String m = e.getMessage();
        return m == null ? "?" : m.strip();
    }

    private static int tokenLine(ParseException e) {
        Token t = e.currentToken;
        if (t != null && t.next != null) {
            return Math.max(1, t.next.beginLine);
        }
        return 1;
    }

    private static String describe(ParseException e) {
        Token t = e.currentToken;
        if (t != null && t.next != null) {
            Token n = t.next;
            String what = n.kind == 0 ? "the end of the entry" : "'" + n.image + "'";
            String after = t.image == null || t.image.isBlank() ? "" : " after '" + t.image + "'";
            String hint = n.kind == 0 ? " (is a '}' or a value missing?)"
                    : t.image != null && t.image.equals("}") || t.image != null && t.image.endsWith("\"") ? " (is a comma missing between two fields?)"
                    : t.image != null && t.image.equals("=") ? " (a value must be in braces or quotes, a number or a @string name)"
                    : "";
            return "malformed entry: unexpected " + what + after + hint;
        }
        return "malformed entry: " + firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static Source toSource(Path file, int line, String bibType, String key, Map<String, String> f, List<ImportProblem> problems) {
        Source s = Sources.newSource();
        SourceType type = type(bibType, f);
        if (type == null) {
            problems.add(new ImportProblem(Severity.WARNING, file, line, "unknown entry type @" + bibType + "; read as a generic document"));
            type = SourceType.DOCUMENT;
        }
        s.setType(type);
        s.getAuthors().addAll(BibTexNames.parse(f.get("author")));
        s.getEditors().addAll(BibTexNames.parse(f.get("editor")));
        s.setTitle(text(f.get("title")));
        String container = switch (type) {
            case CHAPTER, PAPER_CONFERENCE -> firstOf(f, "booktitle", "journaltitle", "journal");
            default -> firstOf(f, "journaltitle", "journal", "booktitle");
        };
        if (type == SourceType.BOOK || type == SourceType.REPORT || type == SourceType.THESIS) {
            container = f.get("booktitle");
        }
        s.setContainerTitle(text(container));
        s.setCollectionTitle(text(f.get("series"))); // the series is CSL's collection-title, never the container
        int[] date = Sources.dateParts(f.get("date"));
        if (date == null && f.get("year") != null) {
            Integer y = Sources.year(f.get("year"));
            if (y == null) {
                problems.add(new ImportProblem(Severity.WARNING, file, line, "the year '" + Sources.clean(f.get("year")) + "' is not a year; left out"));
            } else {
                Integer m = Sources.month(f.get("month"));
                Integer d = Sources.clean(f.get("day")) != null && Sources.clean(f.get("day")).matches("\\d{1,2}") ? Integer.valueOf(Sources.clean(f.get("day"))) : null;
                date = m == null ? new int[] {y} : d == null ? new int[] {y, m} : new int[] {y, m, d};
            }
        }
        Sources.issued(s, date);
        String publisher = switch (type) {
            case REPORT -> firstOf(f, "institution", "publisher", "organization");
            case THESIS -> firstOf(f, "school", "institution", "publisher");
            default -> firstOf(f, "publisher", "organization", "institution", "school");
        };
        s.setPublisher(text(publisher));
        s.setPublisherPlace(text(firstOf(f, "address", "location")));
        s.setDoi(Dois.normalise(Latex.verbatim(f.get("doi"))));
        String url = Latex.verbatim(f.get("url"));
        if (url == null) {
            String hp = f.get("howpublished");
            if (hp != null && hp.contains("\\url")) {
                Matcher m = Pattern.compile("\\\\url\\s*\\{([^}]*)\\}").matcher(hp);
                url = m.find() ? Latex.verbatim(m.group(1)) : null;
            }
        }
        if (url == null && "doi".equalsIgnoreCase(Sources.clean(f.get("eprinttype"))) ) {
            s.setDoi(Dois.normalise(Latex.verbatim(f.get("eprint"))));
        }
        s.setUrl(url == null || url.isBlank() ? null : url);
        if (s.getDoi() == null && url != null && url.matches("(?i)https?://(dx\\.)?doi\\.org/.*")) {
            s.setDoi(Dois.normalise(url));
        }
        s.setIsbn(Sources.isbn(text(f.get("isbn"))));
        s.setVolume(text(f.get("volume")));
        s.setIssue(text(firstOf(f, "number", "issue")));
        s.setPages(Sources.pages(text(f.get("pages"))));
        String abs = f.get("abstract");
        s.setAbstractText(abs == null ? null : Sources.blankToNull(Latex.decode(abs).replaceAll("[ \\t]*\\R[ \\t]*\\R\\s*", "\n\n").replaceAll("(?<!\\n)[ \\t]*\\R[ \\t]*(?!\\n)", " ")));
        for (String k : Sources.keywords(text(f.get("keywords")))) {
            if (!s.getKeywords().contains(k)) {
                s.getKeywords().add(k);
            }
        }
        String note = firstOf(f, "note", "annote", "annotation");
        s.setNote(note == null ? null : Sources.blankToNull(Latex.decode(note)));
        LocalDate accessed = Sources.localDate(f.get("urldate"));
        s.setAccessed(accessed);
        s.setCitationKey(key);
        return s;
    }

    private static String text(String raw) {
        return raw == null ? null : Sources.clean(Latex.decode(raw));
    }

    private static String firstOf(Map<String, String> f, String... names) {
        for (String n : names) {
            String v = f.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static SourceType type(String bibType, Map<String, String> f) {
        return switch (bibType) {
            case "article" -> {
                String sub = Sources.clean(f.get("entrysubtype"));
                yield sub != null && (sub.equalsIgnoreCase("magazine") || sub.equalsIgnoreCase("newspaper")) ? SourceType.ARTICLE : SourceType.ARTICLE_JOURNAL;
            }
            case "periodical", "suppperiodical" -> SourceType.ARTICLE_JOURNAL;
            case "book", "mvbook", "booklet", "proceedings", "mvproceedings", "collection", "mvcollection", "reference", "mvreference" -> SourceType.BOOK;
            case "inbook", "incollection", "bookinbook", "suppbook", "suppcollection", "inreference" -> SourceType.CHAPTER;
            case "inproceedings", "conference" -> SourceType.PAPER_CONFERENCE;
            case "techreport", "report", "manual" -> SourceType.REPORT;
            case "phdthesis", "mastersthesis", "thesis" -> SourceType.THESIS;
            case "online", "electronic", "www", "webpage" -> SourceType.WEBPAGE;
            case "post", "blog" -> SourceType.POST;
            case "dataset", "data" -> SourceType.DATASET;
            case "legislation", "legal", "jurisdiction", "law" -> SourceType.LEGISLATION;
            case "misc", "unpublished", "software", "patent", "standard", "artwork", "audio", "video", "image", "movie", "music",
                    "performance", "letter", "review", "commentary", "set", "xdata", "customa", "customb", "customc" -> SourceType.DOCUMENT;
            default -> null;
        };
    }

    static String bibType(SourceType type) {
        if (type == null) {
            return "misc";
        }
        return switch (type) {
            case ARTICLE_JOURNAL, ARTICLE -> "article";
            case BOOK -> "book";
            case CHAPTER -> "incollection";
            case REPORT -> "techreport";
            case THESIS -> "phdthesis";
            case PAPER_CONFERENCE -> "inproceedings";
            case WEBPAGE -> "online";
            case POST -> "post";
            case DATASET -> "dataset";
            case LEGISLATION -> "legislation";
            case DOCUMENT -> "misc";
        };
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    @Override
    public void write(List<Source> sources, Writer out) throws IOException {
        boolean first = true;
        for (Source s : sources) {
            if (!first) {
                out.write("\n");
            }
            first = false;
            SourceType type = s.getType();
            out.write("@" + bibType(type) + "{" + (s.getCitationKey() == null ? s.getId() : s.getCitationKey()) + ",\n");
            if (type == SourceType.ARTICLE) {
                field(out, "entrysubtype", "magazine");
            }
            names(out, "author", s.getAuthors());
            names(out, "editor", s.getEditors());
            if (s.getTitle() != null) {
                field(out, "title", protect(escape(s.getTitle())));
            }
            if (s.getContainerTitle() != null) {
                String name = switch (type == null ? SourceType.DOCUMENT : type) {
                    case ARTICLE_JOURNAL, ARTICLE -> "journal";
                    case CHAPTER, PAPER_CONFERENCE -> "booktitle";
                    case BOOK, REPORT, THESIS -> "booktitle";
                    default -> "journal";
                };
                field(out, name, protect(escape(s.getContainerTitle())));
            }
            if (s.getCollectionTitle() != null) {
                field(out, "series", protect(escape(s.getCollectionTitle())));
            }
            if (s.getIssuedYear() != null) {
                field(out, "year", String.valueOf(s.getIssuedYear()));
                if (s.getIssuedMonth() != null && s.getIssuedMonth() >= 1 && s.getIssuedMonth() <= 12) {
                    out.write("  month = " + MONTHS[s.getIssuedMonth() - 1] + ",\n");
                    if (s.getIssuedDay() != null) {
                        field(out, "date", String.format(Locale.ROOT, "%04d-%02d-%02d", s.getIssuedYear(), s.getIssuedMonth(), s.getIssuedDay()));
                    }
                }
            }
            String publisherField = type == SourceType.REPORT ? "institution" : type == SourceType.THESIS ? "school" : "publisher";
            field(out, publisherField, escape(s.getPublisher()));
            field(out, "address", escape(s.getPublisherPlace()));
            field(out, "volume", escape(s.getVolume()));
            field(out, "number", escape(s.getIssue()));
            field(out, "pages", s.getPages() == null ? null : escape(s.getPages()).replace("-", "--"));
            field(out, "doi", s.getDoi());
            field(out, "url", s.getUrl());
            field(out, "isbn", s.getIsbn());
            if (s.getAccessed() != null) {
                field(out, "urldate", s.getAccessed().toString());
            }
            if (!s.getKeywords().isEmpty()) {
                field(out, "keywords", escape(String.join(", ", s.getKeywords())));
            }
            field(out, "abstract", escape(s.getAbstractText()));
            field(out, "note", escape(s.getNote()));
            out.write("}\n");
        }
    }

    private static void names(Writer out, String field, List<Person> people) throws IOException {
        if (people.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Person p : people) {
            names.add(BibTexNames.format(p));
        }
        field(out, field, String.join(" and ", names));
    }

    private static void field(Writer out, String name, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        out.write("  " + name + " = {" + value.strip() + "},\n");
    }

    /** Plain text to BibTeX: the characters LaTeX treats specially escaped; everything else UTF-8 as it is. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
                case '\\' -> sb.append("\\textbackslash{}");
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Braces around words whose capitals must survive a style's case changes (acronyms, NHS, McDonald, UK's). */
    static String protect(String title) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(title);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            sb.append(title, last, m.start());
            boolean inner = false;
            for (int i = 1; i < w.length(); i++) {
                if (Character.isUpperCase(w.charAt(i))) {
                    inner = true;
                    break;
                }
            }
            sb.append(inner ? "{" + w + "}" : w);
            last = m.end();
        }
        sb.append(title.substring(last));
        return sb.toString();
    }
}
