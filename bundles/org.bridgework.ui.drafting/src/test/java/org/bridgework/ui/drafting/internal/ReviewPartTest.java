package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.drafting.internal.MilestoneReadinessImpl;
import org.bridgework.drafting.internal.ReviewPacksImpl;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The review view (export, import with preview, filters, responses) and the milestones timeline on the sample. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class ReviewPartTest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new ReviewView(new ReviewPacksImpl()), new MilestonesView(MilestoneReadinessImpl.withBuiltInRules()));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.REVIEW);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private GuidanceProject root() {
        return f.project().root();
    }

    private Section section(String heading) {
        List<Section> all = new ArrayList<>();
        root().getDocument().eAllContents().forEachRemaining(e -> {
            if (e instanceof Section s) {
                all.add(s);
            }
        });
        return all.stream().filter(s -> s.getHeading().equals(heading)).findFirst().orElseThrow();
    }

    /** Exports the pack, adds two comments as Word would, and imports them through the preview dialog (pressing its button). */
    private int importTwoComments(ReviewPart review, boolean accept, String screenshot) throws Exception {
        return importTwoComments(review, accept, screenshot, -1);
    }

    private int importTwoComments(ReviewPart review, boolean accept, String screenshot, int milestoneIndex) throws Exception {
        Path pack = home.resolve("pack.docx");
        var handle = review.exportTo(pack);
        assertNotNull(handle);
        WorkbenchFixture.waitFor("the review pack to be written", 10000, () -> Files.isRegularFile(pack) && handle.result().isDone());
        Path commented = Docs.commented(pack, home.resolve("commented.docx"),
                new Docs.Comment(section("Plan together").getId(), "Clinical lead (GMMH)", "Say who chairs the joint group."),
                new Docs.Comment(section("Next steps").getId(), "Student services director", "Add a date for the final version."));
        Display display = Display.getCurrent();
        String[] seen = new String[1];
        display.timerExec(800, () -> {
            Shell dialog = Stream.of(display.getShells()).filter(s -> ImportPreviewDialog.TITLE.equals(s.getText())).findFirst().orElse(null);
            if (dialog == null) {
                return;
            }
            Table table = WorkbenchFixture.findAll(dialog, Table.class).get(0);
            seen[0] = table.getItemCount() + ":" + table.getItem(0).getText(0) + ":" + table.getItem(0).getText(1);
            try {
                if (screenshot != null) {
                    Docs.screenshot(dialog, screenshot);
                }
            } catch (Exception e) {
                seen[0] += " (no screenshot: " + e + ")";
            }
            if (milestoneIndex >= 0) {
                org.eclipse.swt.widgets.Combo combo = WorkbenchFixture.findAll(dialog, org.eclipse.swt.widgets.Combo.class).get(0);
                combo.select(milestoneIndex);
                combo.notifyListeners(SWT.Selection, new Event());
            }
            String label = accept ? "&Add 2 Comments" : "Cancel";
            Button b = WorkbenchFixture.findAll(dialog, Button.class).stream().filter(x -> x.getText().equals(label)).findFirst().orElseThrow();
            b.notifyListeners(SWT.Selection, new Event());
        });
        int added = review.importFrom(commented);
        assertNotNull(seen[0], "the preview dialog was shown");
        assertTrue(seen[0].startsWith("2:add:section 'Plan together'"), seen[0]);
        return added;
    }

    @Test
    void importWithPreviewThenFilterRespondAndUndo() throws Exception {
        ReviewPart review = f.showView(ReviewView.ID, ReviewPart.class);
        // the sample has a few answered comments (its "you said, we did"): the imported ones come after them
        int sample = root().getReviewComments().size();
        assertTrue(root().getReviewComments().stream().noneMatch(c -> c.getStatus() == ReviewStatus.OPEN), "the sample's comments are answered");
        assertEquals(sample, review.filtered().size());
        assertEquals(0, importTwoComments(review, false, null), "cancel adds nothing");
        assertEquals(sample, root().getReviewComments().size());

        assertEquals(2, importTwoComments(review, true, "drafting-review-import-preview"));
        List<ReviewComment> comments = root().getReviewComments();
        assertEquals(sample + 2, comments.size());
        ReviewComment first = comments.get(sample);
        assertSame(section("Plan together"), first.getTarget());
        assertEquals(ReviewStatus.OPEN, first.getStatus());
        assertNotNull(first.getMilestone(), "the first open draft/review milestone");
        assertEquals(sample + 2, review.viewer.getTable().getItemCount());

        // filters: by milestone and status
        Milestone m = first.getMilestone();
        review.filter(m, ReviewStatus.OPEN);
        assertEquals(2, review.filtered().size());
        review.filter(m, ReviewStatus.DONE);
        assertEquals(0, review.viewer.getTable().getItemCount());
        Milestone other = root().getMilestones().stream()
                .filter(x -> x != m && root().getReviewComments().stream().noneMatch(c -> c.getMilestone() == x)).findFirst().orElseThrow();
        review.filter(other, null);
        assertEquals(0, review.filtered().size());
        review.filter(null, null);
        assertEquals(sample + 2, review.viewer.getTable().getItemCount());

        // respond: status and response in one command; the open filter then hides it
        review.viewer.setSelection(new StructuredSelection(first), true);
        review.newStatus.select(ReviewStatus.ACCEPTED.getValue());
        review.response.setText("The ICB lead chairs it; added to 'Plan together'.");
        Event click = new Event();
        review.apply.notifyListeners(SWT.Selection, click);
        WorkbenchFixture.settle();
        assertEquals(ReviewStatus.ACCEPTED, first.getStatus());
        assertEquals("The ICB lead chairs it; added to 'Plan together'.", first.getResponse());
        review.viewer.setSelection(new StructuredSelection(first), true);
        WorkbenchFixture.settle();
        f.screenshot("drafting-review");
        review.filter(null, ReviewStatus.OPEN);
        assertEquals(1, review.viewer.getTable().getItemCount());
        f.menu("Edit", "Undo");
        assertEquals(ReviewStatus.OPEN, first.getStatus());
        assertNull(first.getResponse());
        assertEquals(2, review.viewer.getTable().getItemCount(), "the filter follows the undo");
        f.menu("Edit", "Undo");
        assertEquals(sample, root().getReviewComments().size(), "the import is one undoable command");
        // a milestone chosen in the preview: the comments are raised for it
        Milestone chosen = root().getMilestones().get(0);
        assertEquals(2, importTwoComments(review, true, null, 0));
        assertTrue(root().getReviewComments().stream().filter(c -> c.getStatus() == ReviewStatus.OPEN).allMatch(c -> c.getMilestone() == chosen));
    }

    @Test
    void suggestedChangesAreAcceptedOrRejectedAndRecipientsRecordedWithTheViewsButtons() throws Exception {
        ReviewPart review = f.showView(ReviewView.ID, ReviewPart.class);
        var domain = f.project().editingDomain();
        org.bridgework.model.Paragraph meeting = (org.bridgework.model.Paragraph) f.project().resource().getEObject("p-how-meeting");
        String original = meeting.getText();
        List<org.bridgework.model.ReviewSuggestion> made = new ArrayList<>();
        for (String[] change : new String[][] {{"Use this guidance to start a ", "strategic", "joint", " conversation between"},
                {"in your area. Each part can be ", "read", "used", " on its own:"}}) {
            org.bridgework.model.ReviewSuggestion x = org.bridgework.model.GuidanceFactory.eINSTANCE.createReviewSuggestion();
            x.setId("rs-test-" + made.size());
            x.setTarget(meeting);
            x.setBefore(change[0]);
            x.setDeleted(change[1]);
            x.setInserted(change[2]);
            x.setAfter(change[3]);
            x.setReviewerRole("Clinical lead");
            x.setStatus(ReviewStatus.OPEN);
            made.add(x);
        }
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, root(),
                org.bridgework.model.GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS, made));
        WorkbenchFixture.settle();
        assertEquals(2, review.suggestions.getTable().getItemCount());
        assertTrue(review.suggestions.getTable().getItem(0).getText(1).contains("strategic"), review.suggestions.getTable().getItem(0).getText(1));

        // select the first: the text with the change is shown; Accept makes it
        review.tabs.setSelection(1);
        assertEquals("Suggested C&hanges (2)", review.tabs.getItem(1).getText());
        review.suggestions.getTable().setSelection(0);
        review.suggestions.getTable().notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertTrue(review.after.getText().contains("start a joint conversation"), review.after.getText());
        assertTrue(review.accept.isEnabled());
        review.accept.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertTrue(meeting.getText().contains("start a joint conversation"), meeting.getText());
        assertEquals(ReviewStatus.ACCEPTED, made.get(0).getStatus());
        assertEquals("accepted", review.suggestions.getTable().getItem(0).getText(0));
        f.screenshot("drafting-review-suggestions");
        f.menu("Edit", "Undo");
        assertEquals(original, meeting.getText(), "one undo takes the text and the decision back");
        assertEquals(ReviewStatus.OPEN, made.get(0).getStatus());

        // the second: reject with a response; the text is unchanged
        review.suggestions.getTable().setSelection(1);
        review.suggestions.getTable().notifyListeners(SWT.Selection, new Event());
        review.response.setText("'Read' is what we mean.");
        review.reject.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertEquals(ReviewStatus.REJECTED, made.get(1).getStatus());
        assertEquals("'Read' is what we mean.", made.get(1).getResponse());
        assertEquals(original, meeting.getText());
        assertFalse(review.accept.isEnabled(), "a decided change cannot be decided again");

        // recipients of a milestone: typed in, recorded, shown, undone
        Milestone m = root().getMilestones().stream().filter(x -> x.getId().equals("ms-draft-to-stakeholders")).findFirst().orElseThrow();
        review.filter(m, null);
        review.tabs.setSelection(2);
        assertFalse(review.recipientsSummary.getText().isEmpty());
        review.recipientName.setText("Student Minds panel");
        review.recipientSent.setText("2027-04-19");
        review.recordRecipient.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertEquals(1, m.getRecipients().size());
        assertEquals(java.time.LocalDate.of(2027, 4, 19), m.getRecipients().get(0).getSent());
        assertEquals(1, review.recipients.getTable().getItemCount());
        assertEquals("waiting", review.recipients.getTable().getItem(0).getText(3));
        assertTrue(review.recipientsSummary.getText().contains("sent to 1, 0 replied, waiting for 1"), review.recipientsSummary.getText());
        review.recipientReturned.setText("2027-04-30");
        review.recordRecipient.notifyListeners(SWT.Selection, new Event());
        WorkbenchFixture.settle();
        assertEquals(java.time.LocalDate.of(2027, 4, 30), m.getRecipients().get(0).getReturned(), "the same name updates the recipient");
        review.recipientReturned.setText("30 April");
        assertFalse(review.recordRecipient(), "a date that is not a date is refused");
        assertTrue(review.recipientsSummary.getText().contains("YYYY-MM-DD"), review.recipientsSummary.getText());
        f.screenshot("drafting-review-recipients");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(0, m.getRecipients().size());
    }

    @Test
    void aNarrowWindowScrollsTheReviewViewInsteadOfCuttingOffItsButtons() throws Exception {
        f.showView(ReviewView.ID, ReviewPart.class);
        f.shell().setSize(1024, 700);
        WorkbenchFixture.settle(200);
        org.eclipse.swt.widgets.Composite view = f.viewControl(ReviewView.ID);
        org.eclipse.swt.custom.ScrolledComposite scroll = WorkbenchFixture.findAll(view, org.eclipse.swt.custom.ScrolledComposite.class).get(0);
        org.eclipse.swt.widgets.Composite content = (org.eclipse.swt.widgets.Composite) scroll.getContent();
        for (Button b : WorkbenchFixture.findAll(content, Button.class)) {
            org.eclipse.swt.graphics.Rectangle r = b.getBounds();
            org.eclipse.swt.graphics.Point end = content.toControl(b.getParent().toDisplay(r.x + r.width, r.y + r.height));
            assertTrue(end.x <= content.getSize().x && end.y <= content.getSize().y, "'" + b.getText() + "' lies inside the scrolled page");
        }
        assertTrue(view.getSize().x >= ReviewPart.MIN_WIDTH || scroll.getHorizontalBar().isVisible(),
                "narrower than the page: a horizontal scroll bar (" + view.getSize() + ")");
    }

    @Test
    void milestonesInDateOrderWithTheirOpenItems() throws Exception {
        MilestonesPart milestones = f.showView(MilestonesView.ID, MilestonesPart.class);
        List<Milestone> order = milestones.milestones();
        assertEquals(root().getMilestones().size(), order.size());
        for (int i = 1; i < order.size(); i++) {
            assertFalse(order.get(i).getDate().isBefore(order.get(i - 1).getDate()), "date order");
        }
        TreeItem[] items = milestones.viewer.getTree().getItems();
        assertEquals(order.get(0).getTitle(), items[0].getText(0));
        // a milestone with open items lists them under it, as the core derives them
        Milestone notReady = order.stream().filter(m -> !milestones.readinessOf(m).ready()).findFirst().orElseThrow();
        Readiness r = MilestoneReadinessImpl.withBuiltInRules().readiness(root(), notReady);
        TreeItem item = WorkbenchFixture.itemOf(milestones.viewer, notReady);
        assertEquals(r.open().size() + " open item" + (r.open().size() == 1 ? "" : "s"), item.getText(4));
        item.setExpanded(true);
        milestones.viewer.setExpandedState(notReady, true);
        WorkbenchFixture.settle();
        assertEquals(r.open().size(), item.getItemCount());
        assertEquals(r.open().get(0).text(), item.getItem(0).getText(0));
        f.screenshot("drafting-milestones");
        // an over-budget section shows up under a draft milestone after an edit, live
        Section s = section("Next steps");
        var domain = f.project().editingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, s,
                org.bridgework.model.GuidancePackage.Literals.SECTION__WORD_BUDGET, 10));
        // derived again on another thread a moment after the edit
        assertTrue(order.stream().noneMatch(m -> overBudget(milestones, m, s)), "not at once: the edit's own columns come first");
        WorkbenchFixture.waitFor("the section over budget open before a draft milestone", 10_000,
                () -> order.stream().anyMatch(m -> overBudget(milestones, m, s)));
        f.menu("Edit", "Undo");
        WorkbenchFixture.waitFor("the undo followed", 10_000,
                () -> order.stream().allMatch(m -> milestones.readinessOf(m).open().stream().noneMatch(o -> o.elementId().equals(s.getId()))));

        // behind another tab the timeline derives nothing (no copy of the project, no gate); brought to the front, it catches up
        f.showView(ReviewView.ID, ReviewPart.class);
        assertFalse(milestones.viewer.getControl().isVisible());
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, s,
                org.bridgework.model.GuidancePackage.Literals.SECTION__WORD_BUDGET, 10));
        WorkbenchFixture.settle(3 * MilestonesPart.DERIVE_DELAY_MILLIS);
        assertTrue(order.stream().noneMatch(m -> overBudget(milestones, m, s)), "not derived while it cannot be seen");
        f.showView(MilestonesView.ID, MilestonesPart.class);
        WorkbenchFixture.waitFor("derived once shown", 10_000, () -> order.stream().anyMatch(m -> overBudget(milestones, m, s)));
    }

    private static boolean overBudget(MilestonesPart milestones, Milestone m, Section s) {
        return milestones.readinessOf(m).open().stream().anyMatch(o -> o.kind() == Readiness.Kind.SECTION_OVER_BUDGET && o.elementId().equals(s.getId()));
    }
}
