package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The rule names the elements whose text uses another word; once the text is changed it is no longer found. */
class PreferredWordsTest {

    @Test
    void theRuleNamesEachElementWhoseTextUsesAnotherWord() throws Exception {
        GuidanceProject guidance = NationalGuidance.load();
        List<Problem> problems = new PreferredWordsRule().check(guidance);
        assertFalse(problems.isEmpty(), "the national guidance says 'wellbeing service'");
        Problem first = problems.get(0);
        assertEquals(PreferredWordsRule.CODE, first.code());
        EObject element = guidance.eResource().getEObject(first.elementId());
        assertTrue(element instanceof Identified, first.elementId());
        EStructuralFeature text = element.eClass().getEStructuralFeature("text");
        element.eSet(text, ((String) element.eGet(text)).replace("wellbeing service", "Student Wellbeing Team"));
        assertTrue(new PreferredWordsRule().check(guidance).stream().noneMatch(p -> p.elementId().equals(first.elementId())));
    }

    @Test
    void theCommandAnswersHelp() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine command = (CommandLine) new PreferredWordsCommand(null).create();
        command.setOut(new PrintWriter(bytes, true));
        assertEquals(0, command.execute("--help"));
        assertTrue(bytes.toString().contains(PreferredWordsCommand.NAME), bytes.toString());
    }
}
