package org.bridgework.contexts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;
import org.junit.jupiter.api.Test;

/** The check a context project's test runs is the one `contexts check` runs: it passes the example and names what is wrong. */
class ContextCheckTest {

    private static GuidanceProject sample() throws Exception {
        return org.bridgework.contexts.internal.ExamplesTestAccess.sample();
    }

    @Test
    void theShippedExampleContextPasses() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/bridgework/context.guidance")) {
            assertEquals(List.of(), ContextCheck.dataContext(in, "smallspecialist", sample()));
        }
    }

    @Test
    void aTargetTheProjectDoesNotHaveIsReportedNamingTheAdaptationAndTheId() throws Exception {
        String context;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/bridgework/context.guidance")) {
            context = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // point the first adaptation's target at an id the sample does not have
        String broken = context.replaceFirst("href=\"guidance.guidance#p-how-adapt\"", "href=\"guidance.guidance#no-such-section\"");
        assertTrue(!broken.equals(context), "the example context has no target to break");
        List<Problem> all = ContextCheck.dataContext(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken", sample());
        assertTrue(all.stream().anyMatch(p -> p.message().contains("ss-adapt-intro") && p.message().contains("no-such-section")), all.toString());
    }
}
