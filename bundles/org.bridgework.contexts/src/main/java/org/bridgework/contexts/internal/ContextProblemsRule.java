package org.bridgework.contexts.internal;

import java.util.List;

import org.bridgework.context.api.ContextRegistry;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts what went wrong with installed local contexts (a bundle refused for its signature, a context that threw, hung
 * or gave bad data and was disabled) next to the project's own problems: in the workbench's Problems view and in
 * {@code bridgework validate}. How each enabled context fits this particular project is left to
 * {@code bridgework contexts show} and assembly, which report it when the context is applied.
 */
@Component(service = ValidationRule.class)
public class ContextProblemsRule implements ValidationRule {

    private final ContextRegistry registry;

    @Activate
    public ContextProblemsRule(@Reference ContextRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Problem> check(GuidanceProject project) {
        return registry.problems();
    }
}
