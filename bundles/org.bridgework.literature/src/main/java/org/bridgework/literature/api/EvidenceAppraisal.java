package org.bridgework.literature.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.model.Appraisal;
import org.bridgework.model.CellConfidence;
import org.bridgework.model.CerqualConcern;
import org.bridgework.model.Challenge;
import org.bridgework.model.EvidenceConfidence;
import org.bridgework.model.EvidenceConfidenceLevel;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ScreeningDecision;
import org.bridgework.model.Source;
import org.bridgework.model.StudyDesign;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Appraisal, cell confidence and screening of the evidence, shared by the {@code map} commands and the workbench: the
 * changes as single undoable EMF commands, the words people read, and the PRISMA-style screening flow.
 *
 * @since 1.3
 */
public final class EvidenceAppraisal {

    private static final GuidancePackage M = GuidancePackage.eINSTANCE;

    private EvidenceAppraisal() {
    }

    /** A literal or its words ("very low", "very-low", "Very low") to the model's value; null when unknown. */
    public static EvidenceConfidenceLevel level(String text) {
        return text == null ? null : EvidenceConfidenceLevel.get(literal(text));
    }

    public static CerqualConcern concern(String text) {
        return text == null ? null : CerqualConcern.get(literal(text));
    }

    public static StudyDesign design(String text) {
        return text == null ? null : StudyDesign.get(literal(text));
    }

    private static String literal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    }

    /** A literal as words: {@code very-low} to {@code very low}. */
    public static String words(String literal) {
        return literal == null ? "" : literal.replace('-', ' ');
    }

    /** The design literals, for messages and choices. */
    public static List<String> designs() {
        return StudyDesign.VALUES.stream().map(StudyDesign::getLiteral).toList();
    }

    // --- appraisal

    /** The appraisal that applies to an extract: its own, else its source's; null when neither is appraised. */
    public static Appraisal effective(Extract extract) {
        if (extract.getAppraisal() != null) {
            return extract.getAppraisal();
        }
        return extract.getSource() == null ? null : extract.getSource().getAppraisal();
    }

    /** The appraisal of a source or extract (null when none). */
    public static Appraisal appraisalOf(Object sourceOrExtract) {
        return switch (sourceOrExtract) {
            case Source s -> s.getAppraisal();
            case Extract x -> x.getAppraisal();
            default -> throw new IllegalArgumentException("only sources and extracts are appraised, not " + sourceOrExtract);
        };
    }

    /** True when nothing in the appraisal is filled in. */
    public static boolean isEmpty(Appraisal a) {
        return a == null || (a.getDesign() == StudyDesign.NOT_ASSESSED && a.getRelevance() == CerqualConcern.NOT_ASSESSED
                && a.getLimitations() == CerqualConcern.NOT_ASSESSED && a.getAdequacy() == CerqualConcern.NOT_ASSESSED
                && blank(a.getDesignNote()) && blank(a.getRelevanceNote()) && blank(a.getLimitationsNote()) && blank(a.getAdequacyNote()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Sets (or with an empty or null appraisal removes) the appraisal of a source or extract: one undoable command. The
     * appraisal given is copied, so it may be a working copy.
     */
    public static Command appraise(EditingDomain domain, Object sourceOrExtract, Appraisal appraisal) {
        Appraisal value = isEmpty(appraisal) ? null : EcoreUtil.copy(appraisal);
        String id = sourceOrExtract instanceof Source s ? s.getId() : ((Extract) sourceOrExtract).getId();
        CompoundCommand c = new CompoundCommand(value == null ? "Removed the appraisal of " + id : "Appraised " + id + ": " + summary(value));
        c.append(SetCommand.create(domain, sourceOrExtract, sourceOrExtract instanceof Source ? M.getSource_Appraisal() : M.getExtract_Appraisal(), value));
        return c;
    }

    /** "qualitative; relevance: minor concerns; limitations: moderate concerns; adequacy: not assessed". */
    public static String summary(Appraisal a) {
        if (a == null) {
            return "not appraised";
        }
        return "design: " + words(a.getDesign().getLiteral()) + "; relevance: " + concernWords(a.getRelevance()) + "; limitations: "
                + concernWords(a.getLimitations()) + "; adequacy: " + concernWords(a.getAdequacy());
    }

    /** "minor concerns", "no concerns", "not assessed". */
    public static String concernWords(CerqualConcern c) {
        if (c == null || c == CerqualConcern.NOT_ASSESSED) {
            return "not assessed";
        }
        return c == CerqualConcern.NONE ? "no concerns" : c.getLiteral() + " concerns";
    }

    // --- confidence per cell

    /** The confidence recorded for one cell (challenge x evidence kind), or null. */
    public static CellConfidence cellConfidence(Challenge challenge, String evidenceKind) {
        for (CellConfidence c : challenge.getCellConfidences()) {
            if (evidenceKind.equals(c.getEvidenceKind())) {
                return c;
            }
        }
        return null;
    }

    /**
     * Records (or, with level not assessed or a null value, removes) the confidence in one cell of the gap map: one
     * undoable command replacing what was there.
     */
    public static Command setCellConfidence(EditingDomain domain, Challenge challenge, String evidenceKind, EvidenceConfidence value) {
        CellConfidence old = cellConfidence(challenge, evidenceKind);
        boolean remove = value == null || value.getLevel() == EvidenceConfidenceLevel.NOT_ASSESSED;
        CompoundCommand c = new CompoundCommand(remove ? "Removed the confidence in " + challenge.getId() + " \u00d7 " + evidenceKind
                : "Confidence in " + challenge.getId() + " \u00d7 " + evidenceKind + ": " + words(value.getLevel().getLiteral()));
        if (old != null) {
            c.append(RemoveCommand.create(domain, challenge, M.getChallenge_CellConfidences(), old));
        }
        if (!remove) {
            CellConfidence cell = org.bridgework.model.GuidanceFactory.eINSTANCE.createCellConfidence();
            cell.setEvidenceKind(evidenceKind);
            cell.setLevel(value.getLevel());
            cell.setMethodologicalLimitations(value.getMethodologicalLimitations());
            cell.setCoherence(value.getCoherence());
            cell.setAdequacy(value.getAdequacy());
            cell.setRelevance(value.getRelevance());
            cell.setReasons(value.getReasons());
            int index = old == null ? challenge.getCellConfidences().size() : challenge.getCellConfidences().indexOf(old);
            c.append(AddCommand.create(domain, challenge, M.getChallenge_CellConfidences(), cell, index));
        }
        return c.isEmpty() ? null : c;
    }

    // --- screening

    /** Records a source's screening decision and its reason: one undoable command. */
    public static Command screen(EditingDomain domain, Source source, ScreeningDecision decision, String reason) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        CompoundCommand c = new CompoundCommand("Screened " + source.getId() + ": " + words(decision.getLiteral()) + (r == null ? "" : " (" + r + ")"));
        c.append(SetCommand.create(domain, source, M.getSource_Screening(), decision));
        c.append(SetCommand.create(domain, source, M.getSource_ScreeningReason(), r));
        return c;
    }

    /**
     * The PRISMA-style flow of the project's sources.
     *
     * @param identified        records identified: sources plus duplicates merged on import
     * @param duplicatesMerged  records merged into a source already there
     * @param sources           records after duplicates were merged (the project's sources)
     * @param screened          sources with a decision
     * @param notScreened       sources without one
     * @param excluded          sources excluded
     * @param exclusionReasons  reason to count, in order of first appearance ("no reason given" for none)
     * @param included          sources included
     */
    public record ScreeningFlow(int identified, int duplicatesMerged, int sources, int screened, int notScreened, int excluded,
            Map<String, Integer> exclusionReasons, int included) {

        /** True when anything was screened or merged: otherwise there is no flow to report. */
        public boolean any() {
            return screened > 0 || duplicatesMerged > 0;
        }
    }

    public static ScreeningFlow flow(GuidanceProject project) {
        int sources = project.getSources().size();
        int included = 0;
        int excluded = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Source s : project.getSources()) {
            ScreeningDecision d = s.getScreening() == null ? ScreeningDecision.NOT_SCREENED : s.getScreening();
            if (d == ScreeningDecision.INCLUDED) {
                included++;
            } else if (d == ScreeningDecision.EXCLUDED) {
                excluded++;
                String reason = blank(s.getScreeningReason()) ? "no reason given" : s.getScreeningReason().strip();
                reasons.merge(reason, 1, Integer::sum);
            }
        }
        int merged = Math.max(0, project.getDuplicatesMerged());
        return new ScreeningFlow(sources + merged, merged, sources, included + excluded, sources - included - excluded, excluded,
                java.util.Collections.unmodifiableMap(reasons), included);
    }

    /** Ids of the project's sources and their extracts, for a message naming what exists (at most {@code max}). */
    public static String sourceAndExtractIds(GuidanceProject project, int max) {
        List<String> ids = new ArrayList<>();
        int total = 0;
        for (Source s : project.getSources()) {
            total++;
            if (ids.size() < max) {
                ids.add(s.getId());
            }
            for (Extract x : s.getExtracts()) {
                total++;
                if (ids.size() < max) {
                    ids.add(x.getId());
                }
            }
        }
        if (total == 0) {
            return "the project has no sources";
        }
        return String.join(", ", ids) + (total > ids.size() ? " and " + (total - ids.size()) + " more" : "");
    }
}
