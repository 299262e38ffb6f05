package org.bridgework.model.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bridgework.model.Assessment;
import org.bridgework.model.Benefit;
import org.bridgework.model.Block;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.Extract;
import org.bridgework.model.Identified;
import org.bridgework.model.Outcome;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a piece of evidence says now, as a short canonical text, and whether a link's text still rests on it.
 * A link records this state when someone confirms it; the link is stale when the state has changed since (the
 * extract's text edited, a case study moved back or withdrawn, a criterion amended or losing consensus) or the
 * evidence is gone. Comparing states rather than timestamps means an undo or a revert makes the text current again.
 */
public final class Provenance {

    private Provenance() {
    }

    /** The current state of {@code link}'s evidence, or {@code null} when the evidence is gone (deleted or unresolved). */
    public static String currentState(EvidenceLink link) {
        Identified evidence = link.getEvidence();
        if (evidence == null || evidence.eIsProxy() || evidence.eResource() == null) {
            return null;
        }
        return state(evidence, link.getField());
    }

    /** The state of {@code evidence} (and of one field of a case study when {@code field} is set). */
    public static String state(Identified evidence, String field) {
        List<String> lines = new ArrayList<>();
        switch (evidence) {
            case Extract e -> {
                lines.add("text: " + nz(e.getText()));
                lines.add("locator: " + nz(e.getLocator()));
                lines.add("source: " + (e.getSource() == null ? "" : nz(e.getSource().getId())));
            }
            case CaseStudy cs -> {
                lines.add("status: " + cs.getCollectionStatus().getLiteral());
                if (field != null && !field.isBlank()) {
                    EStructuralFeature f = cs.eClass().getEStructuralFeature(field.strip());
                    lines.add(field.strip() + ": " + (f == null ? "(no such field)" : describe(cs.eGet(f))));
                }
            }
            case Benefit b -> {
                lines.add("description: " + nz(b.getDescription()));
                lines.add("evidence: " + b.getEvidenceType().getLiteral() + ", " + b.getEvidenceStrength().getLiteral());
                caseStudyStatus(b, lines);
            }
            case Outcome o -> {
                lines.add("measure: " + nz(o.getMeasure()) + " = " + nz(o.getValue()) + " (" + nz(o.getPeriod()) + ")");
                caseStudyStatus(o, lines);
            }
            case Criterion c -> {
                lines.add("statement: " + nz(c.getStatement()));
                lines.add("consensus: " + Derived.consensusStatus(c).getLiteral());
            }
            case Assessment a -> {
                lines.add("criterion: " + (a.getCriterion() == null ? "" : nz(a.getCriterion().getId())) + " " + a.getResult().getLiteral());
                lines.add("rationale: " + nz(a.getRationale()));
                if (a.getCaseStudy() != null) {
                    lines.add("case study status: " + a.getCaseStudy().getCollectionStatus().getLiteral());
                }
            }
            case ConsensusRound r -> {
                lines.add("opened: " + Objects.toString(r.getOpened(), "") + ", closed: " + Objects.toString(r.getClosed(), ""));
                for (Criterion c : r.getCriteria()) {
                    lines.add(nz(c.getId()) + ": " + r.consensusStatus(c).getLiteral());
                }
            }
            default -> lines.add(evidence.eClass().getName() + ": " + nz(Derived.label(evidence)));
        }
        return String.join("\n", lines);
    }

    /** True when the text of {@code link} no longer rests on what was confirmed: the evidence changed or is gone. */
    public static boolean isStale(EvidenceLink link) {
        String now = currentState(link);
        return now == null || !now.equals(link.getConfirmedState());
    }

    /** The block holding {@code link}, or null. */
    public static Block block(EvidenceLink link) {
        return link.eContainer() instanceof Block b ? b : null;
    }

    /** Why {@code link} is stale, in a few words ("the extract was edited"), or null when it is current. */
    public static String staleReason(EvidenceLink link) {
        String now = currentState(link);
        if (now != null && now.equals(link.getConfirmedState())) {
            return null;
        }
        String kind = kind(link.getEvidence());
        if (now == null) {
            return link.getEvidence() == null ? "the evidence " + nz(link.getEvidenceId()) + " was removed" : "the " + kind + " was removed";
        }
        if (link.getConfirmedState() == null) {
            return "the link was never confirmed";
        }
        return "the " + kind + " changed since " + (link.getConfirmedAt() == null ? "it was linked" : "it was confirmed on " + link.getConfirmedAt());
    }

    /** A reader's word for the kind of evidence: extract, case study, criterion ... */
    public static String kind(EObject evidence) {
        return switch (evidence) {
            case null -> "evidence";
            case Extract e -> "extract";
            case CaseStudy cs -> "case study";
            case Benefit b -> "case study benefit";
            case Outcome o -> "case study outcome";
            case Criterion c -> "criterion";
            case Assessment a -> "assessment";
            case ConsensusRound r -> "consensus round";
            default -> evidence.eClass().getName();
        };
    }

    private static void caseStudyStatus(EObject element, List<String> lines) {
        if (element.eContainer() instanceof CaseStudy cs) {
            lines.add("case study status: " + cs.getCollectionStatus().getLiteral());
        }
    }

    private static String describe(Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(describe(o));
            }
            return String.join(", ", parts);
        }
        if (value instanceof Identified i) {
            return nz(i.getId());
        }
        return value == null ? "" : value.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
