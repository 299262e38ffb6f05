package org.bridgework.ui.workbench.internal.views;

import java.util.List;
import java.util.function.Supplier;

import org.bridgework.core.api.ElementEdits;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.WorkbenchHost;
import org.bridgework.ui.workbench.internal.commands.TextEditing;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;

/**
 * The context menu of a tree or table of model elements: Open, New (a child of each kind the element can hold),
 * Duplicate, Rename..., Delete, Copy and Properties — each change one undoable command made by {@link ElementEdits}.
 */
public final class ElementMenu {
    private final WorkbenchHost host;
    private final Supplier<List<EObject>> selection;
    final MenuManager manager = new MenuManager();

    private ElementMenu(WorkbenchHost host, Supplier<List<EObject>> selection) {
        this.host = host;
        this.selection = selection;
    }

    /** Gives {@code control} the menu over the elements {@code selection} returns when it opens. */
    public static ElementMenu attach(WorkbenchHost host, Control control, Supplier<List<EObject>> selection) {
        ElementMenu menu = new ElementMenu(host, selection);
        menu.manager.setRemoveAllWhenShown(true);
        menu.manager.addMenuListener(m -> menu.fill(m, control));
        control.setMenu(menu.manager.createContextMenu(control));
        control.addDisposeListener(e -> menu.manager.dispose());
        return menu;
    }

    private Messages messages() {
        return host.messages();
    }

    void fill(IMenuManager menu, Control control) {
        List<EObject> elements = selection.get();
        EditingDomain domain = host.session().project().map(p -> (EditingDomain) p.editingDomain()).orElse(null);
        EObject single = elements.size() == 1 ? elements.get(0) : null;
        menu.add(action("menu.element.open", single != null, () -> host.openEditor(single)));
        MenuManager newMenu = new MenuManager(messages().get("menu.element.new"), "new");
        if (single != null && domain != null) {
            for (CommandParameter kind : ElementEdits.newChildren(domain, single)) {
                Command create = ElementEdits.newChild(domain, single, kind);
                String label = create instanceof CommandActionDelegate d && d.getText() != null ? d.getText() : kind.getEValue().eClass().getName();
                newMenu.add(action(label.replace("&", "&&"), create.canExecute(), () -> {
                    if (host.session().execute(create)) {
                        select(kind.getValue());
                    }
                }, false));
            }
        }
        if (newMenu.isEmpty()) {
            newMenu.add(action("menu.element.new.none", false, () -> { }));
        }
        menu.add(newMenu);
        Command duplicate = single == null || domain == null ? null : ElementEdits.duplicate(domain, single);
        menu.add(action("menu.element.duplicate", duplicate != null && duplicate.canExecute(), () -> {
            if (host.session().execute(duplicate)) {
                duplicate.getAffectedObjects().stream().findFirst().ifPresent(this::select);
            }
        }));
        EAttribute name = single == null ? null : ElementEdits.nameFeature(single);
        menu.add(action("menu.element.rename", name != null && domain != null && single.eContainer() != null, () -> rename(domain, single, name)));
        Command delete = elements.isEmpty() || domain == null ? null : ElementEdits.delete(domain, elements);
        menu.add(action("menu.element.delete", delete != null && delete.canExecute(), () -> {
            if (host.session().execute(delete)) {
                host.statusLine().setMessage(messages().format("menu.element.deleted", elements.size()));
            }
        }));
        menu.add(new Separator());
        menu.add(action("menu.element.copy", !elements.isEmpty(), () -> TextEditing.copy(control)));
        menu.add(action("menu.element.properties", single != null, () -> {
            select(single);
            host.showView(PropertiesView.ID);
        }));
    }

    private void rename(EditingDomain domain, EObject element, EAttribute feature) {
        Object now = element.eGet(feature);
        InputDialog dialog = new InputDialog(host.shell(), messages().get("menu.element.rename.title"),
                messages().format("menu.element.rename.prompt", feature.getName()), now == null ? "" : now.toString(),
                text -> text == null || text.isBlank() ? messages().get("menu.element.rename.blank") : null);
        if (dialog.open() == Window.OK) {
            host.session().execute(ElementEdits.rename(domain, element, dialog.getValue()));
        }
    }

    private void select(Object element) {
        host.selectionService().setSelection(new StructuredSelection(element));
    }

    private Action action(String key, boolean enabled, Runnable run) {
        return action(key, enabled, run, true);
    }

    private Action action(String keyOrLabel, boolean enabled, Runnable run, boolean isKey) {
        Action a = new Action(isKey ? messages().get(keyOrLabel) : keyOrLabel) {
            @Override
            public void run() {
                host.commitPendingEdits();
                run.run();
            }
        };
        a.setEnabled(enabled);
        return a;
    }
}
