package org.bridgework.model.derive;

import java.util.Objects;

import org.bridgework.model.Block;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Callout;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.Image;
import org.bridgework.model.Section;

/**
 * The one estimate of A4 pages when no PDF was made: body words at {@value #WORDS_PER_PAGE} a page, plus the space a
 * section heading, a picture, a table, a case-study box, a callout or a checklist takes beyond its words. {@code check},
 * the drafting checks, milestone readiness and {@code assemble} (without a PDF) all count with this class, so a
 * document has one length wherever it is shown. Accumulate with the methods (as {@code assemble} does over the
 * assembled document) or use {@link #of(GuidanceDocument)} / {@link #of(Section)} over the model.
 *
 * @since 1.2
 */
public final class PageEstimate {
    /** Body words on an A4 page of the rendered guidance (11 pt, the HTML/PDF layout). */
    public static final double WORDS_PER_PAGE = 450;

    private double pages;

    /** The words of a section shown at the top level (its sub-sections' words included) and its heading's space. */
    public PageEstimate section(int words) {
        pages += words / WORDS_PER_PAGE + 0.06;
        return this;
    }

    /** The heading of a sub-section (its words are counted by its top-level section). */
    public PageEstimate subsection() {
        pages += 0.04;
        return this;
    }

    public PageEstimate image() {
        pages += 0.35;
        return this;
    }

    public PageEstimate table(int rows) {
        pages += 0.08 + 0.04 * rows;
        return this;
    }

    public PageEstimate challengeTable(int rows) {
        pages += 0.08 + 0.05 * rows;
        return this;
    }

    /** A case-study box: its frame and one line per benefit and outcome. */
    public PageEstimate caseStudy(int benefitsAndOutcomes) {
        pages += 0.3 + 0.04 * benefitsAndOutcomes;
        return this;
    }

    public PageEstimate callout() {
        pages += 0.05;
        return this;
    }

    public PageEstimate checklist(int items) {
        pages += 0.05 + 0.02 * items;
        return this;
    }

    /** Adds another estimate (a section's to its document's). */
    public PageEstimate add(PageEstimate other) {
        pages += other.pages;
        return this;
    }

    /** The estimate, to one decimal. */
    public double pages() {
        return round(pages);
    }

    /** Pages that {@code words} of plain body text take (a word budget or target shown as pages). */
    public static double pagesOf(int words) {
        return round(words / WORDS_PER_PAGE);
    }

    /** The document's body as {@code assemble} lays it out without a local variant. */
    public static double of(GuidanceDocument document) {
        PageEstimate estimate = new PageEstimate();
        for (Section section : document.getSections()) {
            estimate.add(top(section));
        }
        return estimate.pages();
    }

    /** One top-level section with its sub-sections. */
    public static double of(Section section) {
        return top(section).pages();
    }

    private static PageEstimate top(Section section) {
        PageEstimate estimate = new PageEstimate().section(Derived.wordCount(section));
        blocks(estimate, section);
        for (Section sub : section.getSections()) {
            nested(estimate, sub);
        }
        return estimate;
    }

    private static void nested(PageEstimate estimate, Section section) {
        estimate.subsection();
        blocks(estimate, section);
        for (Section sub : section.getSections()) {
            nested(estimate, sub);
        }
    }

    private static void blocks(PageEstimate estimate, Section section) {
        for (Block block : section.getBlocks()) {
            switch (block) {
                case Image i -> estimate.image();
                case ChallengeTable t -> estimate.challengeTable((int) t.getChallenges().stream().filter(Objects::nonNull).filter(c -> !c.eIsProxy()).count());
                case CaseStudyEmbed e -> {
                    if (e.getCaseStudy() != null && !e.getCaseStudy().eIsProxy()) {
                        estimate.caseStudy(e.getCaseStudy().getBenefits().size() + e.getCaseStudy().getOutcomes().size());
                    }
                }
                case Callout c -> estimate.callout();
                case Checklist c -> estimate.checklist(c.getItems().size());
                default -> {
                }
            }
        }
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
