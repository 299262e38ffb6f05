package org.bridgework.ui.workbench.internal.layout;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.ErrorLog;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.PartContextImpl;
import org.bridgework.ui.workbench.internal.WorkbenchHost;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.bridgework.ui.workbench.internal.views.ModelLabels;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Makes, decorates, moves and disposes a part's tab, composite and context, containing a contribution that fails
 * (an {@link ErrorPart} takes its place): split out of {@link PartStacks}, which decides where parts go. UI thread only.
 */
final class PartSites {
    private final WorkbenchHost host;
    private final Messages messages;
    private final ErrorLog log;
    private final LocalResourceManager resources;
    private final Supplier<List<EditorContribution>> editors;

    PartSites(WorkbenchHost host, LocalResourceManager resources, Supplier<List<EditorContribution>> editors) {
        this.host = host;
        this.messages = host.messages();
        this.log = host.log();
        this.resources = resources;
        this.editors = editors;
    }

    /** A view's part in a new tab at the end of {@code folder}; {@code register} is called before the part is made. */
    PartSite view(ViewContribution view, String stack, CTabFolder folder, Consumer<PartSite> register, boolean later) {
        PartSite site = new PartSite(safeId(view), view, null);
        site.label = safe(view::label, site.id);
        site.icon = safe(view::icon, null);
        site.stack = stack;
        open(site, folder, -1);
        register.accept(site);
        String what = messages.format("part.view", PartStacks.plain(site.label));
        if (later) {
            site.pending = () -> create(site, what, () -> view.createPart(site.host, site.context));
        } else {
            create(site, what, () -> view.createPart(site.host, site.context));
        }
        return site;
    }

    /** Makes the site's part now if it was left to be made later. */
    void ensureCreated(PartSite site) {
        Runnable pending = site.pending;
        if (pending != null) {
            site.pending = null;
            pending.run();
        }
    }

    /** An editor's part on {@code input} in a new tab at {@code index} of the editor area. */
    PartSite editor(EditorContribution editor, Object input, CTabFolder folder, int index, Consumer<PartSite> register) {
        PartSite site = new PartSite(safe(editor::id, editor.getClass().getName()), editor, input);
        site.stack = Stacks.EDITOR_AREA;
        ModelLabels labels = new ModelLabels(resources);
        site.label = labels.getName(input);
        ImageDescriptor icon = safe(editor::icon, null);
        if (icon == null) {
            IconOf iconOf = new IconOf(input);
            icon = iconOf.descriptor();
        }
        site.icon = icon;
        open(site, folder, Math.min(index, folder.getItemCount()));
        register.accept(site);
        String what = messages.format("part.editor", safe(editor::label, site.id), site.label);
        create(site, what, () -> editor.createEditor(site.host, site.context, input));
        return site;
    }

    /** The model icon of an element, if it has one. */
    private record IconOf(Object element) {
        ImageDescriptor descriptor() {
            var provider = ModelLabels.labelProvider(element);
            return provider == null ? null : ModelLabels.descriptor(provider.getImage(element));
        }
    }

    private void open(PartSite site, CTabFolder folder, int index) {
        site.host = new Composite(folder, SWT.NONE);
        site.host.setLayout(new FillLayout());
        site.host.setData(PartSite.class.getName(), site);
        site.item = index < 0 ? new CTabItem(folder, SWT.CLOSE) : new CTabItem(folder, SWT.CLOSE, index);
        decorate(site);
        site.context = new PartContextImpl(host, site);
    }

    private void decorate(PartSite site) {
        site.item.setText(PartStacks.tabText(site.label));
        site.item.setToolTipText(PartStacks.plain(site.label));
        site.item.setData(site);
        if (site.icon != null) {
            try {
                site.item.setImage(resources.create(site.icon));
            } catch (RuntimeException e) {
                log.warn("the icon of " + site + " could not be loaded: " + e.getMessage());
                site.icon = null;
            }
        }
        site.item.setControl(site.host);
    }

    private interface PartFactory {
        Part create() throws Exception;
    }

    private void create(PartSite site, String what, PartFactory factory) {
        try {
            Part part = factory.create();
            if (part == null) {
                throw new IllegalStateException("it returned no part (null)");
            }
            site.part = part;
        } catch (Exception | LinkageError e) {
            log.contributionFailed(what + " could not be created", e);
            for (Control child : site.host.getChildren()) {
                child.dispose();
            }
            site.context.dispose();
            site.context = new PartContextImpl(host, site);
            site.failure = Jobs.message(e);
            site.part = new ErrorPart(site.host, messages, what, e);
        }
        site.host.layout(true, true);
    }

    /** Moves a part to a new tab at the end of {@code target}. */
    void move(PartSite site, String stack, CTabFolder target) {
        CTabItem old = site.item;
        old.setControl(null);
        old.dispose();
        if (site.host.getParent() != target && !site.host.setParent(target)) {
            throw new IllegalStateException("this platform cannot move controls between stacks");
        }
        site.item = new CTabItem(target, SWT.CLOSE);
        if (site.icon != null) {
            resources.destroy(site.icon); // decorate creates it again
        }
        decorate(site);
        site.stack = stack;
    }

    /** Disposes the part, its context, tab, composite and icon. */
    void dispose(PartSite site) {
        site.pending = null;
        try {
            if (site.part != null) {
                site.part.dispose();
            }
        } catch (RuntimeException | LinkageError e) {
            log.contributionFailed("disposing " + site + " failed", e);
        }
        if (site.context != null) {
            site.context.dispose();
        }
        if (site.item != null && !site.item.isDisposed()) {
            site.item.dispose();
        }
        if (site.host != null && !site.host.isDisposed()) {
            site.host.dispose();
        }
        if (site.icon != null) {
            resources.destroy(site.icon);
        }
    }

    /** The editor of highest priority that opens {@code element}, or null. */
    EditorContribution bestEditor(Object element) {
        EditorContribution best = null;
        int bestPriority = Integer.MIN_VALUE;
        for (EditorContribution editor : editors.get()) {
            try {
                if (editor.canOpen(element) && editor.priority() > bestPriority) {
                    best = editor;
                    bestPriority = editor.priority();
                }
            } catch (RuntimeException | LinkageError e) {
                log.contributionFailed("the editor " + editor + " failed to say whether it opens " + element, e);
            }
        }
        return best;
    }

    /** Asks an editor to show an element inside its input. */
    void reveal(PartSite site, Object element) {
        if (site.part == null || site.input == element) {
            return;
        }
        try {
            site.part.reveal(element);
        } catch (RuntimeException | LinkageError e) {
            log.contributionFailed("reveal in " + site + " failed", e);
        }
    }

    String safeId(ViewContribution view) {
        return safe(view::id, view.getClass().getName());
    }

    /** What a contribution says about itself, or {@code fallback} when it fails to say (logged). */
    <T> T safe(Supplier<T> value, T fallback) {
        try {
            T result = value.get();
            return result == null ? fallback : result;
        } catch (RuntimeException | LinkageError e) {
            log.contributionFailed("a contribution failed to describe itself", e);
            return fallback;
        }
    }
}
