package org.bridgework.drafting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.OfficeFiles;
import org.bridgework.core.api.OfficeFiles.Relationship;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Challenge;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.Image;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;

/**
 * The review pack: a DOCX of the draft with a bookmark per section ({@code bw_} + the section id); and reading back the
 * comments reviewers add in Word or LibreOffice ({@code word/comments.xml}), each placed in the section whose bookmark comes before the comment's start ({@code w:commentRangeStart}, or its
 * {@code w:commentReference} when there is no range). The package's parts are written and read through
 * {@link OfficeFiles} (fixed timestamps; a returned file is checked and its parts inflated within {@link #LIMITS}); the
 * parts' XML is read with StAX without DTDs or external entities.
 */
public final class ReviewPack {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT = "word/document.xml";
    private static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
    private static final String KIND = "a Word document";
    /** A returned pack: 64 MB file, 1,000 zip entries, 64 MB a part inflated (the parts read are the document, its relationships and the comments). */
    static final OfficeFiles.Limits LIMITS = new OfficeFiles.Limits(64L << 20, 1000, 64L << 20, 192L << 20);

    /** A comment read from a DOCX: its id there, author, initials, date as written, text, and the section it belongs to (or null). */
    public record Comment(String id, String author, String initials, String date, String text, String sectionId, String quoted) {
        public Comment(String id, String author, String initials, String date, String text, String sectionId) {
            this(id, author, initials, date, text, sectionId, null);
        }
    }

    /**
     * A tracked change read from a DOCX: text a reviewer deleted and/or inserted at one place of a block's text.
     *
     * @param part     the block part it is in ({@link #partKey}: block id, then {@code |text}, {@code |title} or
     *                 {@code |item:N}), or null when it is not in any block's text (a heading, a table, a case study)
     * @param before   the text before it in the paragraph as exported (deletions of the reviewer kept, insertions left out)
     * @param deleted  the deleted text ("" for an insertion)
     * @param inserted the inserted text ("" for a deletion)
     * @param after    the text after it as exported
     * @param author   who made it, as Word or LibreOffice recorded it
     * @param date     when, as written
     */
    public record Change(String part, String sectionId, String before, String deleted, String inserted, String after, String author, String date) {
    }

    /** What a returned pack holds: comments and tracked changes, in document order. */
    public record Returned(List<Comment> comments, List<Change> changes) {
    }

    /** The bookmark prefix of a block's text in the pack (one per paragraph written from a block). */
    static final String BLOCK_BOOKMARK_PREFIX = "bwb_";

    /** The part of a block a paragraph of the pack holds: {@code id|text}, {@code id|title} or {@code id|item:N}. */
    public static String partKey(String blockId, String part) {
        return blockId + "|" + part;
    }

    /** The bookmark name of a block's part ({@code bwb_} + a digest of {@link #partKey}: short, stable, letters and digits only). */
    public static String blockBookmark(String blockId, String part) {
        String key = partKey(blockId, part);
        String clean = key.replaceAll("[^A-Za-z0-9_]", "_");
        String name = BLOCK_BOOKMARK_PREFIX + clean;
        if (name.length() > 40) {
            name = name.substring(0, 31) + "_" + String.format(Locale.ROOT, "%08x", key.hashCode());
        }
        return name;
    }

    /** The start of every section bookmark in a review pack. */
    static final String BOOKMARK_PREFIX = "bw_";

    private ReviewPack() {
    }

    /** The bookmark name of a section: {@code bw_} + its id with other characters than letters, digits and _ replaced, at most 40 characters. */
    public static String bookmark(String sectionId) {
        String clean = sectionId.replaceAll("[^A-Za-z0-9_]", "_");
        String name = BOOKMARK_PREFIX + clean;
        if (name.length() > 40) {
            name = name.substring(0, 31) + "_" + String.format(Locale.ROOT, "%08x", sectionId.hashCode());
        }
        return name;
    }

    // ---------------------------------------------------------------- writing

    public static void write(GuidanceDocument document, String projectTitle, OutputStream target) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", OfficeFiles.contentTypes(
                "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"));
        parts.put("_rels/.rels", OfficeFiles.relationships(new Relationship(Relationship.OFFICE_DOCUMENT, "word/document.xml"),
                new Relationship(Relationship.CORE_PROPERTIES, "docProps/core.xml")));
        parts.put("docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:language>en-GB</dc:language>\
                <dc:subject>Review pack</dc:subject></cp:coreProperties>""".formatted(esc("Review pack: " + nz(document.getTitle(), projectTitle))));
        parts.put("word/_rels/document.xml.rels", OfficeFiles.relationships(new Relationship(Relationship.STYLES, "styles.xml")));
        parts.put("word/styles.xml", styles());
        parts.put("word/document.xml", documentXml(document, projectTitle));
        OfficeFiles.writeParts(parts, target);
    }

    private static String styles() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">");
        b.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"24\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        b.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
        b.append("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr></w:style>");
        int[] sizes = {36, 30, 26, 24, 24, 24};
        for (int level = 1; level <= 6; level++) {
            b.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(level).append("\"><w:name w:val=\"heading ").append(level)
                    .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"")
                    .append(level - 1).append("\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"").append(sizes[level - 1]).append("\"/></w:rPr></w:style>");
        }
        b.append("<w:style w:type=\"paragraph\" w:styleId=\"Callout\"><w:name w:val=\"Callout\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:left=\"567\"/>")
                .append("<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"005EB8\"/></w:pBdr></w:pPr></w:style>");
        b.append("</w:styles>");
        return b.toString();
    }

    private static String documentXml(GuidanceDocument document, String projectTitle) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\"><w:body>");
        para(b, "Title", nz(document.getTitle(), projectTitle));
        if (document.getSubtitle() != null && !document.getSubtitle().isBlank()) {
            para(b, null, document.getSubtitle());
        }
        para(b, "Callout", "Review pack. Please comment with your word processor's comments (Insert > Comment) on the text you mean. "
                + "Put your role and organisation in your user name, for example \"Clinical lead (Anytown NHS trust)\". "
                + "Please do not delete or rename the headings: they tell us which section each comment is about.");
        int[] bookmarkId = {0};
        for (Section s : document.getSections()) {
            section(b, s, 1, bookmarkId);
        }
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>");
        b.append("</w:body></w:document>");
        return b.toString();
    }

    private static void section(StringBuilder b, Section s, int level, int[] bookmarkId) {
        int id = bookmarkId[0]++;
        b.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(Math.min(level, 6)).append("\"/></w:pPr>")
                .append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"").append(esc(bookmark(s.getId()))).append("\"/>")
                .append(run(nz(s.getHeading(), s.getId()))).append("<w:bookmarkEnd w:id=\"").append(id).append("\"/></w:p>");
        for (Block block : s.getBlocks()) {
            block(b, block, bookmarkId);
        }
        for (Section sub : s.getSections()) {
            section(b, sub, level + 1, bookmarkId);
        }
    }

    /** The prefix a list or checklist item has in the pack ("• ", "3. ", "☐ "), or "" for other parts. */
    static String itemPrefix(Block block, int item) {
        if (block instanceof ListBlock l) {
            return l.isOrdered() ? (item + 1) + ". " : "\u2022 ";
        }
        return block instanceof Checklist ? "\u2610 " : "";
    }

    private static void block(StringBuilder b, Block block, int[] bookmarkId) {
        String id = block.getId() == null ? "" : block.getId();
        if (block instanceof Paragraph p) {
            para(b, null, text(p.getText()), blockBookmark(id, "text"), bookmarkId);
        } else if (block instanceof ListBlock l) {
            for (int i = 0; i < l.getItems().size(); i++) {
                para(b, null, itemPrefix(l, i) + text(l.getItems().get(i)), blockBookmark(id, "item:" + i), bookmarkId);
            }
        } else if (block instanceof Callout c) {
            String kind = c.getKind() == null ? "Key message" : switch (c.getKind()) {
                case FOR_NHS_READERS -> "For NHS readers";
                case FOR_HE_READERS -> "For higher education readers";
                default -> "Key message";
            };
            // as the assembled document: the callout's own title when it has one (which often names its kind already:
            // "For NHS readers: HE terms"), else the kind's label
            para(b, "Callout", calloutTitle(kind, c.getTitle()), c.getTitle() == null || c.getTitle().isBlank() ? null : blockBookmark(id, "title"), bookmarkId);
            para(b, "Callout", text(c.getText()), blockBookmark(id, "text"), bookmarkId);
        } else if (block instanceof Checklist c) {
            if (c.getTitle() != null && !c.getTitle().isBlank()) {
                para(b, null, c.getTitle(), blockBookmark(id, "title"), bookmarkId);
            }
            for (int i = 0; i < c.getItems().size(); i++) {
                para(b, null, itemPrefix(c, i) + text(c.getItems().get(i).getText()), blockBookmark(id, "item:" + i), bookmarkId);
            }
        } else if (block instanceof CaseStudyEmbed e && e.getCaseStudy() != null) {
            para(b, "Callout", "Case study: " + nz(e.getCaseStudy().getTitle(), e.getCaseStudy().getId()));
        } else if (block instanceof ChallengeTable t) {
            para(b, null, nz(t.getCaption(), "Challenges") + ":");
            for (Challenge c : t.getChallenges()) {
                para(b, null, "\u2022 " + nz(c.getTitle(), c.getId()));
            }
        } else if (block instanceof ExtractQuote q && q.getExtract() != null) {
            para(b, "Callout", "\u201C" + text(q.getExtract().getText()) + "\u201D");
        } else if (block instanceof Image i) {
            para(b, null, "[Image: " + nz(i.getAltText(), nz(i.getCaption(), "no description")) + "]");
        }
    }

    /** A callout's heading in the pack: its own title as the published guidance shows it, or the kind's label when it has none. */
    static String calloutTitle(String kindLabel, String title) {
        if (title == null || title.isBlank()) {
            return kindLabel;
        }
        return title.strip();
    }

    /** Inline text for reviewers: Markdown marks dropped, references to their text, citations kept visible as (@key). */
    static String text(String inline) {
        if (inline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (InlineText.Cluster c : InlineText.citations(inline)) {
            out.append(inline, at, c.start()).append("(");
            for (int i = 0; i < c.items().size(); i++) {
                var item = c.items().get(i);
                out.append(i > 0 ? "; " : "").append('@').append(item.key()).append(item.locator() == null ? "" : ", " + item.locator());
            }
            out.append(")");
            at = c.end();
        }
        out.append(inline.substring(at));
        return InlineText.plain(out.toString());
    }

    private static void para(StringBuilder b, String style, String text) {
        para(b, style, text, null, null);
    }

    /** A paragraph, with a bookmark around its text when {@code bookmark} is given (a block's part, found again on import). */
    private static void para(StringBuilder b, String style, String text, String bookmark, int[] bookmarkId) {
        b.append("<w:p>");
        if (style != null) {
            b.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        if (bookmark != null) {
            int id = bookmarkId[0]++;
            b.append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"").append(esc(bookmark)).append("\"/>")
                    .append(run(text)).append("<w:bookmarkEnd w:id=\"").append(id).append("\"/>");
        } else {
            b.append(run(text));
        }
        b.append("</w:p>");
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? (fallback == null ? "" : fallback) : s;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- reading

    /**
     * The comments of a DOCX, each with the section (id) whose bookmark comes before it in the document, using
     * {@code sectionByBookmark} (bookmark name to section id). Comments before any known bookmark have a null section.
     *
     * @throws IOException when the file is not a DOCX (no {@code word/document.xml}) or its XML is malformed; the message says which part
     */
    public static List<Comment> read(Path docx, Map<String, String> sectionByBookmark) throws IOException {
        return readAll(docx, sectionByBookmark, Map.of()).comments();
    }

    /** A piece of a paragraph's text: normal ('N'), deleted ('D') or inserted ('I'), with the change's author and date. */
    private record Segment(char kind, String text, String author, String date) {
    }

    /**
     * The comments (each with the text it was made on) and the tracked changes ({@code w:del}, {@code w:ins}, and moves
     * as a deletion and an insertion) of a returned review pack. {@code partByBookmark} names the block part
     * ({@link #partKey}) of each block bookmark ({@link #blockBookmark}) of the project.
     *
     * @throws IOException as {@link #read}
     */
    public static Returned readAll(Path docx, Map<String, String> sectionByBookmark, Map<String, String> partByBookmark) throws IOException {
        { // names: every entry of the package, in order (for what a file that is no DOCX is, and where its comments are)
            List<String> names = new ArrayList<>();
            Map<String, byte[]> parts = OfficeFiles.readParts(docx, name -> names.add(name) && (name.equals(DOCUMENT) || name.equals(DOCUMENT_RELS)),
                    LIMITS, KIND);
            byte[] document = parts.get(DOCUMENT);
            if (document == null) {
                throw new IOException(docx + " is not a Word document (DOCX) but " + OfficeFiles.describe(names) + ": it has no word/document.xml."
                        + " Import the review pack your reviewers returned.");
            }
            String commentsPath = commentsPart(parts.get(DOCUMENT_RELS), names);
            byte[] comments = commentsPath == null ? null : OfficeFiles.readParts(docx, commentsPath::equals, LIMITS, KIND).get(commentsPath);
            Map<String, String> sectionOfComment = new HashMap<>();
            Map<String, StringBuilder> quoted = new LinkedHashMap<>();
            List<Change> changes = new ArrayList<>();
            int[] bookmarks = {0, 0}; // review-pack bookmarks, and those naming a section of this project
            parse(document, "word/document.xml", r -> {
                String current = null;
                String lastPart = null; // the block part of the last paragraph that had one, in this section
                String lastPartText = "";
                List<Segment> segments = null;
                String paragraphPart = null;
                boolean heading = false;
                java.util.ArrayDeque<String[]> changeStack = new java.util.ArrayDeque<>(); // {kind, author, date}
                java.util.Set<String> openRanges = new java.util.LinkedHashSet<>();
                int depth = 0;
                int rPrDepth = -1;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        if (!W.equals(r.getNamespaceURI())) {
                            continue;
                        }
                        switch (r.getLocalName()) {
                            case "rPr", "pPr" -> {
                                if (depth == rPrDepth) {
                                    rPrDepth = -1;
                                }
                            }
                            case "ins", "del", "moveFrom", "moveTo" -> {
                                if (rPrDepth < 0 && !changeStack.isEmpty()) {
                                    changeStack.pop();
                                }
                            }
                            case "p" -> {
                                if (segments != null) {
                                    String original = original(segments);
                                    String part = paragraphPart != null ? paragraphPart : heading ? null : lastPart;
                                    boolean wholeInsert = paragraphPart == null && !segments.isEmpty() && segments.stream().allMatch(g -> g.kind() == 'I');
                                    if (wholeInsert && lastPart != null && !heading) {
                                        // a new paragraph the reviewer typed after a block: an insertion at the end of that block's text
                                        StringBuilder text = new StringBuilder();
                                        segments.forEach(g -> text.append(g.text()));
                                        if (!text.toString().isBlank()) {
                                            Segment first = segments.get(0);
                                            changes.add(new Change(lastPart, current, lastPartText, "", " " + text.toString().strip(), "", first.author(), first.date()));
                                        }
                                    } else {
                                        changes(segments, heading ? null : part, current, changes);
                                    }
                                    if (paragraphPart != null) {
                                        lastPart = paragraphPart;
                                        lastPartText = original;
                                    }
                                    for (String id : openRanges) {
                                        quoted.computeIfAbsent(id, k -> new StringBuilder()).append('\n');
                                    }
                                }
                                segments = null;
                            }
                            default -> {
                            }
                        }
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    depth++;
                    if (!W.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "p" -> {
                            segments = new ArrayList<>();
                            paragraphPart = null;
                            heading = false;
                        }
                        case "rPr", "pPr" -> {
                            if (rPrDepth < 0) {
                                rPrDepth = depth - 1;
                            }
                        }
                        case "ins", "del", "moveFrom", "moveTo" -> {
                            if (rPrDepth < 0) { // a change of a paragraph mark or formatting (inside w:pPr/w:rPr) holds no text
                                String kind = r.getLocalName().equals("ins") || r.getLocalName().equals("moveTo") ? "I" : "D";
                                changeStack.push(new String[] {kind, r.getAttributeValue(W, "author"), r.getAttributeValue(W, "date")});
                            }
                        }
                        case "t", "delText" -> {
                            String text = r.getElementText();
                            depth--; // getElementText consumed the end tag
                            String[] change = changeStack.peek();
                            char kind = change == null ? 'N' : change[0].charAt(0);
                            if (segments != null && !text.isEmpty()) {
                                Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                                String author = change == null ? null : change[1];
                                String date = change == null ? null : change[2];
                                if (last != null && last.kind() == kind && java.util.Objects.equals(last.author(), author)) {
                                    segments.set(segments.size() - 1, new Segment(kind, last.text() + text, author, last.date()));
                                } else {
                                    segments.add(new Segment(kind, text, author, date));
                                }
                            }
                            if (kind != 'I') {
                                for (String id : openRanges) {
                                    quoted.computeIfAbsent(id, k -> new StringBuilder()).append(text);
                                }
                            }
                        }
                        case "tab" -> {
                            if (segments != null && rPrDepth < 0) {
                                String[] change = changeStack.peek();
                                segments.add(new Segment(change == null ? 'N' : change[0].charAt(0), "\t", change == null ? null : change[1], change == null ? null : change[2]));
                            }
                        }
                        case "pStyle" -> {
                            String style = r.getAttributeValue(W, "val");
                            heading |= style != null && (style.startsWith("Heading") || style.equals("Title"));
                        }
                        case "bookmarkStart" -> {
                            String name = r.getAttributeValue(W, "name");
                            if (name != null && name.startsWith(BOOKMARK_PREFIX)) {
                                bookmarks[0]++;
                            }
                            String s = sectionByBookmark.get(name);
                            if (s != null) {
                                current = s;
                                bookmarks[1]++;
                                heading = true;
                                lastPart = null;
                                lastPartText = "";
                            }
                            String part = name == null ? null : partByBookmark.get(name);
                            if (part != null && segments != null) {
                                paragraphPart = part;
                            }
                        }
                        case "commentRangeStart" -> {
                            String id = r.getAttributeValue(W, "id");
                            if (id != null && !sectionOfComment.containsKey(id)) {
                                sectionOfComment.put(id, current);
                            }
                            if (id != null) {
                                openRanges.add(id);
                            }
                        }
                        case "commentRangeEnd" -> openRanges.remove(r.getAttributeValue(W, "id"));
                        case "commentReference" -> {
                            String id = r.getAttributeValue(W, "id");
                            if (id != null && !sectionOfComment.containsKey(id)) {
                                sectionOfComment.put(id, current);
                            }
                        }
                        default -> {
                        }
                    }
                }
                return null;
            });
            // only a pack Bridgework exported knows where each comment belongs; any other Word document is refused
            if (bookmarks[0] == 0) {
                throw new IOException(docx + " is a Word document, but not a Bridgework review pack: it has none of the section bookmarks ("
                        + BOOKMARK_PREFIX + "...) of a pack exported with 'bridgework review export' or File > Export Review Pack, so its comments"
                        + " cannot be placed. Export a review pack, send it to the reviewers, and import the file they return.");
            }
            if (bookmarks[1] == 0 && !sectionByBookmark.isEmpty()) {
                throw new IOException(docx + " is a Bridgework review pack of another project: none of its " + bookmarks[0]
                        + " section bookmarks names a section of this project.");
            }
            List<Comment> out = new ArrayList<>();
            if (comments == null) {
                return new Returned(out, changes);
            }
            parse(comments, commentsPath, r -> {
                String id = null, author = null, initials = null, date = null;
                StringBuilder text = null;
                boolean firstParagraph = true;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                        switch (r.getLocalName()) {
                            case "comment" -> {
                                id = r.getAttributeValue(W, "id");
                                author = r.getAttributeValue(W, "author");
                                initials = r.getAttributeValue(W, "initials");
                                date = r.getAttributeValue(W, "date");
                                text = new StringBuilder();
                                firstParagraph = true;
                            }
                            case "p" -> {
                                if (text != null && !firstParagraph) {
                                    text.append('\n');
                                }
                                firstParagraph = false;
                            }
                            case "t" -> {
                                if (text != null) {
                                    text.append(r.getElementText());
                                }
                            }
                            case "tab" -> {
                                if (text != null) {
                                    text.append('\t');
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()) && r.getLocalName().equals("comment") && text != null) {
                        StringBuilder range = quoted.get(id);
                        String q = range == null ? null : range.toString().replaceAll("[ \\t]*\n[ \\t]*", "\n").strip();
                        out.add(new Comment(id, author, initials, date, text.toString().strip(), sectionOfComment.get(id), q == null || q.isEmpty() ? null : q));
                        text = null;
                    }
                }
                return null;
            });
            return new Returned(out, changes);
        }
    }

    /** The paragraph as exported: its normal and deleted text. */
    private static String original(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment g : segments) {
            if (g.kind() != 'I') {
                b.append(g.text());
            }
        }
        return b.toString();
    }

    /** The changes of one paragraph: each run of deletions and insertions by one author between unchanged text is one change. */
    private static void changes(List<Segment> segments, String part, String sectionId, List<Change> out) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).kind() == 'N') {
                continue;
            }
            String author = segments.get(i).author();
            String date = segments.get(i).date();
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            int j = i;
            while (j < segments.size() && segments.get(j).kind() != 'N' && java.util.Objects.equals(segments.get(j).author(), author)) {
                (segments.get(j).kind() == 'D' ? deleted : inserted).append(segments.get(j).text());
                j++;
            }
            String before = original(segments.subList(0, i));
            String after = original(segments.subList(j, segments.size()));
            if (!deleted.isEmpty() || !inserted.isEmpty()) {
                out.add(new Change(part, sectionId, before, deleted.toString(), inserted.toString(), after, author, date));
            }
            i = j - 1;
        }
    }

    /** The comments part the document's relationships name (else word/comments.xml), when the package has it. */
    private static String commentsPart(byte[] rels, List<String> names) throws IOException {
        if (rels != null) {
            String[] found = {null};
            parse(rels, DOCUMENT_RELS, r -> {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                        String type = r.getAttributeValue(null, "Type");
                        if (type != null && type.endsWith("/comments")) {
                            String target = r.getAttributeValue(null, "Target");
                            if (target != null && !target.isBlank()) { // a relationship without a target points nowhere
                                found[0] = target.startsWith("/") ? target.substring(1) : "word/" + target;
                            }
                        }
                    }
                }
                return null;
            });
            if (found[0] != null) {
                return names.contains(found[0]) ? found[0] : null;
            }
        }
        return names.contains("word/comments.xml") ? "word/comments.xml" : null;
    }

    private interface StaxBody {
        Object read(XMLStreamReader r) throws XMLStreamException;
    }

    private static void parse(byte[] xml, String name, StaxBody body) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
            try {
                body.read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            throw new IOException(name + " in the document is not well-formed XML" + where + ".", e);
        }
    }
}
