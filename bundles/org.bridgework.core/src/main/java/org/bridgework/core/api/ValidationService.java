package org.bridgework.core.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a project: the model's own constraints (an EMF {@code EValidator}: unique ids, references resolve,
 * milestone dates in order, criterion codes unique, assessments against the project's criteria, verified
 * case studies have evidenced benefits, sections within their word budgets, citation keys and glossary
 * acronyms) plus every {@link ValidationRule} service installed.
 */
@ProviderType
public interface ValidationService {

    /** Every problem found, errors first, then warnings, then notes; within a severity in model order. */
    List<Problem> validate(GuidanceProject project);

    /** True when {@code problems} holds at least one {@link Problem.Severity#ERROR}. */
    static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
