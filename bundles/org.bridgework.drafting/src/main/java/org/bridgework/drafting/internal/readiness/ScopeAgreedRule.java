package org.bridgework.drafting.internal.readiness;

import java.util.List;

import org.bridgework.drafting.api.Readiness.Kind;
import org.bridgework.drafting.api.Readiness.OpenItem;
import org.bridgework.drafting.api.ReadinessRule;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Scope;
import org.osgi.service.component.annotations.Component;

/** Scope agreed: the scope has a recorded agreement, who and when ({@code bridgework scope agree}). */
@Component(service = ReadinessRule.class, property = "service.ranking:Integer=600")
public class ScopeAgreedRule extends BuiltInRule {

    public ScopeAgreedRule() {
        super(MilestoneKind.SCOPE_AGREED);
    }

    @Override
    public List<OpenItem> open(GuidanceProject project, Milestone milestone) {
        Scope scope = project.getScope();
        if (scope == null) {
            return List.of(new OpenItem(Kind.SCOPE_NOT_AGREED, project.getId(), "the project has no scope yet: write it, then record who agreed it and when"));
        }
        if (scope.getAgreedOn() == null || scope.getAgreedBy() == null || scope.getAgreedBy().isBlank()) {
            return List.of(new OpenItem(Kind.SCOPE_NOT_AGREED, scope.getId(), "the scope has no recorded agreement (who and when): bridgework scope agree"));
        }
        return List.of();
    }
}
