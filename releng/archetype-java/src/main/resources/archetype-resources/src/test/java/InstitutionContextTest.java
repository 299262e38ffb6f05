package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bridgework.contexts.check.ContextCheck;
import org.bridgework.core.api.Problem;
import org.junit.jupiter.api.Test;

/** The context passes the check `bridgework contexts check` runs: every target exists, every find text occurs, no id clashes. */
class InstitutionContextTest {

    @Test
    void theContextPassesTheProductsCheckAgainstTheNationalGuidance() throws Exception {
        List<Problem> problems = ContextCheck.context(new InstitutionContext(), NationalGuidance.load());
        assertEquals(List.of(), problems, () -> "bridgework contexts check would report:\n" + String.join("\n",
                problems.stream().map(p -> p.severity() + ": " + p.message()).toList()));
    }
}
