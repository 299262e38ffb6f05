package org.bridgework.ui.workbench.internal;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The display check of every UI test class ({@code @ExtendWith(WorkbenchFixtureNeedsDisplay.class)}): without a
 * display the class's tests are skipped before any set-up or tear-down runs (so no tear-down trips over a
 * fixture that was never made), and with {@code -Dbridgework.requireDisplay=true} (CI) they fail instead.
 * Named after the fixture so the test-jar, which ships {@code WorkbenchFixture*}, carries it.
 */
public final class WorkbenchFixtureNeedsDisplay implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (WorkbenchFixture.hasDisplay()) {
            return ConditionEvaluationResult.enabled("a display is available");
        }
        if (WorkbenchFixture.displayRequired()) {
            // a condition that throws fails the test (JUnit reports the exception), which is what CI needs
            throw new IllegalStateException(WorkbenchFixture.NO_DISPLAY + " (bridgework.requireDisplay=true, so this is not skipped)");
        }
        return ConditionEvaluationResult.disabled(WorkbenchFixture.NO_DISPLAY);
    }
}
