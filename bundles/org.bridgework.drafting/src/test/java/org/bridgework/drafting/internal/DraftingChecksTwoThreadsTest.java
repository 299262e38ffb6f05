package org.bridgework.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.Finding;
import org.bridgework.drafting.internal.cli.Cli;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** A very large draft is checked on two threads; what it finds, and in what order, is what one thread finds. */
class DraftingChecksTwoThreadsTest {

    @Test
    void twoThreadsFindTheSameInTheSameOrderAsOne() throws Exception {
        try (Project project = new Cli().projects.sampleCopy()) {
            GuidanceProject root = project.root();
            GuidanceDocument document = root.getDocument();
            // the sample's sections twenty times over (fresh ids), so the sections split unevenly between the threads
            List<Section> original = List.copyOf(document.getSections());
            for (int copy = 1; copy < 20; copy++) {
                for (Section section : original) {
                    Section twin = EcoreUtil.copy(section);
                    int n = copy;
                    twin.eAllContents().forEachRemaining(e -> {
                        var id = e.eClass().getEIDAttribute();
                        if (id != null && e.eGet(id) instanceof String value) {
                            e.eSet(id, value + "-" + n);
                        }
                    });
                    twin.setId(section.getId() + "-" + n);
                    document.getSections().add(twin);
                }
            }
            DraftingChecksImpl checks = new DraftingChecksImpl();
            CheckSettings settings = CheckSettings.of(root);
            List<Finding> oneThread = checks.run(root, settings, Integer.MAX_VALUE);
            List<Finding> twoThreads = checks.run(root, settings, 1);
            assertTrue(oneThread.size() > 200, "a draft with much to find: " + oneThread.size());
            assertEquals(oneThread, twoThreads);
            assertEquals(oneThread, checks.run(root, settings), "the product's own threshold");
        }
    }
}
