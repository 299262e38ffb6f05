package org.bridgework.drafting.internal.readiness;

import java.util.EnumSet;
import java.util.Set;

import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.MilestoneKind;

/**
 * A built-in rule: counts for its own milestone kinds. The final milestone is the publication gate; a rule that also
 * blocks the release lists {@code FINAL} among its kinds (the gate asks the rules of the release milestone).
 */
abstract class BuiltInRule implements ReadinessRule {

    private final Set<MilestoneKind> kinds;

    BuiltInRule(MilestoneKind first, MilestoneKind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    @Override
    public boolean appliesTo(MilestoneKind kind) {
        return kinds.contains(kind);
    }

    static String label(String code, String title, String id) {
        return (code == null ? "" : code + " ") + "'" + (title == null ? id : title) + "'";
    }
}
