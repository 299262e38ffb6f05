package org.bridgework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.bridgework.model.util.GuidanceResource;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceRoundTripTest {

    @TempDir
    Path dir;

    private Path save(GuidanceProject project) throws IOException {
        Path file = dir.resolve("sample.guidance");
        ResourceSet rs = GuidanceResources.newResourceSet();
        Resource resource = rs.createResource(URI.createFileURI(file.toString()));
        assertInstanceOf(GuidanceResource.class, resource);
        resource.getContents().add(project);
        resource.save(null);
        return file;
    }

    private GuidanceProject load(Path file) {
        ResourceSet rs = GuidanceResources.newResourceSet();
        Resource resource = rs.getResource(URI.createFileURI(file.toString()), true);
        assertTrue(resource.getErrors().isEmpty(), () -> "load errors: " + resource.getErrors());
        return (GuidanceProject) resource.getContents().get(0);
    }

    @Test
    void referencesAreWrittenAsIdsAndResolveOnLoad() throws IOException {
        Path file = save(new SampleProject().project);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("addresses=\"ch-roles ch-sharing\""), xml);
        assertTrue(xml.contains("target=\"p-intro-1\""), xml);
        assertFalse(xml.contains("//@"), "no positional references: " + xml);
        assertFalse(xml.contains("xmi:id"), "no extrinsic ids: " + xml);
        assertFalse(xml.contains("label="), "derived values are not stored: " + xml);

        GuidanceProject loaded = load(file);
        Resource resource = loaded.eResource();
        Challenge roles = (Challenge) resource.getEObject("ch-roles");
        assertNotNull(roles);
        Solution solution = loaded.getSolutions().get(0);
        assertSame(roles, solution.getAddresses().get(0));
        assertFalse(solution.getAddresses().get(0).eIsProxy());
        assertEquals("ch-sharing", solution.getAddresses().get(1).getId());
        Extract extract = loaded.getSources().get(0).getExtracts().get(0);
        assertSame(extract, solution.getEvidencedBy().get(0));
        assertSame(loaded.getSources().get(0), extract.getSource(), "container opposite");
        assertSame(loaded.getCriteria().get(0), extract.getCriteria().get(0));
        assertSame(loaded.getCaseStudies().get(0), solution.getExemplifiedBy().get(0));
        assertSame(loaded.getOrganisations().get(0), loaded.getMembers().get(0).getOrganisation());

        ReviewComment comment = loaded.getReviewComments().get(0);
        Section intro = loaded.getDocument().getSections().get(0);
        assertSame(intro.getBlocks().get(0), comment.getTarget(), "reference typed by the abstract Identified");
        assertSame(loaded.getMilestones().get(0), comment.getMilestone());
        CaseStudyEmbed embed = (CaseStudyEmbed) intro.getBlocks().get(1);
        assertSame(loaded.getCaseStudies().get(0), embed.getCaseStudy());
    }

    @Test
    void valuesSurviveTheRoundTrip() throws IOException {
        GuidanceProject loaded = load(save(new SampleProject().project));
        assertEquals(1, loaded.getFormatVersion());
        assertEquals(LocalDate.of(2025, 4, 19), loaded.getMilestones().get(0).getDate());
        assertEquals(MilestoneKind.DRAFT_TO_TASKFORCE, loaded.getMilestones().get(0).getKind());
        Source uuk = loaded.getSources().get(0);
        assertEquals(Integer.valueOf(2022), uuk.getIssuedYear());
        assertEquals(null, uuk.getIssuedMonth());
        assertEquals("Universities UK", uuk.getAuthors().get(0).getLiteral());
        assertEquals(LocalDate.of(2025, 1, 15), uuk.getAccessed());
        assertEquals(SourceType.REPORT, uuk.getType());
        CaseStudy gm = loaded.getCaseStudies().get(0);
        assertEquals(PartnershipContext.LARGE_MULTI_HEP_CITY, gm.getContexts().get(0));
        assertEquals(LocalDate.of(2025, 3, 1), gm.getStatusHistory().get(0).getDate());
        assertEquals(HepSize.LARGE, loaded.getOrganisations().get(0).getHepProfile().getSize());
        assertEquals("harvard-cite-them-right", loaded.getDocument().getCitationStyle());
        assertEquals(75, GuidanceFactory.eINSTANCE.createConsensusSettings().getIncludeThresholdPercent());
        assertEquals(15, GuidanceFactory.eINSTANCE.createConsensusSettings().getExcludeOppositeThresholdPercent());
    }

    @Test
    void enumsAreWrittenAsReadableLiterals() throws IOException {
        String xml = Files.readString(save(new SampleProject().project));
        assertTrue(xml.contains("formatVersion=\"1\""), "always written: " + xml);
        assertTrue(xml.contains("kind=\"draft-to-taskforce\""), xml);
        assertTrue(xml.contains("kind=\"nhs-trust\""), xml);
        assertFalse(xml.contains("kind=\"hep\""), "first literals are defaults, not written: " + xml);
        assertTrue(xml.contains("date=\"2025-04-19\""), xml);
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path file = dir.resolve("evil.guidance");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "secret");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE p [ <!ENTITY xxe SYSTEM "%s"> ]>
                <guidance:GuidanceProject xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guidance="https://bridgework.org/model/guidance/1.0" id="p" title="&xxe;"/>
                """.formatted(secret.toUri()));
        ResourceSet rs = GuidanceResources.newResourceSet();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> rs.getResource(URI.createFileURI(file.toString()), true));
        assertFalse(String.valueOf(e.getMessage()).contains("secret"));
        Resource resource = rs.getResource(URI.createFileURI(file.toString()), false);
        assertTrue(resource == null || resource.getContents().isEmpty());
    }

    @Test
    void eachResourceSetIsFresh() {
        assertFalse(GuidanceResources.newResourceSet() == GuidanceResources.newResourceSet());
    }
}
