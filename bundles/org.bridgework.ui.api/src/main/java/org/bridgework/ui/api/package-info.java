/**
 * The workbench's contribution API: what a UI bundle ({@code org.bridgework.ui.<area>}) registers as OSGi services
 * to add views, editors, commands, property sections and quick-search providers, and what the workbench hands
 * back to them. Depend on this package only, never on {@code org.bridgework.ui.workbench}.
 *
 * <h2>Whiteboard</h2>
 * Every contribution is a plain OSGi service, typically a Declarative Services component:
 * <ul>
 * <li>{@link org.bridgework.ui.api.ViewContribution} — a view: id, label, icon, default {@link org.bridgework.ui.api.Stacks stack},
 *     the {@link org.bridgework.ui.api.Perspectives perspectives} that show it, and
 *     {@code createPart(Composite, PartContext)};</li>
 * <li>{@link org.bridgework.ui.api.EditorContribution} — an editor for the model elements it {@code canOpen};</li>
 * <li>{@link org.bridgework.ui.api.CommandContribution} — a menu item with an optional toolbar button and key binding,
 *     enabled by a predicate over the {@link org.bridgework.ui.api.WorkbenchContext} (selection, project);</li>
 * <li>{@link org.bridgework.ui.api.PropertySection} — an extra tab of the Properties view;</li>
 * <li>{@link org.bridgework.ui.api.QuickSearchProvider} — hits for the toolbar's search field.</li>
 * </ul>
 * The workbench picks a service up as soon as it is registered, also while the window is open, and drops it as
 * soon as it goes: when a bundle stops, its views and editors are disposed and their tabs removed, its menu items
 * and buttons disappear, and nothing else is affected. A contribution that throws (in {@code createPart}, say) is
 * shown as an error part with its message; the workbench carries on.
 *
 * <h2>Parts and their context</h2>
 * Views and editors create their controls in the composite they are given and return a {@link org.bridgework.ui.api.Part}.
 * The {@link org.bridgework.ui.api.PartContext} gives them:
 * <ul>
 * <li>the open {@link org.bridgework.core.api.Project} and its editing domain; change the model only with
 *     {@link org.bridgework.ui.api.WorkbenchContext#execute(org.eclipse.emf.common.command.Command) execute}
 *     (EMF commands: {@code SetCommand}, {@code AddCommand}, ...), which gives undo/redo, the dirty marker and
 *     crash recovery;</li>
 * <li>{@link org.bridgework.ui.api.ProjectListener}s: opened, closed, changed (after every command), saved;</li>
 * <li>the {@link org.bridgework.ui.api.SelectionService}: publish the part's selection with
 *     {@link org.bridgework.ui.api.PartContext#setSelectionProvider}; follow other parts' selection with a
 *     {@link org.bridgework.ui.api.WorkbenchSelectionListener};</li>
 * <li>{@link org.bridgework.ui.api.JobRunner}: background work with progress and cancel in the status line;</li>
 * <li>the {@link org.bridgework.ui.api.StatusLine}, a per-part {@code ResourceManager} and a label provider for
 *     model elements (the EMF.Edit texts and icons used everywhere else).</li>
 * </ul>
 * Listeners and resources registered through the context are released with the part. All calls happen on the UI
 * thread, except the work of background jobs and {@code QuickSearchProvider.search}.
 *
 * <h2>Strings</h2>
 * Every UI bundle reads its user-visible strings (labels, menu and button texts, column headings, tool tips, dialog
 * titles and messages, status texts) through {@link org.bridgework.ui.api.Messages} from one
 * {@code messages.properties} in its {@code internal} package, keys named {@code view.element.what}.
 *
 * <h2>Example: a view listing the project's sources</h2>
 * <pre>{@code
 * @Component
 * public class SourcesView implements ViewContribution {
 *     public String id() { return "org.bridgework.ui.literature.sources"; }
 *     public String label() { return "Sources"; }
 *     public String stack() { return Stacks.LEFT; }
 *     public Set<String> perspectives() { return Set.of(Perspectives.LITERATURE); }
 *
 *     public Part createPart(Composite parent, PartContext context) {
 *         TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION);
 *         viewer.setContentProvider(ArrayContentProvider.getInstance());
 *         viewer.setLabelProvider(context.modelLabels());
 *         Runnable refresh = () -> viewer.setInput(
 *                 context.project().map(p -> p.root().getSources().toArray()).orElse(new Object[0]));
 *         context.addProjectListener(new ProjectListener() {
 *             public void projectOpened(Project p) { refresh.run(); }
 *             public void projectClosed(Project p) { refresh.run(); }
 *             public void projectChanged(Project p) { viewer.refresh(); }
 *         });
 *         context.setSelectionProvider(viewer);   // drives Properties
 *         refresh.run();
 *         return new Part() {
 *             public void setFocus() { viewer.getControl().setFocus(); }
 *         };
 *     }
 * }
 * }</pre>
 * And a command on the selection:
 * <pre>{@code
 * @Component
 * public class MarkVerified implements CommandContribution {
 *     public String id() { return "org.bridgework.ui.casestudies.verify"; }
 *     public String label() { return "Mark &Verified"; }
 *     public String keySequence() { return "M1+M2+V"; }
 *     public boolean isEnabled(WorkbenchContext c) { return selected(c) != null; }
 *     public void execute(WorkbenchContext c) {
 *         c.execute(SetCommand.create(c.editingDomain().orElseThrow(), selected(c),
 *                 GuidancePackage.Literals.CASE_STUDY__COLLECTION_STATUS, CollectionStatus.VERIFIED));
 *     }
 *     private static CaseStudy selected(WorkbenchContext c) {
 *         return c.selection().getSelection() instanceof IStructuredSelection s
 *                 && s.getFirstElement() instanceof CaseStudy cs ? cs : null;
 *     }
 * }
 * }</pre>
 */
@Export
@Version("1.6.0")
// workbench only: a headless command does not start the UI bundles (the launcher reads this header)
@Header(name = "Bridgework-Start", value = "workbench")
package org.bridgework.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.versioning.Version;
