package org.bridgework.drafting.internal.release;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.Callout;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Paragraph;
import org.osgi.service.component.annotations.Component;

/**
 * Release rule: no placeholder reaches readers ("to be verified", "TBC", "to be completed locally", "TODO", "lorem
 * ipsum" ...) and no required text is empty (the document title, a paragraph, a callout, a list item).
 */
@Component(service = ReleaseRule.class)
public class PlaceholderTextRule implements ReleaseRule {

    public static final String PLACEHOLDER = "placeholder-text";
    public static final String EMPTY = "required-text-empty";

    static final Pattern PLACEHOLDERS = Pattern.compile(
            "(?i)\\bto be (?:verified|confirmed|completed(?: locally)?|agreed|added|checked|decided|written)\\b"
                    + "|(?-i)\\bTB[CDA]\\b|\\bTODO\\b|\\bFIXME\\b|\\bXXX\\b|(?i)\\blorem ipsum\\b|(?i)\\blorem\\b");

    /**
     * False when the text cannot match {@link #PLACEHOLDERS}: none of its literal words is there (compared ignoring case
     * where the pattern ignores it). The pattern tries every position of every published text; this test is what makes
     * a large project's check quick.
     */
    static boolean mayHoldPlaceholder(String text) {
        if (text.contains("TB") || text.contains("TODO") || text.contains("FIXME") || text.contains("XXX")) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("to be ") || lower.contains("lorem");
    }

    @Override
    public String id() {
        return "drafting.placeholders";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        for (Published.Text t : Published.texts(project)) {
            if (!mayHoldPlaceholder(t.text())) {
                continue;
            }
            Matcher m = PLACEHOLDERS.matcher(t.text());
            if (m.find()) {
                blockers.add(new Blocker(PLACEHOLDER, t.elementId(), "Placeholder '" + m.group() + "' in the " + t.feature() + " of "
                        + t.element().eClass().getName() + " " + t.elementId() + ": \"" + around(t.text(), m.start(), m.end()) + "\".",
                        "Replace it with the checked text, or take the sentence out."));
            }
        }
        GuidanceDocument document = project.getDocument();
        if (document == null || document.getTitle() == null || document.getTitle().isBlank()) {
            blockers.add(new Blocker(EMPTY, document == null ? project.getId() : document.getId(), "The document has no title.", "Give the document a title."));
        }
        if (document != null) {
            for (var it = document.eAllContents(); it.hasNext();) {
                Object e = it.next();
                boolean empty = switch (e) {
                    case Paragraph p -> p.getText() == null || p.getText().isBlank();
                    case Callout c -> c.getText() == null || c.getText().isBlank();
                    case ListBlock l -> l.getItems().isEmpty() || l.getItems().stream().anyMatch(s -> s == null || s.isBlank());
                    default -> false;
                };
                if (empty) {
                    org.bridgework.model.Block b = (org.bridgework.model.Block) e;
                    blockers.add(new Blocker(EMPTY, b.getId(), b.eClass().getName() + " " + b.getId() + " is empty.",
                            "Write its text or delete the block."));
                }
            }
        }
        return blockers;
    }

    private static String around(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 20);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
