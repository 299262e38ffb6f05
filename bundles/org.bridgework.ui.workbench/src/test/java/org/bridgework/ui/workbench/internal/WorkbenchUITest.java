package org.bridgework.ui.workbench.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.findAll;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.model.Challenge;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidancePackage;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.api.WorkbenchContext;
import org.bridgework.ui.workbench.internal.commands.QuickSearch;
import org.bridgework.ui.workbench.internal.layout.ErrorPart;
import org.bridgework.ui.workbench.internal.layout.PartSite;
import org.bridgework.ui.workbench.internal.layout.PartStacks;
import org.bridgework.ui.workbench.internal.session.ProgressArea;
import org.bridgework.ui.workbench.internal.views.ModelLabels;
import org.bridgework.ui.workbench.internal.views.OutlineView;
import org.bridgework.ui.workbench.internal.views.ProblemsView;
import org.bridgework.ui.workbench.internal.views.ProjectExplorerView;
import org.bridgework.ui.workbench.internal.views.PropertiesView;
import org.bridgework.ui.workbench.internal.views.PropertyEditing;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The workbench window driven through its real widgets under a display (Xvfb in CI), without OSGi. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class WorkbenchUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Project project() {
        return f.window.session().project().orElseThrow();
    }

    private Challenge challenge(String id) {
        return (Challenge) project().resource().getEObject(id);
    }

    @Test
    void menusTitleAndTheSampleInTheDraftingPerspective() throws Exception {
        f.open();
        assertEquals("Bridgework", f.shell().getText());
        assertEquals(List.of("File", "Edit", "Project", "Window", "Help"), WorkbenchFixture.texts(f.shell().getMenuBar()));
        assertEquals(SWT.MOD1 | 'Z', f.menuItem("Edit", "Undo").getAccelerator());
        assertEquals(SWT.MOD1 | 'S', f.menuItem("File", "Save").getAccelerator());
        f.menu("File", "Open the Sample Project");
        assertTrue(f.shell().getText().endsWith("\u2013 Bridgework") && !f.shell().getText().startsWith("*"), f.shell().getText());
        f.window.showPerspective(Perspectives.DRAFTING);
        ProjectExplorerView.Explorer explorer = f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class);
        TreeItem root = explorer.viewer.getTree().getItem(0);
        assertEquals(project().root(), root.getData());
        assertNotNull(root.getImage(), "the project has the item provider's icon");
        List<String> folders = java.util.stream.Stream.of(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(folders.stream().anyMatch(t -> t.startsWith("Challenges (10)")), folders.toString());
        assertEquals(List.of(ProjectExplorerView.ID), f.window.stacks().arrangement().get(Stacks.LEFT));
        assertFalse(f.window.stacks().arrangement().getOrDefault(Stacks.RIGHT, List.of()).contains(OutlineView.ID),
                "no Outline in Drafting: its Sections view shows that tree");
        f.screenshot("workbench-drafting");
    }

    @Test
    void viewsBehindAnotherTabAreMadeAfterTheFirstPaintOrWhenShownFirst() throws Exception {
        WorkbenchFixture.display();
        WorkbenchWindow window = new WorkbenchWindow(f.services());
        f.window = window;
        window.setBlockOnOpen(false);
        window.setDeferHiddenViews(true);
        window.open(); // no events dispatched yet: the window has not painted
        org.bridgework.ui.workbench.internal.layout.PartStacks stacks = window.stacks();
        java.util.Map<String, org.bridgework.ui.workbench.internal.layout.PartSite> views = stacks.views();
        List<String> made = views.values().stream().filter(site -> site.part != null).map(site -> site.id).toList();
        List<String> waiting = views.values().stream().filter(site -> site.part == null).map(site -> site.id).toList();
        assertTrue(made.contains(ProjectExplorerView.ID), "the tabs in front are made at once: " + made);
        assertFalse(waiting.isEmpty(), "tabs behind others wait for the first paint: " + made);
        // asked for by id before the paint, a view is made at once
        String asked = waiting.get(0);
        assertNotNull(stacks.view(asked).orElseThrow().part, asked);
        WorkbenchFixture.waitFor("every view made after the first paint", 10_000,
                () -> window.firstPaintNanos().isPresent() && stacks.views().values().stream().allMatch(site -> site.part != null));
        assertEquals("", f.errors.toString());
    }

    @Test
    void workAskedForAfterTheFirstPaintWaitsForItAndLaterWorkRunsAsTheNextEvent() throws Exception {
        List<String> ran = new java.util.ArrayList<>();
        WorkbenchWindow window = f.open();
        WorkbenchFixture.waitFor("the first paint", 10_000, () -> window.firstPaintNanos().isPresent());
        org.bridgework.ui.api.WorkbenchContext context = new WorkbenchContextImpl(window);
        context.afterFirstPaint(() -> ran.add("after"));
        assertEquals(List.of(), ran, "not run inside the call");
        WorkbenchFixture.waitFor("the task", 10_000, () -> !ran.isEmpty());
        assertEquals(List.of("after"), ran);
    }

    @Test
    void selectEditUndoRedoSaveReopen() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        Challenge roles = challenge("ch-roles");
        String before = roles.getTitle();

        // select in the explorer: Properties follows
        ProjectExplorerView.Explorer explorer = f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class);
        WorkbenchFixture.select(explorer.viewer.getTree(), WorkbenchFixture.itemOf(explorer.viewer, roles));
        assertEquals(roles, ((IStructuredSelection) f.window.selectionService().getSelection()).getFirstElement());
        PropertiesView.Sheet sheet = f.part(PropertiesView.ID, PropertiesView.Sheet.class);
        assertEquals(roles, sheet.input());
        assertTrue(sheet.header.getText().contains(before), sheet.header.getText());

        // edit the title in place
        PropertyEditing.Row title = row(sheet, "Title");
        sheet.viewer.editElement(title, 1);
        settle();
        Text editor = findAll(sheet.viewer.getTree(), Text.class).get(0);
        assertEquals(before, editor.getText());
        editor.setText("Who does what: roles and responsibilities");
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        assertEquals("Who does what: roles and responsibilities", roles.getTitle());
        assertTrue(f.shell().getText().startsWith("*"), "dirty marker: " + f.shell().getText());
        assertTrue(valueText(sheet, "Title").startsWith("Who does what"), valueText(sheet, "Title"));
        f.screenshot("workbench-edited");

        // undo, redo
        f.menu("Edit", "Undo");
        assertEquals(before, roles.getTitle());
        assertFalse(f.shell().getText().startsWith("*"), "clean again after undo: " + f.shell().getText());
        assertEquals(before, valueText(sheet, "Title"));
        f.menu("Edit", "Redo");
        assertEquals("Who does what: roles and responsibilities", roles.getTitle());
        assertTrue(f.shell().getText().startsWith("*"));

        // save: a sample copy has no file of its own, so Save asks where
        Path file = home.resolve("partnerships.guidance");
        f.prompts.files.add(file);
        f.menu("File", "Save");
        assertTrue(Files.isRegularFile(file), "saved to " + file);
        assertEquals("partnerships.guidance \u2013 Bridgework", f.shell().getText());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Who does what: roles and responsibilities"));

        // close, reopen from Open Recent: the value is there
        f.menu("File", "Close Project");
        assertTrue(f.window.session().project().isEmpty());
        assertNull(sheet.input());
        f.menu("File", "Open Recent", "1 partnerships.guidance");
        assertEquals("Who does what: roles and responsibilities", challenge("ch-roles").getTitle());
        assertEquals(file.toAbsolutePath(), project().file());
        assertEquals(List.of("save as he-nhs-partnerships.guidance"), f.prompts.asked.stream().filter(a -> a.startsWith("save")).toList());
        assertEquals(List.of(), f.prompts.errors);
    }

    @Test
    void aProjectChangedOnDiskAsksReloadOverwriteOrCancelAndAnOpenProjectIsLockedAgainstOtherWriters() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        Path file = home.resolve("locked.guidance");
        f.prompts.files.add(file);
        f.menu("File", "Save");
        f.menu("File", "Close Project");
        f.prompts.files.add(file);
        f.menu("File", "Open Project...");
        assertEquals(file.toAbsolutePath(), project().file());

        // open in the workbench: a command-line writer is refused, naming the workbench
        var refused = assertThrows(org.bridgework.core.api.ProjectLoadException.class,
                () -> f.projects.openForEditing(file, "bridgework import", java.time.Duration.ZERO));
        assertTrue(refused.getMessage().contains("Bridgework workbench"), refused.getMessage());

        // someone ignoring the lock rewrites the file; Save asks, and Cancel writes nothing
        String other = Files.readString(file, StandardCharsets.UTF_8).replace("ch-risk", "ch-risk").replace("<guidance:GuidanceProject",
                "<!-- edited elsewhere -->\n<guidance:GuidanceProject");
        Files.writeString(file, other, StandardCharsets.UTF_8);
        assertTrue(PropertyEditing.set(partContext(), challenge("ch-risk"), GuidancePackage.Literals.CHALLENGE__TITLE, "Mine"));
        f.prompts.changedOnDisk.add(Prompts.ChangedOnDiskChoice.CANCEL);
        f.menu("File", "Save");
        assertEquals(other, Files.readString(file, StandardCharsets.UTF_8), "Cancel wrote nothing");
        assertTrue(f.shell().getText().startsWith("*"), "still unsaved");
        assertTrue(f.prompts.asked.getLast().contains("changed on disk"), f.prompts.asked.getLast());

        // Overwrite writes this version
        f.prompts.changedOnDisk.add(Prompts.ChangedOnDiskChoice.OVERWRITE);
        f.menu("File", "Save");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("title=\"Mine\""));
        assertFalse(f.shell().getText().startsWith("*"), f.shell().getText());

        // Reload drops the change here and shows the other version
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("title=\"Mine\"", "title=\"Theirs\""));
        assertTrue(PropertyEditing.set(partContext(), challenge("ch-risk"), GuidancePackage.Literals.CHALLENGE__TITLE, "Mine again"));
        f.prompts.changedOnDisk.add(Prompts.ChangedOnDiskChoice.RELOAD);
        f.menu("File", "Save");
        assertEquals("Theirs", challenge("ch-risk").getTitle());
        assertFalse(f.shell().getText().startsWith("*"), f.shell().getText());
        assertEquals(List.of(), f.prompts.errors);

        // closing the project releases the lock
        f.menu("File", "Close Project");
        f.projects.openForEditing(file, "bridgework import", java.time.Duration.ZERO).close();
    }

    @Test
    void closingWithUnsavedChangesAsks() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        f.window.selectionService().set(null, new org.eclipse.jface.viewers.StructuredSelection(challenge("ch-risk")));
        assertTrue(PropertyEditing.set(partContext(), challenge("ch-risk"), GuidancePackage.Literals.CHALLENGE__TITLE, "Risk"));
        f.prompts.saveChoices.add(Prompts.SaveChoice.CANCEL);
        assertFalse(f.window.close(), "Cancel keeps the window open");
        assertFalse(f.shell().isDisposed());
        f.prompts.saveChoices.add(Prompts.SaveChoice.DISCARD);
        assertTrue(f.window.close());
        assertEquals(2, f.prompts.asked.stream().filter(a -> a.startsWith("save HE")).count(), f.prompts.asked.toString());
    }

    @Test
    void closeAViewAndReopenItFromTheWindowMenuMoveItAndResetTheLayout() throws Exception {
        f.open();
        f.window.showPerspective(Perspectives.SCOPE);
        assertTrue(f.tabs(Stacks.RIGHT).contains("Outline"));
        f.window.stacks().close(f.view(OutlineView.ID));
        settle();
        assertTrue(f.window.stacks().view(OutlineView.ID).isEmpty());
        assertFalse(f.window.stacks().folder(Stacks.RIGHT).isVisible(), "an empty stack hides");
        f.menu("Window", "Show View", "Outline");
        assertEquals(List.of("Outline"), f.tabs(Stacks.RIGHT));
        assertTrue(f.window.stacks().folder(Stacks.RIGHT).isVisible());

        // move Problems to the left stack through its tab menu's model, then remember it across windows
        f.window.stacks().moveView(f.view(ProblemsView.ID), Stacks.LEFT);
        f.window.stacks().close(f.view(OutlineView.ID));
        assertEquals(List.of(ProjectExplorerView.ID, ProblemsView.ID), f.window.stacks().arrangement().get(Stacks.LEFT));
        f.close();
        assertTrue(Files.readString(f.paths.layoutFile()).contains("\"problems\"") || Files.readString(f.paths.layoutFile()).contains(ProblemsView.ID));
        f.open();
        assertEquals(Perspectives.SCOPE, f.window.stacks().perspective(), "the perspective is remembered");
        assertEquals(List.of(ProjectExplorerView.ID, ProblemsView.ID), f.window.stacks().arrangement().get(Stacks.LEFT));
        assertTrue(f.window.stacks().view(OutlineView.ID).isEmpty(), "a closed view stays closed");

        f.menu("Window", "Reset Layout");
        assertEquals(List.of(ProjectExplorerView.ID), f.window.stacks().arrangement().get(Stacks.LEFT));
        assertEquals(List.of(PropertiesView.ID, ProblemsView.ID), f.window.stacks().arrangement().get(Stacks.BOTTOM));
        assertEquals(List.of(OutlineView.ID), f.window.stacks().arrangement().get(Stacks.RIGHT));
    }

    @Test
    void minimiseRestoreAndMaximiseStacks() throws Exception {
        f.open();
        f.window.showPerspective(Perspectives.DRAFTING);
        PartStacks stacks = f.window.stacks();
        stacks.minimize(Stacks.BOTTOM);
        settle();
        assertFalse(stacks.folder(Stacks.BOTTOM).isVisible());
        List<ToolItem> trim = minimizedItems();
        assertEquals(1, trim.size());
        assertTrue(trim.get(0).getText().contains("Properties, Problems"), trim.get(0).getText());
        f.screenshot("workbench-minimized");
        trim.get(0).notifyListeners(SWT.Selection, new Event());
        settle();
        assertTrue(stacks.folder(Stacks.BOTTOM).isVisible());
        assertTrue(minimizedItems().isEmpty());

        stacks.toggleMaximize(Stacks.EDITOR_AREA);
        settle();
        assertEquals(Stacks.EDITOR_AREA, stacks.maximized());
        assertEquals(0, stacks.folder(Stacks.LEFT).getSize().x, "the left stack is hidden while the editor area is maximised");
        stacks.toggleMaximize(Stacks.EDITOR_AREA);
        settle();
        assertNull(stacks.maximized());
        assertTrue(stacks.folder(Stacks.LEFT).getSize().x > 100);
    }

    private List<ToolItem> minimizedItems() {
        return findAll((Composite) f.window.getShell(), org.eclipse.swt.widgets.ToolBar.class).stream()
                .flatMap(t -> java.util.stream.Stream.of(t.getItems())).filter(i -> i.getText().contains(": ")).toList();
    }

    @Test
    void perspectivesShowTheirViewsFromTheToolbarSwitcher() throws Exception {
        f.open();
        ToolItem literature = perspectiveItem("Literature");
        literature.setSelection(true);
        literature.notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(Perspectives.LITERATURE, f.window.stacks().perspective());
        assertTrue(f.window.stacks().view(OutlineView.ID).isEmpty(), "no outline in Literature");
        f.menu("Window", "Perspective", "Drafting");
        assertEquals(Perspectives.DRAFTING, f.window.stacks().perspective());
        assertTrue(perspectiveItem("Drafting").getSelection());
        assertFalse(literature.getSelection());
        assertTrue(f.window.stacks().view(OutlineView.ID).isEmpty(), "Drafting's Sections view shows the outline there");
        f.menu("Window", "Next Perspective");
        assertEquals(Perspectives.REVIEW, f.window.stacks().perspective());
        assertTrue(f.window.stacks().view(OutlineView.ID).isPresent());
    }

    private ToolItem perspectiveItem(String name) {
        return findAll((Composite) f.window.getShell(), org.eclipse.swt.widgets.ToolBar.class).stream()
                .flatMap(t -> java.util.stream.Stream.of(t.getItems())).filter(i -> i.getText().strip().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aContributedViewAppearsAndGoesAndAFailingOneShowsItsError() throws Exception {
        f.open();
        ViewContribution notes = new TestView("test.notes", "Notes", Stacks.RIGHT, false);
        f.registry.add(ContributionRegistry.Kind.VIEW, notes);
        settle();
        assertEquals(List.of("test.notes"), f.window.stacks().arrangement().get(Stacks.RIGHT).stream().filter(id -> id.startsWith("test.")).toList());
        Label label = findAll(f.view("test.notes").host, Label.class).get(0);
        assertEquals("notes here", label.getText());
        f.registry.remove(ContributionRegistry.Kind.VIEW, notes);
        settle();
        assertTrue(f.window.stacks().view("test.notes").isEmpty());
        assertTrue(label.isDisposed());

        ViewContribution broken = new TestView("test.broken", "Broken", Stacks.BOTTOM, true);
        f.registry.add(ContributionRegistry.Kind.VIEW, broken);
        settle();
        PartSite site = f.view("test.broken");
        assertTrue(site.part instanceof ErrorPart);
        assertEquals("the database is on holiday", site.failure);
        assertTrue(findAll(site.host, Label.class).stream().anyMatch(l -> l.getText().contains("the database is on holiday")));
        f.window.stacks().activate(site, true);
        f.screenshot("workbench-error-part");
        f.menu("File", "Open the Sample Project");
        assertTrue(f.window.session().project().isPresent(), "the workbench goes on");
    }

    /** A view contribution for tests: a label, or a failure. */
    private record TestView(String id, String label, String stack, boolean fails) implements ViewContribution {
        @Override
        public java.util.Set<String> perspectives() {
            return java.util.Set.of(Perspectives.ALL);
        }

        @Override
        public Part createPart(Composite parent, PartContext context) {
            if (fails) {
                throw new IllegalStateException("the database is on holiday");
            }
            new Label(parent, SWT.NONE).setText("notes here");
            return new Part() { };
        }
    }

    @Test
    void contributedCommandsGetAMenuItemAToolbarButtonAKeyAndFollowTheSelection() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        AtomicInteger runs = new AtomicInteger();
        CommandContribution rename = new CommandContribution() {
            @Override
            public String id() {
                return "test.shout";
            }

            @Override
            public String label() {
                return "&Shout Title";
            }

            @Override
            public String keySequence() {
                return "M1+M2+K";
            }

            @Override
            public String menuPath() {
                return Menus.EDIT;
            }

            @Override
            public boolean toolbar() {
                return true;
            }

            @Override
            public boolean isEnabled(WorkbenchContext context) {
                return context.selection().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Challenge;
            }

            @Override
            public void execute(WorkbenchContext context) {
                runs.incrementAndGet();
                Challenge c = (Challenge) ((IStructuredSelection) context.selection().getSelection()).getFirstElement();
                context.execute(org.eclipse.emf.edit.command.SetCommand.create(context.editingDomain().orElseThrow(), c,
                        GuidancePackage.Literals.CHALLENGE__TITLE, c.getTitle().toUpperCase()));
            }
        };
        f.registry.add(ContributionRegistry.Kind.COMMAND, rename);
        settle();
        MenuItem item = f.menuItem("Edit", "Shout Title");
        assertEquals(SWT.MOD1 | SWT.MOD2 | 'K', item.getAccelerator());
        assertFalse(item.isEnabled(), "nothing selected");
        f.window.selectionService().set(null, new org.eclipse.jface.viewers.StructuredSelection(challenge("ch-roles")));
        item = f.menuItem("Edit", "Shout Title");
        assertTrue(item.isEnabled());
        f.menu("Edit", "Shout Title");
        assertEquals(1, runs.get());
        assertEquals("UNCLEAR ROLES AND RESPONSIBILITIES", challenge("ch-roles").getTitle());
        f.menu("Edit", "Undo");
        assertEquals("Unclear roles and responsibilities", challenge("ch-roles").getTitle());

        f.registry.remove(ContributionRegistry.Kind.COMMAND, rename);
        settle();
        assertTrue(WorkbenchFixture.texts(f.menuItem("Edit").getMenu()).stream().noneMatch(t -> t.startsWith("Shout")));
    }

    @Test
    void theChecksRunBesideTheWindowOnACopyOfTheProjectAndHandTheirResultToTheValidateCommand() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        ProblemsView.Problems problems = f.part(ProblemsView.ID, ProblemsView.Problems.class);
        waitFor("the first validation", 10_000, () -> problems.validations() > 0);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<org.bridgework.model.GuidanceProject> checked = new java.util.concurrent.atomic.AtomicReference<>();
        org.bridgework.core.api.ValidationRule held = p -> {
            checked.set(p);
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new Problem(Problem.Severity.INFO, "held-rule", null, "Held until released."));
        };
        ((org.bridgework.core.internal.ValidationServiceImpl) f.validation).addRule(held);
        try {
            int validations = problems.validations();
            long start = System.nanoTime();
            f.menu("Project", "Validate");
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "the window does not wait for the checks");
            waitFor("the check has the project", 5_000, () -> checked.get() != null);
            assertTrue(problems.summary.getText().contains("checking"), problems.summary.getText());
            assertTrue(checked.get() != project().root(), "the checks read a copy, not the project being edited");
            assertEquals(project().root().getId(), checked.get().getId());
            assertEquals(project().resource().getURI(), checked.get().eResource().getURI(), "beside the project's sidecar files");
            long messages = f.window.statusLine().messageCount();
            release.countDown();
            waitFor("the checks' result", 5_000, () -> problems.validations() > validations);
            assertTrue(problems.problems().stream().anyMatch(p -> p.code().equals("held-rule")));
            // the Validate command says how many problems it found once the checks are done
            waitFor("the status line", 2_000, () -> f.window.statusLine().messageCount() > messages);
        } finally {
            release.countDown();
            ((org.bridgework.core.internal.ValidationServiceImpl) f.validation).removeRule(held);
        }
    }

    @Test
    void problemsAreRefreshedAfterAChangeAndDoubleClickSelectsTheElement() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        ProblemsView.Problems problems = f.part(ProblemsView.ID, ProblemsView.Problems.class);
        int validations = problems.validations();
        List<Problem> before = problems.problems();
        Criterion c2 = (Criterion) project().resource().getEObject("c2-no-duplication");
        assertTrue(PropertyEditing.set(partContext(), c2, GuidancePackage.Literals.CRITERION__CODE, "C1"));
        waitFor("validation after the change", 3000, () -> problems.validations() > validations);
        List<Problem> after = problems.problems();
        assertTrue(after.size() > before.size(), before + " -> " + after);
        Problem duplicate = after.stream().filter(p -> p.code().equals("criterion-code-duplicate")).findFirst().orElseThrow();
        assertTrue(problems.summary.getText().contains("error"), problems.summary.getText());
        Table table = problems.viewer.getTable();
        // a virtual table: one row per problem, each made when it is first shown (asked for its text here)
        assertEquals(after.size(), table.getItemCount());
        TableItem row = table.getItem(after.indexOf(duplicate));
        assertEquals(duplicate.message(), row.getText(0));
        assertTrue(row.getData() == duplicate);
        assertNotNull(row.getImage(), "severity icon");
        table.setSelection(row);
        Event event = new Event();
        event.item = row;
        table.notifyListeners(SWT.DefaultSelection, event);
        settle();
        Object selected = ((IStructuredSelection) f.window.selectionService().getSelection()).getFirstElement();
        assertEquals(project().resource().getEObject(duplicate.elementId()), selected);
        ProjectExplorerView.Explorer explorer = f.part(ProjectExplorerView.ID, ProjectExplorerView.Explorer.class);
        assertEquals(selected, explorer.viewer.getStructuredSelection().getFirstElement(), "the explorer reveals it");
        f.screenshot("workbench-problems");
    }

    @Test
    void backgroundJobsShowProgressAndCanBeCancelledWhileTheUiRuns() throws Exception {
        f.open();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        var handle = f.window.jobs().schedule("Indexing the project", (IProgressMonitor monitor) -> {
            monitor.beginTask("Indexing", 100);
            started.countDown();
            for (int i = 0; i < 1000 && !monitor.isCanceled(); i++) {
                monitor.worked(1);
                Thread.sleep(10);
            }
            sawCancel.set(monitor.isCanceled());
            return "done";
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        ProgressArea progress = f.window.progressArea();
        waitFor("the progress area shows the job", 2000, () -> progress.labelText().contains("Indexing the project"));
        assertTrue(progress.bar().isVisible());
        assertTrue(progress.cancelButton().isEnabled());
        f.screenshot("workbench-job");
        progress.cancelButton().notifyListeners(SWT.Selection, new Event());
        waitFor("the job ends", 5000, () -> handle.result().isDone());
        assertTrue(sawCancel.get(), "the job saw the cancel");
        assertTrue(handle.result().isCompletedExceptionally());
        waitFor("the progress area empties", 2000, () -> progress.labelText().isEmpty());
    }

    @Test
    void everyTabOfANarrowStackStaysVisible() throws Exception {
        // found in the product: with a second view in the narrow left stack its tab was neither shown nor in a chevron
        f.register(new ViewContribution() {
            public String id() { return "test.sections"; }
            public String label() { return "Sections"; }
            public String stack() { return Stacks.LEFT; }
            public java.util.Set<String> perspectives() { return java.util.Set.of(Perspectives.DRAFTING); }
            public Part createPart(Composite parent, PartContext context) {
                new Label(parent, SWT.NONE).setText("sections");
                return new Part() { };
            }
        });
        f.open();
        f.menu("File", "Open the Sample Project");
        f.window.showPerspective(Perspectives.DRAFTING);
        settle(300);
        CTabFolder left = f.window.stacks().folder(Stacks.LEFT);
        assertEquals(2, left.getItemCount());
        for (org.eclipse.swt.custom.CTabItem item : left.getItems()) {
            assertTrue(item.isShowing(), item.getText() + " is not shown in a stack " + left.getSize().x + " px wide");
        }
        assertEquals("Sections", left.getSelection().getText(), "the perspective's own view is in front of the Project Explorer");
    }

    @Test
    void aViewForThisPerspectiveThatArrivesLaterComesToTheFront() throws Exception {
        // in the product the contributed views register as their bundles start, after the window opened
        f.open();
        f.menu("File", "Open the Sample Project");
        f.window.showPerspective(Perspectives.REVIEW);
        settle();
        CTabFolder bottom = f.window.stacks().folder(Stacks.BOTTOM);
        assertEquals("Properties", bottom.getSelection().getText());
        f.register(new ViewContribution() {
            public String id() { return "test.comments"; }
            public String label() { return "Review Comments"; }
            public String stack() { return Stacks.BOTTOM; }
            public java.util.Set<String> perspectives() { return java.util.Set.of(Perspectives.REVIEW); }
            public Part createPart(Composite parent, PartContext context) {
                new Label(parent, SWT.NONE).setText("comments");
                return new Part() { };
            }
        });
        settle();
        assertEquals("Review Comments", bottom.getSelection().getText());
    }

    @Test
    void aJobsCompletionMessageIsNotCoveredByDone() throws Exception {
        f.open();
        org.bridgework.ui.api.JobHandle<String> counted = f.window.jobs().schedule("Counting", monitor -> "42");
        counted.whenDone((result, failure) -> f.window.statusLine().setMessage("Counted " + result));
        waitFor("the job ends", 5000, () -> counted.result().isDone());
        // on a loaded machine the completion callback may come later than a fixed pause: wait for it, then check it stays
        waitFor("the completion message", 5000, () -> statusTexts().contains("Counted 42"));
        settle(300);
        assertTrue(statusTexts().contains("Counted 42"), statusTexts().toString());
        org.bridgework.ui.api.JobHandle<String> quiet = f.window.jobs().schedule("Tidying", monitor -> "x");
        waitFor("the job ends", 5000, () -> quiet.result().isDone());
        waitFor("its done message", 2000, () -> statusTexts().contains("Tidying: done"));

        // a failure stays shown until the same work succeeds again
        org.bridgework.ui.api.JobHandle<String> failing = f.window.jobs().schedule("Rendering", monitor -> {
            throw new IllegalStateException("no fonts");
        });
        waitFor("the failure", 5000, () -> statusTexts().stream().anyMatch(t -> t.contains("no fonts")));
        assertTrue(failing.result().isCompletedExceptionally());
        f.window.jobs().schedule("Rendering", monitor -> "ok");
        waitFor("the failure cleared", 5000, () -> statusTexts().stream().noneMatch(t -> t.contains("no fonts")));
    }

    private List<String> statusTexts() {
        return findAll(f.shell(), org.eclipse.swt.custom.CLabel.class).stream().map(org.eclipse.swt.custom.CLabel::getText)
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void quickSearchFindsAndSelectsAnElement() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        QuickSearch search = f.window.quickSearch();
        search.field.setText("information");
        waitFor("hits", 2000, () -> search.shown().stream().anyMatch(t -> t.contains("ch-info-sharing")));
        search.field.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        Object selected = ((IStructuredSelection) f.window.selectionService().getSelection()).getFirstElement();
        assertNotNull(selected);
    }

    @Test
    void changesAreJournalledAndOfferedAfterACrash() throws Exception {
        f.open();
        Path file = home.resolve("guidance.guidance");
        f.prompts.files.add(file);
        f.menu("File", "Open the Sample Project");
        f.menu("File", "Save As...");
        assertTrue(PropertyEditing.set(partContext(), challenge("ch-risk"), GuidancePackage.Literals.CHALLENGE__TITLE, "Telling each other about risk"));
        waitFor("the recovery journal", 6000, () -> f.window.journal().find(file).isPresent());
        RecoveryJournal.Entry entry = f.window.journal().find(file).orElseThrow();
        assertTrue(Files.readString(entry.journal()).contains("Telling each other about risk"));
        // the crash: the window goes without closing the project (the journal stays)
        f.window.setCloseWithoutAsking(true);
        f.window.close();
        assertTrue(f.window.journal().find(file).isPresent());

        f.open();
        // Escape on the question ("later"): the recovered work is kept and the file is not opened over it
        f.prompts.restoreChoices.add(Prompts.RestoreChoice.LATER);
        f.window.files().open(file);
        assertTrue(f.window.session().project().isEmpty(), "not opened: editing the file would replace the recovered changes");
        f.window.journal().flush();
        assertTrue(f.window.journal().find(file).isPresent(), "Escape kept the recovered work");
        f.prompts.restoreChoices.add(Prompts.RestoreChoice.LATER);
        f.window.files().offerRecovery();
        assertTrue(f.window.journal().find(file).isPresent(), "also when offered at start");

        f.prompts.restores.add(Boolean.TRUE);
        f.window.files().open(file);
        assertEquals("Telling each other about risk", challenge("ch-risk").getTitle());
        assertTrue(f.shell().getText().startsWith("*guidance.guidance"), f.shell().getText());
        f.menu("File", "Save");
        assertTrue(Files.readString(file).contains("Telling each other about risk"));
        f.window.journal().flush();
        assertTrue(f.window.journal().find(file).isEmpty(), "saving clears the journal");
    }

    @Test
    void theGenericEditorEditsLongTextThroughTheCommandStack() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        Challenge roles = challenge("ch-roles");
        assertTrue(f.window.openEditor(roles));
        settle();
        PartSite editor = f.window.stacks().editors().get(0);
        assertEquals(Stacks.EDITOR_AREA, editor.stack);
        Text description = findAll(editor.host, Text.class).stream().filter(t -> (t.getStyle() & SWT.MULTI) != 0).findFirst().orElseThrow();
        assertEquals(roles.getDescription(), description.getText());
        description.setText("Partners agree who does what.");
        description.notifyListeners(SWT.FocusOut, new Event());
        settle();
        assertEquals("Partners agree who does what.", roles.getDescription());
        f.window.undo();
        settle();
        assertEquals(roles.getDescription(), description.getText(), "the form follows undo");
        f.window.showPerspective(Perspectives.DRAFTING);
        f.screenshot("workbench-editor");
    }

    @Test
    void aReferenceIsPickedFromTheDescriptorsChoicesInProperties() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        org.bridgework.model.Member lead = (org.bridgework.model.Member) project().resource().getEObject("mem-project-lead");
        f.window.selectionService().set(null, new org.eclipse.jface.viewers.StructuredSelection(lead));
        settle();
        PropertiesView.Sheet sheet = f.part(PropertiesView.ID, PropertiesView.Sheet.class);
        assertEquals(lead, sheet.input());
        sheet.viewer.editElement(row(sheet, "Organisation"), 1);
        settle();
        org.eclipse.swt.custom.CCombo combo = findAll(sheet.viewer.getTree(), org.eclipse.swt.custom.CCombo.class).get(0);
        org.bridgework.model.Organisation target = project().root().getOrganisations().get(1);
        String wanted = ((ModelLabels) f.view(PropertiesView.ID).context.modelLabels()).getText(target);
        int index = java.util.Arrays.asList(combo.getItems()).indexOf(wanted);
        assertTrue(index > 0, "the organisations are offered: " + java.util.Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        assertEquals(target, lead.getOrganisation());
        assertTrue(valueText(sheet, "Organisation").contains(((ModelLabels) f.view(PropertiesView.ID).context.modelLabels()).getName(target)));
        f.screenshot("workbench-reference");
        f.menu("Edit", "Undo");
        assertNull(lead.getOrganisation());
    }

    @Test
    void aMembersStakeholderGroupAndASectionsKindArePickedInPropertiesAsOneUndoableChange() throws Exception {
        f.open();
        f.menu("File", "Open the Sample Project");
        org.bridgework.model.Member lead = (org.bridgework.model.Member) project().resource().getEObject("mem-project-lead");
        org.bridgework.model.StakeholderGroup before = lead.getStakeholderGroup();
        f.window.selectionService().set(null, new org.eclipse.jface.viewers.StructuredSelection(lead));
        settle();
        PropertiesView.Sheet sheet = f.part(PropertiesView.ID, PropertiesView.Sheet.class);
        pick(sheet, "Stakeholder Group", "voluntary-sector");
        assertEquals(org.bridgework.model.StakeholderGroup.VOLUNTARY_SECTOR, lead.getStakeholderGroup());
        f.menu("Edit", "Undo");
        assertEquals(before, lead.getStakeholderGroup(), "one undo restores the group");

        org.bridgework.model.Section next = (org.bridgework.model.Section) project().resource().getEObject("sec-purpose");
        f.window.selectionService().set(null, new org.eclipse.jface.viewers.StructuredSelection(next));
        settle();
        pick(sheet, "Kind", "next-steps");
        assertEquals(org.bridgework.model.SectionKind.NEXT_STEPS, next.getKind());
        f.menu("Edit", "Undo");
        assertEquals(org.bridgework.model.SectionKind.CONTENT, next.getKind());
    }

    /** Opens the drop-down of a property and picks the entry whose text contains {@code wanted}, as a user would with the keyboard. */
    private void pick(PropertiesView.Sheet sheet, String property, String wanted) {
        sheet.viewer.editElement(row(sheet, property), 1);
        settle();
        // the editor just opened: the last visible drop-down in the sheet (an earlier one may linger hidden)
        List<org.eclipse.swt.custom.CCombo> combos = findAll(sheet.viewer.getTree(), org.eclipse.swt.custom.CCombo.class).stream()
                .filter(c -> !c.isDisposed() && c.isVisible()).toList();
        org.eclipse.swt.custom.CCombo combo = combos.get(combos.size() - 1);
        int index = -1;
        for (int i = 0; i < combo.getItems().length; i++) {
            if (combo.getItems()[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-').contains(wanted)) {
                index = i;
            }
        }
        assertTrue(index >= 0, wanted + " is offered: " + java.util.Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
    }

    private PartContext partContext() {
        return f.view(PropertiesView.ID).context;
    }

    private static PropertyEditing.Row row(PropertiesView.Sheet sheet, String name) {
        for (TreeItem item : sheet.viewer.getTree().getItems()) {
            if (item.getData() instanceof PropertyEditing.Row row && row.name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static String valueText(PropertiesView.Sheet sheet, String name) {
        for (TreeItem item : sheet.viewer.getTree().getItems()) {
            if (item.getData() instanceof PropertyEditing.Row row && row.name().equals(name)) {
                return item.getText(1);
            }
        }
        throw new AssertionError("no property " + name);
    }

    static CTabFolder folder(WorkbenchWindow window, String stack) {
        return window.stacks().folder(stack);
    }
}
