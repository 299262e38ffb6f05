package ${package};

import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Component;

/** A check the product runs with its own (Problems view, {@code bridgework validate}): the institution's preferred words. */
@Component(service = ValidationRule.class)
public class PreferredWordsRule implements ValidationRule {

    static final String CODE = "${contextId}-preferred-word";

    @Override
    public List<Problem> check(GuidanceProject project) {
        return PreferredWords.uses(project).stream()
                .map(u -> new Problem(Problem.Severity.INFO, CODE, u.elementId(),
                        "\"" + u.word() + "\": ${contextName} says \"" + u.preferred() + "\" (a local context can replace it)."))
                .toList();
    }
}
