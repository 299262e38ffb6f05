package org.bridgework.casestudies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.casestudies.api.ReturnedTemplates;
import org.bridgework.casestudies.api.ReturnedTemplates.Difference;
import org.bridgework.casestudies.api.ReturnedTemplates.Review;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.api.ImportException;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-step read and review the workbench's diff dialog uses: the differences field by field, errors, the command. */
class ReturnedTemplatesTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final ReturnedTemplates returned = new TemplateImporter(() -> LocalDate.of(2027, 3, 10));
    Path projectFile;

    @BeforeEach
    void sample() throws Exception {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        projectFile = dir.resolve("p.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, projectFile);
        }
    }

    Path template(String caseId, Map<String, String> answers) throws Exception {
        Path f = dir.resolve(caseId + ".docx");
        try (Project p = projects.open(projectFile); OutputStream o = Files.newOutputStream(f)) {
            new TemplateWriter().write(p.root(), TemplateImportTest.caseStudy(p, caseId), o);
        }
        Templates.fill(f, answers);
        return f;
    }

    @Test
    void differencesFieldByFieldThenTheCommandAppliesThemAsOne() throws Exception {
        Map<String, String> a = new LinkedHashMap<>(TemplateImportTest.mandatory());
        a.put("cs.region", "Merseyside");
        a.put("cs.partners", "University of Liverpool\nMersey Care NHS Foundation Trust");
        a.put("outcome.1.measure", "Students followed up within 72 hours");
        Path f = template("cs-liverpool", a);
        ReturnedTemplates.Returned r = returned.read(f);
        assertEquals("cs-liverpool", r.caseStudyId());
        assertEquals(f, r.file());
        try (Project p = projects.open(projectFile)) {
            Review review = returned.review(r, p.root());
            assertEquals(java.util.List.of(), review.errors());
            Map<String, Difference> d = review.differences().stream().collect(Collectors.toMap(Difference::key, Function.identity()));
            assertEquals(new Difference("cs-liverpool", "cs.region", "Region", "Liverpool", "Merseyside"), d.get("cs.region"));
            assertEquals("University of Liverpool\nMersey Care NHS Foundation Trust", d.get("cs.partners").proposed());
            assertTrue(d.get("cs.partners").current().contains("Liverpool John Moores University"), d.get("cs.partners").current());
            assertEquals("Outcome 1: measure", d.get("outcome.1.measure").field());
            assertNull(d.get("outcome.1.measure").current(), "a new outcome has no current value");
            assertEquals("returned (2027-03-10)", d.get("status").proposed());
            assertFalse(d.containsKey("cs.description"), "unchanged answers are no difference");

            CaseStudy cs = TemplateImportTest.caseStudy(p, "cs-liverpool");
            assertEquals("Liverpool", cs.getRegion(), "review changes nothing");
            var stack = p.editingDomain().getCommandStack();
            stack.execute(review.preview().command(p.editingDomain(), p.root()));
            assertEquals("Merseyside", cs.getRegion());
            assertEquals(CollectionStatus.RETURNED, cs.getCollectionStatus());
            assertEquals(2, cs.getPartners().size());
            stack.undo();
            assertEquals("Liverpool", cs.getRegion(), "one undo takes the whole import back");
            assertEquals(4, cs.getPartners().size());
            assertEquals(CollectionStatus.IDENTIFIED, cs.getCollectionStatus());
        }
    }

    @Test
    void errorsKeepTheDifferencesButTheCommandCannotRun() throws Exception {
        Map<String, String> a = new LinkedHashMap<>(TemplateImportTest.mandatory());
        a.put("cs.region", Templates.words(11));
        a.put("cs.partners", "University of Nowhere");
        Path f = template("cs-liverpool", a);
        try (Project p = projects.open(projectFile)) {
            Review review = returned.review(returned.read(f), p.root());
            String errors = review.errors().stream().map(e -> e.message()).collect(Collectors.joining("\n"));
            assertTrue(errors.contains("answer over the word limit: cs.region"), errors);
            assertTrue(errors.contains("unknown partner organisation 'University of Nowhere'"), errors);
            assertTrue(review.differences().stream().anyMatch(d -> d.key().equals("cs.region")), review.differences().toString());
            assertFalse(review.preview().command(p.editingDomain(), p.root()).canExecute());
        }
    }

    @Test
    void hostileAndForeignFilesAreRefusedByRead() throws Exception {
        Path notDocx = Files.writeString(dir.resolve("notes.docx"), "just text");
        ImportException e = assertThrows(ImportException.class, () -> returned.read(notDocx));
        assertTrue(e.getMessage().contains("Nothing was imported"), e.getMessage());
        Path f = template("cs-liverpool", TemplateImportTest.mandatory());
        Templates.editXml(f, x -> x.replace("cs-liverpool", "cs-elsewhere"));
        ReturnedTemplates.Returned r = returned.read(f);
        try (Project p = projects.open(projectFile)) {
            ImportException other = assertThrows(ImportException.class, () -> returned.review(r, p.root()));
            assertTrue(other.getMessage().contains("'cs-elsewhere'"), other.getMessage());
        }
    }
}
