package org.bridgework.drafting.internal;

import org.bridgework.drafting.internal.cli.Cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.Finding;
import org.bridgework.drafting.api.TermLists;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped HE and NHS term lists: every term has plain wording and an official source; the reader lens uses them
 * beside the glossary (other names too: IAPT); a project adapts a term (its own wording) or turns it off, through the
 * service, the CLI ({@code terms list|set}) and one undoable command.
 */
class TermListsTest {

    private static final GuidanceFactory F = GuidanceFactory.eINSTANCE;
    private final TermListsImpl lists = new TermListsImpl();
    private final DraftingChecksImpl checks = new DraftingChecksImpl();

    @TempDir
    Path dir;

    private GuidanceProject project(String... texts) {
        GuidanceProject p = F.createGuidanceProject();
        p.setId("p");
        GuidanceDocument d = F.createGuidanceDocument();
        d.setId("doc");
        p.setDocument(d);
        Section s = F.createSection();
        s.setId("sec-a");
        s.setHeading("Working together");
        d.getSections().add(s);
        int n = 0;
        for (String text : texts) {
            Paragraph para = F.createParagraph();
            para.setId("b" + (++n));
            para.setText(text);
            s.getBlocks().add(para);
        }
        return p;
    }

    private List<Finding> lens(GuidanceProject p) {
        return checks.run(p, CheckSettings.of(p)).stream().filter(f -> f.problem().code().equals(DraftingChecksImpl.HE_TERM_FOR_NHS_READERS)
                || f.problem().code().equals(DraftingChecksImpl.NHS_TERM_FOR_HE_READERS)).toList();
    }

    @Test
    void theShippedListsHaveTheBriefsTermsEachWithPlainWordingAndAnOfficialSource() {
        List<TermLists.LensTerm> shipped = lists.shipped();
        for (String wanted : List.of("fitness to practise", "academic registry", "personal tutor", "interruption of studies", "reasonable adjustments",
                "mitigating circumstances", "ICB", "CMHT", "NHS Talking Therapies", "section 136")) {
            assertTrue(shipped.stream().anyMatch(t -> t.term().equals(wanted)), wanted + " is shipped");
        }
        assertTrue(shipped.stream().filter(t -> t.term().equals("NHS Talking Therapies")).findFirst().orElseThrow().otherNames().contains("IAPT"));
        for (TermLists.LensTerm t : shipped) {
            assertNotNull(t.plainWording(), t.term());
            assertNotNull(t.definition(), t.term());
            assertTrue(t.sourceUrl() != null && t.sourceUrl().startsWith("https://"), t.term() + ": " + t.sourceUrl());
            assertTrue(t.sourceUrl().matches("https://(www\\.)?(oiahe\\.org\\.uk|gov\\.uk|legislation\\.gov\\.uk|england\\.nhs\\.uk|nhs\\.uk|officeforstudents\\.org\\.uk|qaa\\.ac\\.uk|hesa\\.ac\\.uk)/.*"),
                    "an official publisher: " + t.sourceUrl());
            assertTrue(t.sector() == Sector.HE || t.sector() == Sector.NHS);
        }
        assertEquals(shipped.size(), shipped.stream().map(TermLists.LensTerm::id).distinct().count(), "ids are unique");
    }

    @Test
    void theReaderLensUsesShippedTermsAndTheirOtherNamesWithPlainWording() {
        GuidanceProject p = project("Each student has a personal tutor who meets them every term.",
                "Students can refer themselves to IAPT for anxiety.", "Police can use section 136 when a student seems very unwell in public.");
        List<Finding> found = lens(p);
        assertEquals(3, found.size(), found.toString());
        Finding tutor = found.get(0);
        assertEquals(DraftingChecksImpl.HE_TERM_FOR_NHS_READERS, tutor.problem().code());
        assertTrue(tutor.problem().message().contains("'personal tutor'") && tutor.problem().message().contains("HE term list")
                && tutor.problem().message().contains("https://"), tutor.problem().message());
        assertTrue(tutor.quickFix().startsWith("Explain it in plain words at its first use: 'personal tutor (a member of teaching staff"), tutor.quickFix());
        assertTrue(found.get(1).problem().message().contains("'NHS Talking Therapies'"), "found by its other name: " + found.get(1).problem().message());
        assertEquals(DraftingChecksImpl.NHS_TERM_FOR_HE_READERS, found.get(2).problem().code());

        // explained in the text: no finding
        assertEquals(0, lens(project("Each student has a personal tutor, a member of staff who meets them every term.")).size());
        // case: acronyms keep theirs ("icb" is not the ICB)
        assertEquals(0, lens(project("The icb key is not a term.")).size());
        assertEquals(1, lens(project("The ICB pays for it.")).size());
    }

    @Test
    void aProjectAdaptsOrTurnsOffAShippedTermAsOneUndoableCommand() {
        GuidanceProject p = project("Each student has a personal tutor who meets them every term.", "A student can ask for mitigating circumstances to be considered.");
        var domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        var resource = new org.eclipse.emf.ecore.resource.impl.ResourceImpl();
        resource.getContents().add(p);
        domain.getResourceSet().getResources().add(resource);
        assertEquals(2, lens(p).size());

        domain.getCommandStack().execute(lists.adapt(domain, p, "personal tutor", null, true));
        assertEquals(1, p.getTerms().size());
        Term off = p.getTerms().get(0);
        assertTrue(off.isDisabled());
        assertEquals("personal tutor", off.getTerm());
        assertEquals(1, lens(p).size(), "turned off: only mitigating circumstances is left");
        assertTrue(lists.effective(p).stream().anyMatch(t -> t.term().equals("personal tutor") && t.disabled() && t.origin() == TermLists.Origin.ADAPTED));
        domain.getCommandStack().undo();
        assertEquals(0, p.getTerms().size());
        assertEquals(2, lens(p).size());

        // the project's own plain wording (the term named by another of its names), shown by the lens
        domain.getCommandStack().execute(lists.adapt(domain, p, "extenuating circumstances", "problems like illness that affected an exam", null));
        TermLists.LensTerm mc = lists.effective(p).stream().filter(t -> t.term().equals("mitigating circumstances")).findFirst().orElseThrow();
        assertEquals("problems like illness that affected an exam", mc.plainWording());
        assertEquals(TermLists.Origin.ADAPTED, mc.origin());
        assertTrue(lens(p).stream().anyMatch(f -> f.problem().message().contains("Plainer: \"problems like illness that affected an exam\"")), lens(p).toString());

        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> lists.adapt(domain, p, "no such term", "x", null));
    }

    @Test
    void theCliListsAndSetsTermsWithADryRun() throws Exception {
        Cli cli = new Cli();
        Path project;
        try (Project p = cli.projects.openSample(dir)) {
            project = p.file();
        }
        Cli.Result shipped = cli.run("terms", "list", "--shipped", "--sector", "nhs");
        assertEquals(0, shipped.exit(), shipped.err());
        assertTrue(shipped.out().contains("section 136 (also s136, s.136) [nhs, shipped]: the police power"), shipped.out());
        assertFalse(shipped.out().contains("personal tutor"));
        Cli.Result list = cli.run("terms", "list", project.toString(), "--json");
        assertTrue(list.out().contains("\"origin\": \"adapted\"") && list.out().contains("\"origin\": \"project\"") && list.out().contains("\"origin\": \"shipped\""), list.out());

        byte[] before = Files.readAllBytes(project);
        assertEquals(0, cli.run("terms", "set", "personal tutor", project.toString(), "--off", "--dry-run").exit());
        assertArrayEquals(before, Files.readAllBytes(project));
        Cli.Result off = cli.run("terms", "set", "personal tutor", project.toString(), "--off");
        assertEquals(0, off.exit(), off.err());
        Cli.Result plain = cli.run("terms", "set", "CMHT", project.toString(), "--plain", "the local NHS mental health team for adults");
        assertEquals(0, plain.exit(), plain.err());
        Cli.Result after = cli.run("terms", "list", project.toString());
        assertTrue(after.out().contains("OFF personal tutor"), after.out());
        assertTrue(after.out().contains("CMHT") && after.out().contains("the local NHS mental health team for adults"), after.out());
        Cli.Result unknown = cli.run("terms", "set", "flux capacitor", project.toString(), "--off");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("neither in the project's glossary nor in the shipped"), unknown.err());
        assertEquals(2, cli.run("terms", "set", "ICB", project.toString()).exit(), "nothing to set");
    }
}
