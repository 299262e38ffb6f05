package org.bridgework.ui.contexts.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/**
 * The Extensions view in a real workbench window over an in-memory registry that behaves like the real one (changes
 * announced from other threads, install and uninstall taking a while): the table, the details, install from a file
 * (accepted, refused, not a context), uninstall with its question, live updates, and the File menu's command.
 */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class ExtensionsViewUITest {

    static final String DEV_KEY = "CN=Bridgework development";

    @TempDir
    Path home;
    WorkbenchFixture f;
    FakeRegistry registry;
    QueuedPrompts prompts;
    ExtensionsPart part;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        registry = new FakeRegistry();
        registry.add(FakeRegistry.info("fe-college", "Higher education in further education colleges", "Bridgework (example context)", "0.1.0",
                Status.ENABLED, Trust.TRUSTED, DEV_KEY), FakeRegistry.context("fe-college", "Higher education in further education colleges",
                        "For FE colleges that teach HE courses.", new org.bridgework.context.api.Applicability(java.util.Set.of(), null, List.of(),
                                List.of(), true, "FE colleges with HE students")), false);
        registry.add(FakeRegistry.info("small-specialist", "Small and specialist providers", "Bridgework (example context)", "0.1.0",
                Status.ENABLED, Trust.TRUSTED, DEV_KEY), FakeRegistry.smallSpecialist(), false);
        registry.add(FakeRegistry.info("my-college", "My college", "My college", "1.0.0", Status.ENABLED, Trust.UNSIGNED_ALLOWED, null,
                new Problem(Severity.INFO, "context-signature", null, "org.example.my.college runs without a trusted signature: it is not signed")),
                FakeRegistry.context("my-college", "My college", "Our local services.", org.bridgework.context.api.Applicability.ANY), true);
        registry.add(FakeRegistry.info("org.example.thrower", "Thrower", "Example", "1.0.0", Status.DISABLED, Trust.TRUSTED, "CN=Example",
                FakeRegistry.error("context-disabled", "The context from org.example.thrower 1.0.0 is disabled; the other contexts go on"),
                FakeRegistry.error("context-failed", "The Java context service 57 of org.example.thrower 1.0.0 failed: IllegalStateException: boom on activation")),
                null, true);
        registry.add(FakeRegistry.info("org.example.tampered", "Tampered", "Example", "2.0.0", Status.REFUSED, Trust.TAMPERED, "CN=Example",
                FakeRegistry.error("context-refused", "The context bundle org.example.tampered 2.0.0 was refused: the jar was changed after it was signed "
                        + "(OSGI-INF/bridgework/context.guidance does not match its signature)")), null, true);
        prompts = new QueuedPrompts();
        Messages messages = Messages.of(ExtensionsPart.class, Locale.ROOT);
        f = new WorkbenchFixture(home);
        f.register(new ExtensionsView(registry, messages, prompts), new InstallExtensionCommand(registry, messages, prompts));
        f.open();
        part = f.showView(ExtensionsView.ID, ExtensionsPart.class);
        waitFor("the table is filled", 5000, () -> table().getItemCount() == 5);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    Table table() {
        return part.table().getTable();
    }

    List<String> column(int index) {
        return Stream.of(table().getItems()).map(i -> i.getText(index)).toList();
    }

    TableItem row(String id) {
        return Stream.of(table().getItems()).filter(i -> i.getText(5).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + column(5)));
    }

    String selectedId() {
        return part.table().getStructuredSelection().getFirstElement() instanceof ExtensionRow r ? r.info().id() : null;
    }

    void select(String id) {
        TableItem item = row(id);
        table().setSelection(item);
        Event event = new Event();
        event.item = item;
        table().notifyListeners(SWT.Selection, event);
        settle(30);
    }

    static void click(org.eclipse.swt.widgets.Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
        settle(30);
    }

    /** Double-clicks the view's tab, as a user maximises (and restores) it. */
    void toggleMaximised() {
        Composite at = part.table().getControl().getParent();
        while (!(at instanceof CTabFolder)) {
            at = at.getParent();
        }
        CTabFolder folder = (CTabFolder) at;
        CTabItem tab = Stream.of(folder.getItems()).filter(i -> i.getText().replace("&", "").equals("Extensions")).findFirst().orElseThrow();
        Rectangle bounds = tab.getBounds();
        Event click = new Event();
        click.x = bounds.x + bounds.width / 2;
        click.y = bounds.y + bounds.height / 2;
        click.button = 1;
        folder.notifyListeners(SWT.MouseDoubleClick, click);
        settle(200);
    }

    @Test
    void everyBundleWithVersionVendorSignatureAndState() throws Exception {
        assertEquals(List.of("Name", "State", "Signature", "Version", "Vendor", "Id"),
                Stream.of(table().getColumns()).map(c -> c.getText()).toList());
        assertEquals(List.of("fe-college", "my-college", "org.example.tampered", "org.example.thrower", "small-specialist"), column(5));
        TableItem fe = row("fe-college");
        assertEquals("Higher education in further education colleges", fe.getText(0));
        assertEquals("0.1.0", fe.getText(3));
        assertEquals("Bridgework (example context)", fe.getText(4));
        assertEquals("Trusted", fe.getText(2));
        assertEquals("Active", fe.getText(1));
        assertEquals("Unsigned (allowed for development)", row("my-college").getText(2));
        assertEquals("Active", row("my-college").getText(1));
        TableItem thrower = row("org.example.thrower");
        assertEquals("Disabled: IllegalStateException: boom on activation", thrower.getText(1));
        TableItem tampered = row("org.example.tampered");
        assertEquals("Refused: changed after signing (tampered)", tampered.getText(2));
        assertTrue(tampered.getText(1).startsWith("Refused: the jar was changed after it was signed"), tampered.getText(1));
        // problems stand out; working rows keep the table's colour
        assertEquals(f.shell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED), thrower.getForeground(1));
        assertNotEquals(f.shell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED), fe.getForeground(1));
        assertNotEquals(f.shell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED), thrower.getForeground(2), "its signature is fine");
        assertEquals(f.shell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED), tampered.getForeground(2));
        assertEquals(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR), tampered.getImage(0));
        assertEquals(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING), thrower.getImage(0));
        assertEquals(null, fe.getImage(0));
        assertEquals("5 extensions: 3 active, 1 disabled, 1 refused", part.status().getText());

        // details of an active context: description, applicability, adaptations
        select("small-specialist");
        String details = part.details().getText();
        assertTrue(details.startsWith("Small and specialist providers (small-specialist) 0.1.0"), details);
        assertTrue(details.contains("Signature: Trusted: signed by " + DEV_KEY), details);
        assertTrue(details.contains("Description: For conservatoires and arts colleges with few in-house clinicians."), details);
        assertTrue(details.contains("Suits: small providers; specialist providers; specialisms: performing arts"), details);
        assertTrue(details.contains("Adaptations: 4 (2 notes, 1 replacements, 0 insertions, 1 omissions)"), details);
        assertTrue(details.contains("Problems: none"), details);
        assertTrue(details.contains("part of the product and cannot be uninstalled"), details);
        assertFalse(part.uninstallButton().isEnabled(), "a context of the product cannot be uninstalled");
        f.screenshot("extensions-view");

        // details of a disabled one: why, and its problems
        select("org.example.thrower");
        details = part.details().getText();
        assertTrue(details.contains("State: Disabled: The Java context service 57 of org.example.thrower 1.0.0 failed: IllegalStateException: boom"), details);
        assertTrue(details.contains("What it changes is not known: the context is not active."), details);
        assertTrue(details.contains("Problems (2):"), details);
        assertTrue(part.uninstallButton().isEnabled());
        f.screenshot("extensions-view-disabled");
        toggleMaximised();
        f.screenshot("extensions-view-maximised");
        toggleMaximised();

        select("fe-college");
        assertTrue(part.details().getText().contains("Suits: FE colleges with HE students (higher education in further education colleges)"),
                part.details().getText());
    }

    @Test
    void followsBundlesThatComeAndGoAnnouncedFromOtherThreads() {
        select("my-college");
        int before = part.shown();
        FakeRegistry.Entry dropped = registry.add(FakeRegistry.info("dropped-in", "Dropped into extensions", "A college", "1.2.0", Status.ENABLED,
                Trust.TRUSTED, "CN=A college"), FakeRegistry.context("dropped-in", "Dropped into extensions", "", org.bridgework.context.api.Applicability.ANY), true);
        registry.fireFromAnotherThread();
        waitFor("the dropped-in bundle's row", 5000, () -> column(5).contains("dropped-in"));
        assertTrue(part.shown() > before);
        assertEquals("dropped-in", selectedId(), "a bundle that came is selected, to show it");
        assertEquals("6 extensions: 4 active, 1 disabled, 1 refused", part.status().getText());

        select("my-college");
        registry.entries.remove(dropped);
        registry.fireFromAnotherThread();
        waitFor("the removed bundle's row to go", 5000, () -> !column(5).contains("dropped-in"));
        assertEquals(5, table().getItemCount());
        assertEquals("my-college", selectedId(), "the selection stays on its row");
    }

    @Test
    void installFromFileShowsTheNewRowAtOnce() throws Exception {
        Path jar = home.resolve("new-college-1.0.0.jar");
        registry.installs.put(jar.getFileName().toString(), path -> {
            FakeRegistry.Entry entry = registry.add(FakeRegistry.info("new-college", "New college", "New college", "1.0.0", Status.ENABLED, Trust.TRUSTED,
                    "CN=New college"), FakeRegistry.context("new-college", "New college", "Our services.", org.bridgework.context.api.Applicability.ANY), true);
            registry.fireFromAnotherThread();
            return entry.info();
        });
        prompts.jars.add(jar);
        click(part.installButton());
        waitFor("the new row, selected", 5000, () -> part.table().getStructuredSelection().getFirstElement() instanceof ExtensionRow r
                && r.info().id().equals("new-college"));
        assertEquals(List.of(jar.toAbsolutePath().toString()), registry.installedFrom);
        assertEquals(List.of(), prompts.errors);
        assertEquals("Trusted", row("new-college").getText(2));
        assertTrue(part.details().getText().contains("Description: Our services."));
        f.screenshot("extensions-view-installed");
    }

    @Test
    void aRefusedJarIsExplainedAndNothingIsAdded() {
        Path unsigned = home.resolve("unsigned.jar");
        registry.installs.put("unsigned.jar", path -> new ContextInfo("org.example.unsigned", "org.example.unsigned", null, "org.example.unsigned", -1,
                "1.0.0", path.toUri().toString(), ContextInfo.Style.DATA, Status.REFUSED, Trust.UNSIGNED, null, List.of(FakeRegistry.error("context-refused",
                        "The context bundle org.example.unsigned 1.0.0 (" + path + ") was refused: it is not signed (META-INF has no signature)"))));
        prompts.jars.add(unsigned);
        click(part.installButton());
        waitFor("the error", 5000, () -> !prompts.errors.isEmpty());
        String error = prompts.errors.get(0);
        assertTrue(error.startsWith("Extension Not Installed: The context bundle org.example.unsigned 1.0.0"), error);
        assertTrue(error.contains("was refused: it is not signed"), error);
        assertTrue(error.contains("contexts.allowUnsigned=true"), error);

        Path tampered = home.resolve("tampered.jar");
        registry.installs.put("tampered.jar", path -> new ContextInfo("org.example.changed", "org.example.changed", null, "org.example.changed", -1, "1.0.0",
                path.toUri().toString(), ContextInfo.Style.DATA, Status.REFUSED, Trust.TAMPERED, "CN=Example", List.of(FakeRegistry.error("context-refused",
                        "The context bundle org.example.changed 1.0.0 (" + path + ") was refused: the jar was changed after it was signed"))));
        prompts.jars.add(tampered);
        click(part.installButton());
        waitFor("the second error", 5000, () -> prompts.errors.size() == 2);
        assertTrue(prompts.errors.get(1).contains("org.example.changed"), prompts.errors.get(1));
        assertTrue(prompts.errors.get(1).contains("Get a fresh copy from the vendor"), prompts.errors.get(1));

        Path plain = home.resolve("plain.jar");
        registry.installs.put("plain.jar", path -> {
            throw new IllegalArgumentException(path + " (org.example.plain) is not a local-context bundle: it has no Bridgework-Context header");
        });
        prompts.jars.add(plain);
        click(part.installButton());
        waitFor("the third error", 5000, () -> prompts.errors.size() == 3);
        assertTrue(prompts.errors.get(2).contains("Could not install " + plain), prompts.errors.get(2));
        assertTrue(prompts.errors.get(2).contains("(org.example.plain) is not a local-context bundle"), prompts.errors.get(2));

        settle(300);
        assertEquals(5, table().getItemCount(), "nothing was added");
        assertEquals(3, registry.installedFrom.size());
    }

    @Test
    void aJarThatInstallsButDoesNotWorkSaysWhyAndShowsItsRow() {
        Path jar = home.resolve("broken.jar");
        registry.installs.put("broken.jar", path -> {
            FakeRegistry.Entry entry = registry.add(FakeRegistry.info("org.example.broken", "Broken", "A college", "0.9.0", Status.DISABLED, Trust.TRUSTED,
                    "CN=A college", FakeRegistry.error("context-disabled", "The context from org.example.broken 0.9.0 is disabled; the other contexts go on"),
                    FakeRegistry.error("context-bad-id", "broken/context.guidance: the id 'Not A Slug' is not a slug")), null, true);
            registry.fireFromAnotherThread();
            return entry.info();
        });
        prompts.jars.add(jar);
        click(part.installButton());
        waitFor("the warning", 5000, () -> !prompts.warnings.isEmpty());
        String warning = prompts.warnings.get(0);
        assertTrue(warning.startsWith("Extension Installed but Disabled: Broken 0.9.0 was installed, but its context is disabled:"), warning);
        assertTrue(warning.contains("- broken/context.guidance: the id 'Not A Slug' is not a slug"), warning);
        waitFor("its row, selected", 5000, () -> "org.example.broken".equals(selectedId()));
        assertEquals("Disabled: broken/context.guidance: the id 'Not A Slug' is not a slug", row("org.example.broken").getText(1));
        assertEquals(List.of(), prompts.errors);
    }

    @Test
    void cancellingTheFileDialogInstallsNothing() {
        click(part.installButton());
        settle(300);
        assertEquals(List.of("choose Install an Extension"), prompts.asked);
        assertEquals(List.of(), registry.installedFrom);
    }

    @Test
    void uninstallAsksFirstThenTheRowGoes() {
        select("my-college");
        prompts.confirmations.add(false);
        click(part.uninstallButton());
        settle(400);
        assertEquals(1, prompts.asked.size());
        assertTrue(prompts.asked.get(0).startsWith("confirm Uninstall Extension: Uninstall My college (org.example.my.college 1.0.0)?"), prompts.asked.get(0));
        assertEquals(List.of(), registry.uninstalled, "No uninstalls without a yes");
        assertTrue(column(5).contains("my-college"));

        prompts.confirmations.add(true);
        table().setFocus();
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        table().notifyListeners(SWT.KeyDown, delete); // the Delete key does what the button does
        waitFor("the row to go", 5000, () -> !column(5).contains("my-college"));
        assertEquals(List.of("my-college"), registry.uninstalled);
        assertEquals(List.of(), prompts.errors);
    }

    @Test
    void aFailedUninstallIsReportedWithTheBundle() {
        select("org.example.thrower");
        registry.uninstallFailure = "Removed /x/org.example.thrower.jar but the bundle org.example.thrower was not uninstalled within 15 s";
        prompts.confirmations.add(true);
        click(part.uninstallButton());
        waitFor("the error", 5000, () -> !prompts.errors.isEmpty());
        String error = prompts.errors.get(0);
        assertTrue(error.startsWith("Extension Not Uninstalled: Could not uninstall Thrower (org.example.thrower 1.0.0)"), error);
        assertTrue(error.contains("was not uninstalled within 15 s"), error);
        assertTrue(column(5).contains("org.example.thrower"));
    }

    @Test
    void theFileMenuInstallsWithoutAProjectAndShowsTheView() {
        Path jar = home.resolve("menu.jar");
        registry.installs.put("menu.jar", path -> {
            FakeRegistry.Entry entry = registry.add(FakeRegistry.info("from-menu", "From the menu", "A college", "3.0.0", Status.ENABLED, Trust.TRUSTED,
                    "CN=A college"), FakeRegistry.context("from-menu", "From the menu", "", org.bridgework.context.api.Applicability.ANY), true);
            registry.fireFromAnotherThread();
            return entry.info();
        });
        prompts.jars.add(jar);
        f.menu("File", "Install Extension from File...");
        waitFor("the row of the bundle installed from the menu, selected", 5000, () -> "from-menu".equals(selectedId()));
        assertEquals(List.of(), prompts.errors);
    }
}
