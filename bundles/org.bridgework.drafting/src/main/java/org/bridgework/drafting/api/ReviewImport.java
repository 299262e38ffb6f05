package org.bridgework.drafting.api;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.model.Milestone;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewSuggestion;

/**
 * What importing a commented review pack would do, before anything changes: each comment found in the DOCX with where
 * it goes, and whether it is new or already in the project. Apply it with {@link ReviewPacks#apply}.
 *
 * @param file      the DOCX read
 * @param milestone the milestone the new comments belong to, or {@code null}
 * @param entries     the comments found, in document order (empty ones left out)
 * @param suggestions the tracked changes found, in document order (since 1.5)
 * @since 1.1
 */
public record ReviewImport(Path file, Milestone milestone, List<Entry> entries, List<Suggestion> suggestions) {

    public ReviewImport {
        entries = List.copyOf(entries);
        suggestions = List.copyOf(suggestions);
    }

    /** A plan with comments only. */
    public ReviewImport(Path file, Milestone milestone, List<Entry> entries) {
        this(file, milestone, entries, List.of());
    }

    /**
     * One tracked change of the DOCX.
     *
     * @param author     its author as Word or LibreOffice recorded it
     * @param where      where it is, for people ("block p-how-meeting in section 'How to use this guidance'")
     * @param deleted    the text deleted ("" for an insertion)
     * @param inserted   the text inserted ("" for a deletion)
     * @param duplicate  true when the project already has this suggestion: it is skipped
     * @param suggestion the new suggestion to add, or {@code null} for a duplicate or one left out
     * @param leftOut    why it is left out (it is not in a block's text: a heading, a table, a case study), or {@code null}
     * @since 1.5
     */
    public record Suggestion(String author, String where, String deleted, String inserted, boolean duplicate, ReviewSuggestion suggestion, String leftOut) {
    }

    /** The new suggestions, in order. */
    public List<ReviewSuggestion> suggestionsToAdd() {
        return suggestions.stream().filter(e -> e.suggestion() != null).map(Suggestion::suggestion).toList();
    }

    /**
     * One comment of the DOCX.
     *
     * @param docxId    the comment's id in the DOCX
     * @param author    its author as Word or LibreOffice recorded it
     * @param sectionId the section whose bookmark precedes it, or {@code null} for the document as a whole
     * @param where     where it goes, for people ("section 'Next steps' (sec-next)")
     * @param text      its text
     * @param duplicate true when the project already has this comment (same target, reviewer and text): it is skipped
     * @param comment   the new review comment to add (not yet in the project), or {@code null} for a duplicate
     */
    public record Entry(String docxId, String author, String sectionId, String where, String text, boolean duplicate, ReviewComment comment) {
    }

    /** The new comments, in order. */
    public List<ReviewComment> toAdd() {
        return entries.stream().filter(e -> e.comment() != null).map(Entry::comment).toList();
    }
}
