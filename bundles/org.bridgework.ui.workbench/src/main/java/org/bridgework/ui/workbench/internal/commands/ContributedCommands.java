package org.bridgework.ui.workbench.internal.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.WorkbenchContext;
import org.bridgework.ui.workbench.internal.ErrorLog;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.Prompts;
import org.bridgework.ui.workbench.internal.WorkbenchContextImpl;
import org.bridgework.ui.workbench.internal.layout.PartStacks;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The {@link CommandContribution} services as JFace actions: a menu item where {@link CommandContribution#menuPath()}
 * says, a toolbar button when asked, a key binding (the menu item's accelerator, or a display filter for commands
 * without a menu item), enabled by {@link CommandContribution#isEnabled}. UI thread only.
 */
public final class ContributedCommands {
    /** The toolbar's group for contributed buttons. */
    static final String TOOLBAR_GROUP = "contributions";
    static final String GROUP_ADDITIONS = "additions";

    private final WorkbenchContext context;
    private final Map<String, IMenuManager> menus;
    private final ToolBarManager toolbar;
    private final Set<Integer> reserved;
    private final Prompts prompts;
    private final Messages messages;
    private final ErrorLog log;
    private final Map<CommandContribution, CommandAction> actions = new LinkedHashMap<>();
    private final Listener keyFilter = this::keyDown;
    private final Display display;

    /**
     * @param menus    the window's menus by id ({@link Menus}), each with an {@code additions} group
     * @param reserved accelerators the workbench's own actions use
     */
    public ContributedCommands(Display display, WorkbenchContext context, Map<String, IMenuManager> menus, ToolBarManager toolbar,
            Set<Integer> reserved, Prompts prompts, Messages messages, ErrorLog log) {
        this.display = display;
        this.context = context;
        this.menus = menus;
        this.toolbar = toolbar;
        this.reserved = reserved;
        this.prompts = prompts;
        this.messages = messages;
        this.log = log;
        display.addFilter(SWT.KeyDown, keyFilter);
    }

    /** Every contributed command's action (with a menu item or not), for Key Assist. */
    public java.util.Collection<? extends Action> actions() {
        return java.util.List.copyOf(actions.values());
    }

    public void add(CommandContribution command) {
        String id;
        try {
            id = command.id();
        } catch (RuntimeException | LinkageError e) {
            log.contributionFailed("a command failed to give its id", e);
            return;
        }
        if (id == null || actions.values().stream().anyMatch(a -> a.getId().equals(id))) {
            log.warn("a second command with id " + id + " is ignored");
            return;
        }
        CommandAction action = new CommandAction(command, id);
        actions.put(command, action);
        String path = safe(command::menuPath);
        if (path != null) {
            String[] parts = path.split("/", 2);
            IMenuManager menu = menus.getOrDefault(parts[0], menus.get(Menus.PROJECT));
            String group = parts.length > 1 ? parts[1] : GROUP_ADDITIONS;
            if (menu.find(group) == null) {
                group = GROUP_ADDITIONS;
            }
            menu.appendToGroup(group, action);
            action.menu = menu;
            menu.update(true);
            updateParent(menu); // a menu that was empty (hidden) shows now
        }
        if (Boolean.TRUE.equals(safe(command::toolbar))) {
            toolbar.appendToGroup(TOOLBAR_GROUP, action);
            toolbar.update(true);
            action.onToolbar = true;
        }
        updateEnablement();
    }

    public void remove(CommandContribution command) {
        CommandAction action = actions.remove(command);
        if (action == null) {
            return;
        }
        if (action.menu != null) {
            IContributionItem item = action.menu.remove(action.getId());
            if (item != null) {
                item.dispose();
            }
            action.menu.update(true);
            updateParent(action.menu);
        }
        if (action.onToolbar) {
            IContributionItem item = toolbar.remove(action.getId());
            if (item != null) {
                item.dispose();
            }
            toolbar.update(true);
        }
    }

    private static void updateParent(IContributionManager menu) {
        if (menu instanceof org.eclipse.jface.action.MenuManager manager && manager.getParent() != null) {
            manager.getParent().update(true);
        }
    }

    /** Asks every command whether it can run now (after a selection or project change). */
    public void updateEnablement() {
        for (CommandAction action : actions.values()) {
            action.setEnabled(action.enabledNow());
        }
    }

    public List<CommandContribution> commands() {
        return List.copyOf(actions.keySet());
    }

    public Action action(CommandContribution command) {
        return actions.get(command);
    }

    public void dispose() {
        if (!display.isDisposed()) {
            display.removeFilter(SWT.KeyDown, keyFilter);
        }
    }

    /** Key bindings of commands that have no menu item (menu items have the accelerator themselves). */
    private void keyDown(Event event) {
        if (event.widget == null || event.widget.isDisposed() || context.shell() == null || context.shell().isDisposed()
                || event.display.getActiveShell() != context.shell()) {
            return;
        }
        int accelerator = SWTKeySupport.convertEventToUnmodifiedAccelerator(event);
        for (CommandAction action : actions.values()) {
            if (action.menu == null && action.getAccelerator() == accelerator && accelerator != 0) {
                event.doit = false;
                event.type = SWT.None;
                if (action.isEnabled()) {
                    action.run();
                }
                return;
            }
        }
    }

    private <T> T safe(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException | LinkageError e) {
            log.contributionFailed("a command failed to describe itself", e);
            return null;
        }
    }

    /** One command as an action. */
    final class CommandAction extends Action {
        final CommandContribution command;
        IContributionManager menu;
        boolean onToolbar;

        CommandAction(CommandContribution command, String id) {
            super(safeText(command));
            this.command = command;
            setId(id);
            String description = safe(command::description);
            if (description != null) {
                setToolTipText(description);
                setDescription(description);
            }
            setImageDescriptor(safe(command::icon));
            String keys = safe(command::keySequence);
            if (keys != null && !keys.isBlank()) {
                try {
                    KeySequence sequence = KeySequence.getInstance(keys);
                    if (sequence.getKeyStrokes().length != 1) {
                        log.warn("the key sequence " + keys + " of command " + id + " has several strokes; only single strokes are supported");
                    } else {
                        int accelerator = SWTKeySupport.convertKeyStrokeToAccelerator(sequence.getKeyStrokes()[0]);
                        boolean taken = reserved.contains(accelerator)
                                || actions.values().stream().anyMatch(a -> a.getAccelerator() == accelerator);
                        if (taken) {
                            log.warn("the key " + keys + " of command " + id + " is already bound; the command has no key binding");
                        } else {
                            setAccelerator(accelerator);
                        }
                    }
                } catch (ParseException e) {
                    log.warn("the key sequence '" + keys + "' of command " + id + " is not valid: " + e.getMessage());
                }
            }
        }

        boolean enabledNow() {
            try {
                return command.isEnabled(context);
            } catch (RuntimeException | LinkageError e) {
                log.contributionFailed("isEnabled of command " + getId() + " failed", e);
                return false;
            }
        }

        @Override
        public void run() {
            if (context instanceof WorkbenchContextImpl workbench) {
                workbench.host.commitPendingEdits(); // a command (assemble, export...) sees everything typed
            }
            if (!enabledNow()) {
                return;
            }
            try {
                command.execute(context);
            } catch (Exception | LinkageError e) {
                log.contributionFailed("the command " + getId() + " failed", e);
                prompts.showError(context.shell(), messages.format("command.failed.title", PartStacks.plain(getText())), Jobs.message(e));
            }
            updateEnablement();
        }
    }

    private String safeText(CommandContribution command) {
        String label = safe(command::label);
        return label == null ? "?" : label;
    }
}
