package org.bridgework.literature.internal.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * CSL-JSON (Zotero's and pandoc's "CSL JSON"): an array of items, or a single item. Read item by item with gson's
 * streaming reader, so a malformed item is reported with its line and the items before it are kept; a syntax error
 * stops the reading there (JSON cannot be resynchronised), reported with line and column.
 */
@Component(service = ReferenceFormat.class, property = "service.ranking:Integer=0")
public class CslJsonFormat implements ReferenceFormat {

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern HEAD = Pattern.compile("^\\s*(\\[|\\{\\s*\")");

    @Override
    public String id() {
        return "csljson";
    }

    @Override
    public String name() {
        return "CSL-JSON";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean accepts(Path file, String head) {
        return head != null && HEAD.matcher(head).find();
    }

    @Override
    public Read read(Path file, String text) {
        List<Entry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.LEGACY_STRICT);
        try {
            JsonToken first = reader.peek();
            if (first == JsonToken.BEGIN_OBJECT) {
                int line = line(reader);
                JsonElement item = JsonParser.parseReader(reader);
                item(file, line, item, entries, problems);
            } else if (first == JsonToken.BEGIN_ARRAY) {
                reader.beginArray();
                while (reader.hasNext()) {
                    reader.peek();
                    int line = line(reader);
                    JsonElement item = JsonParser.parseReader(reader);
                    item(file, line, item, entries, problems);
                }
                reader.endArray();
            } else {
                problems.add(new ImportProblem(Severity.ERROR, file, line(reader), "CSL-JSON is an array of items ([{...}, ...]); this file holds a " + first.name().toLowerCase(Locale.ROOT)));
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            int[] where = location(e.getMessage(), reader);
            problems.add(new ImportProblem(Severity.ERROR, file, where[0],
                    "the JSON is malformed at line " + where[0] + ", column " + where[1] + " (" + reason(e) + "); the items after it were not read"));
        }
        return new Read(entries, problems);
    }

    private static int line(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int[] location(String message, JsonReader reader) {
        Matcher m = LOCATION.matcher(message == null ? "" : message);
        if (!m.find()) {
            m = LOCATION.matcher(reader.toString());
            if (!m.find()) {
                return new int[] {0, 0};
            }
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String reason(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int at = m.indexOf(" at line ");
        String r = at > 0 ? m.substring(0, at) : m;
        int see = r.indexOf("\nSee ");
        return (see > 0 ? r.substring(0, see) : r).strip();
    }

    private static void item(Path file, int line, JsonElement element, List<Entry> entries, List<ImportProblem> problems) {
        if (!element.isJsonObject()) {
            problems.add(new ImportProblem(Severity.ERROR, file, line, "an item must be a JSON object ({...}), not " + describe(element) + "; not imported"));
            return;
        }
        JsonObject o = element.getAsJsonObject();
        Source s = Sources.newSource();
        String cslType = string(o, "type");
        SourceType type = type(cslType);
        if (type == null) {
            problems.add(new ImportProblem(Severity.WARNING, file, line,
                    (cslType == null ? "the item has no type" : "unknown CSL type '" + cslType + "'") + "; read as a generic document"));
            type = SourceType.DOCUMENT;
        }
        s.setType(type);
        names(o.get("author"), s.getAuthors());
        names(o.get("editor"), s.getEditors());
        s.setTitle(Sources.clean(string(o, "title")));
        s.setContainerTitle(Sources.clean(string(o, "container-title")));
        s.setCollectionTitle(Sources.clean(string(o, "collection-title")));
        int[] issued = date(o.get("issued"));
        if (issued == null && o.has("issued")) {
            problems.add(new ImportProblem(Severity.WARNING, file, line, "the issued date " + o.get("issued") + " holds no year; left out"));
        }
        Sources.issued(s, issued);
        s.setPublisher(Sources.clean(string(o, "publisher")));
        s.setPublisherPlace(Sources.clean(string(o, "publisher-place")));
        s.setDoi(Dois.normalise(string(o, "DOI")));
        s.setUrl(Sources.clean(string(o, "URL")));
        s.setIsbn(Sources.isbn(string(o, "ISBN")));
        s.setVolume(Sources.clean(string(o, "volume")));
        s.setIssue(Sources.clean(string(o, "issue")));
        s.setPages(Sources.pages(string(o, "page")));
        s.setAbstractText(Sources.blankToNull(string(o, "abstract")));
        for (String k : Sources.keywords(string(o, "keyword"))) {
            s.getKeywords().add(k);
        }
        s.setNote(Sources.blankToNull(string(o, "note")));
        int[] accessed = date(o.get("accessed"));
        if (accessed != null && accessed.length == 3) {
            try {
                s.setAccessed(LocalDate.of(accessed[0], accessed[1], accessed[2]));
            } catch (RuntimeException ignored) {
                // an impossible date: left out
            }
        }
        String key = string(o, "citation-key");
        if (key == null) {
            key = string(o, "id");
        }
        s.setCitationKey(Sources.clean(key));
        entries.add(new Entry(s, line));
    }

    private static String describe(JsonElement e) {
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        return "the value " + e;
    }

    /** A string, number or (first of an) array as text. */
    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return e.getAsString();
        }
        if (e.isJsonArray() && !e.getAsJsonArray().isEmpty() && e.getAsJsonArray().get(0).isJsonPrimitive()) {
            return e.getAsJsonArray().get(0).getAsString();
        }
        return null;
    }

    private static void names(JsonElement e, List<Person> into) {
        if (e == null || !e.isJsonArray()) {
            return;
        }
        for (JsonElement n : e.getAsJsonArray()) {
            if (!n.isJsonObject()) {
                if (n.isJsonPrimitive()) {
                    Person p = Sources.parseFamilyFirst(n.getAsString());
                    if (p != null) {
                        into.add(p);
                    }
                }
                continue;
            }
            JsonObject o = n.getAsJsonObject();
            String literal = Sources.clean(string(o, "literal"));
            if (literal != null) {
                into.add(Sources.literal(literal));
                continue;
            }
            String family = Sources.clean(string(o, "family"));
            String given = Sources.clean(string(o, "given"));
            if (family == null && given == null) {
                continue;
            }
            Person p = Sources.person(family, given);
            p.setNonDroppingParticle(Sources.clean(string(o, "non-dropping-particle")));
            String dropping = Sources.clean(string(o, "dropping-particle"));
            if (dropping != null && p.getGiven() != null) {
                p.setGiven(p.getGiven() + " " + dropping);
            }
            p.setSuffix(Sources.clean(string(o, "suffix")));
            into.add(p);
        }
    }

    /** {"date-parts": [[2021, 3, 15]]}, {"raw": "2021-03-15"}, {"literal": "2021"}, numbers as strings too. */
    static int[] date(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return Sources.dateParts(e.getAsString());
        }
        if (!e.isJsonObject()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        JsonElement parts = o.get("date-parts");
        if (parts != null && parts.isJsonArray() && !parts.getAsJsonArray().isEmpty() && parts.getAsJsonArray().get(0).isJsonArray()) {
            JsonArray first = parts.getAsJsonArray().get(0).getAsJsonArray();
            List<Integer> values = new ArrayList<>();
            for (JsonElement p : first) {
                try {
                    values.add(Integer.valueOf(p.getAsString().strip()));
                } catch (RuntimeException notNumber) {
                    break;
                }
            }
            if (!values.isEmpty() && values.get(0) > 0) {
                int[] r = values.stream().limit(3).mapToInt(Integer::intValue).toArray();
                if (r.length > 1 && (r[1] < 1 || r[1] > 12)) {
                    return new int[] {r[0]};
                }
                return r;
            }
        }
        for (String k : new String[] {"raw", "literal"}) {
            JsonElement v = o.get(k);
            if (v != null && v.isJsonPrimitive()) {
                int[] p = Sources.dateParts(v.getAsString());
                if (p != null) {
                    return p;
                }
            }
        }
        JsonElement season = o.get("year");
        return season != null && season.isJsonPrimitive() ? Sources.dateParts(season.getAsString()) : null;
    }

    static SourceType type(String csl) {
        if (csl == null) {
            return null;
        }
        return switch (csl.strip().toLowerCase(Locale.ROOT)) {
            case "article-journal", "periodical", "review", "review-book" -> SourceType.ARTICLE_JOURNAL;
            case "article", "article-magazine", "article-newspaper" -> SourceType.ARTICLE;
            case "book", "classic", "collection" -> SourceType.BOOK;
            case "chapter", "entry", "entry-dictionary", "entry-encyclopedia" -> SourceType.CHAPTER;
            case "report", "pamphlet", "standard" -> SourceType.REPORT;
            case "webpage" -> SourceType.WEBPAGE;
            case "post", "post-weblog" -> SourceType.POST;
            case "paper-conference", "speech", "event" -> SourceType.PAPER_CONFERENCE;
            case "thesis" -> SourceType.THESIS;
            case "dataset" -> SourceType.DATASET;
            case "legislation", "bill", "regulation", "legal_case", "treaty", "hearing" -> SourceType.LEGISLATION;
            case "document", "manuscript", "personal_communication", "interview", "software", "patent", "map", "figure", "graphic",
                    "broadcast", "motion_picture", "musical_score", "song", "performance" -> SourceType.DOCUMENT;
            default -> null;
        };
    }

    @Override
    public void write(List<Source> sources, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setHtmlSafe(false);
        w.beginArray();
        for (Source s : sources) {
            w.beginObject();
            String key = s.getCitationKey() == null ? s.getId() : s.getCitationKey();
            w.name("id").value(key);
            w.name("citation-key").value(key);
            w.name("type").value(s.getType() == null ? "document" : s.getType().getLiteral());
            names(w, "author", s.getAuthors());
            names(w, "editor", s.getEditors());
            value(w, "title", s.getTitle());
            value(w, "container-title", s.getContainerTitle());
            value(w, "collection-title", s.getCollectionTitle());
            if (s.getIssuedYear() != null) {
                w.name("issued").beginObject().name("date-parts").beginArray().beginArray();
                w.value(s.getIssuedYear());
                if (s.getIssuedMonth() != null) {
                    w.value(s.getIssuedMonth());
                    if (s.getIssuedDay() != null) {
                        w.value(s.getIssuedDay());
                    }
                }
                w.endArray().endArray().endObject();
            }
            value(w, "publisher", s.getPublisher());
            value(w, "publisher-place", s.getPublisherPlace());
            value(w, "volume", s.getVolume());
            value(w, "issue", s.getIssue());
            value(w, "page", s.getPages());
            value(w, "DOI", s.getDoi());
            value(w, "URL", s.getUrl());
            value(w, "ISBN", s.getIsbn());
            if (s.getAccessed() != null) {
                LocalDate a = s.getAccessed();
                w.name("accessed").beginObject().name("date-parts").beginArray().beginArray()
                        .value(a.getYear()).value(a.getMonthValue()).value(a.getDayOfMonth()).endArray().endArray().endObject();
            }
            value(w, "abstract", s.getAbstractText());
            if (!s.getKeywords().isEmpty()) {
                value(w, "keyword", String.join(", ", s.getKeywords()));
            }
            value(w, "note", s.getNote());
            w.endObject();
        }
        w.endArray();
        w.flush();
        out.write("\n");
    }

    private static void names(JsonWriter w, String name, List<Person> people) throws IOException {
        if (people.isEmpty()) {
            return;
        }
        w.name(name).beginArray();
        for (Person p : people) {
            w.beginObject();
            if (p.getLiteral() != null) {
                w.name("literal").value(p.getLiteral());
            } else {
                value(w, "family", p.getFamily());
                value(w, "given", p.getGiven());
                value(w, "non-dropping-particle", p.getNonDroppingParticle());
                value(w, "suffix", p.getSuffix());
            }
            w.endObject();
        }
        w.endArray();
    }

    private static void value(JsonWriter w, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.name(name).value(value);
        }
    }

}
