package org.bridgework.ui.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.bridgework.model.Challenge;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.util.GuidanceResources;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.team.internal.ModelMergeImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/** The workbench's Compare as ui.team contributes it: the team's element diff in words, one line an element. */
class ElementComparerTest {

    private static GuidanceProject sample() throws Exception {
        Resource r = GuidanceResources.newResourceSet().createResource(URI.createURI("sample.guidance"));
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            r.load(in, null);
        }
        return (GuidanceProject) r.getContents().get(0);
    }

    @Test
    void linesNameEachChangedElementAndItsSection() throws Exception {
        ElementComparer comparer = new ElementComparer(new ModelMergeImpl());
        GuidanceProject onDisk = sample();
        GuidanceProject mine = sample();
        assertEquals(List.of(), comparer.differences(onDisk, mine), "the same content");
        mine.setTitle("Another title");
        Challenge roles = mine.getChallenges().stream().filter(c -> c.getId().equals("ch-roles")).findFirst().orElseThrow();
        roles.setDescription("Who does what, written down.");
        List<String> lines = comparer.differences(onDisk, mine);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.contains("project changed (title)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("ch-roles") && l.contains("description")), lines.toString());
        assertEquals("Another title", mine.getTitle(), "nothing is changed by comparing");
    }
}
