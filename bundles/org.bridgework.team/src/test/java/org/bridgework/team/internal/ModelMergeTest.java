package org.bridgework.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.model.Challenge;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.MergeConflictKind;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Person;
import org.bridgework.model.Section;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.team.api.ConflictResolution;
import org.bridgework.team.api.MergeResult;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three-way model merge on the shipped sample and edited copies of it, saved and loaded again through the real project service. */
class ModelMergeTest {

    @TempDir
    Path temp;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final ValidationServiceImpl validation = new ValidationServiceImpl();
    Project base;
    Project ours;
    Project theirs;

    @BeforeEach
    void open() throws Exception {
        SampleProject sample = new HeNhsPartnershipsSample();
        Path file = temp.resolve("base.guidance");
        try (InputStream in = sample.open()) {
            Files.copy(in, file);
        }
        Files.copy(file, temp.resolve("ours.guidance"));
        Files.copy(file, temp.resolve("theirs.guidance"));
        base = projects.open(file);
        ours = projects.open(temp.resolve("ours.guidance"));
        theirs = projects.open(temp.resolve("theirs.guidance"));
    }

    @AfterEach
    void close() {
        base.close();
        ours.close();
        theirs.close();
    }

    static <T extends EObject> T find(Project p, String id, Class<T> type) {
        EObject found = ModelKeys.index(p.root()).get(id);
        assertNotNull(found, id);
        return type.cast(found);
    }

    MergeResult merge() {
        return new ModelMergeImpl().merge(base.root(), ours.root(), theirs.root(), "anna", "ben");
    }

    /** The merged project after a save and a fresh load (what git would hand the next person). */
    GuidanceProject reloaded() throws Exception {
        projects.save(ours);
        Project again = projects.open(ours.file());
        return again.root();
    }

    @Test
    void unchangedSidesGiveTheSameProject() throws Exception {
        String before = Files.readString(ours.file());
        MergeResult result = merge();
        assertTrue(result.clean());
        projects.save(ours);
        assertEquals(before, Files.readString(ours.file()));
    }

    @Test
    void changesToDifferentElementsAndFeaturesMergeCleanly() throws Exception {
        find(ours, "p-ch-roles", Paragraph.class).setText("Ours: who does what.");
        find(theirs, "p-ch-information", Paragraph.class).setText("Theirs: sharing information.");
        // one element, two features
        find(ours, "c3-recognisable-to-nhs", Criterion.class).setTitle("Ours title");
        find(theirs, "c3-recognisable-to-nhs", Criterion.class).setStatement("Their statement");
        MergeResult result = merge();
        assertTrue(result.clean(), () -> result.conflicts().toString());
        GuidanceProject merged = reloaded();
        Map<String, EObject> byId = ModelKeys.index(merged);
        assertEquals("Ours: who does what.", ((Paragraph) byId.get("p-ch-roles")).getText());
        assertEquals("Theirs: sharing information.", ((Paragraph) byId.get("p-ch-information")).getText());
        assertEquals("Ours title", ((Criterion) byId.get("c3-recognisable-to-nhs")).getTitle());
        assertEquals("Their statement", ((Criterion) byId.get("c3-recognisable-to-nhs")).getStatement());
        assertTrue(validation.validate(merged).stream().noneMatch(p -> p.code().startsWith("merge")));
    }

    @Test
    void sameTextChangedTwoWaysIsOneRecordedConflictWithEveryVersion() throws Exception {
        String original = find(base, "p-ch-roles", Paragraph.class).getText();
        find(ours, "p-ch-roles", Paragraph.class).setText("Anna's wording");
        find(theirs, "p-ch-roles", Paragraph.class).setText("Ben's wording");
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size());
        GuidanceProject merged = reloaded();
        assertEquals(1, merged.getMergeConflicts().size());
        MergeConflict c = merged.getMergeConflicts().get(0);
        assertEquals(MergeConflictKind.CHANGED_BOTH, c.getKind());
        assertEquals("p-ch-roles", c.getElementId());
        assertEquals("text", c.getFeature());
        assertEquals(original, c.getBaseValue());
        assertEquals("Anna's wording", c.getOursValue());
        assertEquals("Ben's wording", c.getTheirsValue());
        assertEquals("anna", c.getOursLabel());
        assertEquals("ben", c.getTheirsLabel());
        assertEquals("Anna's wording", ((Paragraph) ModelKeys.index(merged).get("p-ch-roles")).getText());
    }

    @Test
    void blocksAddedInTwoPlacesAndSectionsMovedKeepEverything() throws Exception {
        Section challengesOurs = find(ours, "sec-challenges", Section.class);
        Paragraph a = GuidanceFactory.eINSTANCE.createParagraph();
        a.setId("p-new-ours");
        a.setText("Added by Anna after roles.");
        int rolesAt = challengesOurs.getBlocks().indexOf(find(ours, "p-ch-roles", Paragraph.class));
        challengesOurs.getBlocks().add(rolesAt + 1, a);
        Section challengesTheirs = find(theirs, "sec-challenges", Section.class);
        Paragraph b = GuidanceFactory.eINSTANCE.createParagraph();
        b.setId("p-new-theirs");
        b.setText("Added by Ben first.");
        challengesTheirs.getBlocks().add(0, b);
        // they move the case studies section to the front; we do not reorder
        var sectionsTheirs = theirs.root().getDocument().getSections();
        sectionsTheirs.move(0, find(theirs, "sec-case-studies", Section.class));
        MergeResult result = merge();
        assertTrue(result.clean(), () -> result.conflicts().toString());
        GuidanceProject merged = reloaded();
        Section challenges = (Section) ModelKeys.index(merged).get("sec-challenges");
        List<String> ids = challenges.getBlocks().stream().map(x -> x.getId()).toList();
        assertEquals("p-new-theirs", ids.get(0));
        assertEquals(ids.indexOf("p-ch-roles") + 1, ids.indexOf("p-new-ours"));
        assertEquals("sec-case-studies", merged.getDocument().getSections().get(0).getId());
        assertEquals(base.root().getDocument().getSections().size(), merged.getDocument().getSections().size());
    }

    @Test
    void deletedAgainstChangedIsAConflictAndKeepsTheChange() throws Exception {
        Paragraph theirsP = find(theirs, "p-ch-roles", Paragraph.class);
        EcoreUtil.delete(theirsP, true);
        find(ours, "p-ch-roles", Paragraph.class).setText("Changed while Ben deleted it");
        // and the other way round on another paragraph
        EcoreUtil.delete(find(ours, "p-ch-information", Paragraph.class), true);
        find(theirs, "p-ch-information", Paragraph.class).setText("Changed while Anna deleted it");
        MergeResult result = merge();
        assertEquals(2, result.conflicts().size(), () -> result.conflicts().toString());
        GuidanceProject merged = reloaded();
        Map<String, EObject> byId = ModelKeys.index(merged);
        assertEquals("Changed while Ben deleted it", ((Paragraph) byId.get("p-ch-roles")).getText());
        assertEquals("Changed while Anna deleted it", ((Paragraph) byId.get("p-ch-information")).getText());
        assertTrue(merged.getMergeConflicts().stream().anyMatch(c -> c.getKind() == MergeConflictKind.DELETED_BY_THEIRS && c.getElementId().equals("p-ch-roles")));
        assertTrue(merged.getMergeConflicts().stream().anyMatch(c -> c.getKind() == MergeConflictKind.DELETED_BY_OURS && c.getElementId().equals("p-ch-information")));
    }

    @Test
    void deletionOfAnUntouchedElementMerges() throws Exception {
        EcoreUtil.delete(find(theirs, "p-ch-roles", Paragraph.class), true);
        find(ours, "p-ch-information", Paragraph.class).setText("Other paragraph changed");
        MergeResult result = merge();
        assertTrue(result.clean(), () -> result.conflicts().toString());
        GuidanceProject merged = reloaded();
        assertNull(ModelKeys.index(merged).get("p-ch-roles"));
    }

    @Test
    void referencesAndAuthorsMergeAsSetsAndReferToTheMergedElements() throws Exception {
        Solution ourSolution = ours.root().getSolutions().get(0);
        Solution theirSolution = find(theirs, ourSolution.getId(), Solution.class);
        Challenge ourNew = GuidanceFactory.eINSTANCE.createChallenge();
        ourNew.setId("ch-new-ours");
        ourNew.setTitle("A challenge Anna added");
        ours.root().getChallenges().add(ourNew);
        ourSolution.getAddresses().add(ourNew);
        Challenge theirNew = GuidanceFactory.eINSTANCE.createChallenge();
        theirNew.setId("ch-new-theirs");
        theirNew.setTitle("A challenge Ben added");
        theirs.root().getChallenges().add(theirNew);
        theirSolution.getAddresses().add(theirNew);
        Source theirSource = theirs.root().getSources().get(0);
        Person added = GuidanceFactory.eINSTANCE.createPerson();
        added.setFamily("Added");
        added.setGiven("Author");
        theirSource.getAuthors().add(added);
        MergeResult result = merge();
        assertTrue(result.clean(), () -> result.conflicts().toString());
        GuidanceProject merged = reloaded();
        Solution s = (Solution) ModelKeys.index(merged).get(ourSolution.getId());
        List<String> addressed = s.getAddresses().stream().map(Challenge::getId).toList();
        assertTrue(addressed.contains("ch-new-ours") && addressed.contains("ch-new-theirs"), addressed::toString);
        Source source = (Source) ModelKeys.index(merged).get(theirSource.getId());
        assertTrue(source.getAuthors().stream().anyMatch(p -> "Added".equals(p.getFamily())));
        assertTrue(validation.validate(merged).stream().noneMatch(p -> p.severity() == org.bridgework.core.api.Problem.Severity.ERROR),
                () -> validation.validate(merged).toString());
    }

    @Test
    void bothReorderingDifferentlyIsAConflict() throws Exception {
        var ourSections = ours.root().getDocument().getSections();
        ourSections.move(ourSections.size() - 1, 0);
        var theirSections = theirs.root().getDocument().getSections();
        theirSections.move(0, theirSections.size() - 1);
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size());
        assertEquals(MergeConflictKind.REORDERED_BOTH, result.conflicts().get(0).getKind());
        assertFalse(result.conflicts().get(0).getTheirsValue().isEmpty());
    }

    @Test
    void movedToAnotherSectionByOneSideFollowsTheMove() throws Exception {
        Paragraph p = find(theirs, "p-ch-roles", Paragraph.class);
        find(theirs, "sec-solutions", Section.class).getBlocks().add(p);
        find(ours, "p-ch-roles", Paragraph.class).setText("Edited where it was");
        MergeResult result = merge();
        assertTrue(result.clean(), () -> result.conflicts().toString());
        GuidanceProject merged = reloaded();
        Paragraph moved = (Paragraph) ModelKeys.index(merged).get("p-ch-roles");
        assertEquals("sec-solutions", ((Section) moved.eContainer()).getId());
        assertEquals("Edited where it was", moved.getText());
    }

    @Test
    void aConflictResolvedOnOneSideIsResolvedAfterTheNextMerge() throws Exception {
        find(ours, "p-ch-roles", Paragraph.class).setText("A");
        find(theirs, "p-ch-roles", Paragraph.class).setText("B");
        merge();
        assertEquals("conflict-1", ours.root().getMergeConflicts().get(0).getId());
        projects.save(ours);
        Path merged = ours.file();
        Files.copy(merged, temp.resolve("base2.guidance"));
        Files.copy(merged, temp.resolve("ours2.guidance"));
        Files.copy(merged, temp.resolve("theirs2.guidance"));
        try (Project b2 = projects.open(temp.resolve("base2.guidance"));
                Project o2 = projects.open(temp.resolve("ours2.guidance"));
                Project t2 = projects.open(temp.resolve("theirs2.guidance"))) {
            // they resolve it by taking their text; we change something else meanwhile
            t2.root().getMergeConflicts().clear();
            find(t2, "p-ch-roles", Paragraph.class).setText("B");
            find(o2, "p-ch-information", Paragraph.class).setText("Meanwhile");
            MergeResult again = new ModelMergeImpl().merge(b2.root(), o2.root(), t2.root(), null, null);
            assertTrue(again.clean(), () -> again.conflicts().toString());
            assertTrue(o2.root().getMergeConflicts().isEmpty());
            assertEquals("B", find(o2, "p-ch-roles", Paragraph.class).getText());
            assertEquals("Meanwhile", find(o2, "p-ch-information", Paragraph.class).getText());
        }
    }

    @Test
    void aRecordedConflictIsAnErrorUntilResolvedByTakingAVersionOrAValue() throws Exception {
        validation.addRule(new MergeConflictRule());
        find(ours, "p-ch-roles", Paragraph.class).setText("Anna's wording");
        find(theirs, "p-ch-roles", Paragraph.class).setText("Ben's wording");
        find(ours, "c3-recognisable-to-nhs", Criterion.class).setTitle("Ours");
        find(theirs, "c3-recognisable-to-nhs", Criterion.class).setTitle("Theirs");
        merge();
        GuidanceProject merged = reloaded();
        var errors = validation.validate(merged).stream().filter(p -> p.code().equals("merge-conflict")).toList();
        assertEquals(2, errors.size());
        assertTrue(errors.get(0).message().contains("Ben's wording") || errors.get(1).message().contains("Ben's wording"), errors::toString);
        ConflictResolutionImpl resolution = new ConflictResolutionImpl();
        String paragraphConflict = merged.getMergeConflicts().stream().filter(c -> c.getElementId().equals("p-ch-roles")).findFirst().orElseThrow().getId();
        String criterionConflict = merged.getMergeConflicts().stream().filter(c -> c.getElementId().equals("c3-recognisable-to-nhs")).findFirst().orElseThrow().getId();
        resolution.resolve(merged, paragraphConflict, ConflictResolution.Take.THEIRS, null);
        resolution.resolve(merged, criterionConflict, null, "Both agreed");
        Map<String, EObject> byId = ModelKeys.index(merged);
        assertEquals("Ben's wording", ((Paragraph) byId.get("p-ch-roles")).getText());
        assertEquals("Both agreed", ((Criterion) byId.get("c3-recognisable-to-nhs")).getTitle());
        assertTrue(merged.getMergeConflicts().isEmpty());
        assertTrue(validation.validate(merged).stream().noneMatch(p -> p.code().equals("merge-conflict")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> resolution.resolve(merged, paragraphConflict, ConflictResolution.Take.OURS, null));
    }

    @Test
    void aSectionDeletedWhileAParagraphInItWasEditedIsKeptWholeWithOneConflict() throws Exception {
        Section theirsSection = find(theirs, "sec-challenges", Section.class);
        int blocks = theirsSection.getBlocks().size();
        EcoreUtil.delete(theirsSection, true);
        find(ours, "p-ch-roles", Paragraph.class).setText("Edited inside the section Ben deleted");
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        assertEquals(MergeConflictKind.DELETED_BY_THEIRS, result.conflicts().get(0).getKind());
        assertEquals("sec-challenges", result.conflicts().get(0).getElementId());
        GuidanceProject merged = reloaded();
        Section kept = (Section) ModelKeys.index(merged).get("sec-challenges");
        assertEquals(blocks, kept.getBlocks().size(), "the whole section, untouched paragraphs too");
        assertEquals("Edited inside the section Ben deleted", ((Paragraph) ModelKeys.index(merged).get("p-ch-roles")).getText());
    }

    @Test
    void theSameNewElementAddedByBothWithDifferentTextIsAConflictNotADuplicate() throws Exception {
        for (Project side : List.of(ours, theirs)) {
            Paragraph p = GuidanceFactory.eINSTANCE.createParagraph();
            p.setId("p-both");
            p.setText(side == ours ? "Anna's new paragraph" : "Ben's new paragraph");
            find(side, "sec-challenges", Section.class).getBlocks().add(0, p);
        }
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        assertNull(result.conflicts().get(0).getBaseValue());
        GuidanceProject merged = reloaded();
        long copies = ((Section) ModelKeys.index(merged).get("sec-challenges")).getBlocks().stream().filter(b -> "p-both".equals(b.getId())).count();
        assertEquals(1, copies);
    }
}
