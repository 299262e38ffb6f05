package org.bridgework.core.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check contributed by another bundle (whiteboard: register it as an OSGi service). The
 * {@link ValidationService} runs every rule installed and merges its problems with its own.
 * <p>
 * Use a stable code per kind of problem (for example {@code challenge-without-evidence}), the id of the element
 * concerned, and a message that names the element and says what to do. A rule must not change the model and must
 * be quick (it runs after every edit): one that throws or does not answer within the time limit
 * ({@link ExtensionGuard#TIMEOUT_PROPERTY}, 5 s) is reported ({@code rule-failed}, {@code rule-timeout}) and disabled
 * until the product restarts; the others still run.
 */
@ConsumerType
public interface ValidationRule {

    /** The problems this rule finds in {@code project} (empty when none). */
    List<Problem> check(GuidanceProject project);
}
