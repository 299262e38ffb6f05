package org.bridgework.literature.internal.gapmap;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.literature.api.GapMap;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.osgi.service.component.annotations.Component;

/**
 * Warnings from the evidence gap map: a challenge with no evidence (no extract maps to it and no case study
 * addresses it), and a content section that cites no source (it has text of its own but no citation, no quoted extract and no
 * embedded case study); the section's kind ({@link org.bridgework.model.SectionKind}) says whether it is content.
 */
@Component(service = ValidationRule.class)
public class GapMapRules implements ValidationRule {

    public static final String CHALLENGE_WITHOUT_EVIDENCE = "challenge-without-evidence";
    public static final String SECTION_WITHOUT_SOURCES = "section-without-sources";

    private final EvidenceGapMapService maps = new EvidenceGapMapService();

    @Override
    public List<Problem> check(GuidanceProject project) {
        List<Problem> problems = new ArrayList<>();
        GapMap map = maps.compute(project);
        for (int i = 0; i < map.rows().size(); i++) {
            int total = 0;
            for (int j = 0; j < map.columns().size(); j++) {
                total += map.cell(i, j).count();
            }
            if (total == 0) {
                GapMap.Row r = map.rows().get(i);
                problems.add(new Problem(Problem.Severity.WARNING, CHALLENGE_WITHOUT_EVIDENCE, r.challengeId(),
                        "The challenge '" + r.title() + "' has no evidence: map an extract of a source to it, or record a case study that addresses it."));
            }
        }
        GuidanceDocument document = project.getDocument();
        if (document != null) {
            for (Section s : document.getSections()) {
                sections(s, problems);
            }
        }
        return problems;
    }

    private static void sections(Section section, List<Problem> problems) {
        boolean hasText = false;
        boolean cites = false;
        for (Block b : section.getBlocks()) {
            List<String> texts = new ArrayList<>();
            if (b instanceof Paragraph p) {
                texts.add(p.getText());
            } else if (b instanceof ListBlock l) {
                texts.addAll(l.getItems());
            } else if (b instanceof Callout c) {
                texts.add(c.getText());
            } else if (b instanceof Checklist c) {
                for (ChecklistItem item : c.getItems()) {
                    texts.add(item.getText());
                }
            } else if (b instanceof ExtractQuote q && q.getExtract() != null) {
                cites = true;
            } else if (b instanceof CaseStudyEmbed e && e.getCaseStudy() != null) {
                cites = true; // a case study is evidence of its own
            }
            for (String t : texts) {
                if (t != null && !t.isBlank()) {
                    hasText = true;
                    if (!InlineText.citations(t).isEmpty()) {
                        cites = true;
                    }
                }
            }
        }
        // glossary, contents-like, references and next-steps sections are not expected to rest on the literature
        boolean content = section.getKind() == null || section.getKind() == org.bridgework.model.SectionKind.CONTENT;
        if (hasText && !cites && content) {
            String name = section.getHeading() == null ? section.getId() : section.getHeading();
            problems.add(new Problem(Problem.Severity.WARNING, SECTION_WITHOUT_SOURCES, section.getId(),
                    "The section '" + name + "' cites no source: add a citation such as [@key] where its text rests on the literature, or quote an extract."));
        }
        for (Section sub : section.getSections()) {
            sections(sub, problems);
        }
    }
}
