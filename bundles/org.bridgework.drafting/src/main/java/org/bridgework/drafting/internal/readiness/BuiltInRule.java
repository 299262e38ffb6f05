package org.bridgework.drafting.internal.readiness;

import java.util.EnumSet;
import java.util.Set;

import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.MilestoneKind;

/** A built-in rule: counts for its own milestone kinds and for the final milestone. */
abstract class BuiltInRule implements ReadinessRule {

    private final Set<MilestoneKind> kinds;

    BuiltInRule(MilestoneKind first, MilestoneKind... rest) {
        Set<MilestoneKind> set = EnumSet.of(first, rest);
        set.add(MilestoneKind.FINAL);
        this.kinds = set;
    }

    @Override
    public boolean appliesTo(MilestoneKind kind) {
        return kinds.contains(kind);
    }

    static String label(String code, String title, String id) {
        return (code == null ? "" : code + " ") + "'" + (title == null ? id : title) + "'";
    }
}
