package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.bridgework.drafting.internal.DraftingChecksImpl;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.Source;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.drafting.internal.BlockEditor;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The section editor on the shipped sample in a real workbench window. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class SectionEditorPartTest {
    @TempDir
    Path home;
    WorkbenchFixture f;
    Section section;
    SectionEditorPart editor;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView(), new SectionEditor(new DraftingChecksImpl()));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
        section = f.project().root().getDocument().getSections().stream()
                .filter(s -> s.getBlocks().stream().anyMatch(b -> b instanceof Paragraph)).findFirst().orElseThrow();
        assertTrue(f.openEditor(section));
        editor = f.editorPart(section, SectionEditorPart.class);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private BlockEditor firstParagraph() {
        return editor.editors.stream().filter(e -> e.block instanceof Paragraph).findFirst().orElseThrow();
    }

    private static void type(BlockEditor e, String text) {
        e.text.setFocus();
        int before = e.part.checkGeneration;
        e.text.setText(text);
        WorkbenchFixture.waitFor("the typing to be committed", 5000, () -> !e.dirty);
        awaitChecks(e.part, before);
    }

    /** Waits for the findings of a check run started after {@code generation} (a change made after it). */
    private static void awaitChecks(SectionEditorPart part, int generation) {
        WorkbenchFixture.waitFor("the checks to run after the change", 10000, () -> part.shownGeneration > generation);
    }

    @Test
    void everyTextBlockIsAStyledTextAndTypingIsCommittedAsAnUndoableCommand() {
        assertEquals(section.getBlocks().size(), editor.editors.size());
        BlockEditor p = firstParagraph();
        Paragraph model = (Paragraph) p.block;
        String before = model.getText();
        assertEquals(before, p.text.getText());
        type(p, "Services and universities plan together.");
        assertEquals("Services and universities plan together.", model.getText());
        assertTrue(f.shell().getText().startsWith("*"));
        f.menu("Edit", "Undo");
        assertEquals(before, model.getText());
        assertEquals(before, p.text.getText(), "the editor shows the undone text");
    }

    @Test
    void aLongSentenceIsUnderlinedWithASquiggleAndExplainedInItsTooltip() throws Exception {
        BlockEditor p = firstParagraph();
        String sentence = "When a student who is already known to the university wellbeing service is referred to a community team the team and the service should agree who will "
                + "contact the student and when they will do it and who will tell the tutor.";
        type(p, "Short start. " + sentence);
        StyleRange[] ranges = p.text.getStyleRanges();
        StyleRange squiggle = Arrays.stream(ranges).filter(r -> r.underline && r.underlineStyle == SWT.UNDERLINE_SQUIGGLE).findFirst()
                .orElseThrow(() -> new AssertionError("no squiggle in " + Arrays.toString(ranges) + "; findings " + editor.findings));
        assertEquals("Short start. ".length(), squiggle.start, "the long sentence is marked, not the short one");
        String tip = p.explanationAt(squiggle.start + 5);
        assertNotNull(tip);
        assertTrue(tip.contains("words") && tip.contains("Why:") && tip.contains("Fix:"), tip);
        assertEquals(null, p.explanationAt(2), "the short sentence has no finding");
        f.screenshot("drafting-section-editor");
        // fixing the text clears the marker after the debounce
        type(p, "Short start. A second short sentence.");
        assertFalse(Arrays.stream(p.text.getStyleRanges()).anyMatch(r -> r.underlineStyle == SWT.UNDERLINE_SQUIGGLE && r.start == 13), "the marker is gone");
        assertTrue(editor.findings.stream().noneMatch(x -> x.problem().code().equals("long-sentence") && x.problem().elementId().equals(p.block.getId())));
    }

    @Test
    void undoRightAfterTypingUndoesTheTyping() {
        BlockEditor p = firstParagraph();
        Paragraph model = (Paragraph) p.block;
        String before = model.getText();
        p.text.setFocus();
        p.text.setText("Typed and undone at once.");
        assertTrue(p.dirty, "not yet committed");
        f.menu("Edit", "Undo"); // opening the menu commits the typing first, then Undo takes it back
        assertEquals(before, model.getText());
        WorkbenchFixture.settle(SectionEditorPart.COMMIT_DELAY + 200);
        assertEquals(before, model.getText(), "nothing is committed later");
        assertEquals(before, p.text.getText());
    }

    @Test
    void quickFixesReplaceAWordToAvoidAndExpandAnAcronym() throws Exception {
        BlockEditor p = firstParagraph();
        type(p, "Teams should utilise the shared plan.");
        int at = p.text.getText().indexOf("utilise");
        List<QuickFixes.Fix> fixes = p.fixesAt(at + 2);
        assertEquals(1, fixes.size(), fixes.toString());
        assertEquals("Replace 'utilise' with 'use'", fixes.get(0).label());
        int runs = editor.checkGeneration;
        p.apply(fixes.get(0));
        awaitChecks(editor, runs);
        assertEquals("Teams should use the shared plan.", ((Paragraph) p.block).getText(), "committed at once");
        assertTrue(p.fixesAt(at + 1).isEmpty());
        int undoRuns = editor.checkGeneration;
        f.menu("Edit", "Undo");
        assertEquals("Teams should utilise the shared plan.", ((Paragraph) p.block).getText());
        // the context menu lists the fixes at the caret
        awaitChecks(editor, undoRuns);
        p.text.setCaretOffset(at + 3);
        p.text.getMenu().notifyListeners(SWT.Show, new Event());
        assertTrue(Arrays.stream(p.text.getMenu().getItems()).anyMatch(i -> i.getText().equals("Replace 'utilise' with 'use'")),
                Arrays.toString(p.text.getMenu().getItems()));
        // an acronym from the glossary, not expanded: the fix writes its expansion
        org.bridgework.model.Term acronym = f.project().root().getTerms().stream()
                .filter(t -> !t.isWellKnown() && t.getExpansion() != null && !t.getExpansion().isBlank() && t.getTerm().equals(t.getTerm().toUpperCase())
                        && t.getTerm().length() >= 2 && !t.getTerm().contains(" "))
                .findFirst().orElseThrow();
        // put it first in the document so this is its first use
        Paragraph firstInDocument = null;
        for (var it = f.project().root().getDocument().eAllContents(); it.hasNext() && firstInDocument == null;) {
            if (it.next() instanceof Paragraph para) {
                firstInDocument = para;
            }
        }
        Section intro = (Section) firstInDocument.eContainer();
        assertTrue(f.openEditor(intro));
        SectionEditorPart introEditor = f.editorPart(intro, SectionEditorPart.class);
        Paragraph target = firstInDocument;
        BlockEditor first = introEditor.editors.stream().filter(e -> e.block == target).findFirst().orElseThrow();
        type(first, "Ask the " + acronym.getTerm() + " early.");
        List<QuickFixes.Fix> expand = first.fixesAt(("Ask the ").length() + 1);
        assertEquals(1, expand.size(), acronym.getTerm() + " in " + ((Paragraph) first.block).getText() + ": " + first.marks.size() + " marks; findings " + introEditor.findings);
        first.apply(expand.get(0));
        assertEquals("Ask the " + acronym.getExpansion().strip() + " (" + acronym.getTerm() + ") early.", ((Paragraph) first.block).getText());
    }

    @Test
    void addMoveAndRemoveBlocksThroughCommands() {
        int n = section.getBlocks().size();
        editor.addBlock(3); // for NHS readers
        assertEquals(n + 1, section.getBlocks().size());
        Block added = section.getBlocks().get(n);
        assertTrue(added instanceof Callout c && c.getKind() == CalloutKind.FOR_NHS_READERS);
        assertEquals(n + 1, editor.editors.size(), "the editor shows the new block");
        BlockEditor last = editor.editors.get(n);
        assertSame(added, last.block);
        assertEquals("Callout: for NHS readers", org.bridgework.drafting.api.BlockEdits.kindName(added));
        type(last, "Fitness to study is the university's process for deciding whether a student can continue.");
        assertEquals("Fitness to study is the university's process for deciding whether a student can continue.", ((Callout) added).getText());
        // Alt+Up in its text moves it up
        Event key = new Event();
        key.keyCode = SWT.ARROW_UP;
        key.stateMask = SWT.ALT;
        last.text.notifyListeners(SWT.KeyDown, key);
        WorkbenchFixture.settle();
        assertSame(added, section.getBlocks().get(n - 1));
        assertSame(added, editor.editors.get(n - 1).block);
        assertTrue(editor.removeBlock(added));
        assertEquals(n, section.getBlocks().size());
        assertEquals(n, editor.editors.size());
        f.menu("Edit", "Undo");
        assertSame(added, section.getBlocks().get(n - 1), "undo brings it back");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(n, section.getBlocks().size(), "and undo removes the added block");
    }

    @Test
    void aCaseStudySummaryAndAChallengeTableAreAddedAndTheCaseStudyChosen() {
        int n = section.getBlocks().size();
        editor.addBlock(6);
        org.bridgework.model.CaseStudyEmbed embed = (org.bridgework.model.CaseStudyEmbed) section.getBlocks().get(n);
        List<org.bridgework.model.CaseStudy> studies = f.project().root().getCaseStudies();
        assertSame(studies.get(0), embed.getCaseStudy(), "the first case study by default");
        BlockEditor e = editor.editors.get(n);
        assertEquals("Case study summary", org.bridgework.drafting.api.BlockEdits.kindName(embed));
        assertEquals(studies.size(), e.caseStudy.getItemCount());
        e.caseStudy.select(1);
        e.caseStudy.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertSame(studies.get(1), embed.getCaseStudy());
        f.menu("Edit", "Undo");
        assertSame(studies.get(0), embed.getCaseStudy());
        assertEquals(0, editor.editors.get(n).caseStudy.getSelectionIndex(), "the chooser follows the undo");
        editor.addBlock(7);
        org.bridgework.model.ChallengeTable table = (org.bridgework.model.ChallengeTable) section.getBlocks().get(n + 1);
        assertEquals(f.project().root().getChallenges(), table.getChallenges());
    }

    @Test
    void completionOffersCitationKeysAndElementIds() throws Exception {
        List<Source> sources = f.project().root().getSources();
        Source source = sources.stream().filter(s -> s.getCitationKey() != null).findFirst().orElseThrow();
        String key = source.getCitationKey();
        Completions completions = new Completions(() -> f.project().root());
        String typed = "As shown [@" + key.substring(0, 2);
        IContentProposal[] proposals = completions.getProposals(typed, typed.length());
        assertTrue(Arrays.stream(proposals).anyMatch(p -> p.getContent().equals(key.substring(2) + "]")), Arrays.toString(proposals));
        assertTrue(Arrays.stream(proposals).allMatch(p -> p.getLabel().toLowerCase().startsWith(key.substring(0, 2).toLowerCase())));
        String id = f.project().root().getChallenges().get(0).getId();
        String ref = "see [the challenge](#" + id.substring(0, 3);
        IContentProposal[] refs = completions.getProposals(ref, ref.length());
        assertTrue(Arrays.stream(refs).anyMatch(p -> p.getContent().equals(id.substring(3) + ")") && p.getLabel().contains("challenge")), Arrays.toString(refs));
        assertEquals(0, completions.getProposals("plain text", 10).length);
        // the adapter on the real widget inserts the chosen proposal at the caret
        BlockEditor p = firstParagraph();
        p.text.setText("See [@" + key.substring(0, 2));
        p.text.setCaretOffset(p.text.getCharCount());
        new StyledTextContentAdapter().insertControlContents(p.text, proposals[0].getContent(), proposals[0].getCursorPosition());
        assertTrue(p.text.getText().startsWith("See [@"), p.text.getText());
        assertTrue(p.text.getText().endsWith("]"));
        p.text.setText("See [@" + key.substring(0, 2));
        p.text.setCaretOffset(p.text.getCharCount());
        p.text.setFocus();
        p.assist().openProposalPopup();
        WorkbenchFixture.settle();
        assertTrue(p.assist().isProposalPopupOpen());
        org.eclipse.swt.widgets.Table popup = java.util.stream.Stream.of(f.shell().getDisplay().getShells()).filter(s -> s != f.shell() && s.isVisible())
                .flatMap(s -> WorkbenchFixture.findAll(s, org.eclipse.swt.widgets.Table.class).stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal popup"));
        assertTrue(popup.getItemCount() >= 1);
        assertTrue(popup.getItem(0).getText().startsWith(key.substring(0, 2)), popup.getItem(0).getText());
        f.screenshot("drafting-completion");
        Docs.screenshot(popup.getShell(), "drafting-completion-popup");
        p.assist().closeProposalPopup();
    }
}
