package org.bridgework.literature.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.core.api.Problem;
import org.bridgework.literature.Fixtures;
import org.bridgework.literature.TestProjects;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.junit.jupiter.api.Test;

/** A source without a title is a validation warning (and, once cited, a release blocker). */
class UntitledSourcesRuleTest {

    @Test
    void anImportedSourceWithoutATitleIsAWarning() throws Exception {
        GuidanceProject project = TestProjects.library();
        assertEquals(List.of(), new UntitledSourcesRule().check(project), "the library's sources all have titles");
        LiteratureImportPreview p = Fixtures.importer().preview("untitled.ris", "TY  - JOUR\nAU  - Lee, Ann\nPY  - 2020\nID  - lee2020\nER  - \n", project);
        Source untitled = p.added().get(0);
        untitled.setId("src-untitled");
        project.getSources().add(untitled);
        List<Problem> problems = new UntitledSourcesRule().check(project);
        assertEquals(1, problems.size());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(UntitledSourcesRule.CODE, problems.get(0).code());
        assertTrue(problems.get(0).message().startsWith("The source [@lee2020] has no title"), problems.get(0).message());

        // not cited: nothing blocks the release; cited: the release gate blocks on it
        IncompleteSourcesRule gate = new IncompleteSourcesRule();
        org.bridgework.core.api.ReleaseScope release = new org.bridgework.core.api.ReleaseScope(null, true);
        assertEquals(List.of(), gate.blockers(project, release));
        org.bridgework.model.Section section = TestProjects.section(project, "sec-a", "Evidence");
        TestProjects.paragraph(section, "p-a", "Peer support helps [@lee2020].");
        var blockers = gate.blockers(project, release);
        assertEquals(1, blockers.size(), blockers.toString());
        assertTrue(blockers.get(0).toString().contains("missing a title"), blockers.get(0).toString());
    }
}
