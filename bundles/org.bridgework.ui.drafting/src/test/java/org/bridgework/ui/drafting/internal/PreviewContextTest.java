package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.assembly.internal.HtmlRenderer;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/**
 * The preview's context selector: lists what assembly can apply, re-renders with the chosen context, follows
 * installs and uninstalls (with and without change notification) and reports a context that fails.
 */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class PreviewContextTest {

    static final String NOTE = "Small providers share one NHS trust liaison.";

    /** A local-context provider as the contexts runtime registers it, whose contexts can be installed and removed. */
    static final class FakeProvider implements VariantProvider {
        final List<Context> installed = new CopyOnWriteArrayList<>();

        @Override
        public List<Context> contexts() {
            return List.copyOf(installed);
        }

        @Override
        public Applied apply(GuidanceProject project, String contextId) {
            Context c = installed.stream().filter(x -> x.id().equals(contextId)).findFirst().orElse(null);
            if (c == null) {
                return null;
            }
            if (contextId.equals("broken")) {
                throw new IllegalStateException("the context's data names a block that does not exist");
            }
            GuidanceProject copy = EcoreUtil.copy(project);
            String target = copy.getDocument().getSections().get(0).getId();
            return new Applied(copy, c, List.of(new Note("fake-note-1", target, NOTE)), List.of(), List.of());
        }
    }

    static final VariantProvider.Context SMALL = new VariantProvider.Context("small-specialist", "Small and specialist providers",
            "Conservatoires and arts colleges with few in-house clinicians.");
    static final VariantProvider.Context BROKEN = new VariantProvider.Context("broken", "Broken example", null);

    @TempDir
    Path home;
    WorkbenchFixture f;
    final FakeProvider provider = new FakeProvider();
    final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void open(ContextChanges changes) throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView(), new PreviewView(new AssemblyServiceImpl(List.of(), null, null, List.of(provider)), new HtmlRenderer(), changes));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
    }

    @BeforeEach
    void setUp() {
        provider.installed.add(SMALL);
    }

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    private static void choose(PreviewPart preview, String item) {
        int i = Arrays.asList(preview.contextCombo.getItems()).indexOf(item);
        assertTrue(i >= 0, item + " in " + Arrays.toString(preview.contextCombo.getItems()));
        preview.contextCombo.select(i);
        preview.contextCombo.notifyListeners(SWT.Selection, null);
    }

    /** Installs and uninstalls as the registry reports them: from another thread. */
    private void fireChange() throws InterruptedException {
        Thread t = new Thread(() -> listeners.forEach(Runnable::run));
        t.start();
        t.join();
    }

    @Test
    void choosingAContextRendersItAndAnUninstallFallsBackToNone() throws Exception {
        open(listener -> {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        });
        PreviewPart preview = f.showView(PreviewView.ID, PreviewPart.class);
        WorkbenchFixture.waitFor("the whole document to render", 10000, () -> preview.html.contains("<h1"));
        Section first = f.project().root().getDocument().getSections().get(0);
        assertEquals(List.of(PreviewPart.NONE, "Small and specialist providers (small-specialist)"), List.of(preview.contextCombo.getItems()));
        assertEquals(0, preview.contextCombo.getSelectionIndex(), "the national guidance by default");
        assertEquals("&Context:", preview.contextLabel.getText(), "a mnemonic");
        assertTrue(preview.contextCombo.getToolTipText().startsWith("A local context adapts the national guidance"));
        assertTrue((preview.contextCombo.getStyle() & SWT.READ_ONLY) != 0);
        assertFalse(preview.html.contains(NOTE));

        choose(preview, "Small and specialist providers (small-specialist)");
        WorkbenchFixture.waitFor("the context's note in the preview", 10000, () -> preview.html.contains(NOTE));
        WorkbenchFixture.waitFor("the caption", 10000, () -> preview.caption.getToolTipText() != null
                && preview.caption.getToolTipText().startsWith("Whole document as adapted for Small and specialist providers: "));
        assertEquals("small-specialist", preview.contextId());
        assertTrue(preview.html.indexOf(NOTE) > preview.html.indexOf(first.getHeading()), "the note after its section's heading");
        assertTrue(preview.contextCombo.getToolTipText().startsWith("Small and specialist providers: Conservatoires"), preview.contextCombo.getToolTipText());
        WorkbenchFixture.settle();
        f.screenshot("drafting-preview-context");

        choose(preview, PreviewPart.NONE);
        WorkbenchFixture.waitFor("the note gone", 10000, () -> !preview.html.contains(NOTE) && preview.caption.getText().equals("Whole document")
                && preview.caption.getToolTipText().startsWith("Whole document: "));
        assertEquals(null, preview.contextId());

        // installed while the workbench runs: listed at once
        provider.installed.add(BROKEN);
        fireChange();
        WorkbenchFixture.waitFor("the new context listed", 10000, () -> preview.contextCombo.getItemCount() == 3);
        assertEquals(0, preview.contextCombo.getSelectionIndex(), "the choice is kept");

        // a context that fails to apply: reported under the selector, the workbench goes on
        choose(preview, "Broken example (broken)");
        WorkbenchFixture.waitFor("the failure reported", 10000, () -> preview.status.isVisible()
                && preview.status.getText().equals("Could not apply the local context 'Broken example': the context's data names a block that does not exist. "
                        + "The preview below is the last one that rendered; choose None (national guidance) to preview without the context."));
        assertTrue(preview.caption.getText().contains("could not render"), preview.caption.getText());
        WorkbenchFixture.settle();
        f.screenshot("drafting-preview-context-error");

        choose(preview, "Small and specialist providers (small-specialist)");
        WorkbenchFixture.waitFor("the context's note again", 10000, () -> preview.html.contains(NOTE));
        assertFalse(preview.status.isVisible(), "the error is cleared by choosing again");

        // the chosen context is uninstalled: back to the national guidance, with a message
        provider.installed.remove(SMALL);
        fireChange();
        WorkbenchFixture.waitFor("the fallback to None", 10000, () -> preview.contextCombo.getSelectionIndex() == 0 && preview.contextId() == null);
        assertEquals(List.of(PreviewPart.NONE, "Broken example (broken)"), List.of(preview.contextCombo.getItems()));
        assertEquals("The local context 'Small and specialist providers' (small-specialist) is no longer available (uninstalled or disabled): "
                + "showing the national guidance.", preview.status.getText());
        assertTrue(preview.status.isVisible());
        WorkbenchFixture.waitFor("the note gone after the uninstall", 10000, () -> !preview.html.contains(NOTE) && preview.caption.getText().equals("Whole document"));
        WorkbenchFixture.settle();
        f.screenshot("drafting-preview-context-gone");

        f.close();
        f = null;
        assertTrue(listeners.isEmpty(), "the view stops listening when closed");
    }

    @Test
    void withoutChangeNotificationTheListIsFreshOnFocus() throws Exception {
        open(null);
        PreviewPart preview = f.showView(PreviewView.ID, PreviewPart.class);
        WorkbenchFixture.waitFor("the whole document to render", 10000, () -> preview.html.contains("<h1"));
        assertEquals(2, preview.contextCombo.getItemCount());
        provider.installed.add(BROKEN);
        assertEquals(2, preview.contextCombo.getItemCount(), "not yet refreshed");
        preview.contextCombo.setFocus();
        preview.contextCombo.notifyListeners(SWT.FocusIn, null);
        WorkbenchFixture.settle();
        assertEquals(3, preview.contextCombo.getItemCount());

        choose(preview, "Small and specialist providers (small-specialist)");
        WorkbenchFixture.waitFor("the context's note in the preview", 10000, () -> preview.html.contains(NOTE));
        provider.installed.remove(SMALL);
        preview.contextCombo.notifyListeners(SWT.MouseDown, null);
        WorkbenchFixture.waitFor("the fallback to None", 10000, () -> preview.contextId() == null && !preview.html.contains(NOTE));
        assertTrue(preview.status.getText().startsWith("The local context 'Small and specialist providers' (small-specialist) is no longer available"),
                preview.status.getText());

        // closing the project ends the choice quietly; the list is the project's again when one opens
        choose(preview, "Broken example (broken)");
        f.menu("File", "Close Project");
        WorkbenchFixture.waitFor("the project closed", 10000, () -> preview.contextCombo.getItemCount() == 1);
        assertEquals(null, preview.contextId());
        assertFalse(preview.status.isVisible(), preview.status.getText());
        f.openSample();
        WorkbenchFixture.waitFor("the contexts listed again", 10000, () -> preview.contextCombo.getItemCount() == 2);
        assertEquals(0, preview.contextCombo.getSelectionIndex());
    }
}
