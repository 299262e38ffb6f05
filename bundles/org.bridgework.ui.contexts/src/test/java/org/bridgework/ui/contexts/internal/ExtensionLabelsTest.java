package org.bridgework.ui.contexts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.model.HepSize;
import org.bridgework.ui.api.Messages;
import org.junit.jupiter.api.Test;

/** The view's wording, without a display. */
class ExtensionLabelsTest {

    final Messages messages = Messages.of(ExtensionsPart.class, Locale.ROOT);
    final ExtensionLabels labels = new ExtensionLabels(messages);

    @Test
    void everyVerdictAndStatusHasItsOwnWords() {
        for (Trust trust : Trust.values()) {
            String text = labels.signature(FakeRegistry.info("x", "X", null, "1", Status.ENABLED, trust, null));
            assertFalse(text.startsWith("!"), trust + " has no text: " + text);
            assertEquals(!trust.allowed(), text.startsWith("Refused"), trust + ": " + text);
        }
        for (String key : List.of("style.DATA", "style.JAVA", "state.ENABLED", "state.DISABLED", "state.REFUSED", "install.hint.UNSIGNED",
                "install.hint.UNTRUSTED_SIGNER", "install.hint.TAMPERED", "install.hint.UNVERIFIABLE")) {
            assertTrue(messages.has(key), key);
        }
    }

    @Test
    void everyKeyOnceAndTheJobsNamedForWhatTheyDo() throws Exception {
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (var in = ExtensionsPart.class.getResourceAsStream("messages.properties")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String key = line.substring(0, line.indexOf('='));
                    assertTrue(keys.add(key), "messages.properties defines " + key + " twice");
                }
            }
        }
        assertEquals("Checking and installing a.jar", messages.format("install.job", "a.jar"));
        assertEquals("Uninstalling My college", messages.format("uninstall.job", "My college"));
    }

    @Test
    void theReasonIsTheFirstRealProblemNotTheSummary() {
        ContextInfo timedOut = FakeRegistry.info("slow", "Slow", null, "1.0.0", Status.DISABLED, Trust.TRUSTED, "CN=A",
                new Problem(Severity.ERROR, "context-disabled", null, "The context from org.example.slow 1.0.0 is disabled; the other contexts go on"),
                new Problem(Severity.ERROR, "context-timeout", null, "The Java context service 9 of org.example.slow 1.0.0 did not answer within 5000 ms"));
        assertEquals("Disabled: The Java context service 9 of org.example.slow 1.0.0 did not answer within 5000 ms", labels.state(timedOut));
        ContextInfo notStarted = FakeRegistry.info("n", "N", null, "1.0.0", Status.DISABLED, Trust.TRUSTED, "CN=A",
                new Problem(Severity.WARNING, "context-not-started", null, "The context bundle n 1.0.0 is installed but not active"));
        assertEquals("Disabled: The context bundle n 1.0.0 is installed but not active", labels.state(notStarted));
        assertEquals("Disabled: see the details", labels.state(FakeRegistry.info("q", "Q", null, "1", Status.DISABLED, Trust.TRUSTED, null)));
        assertEquals("it is not signed", ExtensionLabels.plainReason("The context bundle a 1.0.0 (/tmp/a.jar) was refused: it is not signed"));
        String longReason = "x".repeat(400);
        assertEquals(140, labels.state(FakeRegistry.info("l", "L", null, "1", Status.REFUSED, Trust.UNSIGNED, null,
                new Problem(Severity.ERROR, "context-refused", null, longReason))).length() - "Refused: ".length());
    }

    @Test
    void applicabilityInWords() {
        assertEquals("any provider", labels.applicability(Applicability.ANY));
        assertEquals("Small providers in London (small, medium providers; regions: London)", labels.applicability(
                new Applicability(Set.of(HepSize.MEDIUM, HepSize.SMALL), null, List.of(), List.of("London"), null, "Small providers in London")));
    }
}
