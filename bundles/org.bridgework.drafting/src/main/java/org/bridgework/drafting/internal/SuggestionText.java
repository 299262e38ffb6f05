package org.bridgework.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.Checklist;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Paragraph;
import org.bridgework.model.ReviewSuggestion;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Where a tracked change of a review pack goes in a block's text. The pack shows text for reviewers (Markdown marks
 * dropped, citations as {@code (@key)}); a change is found again in the block's own text by the text around it, the
 * longest context that occurs exactly once, so marks and citations elsewhere in the block are kept. When the place
 * cannot be found (the block was edited since, or the change cuts through a mark) nothing is guessed: the caller is
 * told to make the change by hand.
 */
public final class SuggestionText {

    /** {@link ReviewSuggestion#getItem()} of the block's one text (a paragraph's, a callout's). */
    static final int TEXT = -1;
    /** {@link ReviewSuggestion#getItem()} of a callout's or checklist's title. */
    static final int TITLE = -2;

    private static final Pattern PACK_CITATION = Pattern.compile("\\((@[^()\\[\\]]*)\\)");
    private static final int[] CONTEXT = {60, 40, 24, 16, 10, 6, 3, 0};

    private SuggestionText() {
    }

    /** The parts of a block the review pack writes as paragraphs with a bookmark ({@code text}, {@code title}, {@code item:N}). */
    static List<String> parts(Block block) {
        List<String> parts = new ArrayList<>();
        if (block instanceof Paragraph) {
            parts.add("text");
        } else if (block instanceof ListBlock l) {
            for (int i = 0; i < l.getItems().size(); i++) {
                parts.add("item:" + i);
            }
        } else if (block instanceof Callout c) {
            parts.add("text");
            if (c.getTitle() != null && !c.getTitle().isBlank()) {
                parts.add("title");
            }
        } else if (block instanceof Checklist c) {
            parts.add("title");
            for (int i = 0; i < c.getItems().size(); i++) {
                parts.add("item:" + i);
            }
        }
        return parts;
    }

    static int item(String part) {
        return part.equals("text") ? TEXT : part.equals("title") ? TITLE : Integer.parseInt(part.substring("item:".length()));
    }

    public static String partName(int item) {
        return item == TEXT ? "text" : item == TITLE ? "title" : "item " + (item + 1);
    }

    /** The text before a change without the item's bullet or number the pack put in front of it. */
    static String stripPrefix(Block block, int item, String before) {
        String prefix = item >= 0 ? ReviewPack.itemPrefix(block, item) : "";
        return before != null && !prefix.isEmpty() && before.startsWith(prefix) ? before.substring(prefix.length()) : before;
    }

    static String signature(String blockId, int item, String before, String deleted, String inserted, String role) {
        return blockId + "\u0000" + item + "\u0000" + nz(before) + "\u0000" + nz(deleted) + "\u0000" + nz(inserted) + "\u0000" + nz(role);
    }

    /** The text of the suggestion's part of its block now, or null when the part is gone. */
    static String current(ReviewSuggestion s) {
        Block block = s.getTarget();
        int item = s.getItem();
        if (block instanceof Paragraph p && item == TEXT) {
            return nz(p.getText());
        } else if (block instanceof Callout c) {
            return item == TEXT ? nz(c.getText()) : item == TITLE ? nz(c.getTitle()) : null;
        } else if (block instanceof ListBlock l && item >= 0) {
            return item < l.getItems().size() ? nz(l.getItems().get(item)) : null;
        } else if (block instanceof Checklist c) {
            if (item == TITLE) {
                return nz(c.getTitle());
            }
            return item >= 0 && item < c.getItems().size() ? nz(c.getItems().get(item).getText()) : null;
        }
        return null;
    }

    /** Where the change goes and the text with it made. */
    record Place(int start, int end, String result) {
    }

    /**
     * Finds the change in the block's text.
     *
     * @throws IllegalArgumentException when the block or its part is gone, or the place is not found exactly once
     */
    static Place locate(ReviewSuggestion s) {
        if (s.getTarget() == null || s.getTarget().eContainer() == null) {
            throw new IllegalArgumentException("the block of the suggestion " + s.getId() + " is no longer in the document: nothing to change. Reject it instead.");
        }
        String text = current(s);
        if (text == null) {
            throw new IllegalArgumentException("the " + partName(s.getItem()) + " of block " + s.getTarget().getId() + " that the suggestion " + s.getId()
                    + " changes is no longer there. Make the change by hand if it is still wanted, then reject or respond to it.");
        }
        String before = source(nz(s.getBefore()));
        String deleted = source(nz(s.getDeleted()));
        String inserted = source(nz(s.getInserted()));
        String after = source(nz(s.getAfter()));
        for (int ctx : CONTEXT) {
            String left = before.substring(Math.max(0, before.length() - ctx));
            String right = after.substring(0, Math.min(after.length(), ctx));
            String wanted = left + deleted + right;
            if (wanted.isEmpty()) {
                if (text.isEmpty()) {
                    return new Place(0, 0, inserted);
                }
                break;
            }
            int first = text.indexOf(wanted);
            if (first < 0) {
                continue;
            }
            if (text.indexOf(wanted, first + 1) >= 0) {
                break; // more than once: a shorter context will not tell them apart either
            }
            int start = first + left.length();
            int end = start + deleted.length();
            return new Place(start, end, text.substring(0, start) + inserted + text.substring(end));
        }
        throw new IllegalArgumentException("the place of the suggestion " + s.getId() + " (" + s.getLabel() + ") is not found in block " + s.getTarget().getId()
                + ": its text changed since the pack was exported, or the change runs through formatting or a citation. Make the change by hand in the"
                + " section editor, then reject the suggestion with a response saying so.");
    }

    /** The pack's text as the project writes it: citations {@code (@key)} back to {@code [@key]}. */
    static String source(String packText) {
        return PACK_CITATION.matcher(packText).replaceAll("[$1]");
    }

    /** The command setting the suggestion's part of its block to {@code text}. */
    static Command setText(EditingDomain domain, ReviewSuggestion s, String text) {
        GuidancePackage p = GuidancePackage.eINSTANCE;
        Block block = s.getTarget();
        int item = s.getItem();
        if (block instanceof Paragraph) {
            return SetCommand.create(domain, block, p.getParagraph_Text(), text);
        } else if (block instanceof Callout) {
            return SetCommand.create(domain, block, item == TITLE ? p.getCallout_Title() : p.getCallout_Text(), text);
        } else if (block instanceof ListBlock) {
            return SetCommand.create(domain, block, p.getListBlock_Items(), text, item);
        } else if (block instanceof Checklist c) {
            return item == TITLE ? SetCommand.create(domain, block, p.getChecklist_Title(), text)
                    : SetCommand.create(domain, c.getItems().get(item), p.getChecklistItem_Text(), text);
        }
        throw new IllegalArgumentException("block " + block.getId() + " has no text a suggestion can change.");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
