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
import org.osgi.service.component.annotations.Component;

/**
 * PubMed's MEDLINE format (.nbib, "Send to: Citation manager"): {@code TAG - value} with the tag padded to four
 * characters, values wrapped onto lines starting with six spaces, records separated by blank lines. Full author
 * names ({@code FAU}) are preferred over the initials ({@code AU}); {@code CN} is a group author; the DOI is the
 * {@code LID}/{@code AID} marked {@code [doi]}; MEDLINE's short page ranges ({@code 185-93}) are written out.
 */
@Component(service = ReferenceFormat.class, property = "service.ranking:Integer=0")
public class MedlineFormat implements ReferenceFormat {

    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9]{0,3})\\s*-\\s?(.*)$");
    private static final Pattern HEAD = Pattern.compile("(?m)^(?:PMID-\\s*\\d+|(?:FAU|JT|DP|BTI|CTI)\\s*- )");

    @Override
    public String id() {
        return "nbib";
    }

    @Override
    public String name() {
        return "PubMed/MEDLINE";
    }

    @Override
    public String extension() {
        return "nbib";
    }

    @Override
    public boolean accepts(Path file, String head) {
        if (head == null) {
            return false;
        }
        String first = head.stripLeading().lines().findFirst().orElse("");
        // RIS has the same line shape: a TY line makes it RIS
        return TAG_LINE.matcher(first).matches() && HEAD.matcher(head).find() && !Pattern.compile("(?m)^TY\\s{1,2}-").matcher(head).find();
    }

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
                finish(file, r, entries, problems);
                r = null;
                lastTag = null;
                continue;
            }
            if (line.startsWith("      ") && r != null && lastTag != null) {
                r.append(lastTag, line.strip(), " ");
                continue;
            }
            Matcher m = TAG_LINE.matcher(line.stripTrailing());
            if (!m.matches() || line.length() < 5 || line.charAt(4) != '-') {
                if (!reported) {
                    problems.add(new ImportProblem(Severity.ERROR, file, i + 1, "'" + (line.length() > 60 ? line.substring(0, 57) + "..." : line.strip())
                            + "' is not a MEDLINE line (a tag padded to four characters, '- ', then the value); ignored up to the next blank line"));
                    reported = true;
                }
                continue;
            }
            if (r == null) {
                r = new Record(i + 1);
                reported = false;
            }
            lastTag = m.group(1);
            r.add(lastTag, m.group(2).strip());
        }
        finish(file, r, entries, problems);
        return new Read(entries, problems);
    }

    private static void finish(Path file, Record r, List<Entry> entries, List<ImportProblem> problems) {
        if (r == null) {
            return;
        }
        Source s = Sources.newSource();
        List<String> types = r.values("PT");
        boolean chapter = r.first("BTI") != null && r.first("TI") != null;
        boolean book = !chapter && (r.first("BTI") != null || types.stream().anyMatch(t -> t.equalsIgnoreCase("Book")));
        s.setType(chapter ? SourceType.CHAPTER : book ? SourceType.BOOK
                : types.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("dataset")) ? SourceType.DATASET
                : types.stream().anyMatch(t -> t.equalsIgnoreCase("Technical Report")) ? SourceType.REPORT : SourceType.ARTICLE_JOURNAL);
        if (!r.values("FAU").isEmpty()) {
            TaggedLines.addNames(s.getAuthors(), r.values("FAU"));
        } else {
            for (String au : r.values("AU")) {
                Person p = Sources.givenFamily(au);
                if (p != null) {
                    s.getAuthors().add(p);
                }
            }
        }
        for (String group : r.values("CN")) {
            if (!group.isBlank()) {
                s.getAuthors().add(Sources.literal(Sources.clean(group)));
            }
        }
        if (!r.values("FED").isEmpty()) {
            TaggedLines.addNames(s.getEditors(), r.values("FED"));
        } else {
            for (String ed : r.values("ED")) {
                Person p = Sources.givenFamily(ed);
                if (p != null) {
                    s.getEditors().add(p);
                }
            }
        }
        String title = book ? r.first("BTI", "TI") : r.first("TI");
        s.setTitle(Sources.clean(title == null ? null : title.replaceAll("^\\[(.*)\\]\\.?$", "$1"))); // [Translated title].
        s.setContainerTitle(Sources.clean(chapter ? r.first("BTI") : book ? r.first("CTI") : r.first("JT", "TA")));
        Sources.issued(s, TaggedLines.date(r.first("DP", "DEP")));
        s.setVolume(Sources.clean(r.first("VI")));
        s.setIssue(Sources.clean(r.first("IP")));
        s.setPages(TaggedLines.pages(r.first("PG")));
        s.setPublisher(Sources.clean(r.first("PB")));
        if (chapter || book) {
            s.setPublisherPlace(Sources.clean(r.first("PL")));
        }
        String doi = null;
        for (String tag : new String[] {"LID", "AID"}) {
            for (String v : r.values(tag)) {
                if (doi == null && v.toLowerCase(Locale.ROOT).contains("[doi]")) {
                    doi = Dois.normalise(v.replaceAll("(?i)\\s*\\[doi\\]", ""));
                }
            }
        }
        s.setDoi(doi);
        s.setIsbn(Sources.isbn(r.first("ISBN")));
        s.setAbstractText(Sources.blankToNull(r.first("AB")));
        TaggedLines.addKeywords(s, r.values("OT"));
        TaggedLines.addKeywords(s, r.values("MH"));
        String pmid = r.first("PMID");
        if (pmid != null) {
            s.setNote("PMID: " + pmid + (r.first("PMC") == null ? "" : "; PMCID: " + r.first("PMC")));
            s.setUrl("https://pubmed.ncbi.nlm.nih.gov/" + pmid.strip() + "/");
        }
        if (s.getTitle() == null) {
            problems.add(new ImportProblem(Severity.WARNING, file, r.line(), "the record has no title (TI or BTI)"));
        }
        entries.add(new Entry(s, r.line()));
    }

    @Override
    public void write(List<Source> sources, Writer out) throws IOException {
        boolean first = true;
        for (Source s : sources) {
            if (!first) {
                out.write("\n");
            }
            first = false;
            String pmid = s.getNote() == null ? null : pmid(s.getNote());
            tag(out, "PMID", pmid);
            boolean bookLike = s.getType() == SourceType.BOOK;
            tag(out, bookLike ? "BTI" : "TI", s.getTitle());
            for (Person p : s.getAuthors()) {
                tag(out, p.getLiteral() != null ? "CN" : "FAU", p.getLiteral() != null ? p.getLiteral() : Sources.familyFirst(p));
            }
            for (Person p : s.getEditors()) {
                tag(out, "FED", Sources.familyFirst(p));
            }
            tag(out, s.getType() == SourceType.CHAPTER ? "BTI" : bookLike ? "CTI" : "JT", s.getContainerTitle());
            if (s.getIssuedYear() != null) {
                String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
                Integer m = s.getIssuedMonth();
                tag(out, "DP", s.getIssuedYear() + (m == null || m < 1 || m > 12 ? "" : " " + months[m - 1]
                        + (s.getIssuedDay() == null ? "" : " " + s.getIssuedDay())));
            }
            tag(out, "VI", s.getVolume());
            tag(out, "IP", s.getIssue());
            tag(out, "PG", s.getPages());
            tag(out, "PB", s.getPublisher());
            tag(out, "PL", s.getPublisherPlace());
            tag(out, "LID", s.getDoi() == null ? null : s.getDoi() + " [doi]");
            tag(out, "ISBN", s.getIsbn());
            tag(out, "AB", s.getAbstractText());
            for (String k : s.getKeywords()) {
                tag(out, "OT", k);
            }
            tag(out, "PT", s.getType() == SourceType.ARTICLE_JOURNAL ? "Journal Article" : s.getType() == SourceType.REPORT ? "Technical Report"
                    : s.getType() == SourceType.DATASET ? "Dataset" : null);
        }
    }

    private static String pmid(String note) {
        Matcher m = Pattern.compile("PMID: (\\d+)").matcher(note);
        return m.find() ? m.group(1) : null;
    }

    private static void tag(Writer out, String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        out.write(String.format(Locale.ROOT, "%-4s- %s", tag, value.strip().replaceAll("\\s*\\R\\s*", " ")) + "\n");
    }
}
