package org.bridgework.team.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.MergeConflict;
import org.osgi.service.component.annotations.Component;

/** Every merge conflict recorded in a project is an error until resolved (validate, the Problems view). */
@Component
public class MergeConflictRule implements ValidationRule {

    static final String CODE = "merge-conflict";

    @Override
    public List<Problem> check(GuidanceProject project) {
        List<Problem> problems = new ArrayList<>();
        for (MergeConflict c : project.getMergeConflicts()) {
            problems.add(new Problem(Severity.ERROR, CODE, c.getElementId(), describe(c)
                    + " Resolve it: bridgework team resolve PROJECT " + c.getId() + " --take ours|theirs|base (or --value TEXT)."));
        }
        return problems;
    }

    public static String describe(MergeConflict c) {
        String what = (c.getElementLabel() == null ? c.getElementId() : c.getElementLabel() + " (" + c.getElementId() + ")")
                + (c.getFeature() == null || c.getFeature().isEmpty() ? "" : ", " + c.getFeature());
        return switch (c.getKind()) {
            case CHANGED_BOTH -> "Merge conflict " + c.getId() + ": " + what + " was changed two ways: " + c.getOursLabel() + " wrote "
                    + quote(c.getOursValue()) + ", " + c.getTheirsLabel() + " wrote " + quote(c.getTheirsValue()) + " (the project shows "
                    + possessive(c.getOursLabel()) + " version).";
            case DELETED_BY_THEIRS -> "Merge conflict " + c.getId() + ": " + c.getTheirsLabel() + " deleted " + what + " while "
                    + c.getOursLabel() + " changed it (kept).";
            case DELETED_BY_OURS -> "Merge conflict " + c.getId() + ": " + c.getOursLabel() + " deleted " + what + " while "
                    + c.getTheirsLabel() + " changed it (kept).";
            case MOVED_BOTH -> "Merge conflict " + c.getId() + ": " + what + " was moved two ways: to " + c.getOursValue() + " by "
                    + c.getOursLabel() + ", to " + c.getTheirsValue() + " by " + c.getTheirsLabel() + ".";
            case REORDERED_BOTH -> "Merge conflict " + c.getId() + ": " + what + " was reordered two ways (the project shows "
                    + possessive(c.getOursLabel()) + " order).";
            case REFERENCE_TO_DELETED -> "Merge conflict " + c.getId() + ": " + what + " referred to " + c.getOursValue()
                    + ", which the other side deleted (the reference was dropped).";
        };
    }

    /** "ours" to "our", "theirs" to "their", a name to "name's". */
    static String possessive(String label) {
        return switch (label == null ? "ours" : label) {
            case "ours" -> "our";
            case "theirs" -> "their";
            default -> label + "'s";
        };
    }

    private static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        String v = value.replaceAll("\\s+", " ");
        return "\"" + (v.length() > 80 ? v.substring(0, 77) + "..." : v) + "\"";
    }
}
