package org.bridgework.literature.internal.release;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.osgi.service.component.annotations.Component;

/**
 * A source without a title is a warning while drafting (an import from a reference manager may leave one); once the
 * guidance cites it, the release gate blocks on it ({@link IncompleteSourcesRule}).
 */
@Component(service = ValidationRule.class)
public class UntitledSourcesRule implements ValidationRule {

    public static final String CODE = "source-untitled";

    @Override
    public List<Problem> check(GuidanceProject project) {
        List<Problem> problems = new ArrayList<>();
        for (Source s : project.getSources()) {
            if (s.getTitle() == null || s.getTitle().isBlank()) {
                String name = s.getCitationKey() == null ? s.getId() : "[@" + s.getCitationKey() + "]";
                problems.add(new Problem(Problem.Severity.WARNING, CODE, s.getId(), "The source " + name
                        + " has no title: add it in the Source editor (a cited source without a title blocks the release)."));
            }
        }
        return problems;
    }
}
