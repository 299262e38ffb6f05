package org.bridgework.drafting.internal.readiness;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.osgi.service.component.annotations.Component;

/** Drafts and the release: sections within their word budgets and the document within its length target. */
@Component(service = ReadinessRule.class, property = "service.ranking:Integer=200")
public class DraftLengthRule extends BuiltInRule {

    public DraftLengthRule() {
        super(MilestoneKind.DRAFT_TO_STAKEHOLDERS, MilestoneKind.DRAFT_TO_TASKFORCE, MilestoneKind.TASKFORCE_REVIEW, MilestoneKind.FINAL);
    }

    @Override
    public List<OpenItem> open(GuidanceProject project, Milestone milestone) {
        List<OpenItem> open = new ArrayList<>();
        GuidanceDocument document = project.getDocument();
        if (document == null) {
            return open;
        }
        // each section counted once: a section's words include its sub-sections', and budgets sit at every level
        java.util.Map<Section, Integer> counted = new java.util.HashMap<>();
        document.eAllContents().forEachRemaining(e -> {
            if (e instanceof Section s && s.getWordBudget() > 0) {
                int words = words(s, counted);
                if (words > s.getWordBudget()) {
                    open.add(new OpenItem(Kind.SECTION_OVER_BUDGET, s.getId(), "section '" + s.getHeading() + "': " + words + " words, "
                            + (words - s.getWordBudget()) + " over its budget of " + s.getWordBudget()));
                }
            }
        });
        int words = 0;
        for (Section s : document.getSections()) {
            words += words(s, counted);
        }
        if (document.getLengthTargetWords() > 0 && words > document.getLengthTargetWords()) {
            open.add(new OpenItem(Kind.DOCUMENT_OVER_LENGTH, document.getId(), "document: " + words + " words, " + (words - document.getLengthTargetWords())
                    + " over its length target of " + document.getLengthTargetWords()));
        }
        return open;
    }

    /** {@link Derived#wordCount(Section)}, remembering every section's count on the way. */
    private static int words(Section section, java.util.Map<Section, Integer> counted) {
        Integer known = counted.get(section);
        if (known != null) {
            return known;
        }
        int words = 0;
        for (org.bridgework.model.Block block : section.getBlocks()) {
            words += block.getWordCount();
        }
        for (Section child : section.getSections()) {
            words += words(child, counted);
        }
        counted.put(section, words);
        return words;
    }
}
