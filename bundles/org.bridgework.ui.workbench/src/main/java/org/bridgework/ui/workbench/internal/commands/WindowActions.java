package org.bridgework.ui.workbench.internal.commands;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.bridgework.core.api.ProjectSession;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.WindowDialogs;
import org.bridgework.ui.workbench.internal.WorkbenchWindow;
import org.bridgework.ui.workbench.internal.layout.PartSite;
import org.bridgework.ui.workbench.internal.layout.PartStacks;
import org.bridgework.ui.workbench.internal.session.ProjectFiles;
import org.bridgework.ui.workbench.internal.views.WelcomeView;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;

/**
 * The window's own actions (File, Edit, Project, Window and Help), the menu bar and main toolbar they sit in, and
 * their enablement as the project and its command stack change: split out of {@link WorkbenchWindow}, which does
 * what they ask. The keys they take are reserved, so contributed commands cannot take them. UI thread only.
 */
public final class WindowActions {
    private final WorkbenchWindow window;
    private final Messages messages;
    private final ProjectFiles files;
    private final Map<String, IMenuManager> menus = new LinkedHashMap<>();
    private final Set<Integer> reservedKeys = new HashSet<>();

    private final IAction newAction;
    private final IAction openAction;
    private final IAction openSampleAction;
    private final IAction closeProjectAction;
    private final IAction saveAction;
    private final IAction saveAsAction;
    private final IAction revertAction;
    private final IAction exitAction;
    private final IAction undoAction;
    private final IAction redoAction;
    private final IAction cutAction;
    private final IAction copyAction;
    private final IAction pasteAction;
    private final IAction deleteAction;
    private final IAction selectAllAction;
    private final IAction findReplaceAction;
    private final IAction keyAssistAction;
    private final IAction preferencesAction;
    private final IAction validateAction;
    private final IAction resetLayoutAction;
    private final IAction nextViewAction;
    private final IAction nextEditorAction;
    private final IAction nextPerspectiveAction;
    private final IAction maximizePartAction;
    private final IAction minimizePartAction;
    private final IAction closePartAction;
    private final IAction quickSearchAction;
    private final IAction minimizeAction;
    private final IAction zoomAction;
    private final IAction welcomeAction;
    private final IAction aboutAction;
    private final IAction userGuideAction;
    private final IAction reportProblemAction;

    public WindowActions(WorkbenchWindow window, ProjectFiles files, WindowEditing editing, WindowDialogs dialogs) {
        this.window = window;
        this.messages = window.messages();
        this.files = files;
        newAction = action("action.new", Icons.NEW, SWT.MOD1 | 'N', files::newProject);
        openAction = action("action.open", Icons.OPEN, SWT.MOD1 | 'O', files::openProject);
        openSampleAction = action("action.openSample", null, 0, files::openSample);
        closeProjectAction = action("action.closeProject", null, SWT.MOD1 | SWT.SHIFT | 'W', files::closeProject);
        saveAction = action("action.save", Icons.SAVE, SWT.MOD1 | 'S', files::save);
        saveAsAction = action("action.saveAs", null, SWT.MOD1 | SWT.SHIFT | 'S', files::saveAs);
        revertAction = action("action.revert", null, 0, files::revert);
        exitAction = action("action.exit", null, SWT.MOD1 | 'Q', window::close);
        undoAction = action("action.undo", Icons.UNDO, SWT.MOD1 | 'Z', editing::undo);
        redoAction = action("action.redo", Icons.REDO, SWT.MOD1 | 'Y', editing::redo);
        cutAction = action("action.cut", null, SWT.MOD1 | 'X', () -> editing.onFocus("cut", TextEditing::cut));
        copyAction = action("action.copy", null, SWT.MOD1 | 'C', () -> editing.onFocus("copy", TextEditing::copy));
        pasteAction = action("action.paste", null, SWT.MOD1 | 'V', () -> editing.onFocus("paste", TextEditing::paste));
        // no accelerator: the Delete key stays the text's and the tree's own (the explorer binds it to this)
        deleteAction = action("action.delete", null, 0, editing::delete);
        selectAllAction = action("action.selectAll", null, SWT.MOD1 | 'A', () -> editing.onFocus("select", TextEditing::selectAll));
        findReplaceAction = action("action.findReplace", null, SWT.MOD1 | 'F', () -> dialogs.findReplace(editing.focusControl()));
        keyAssistAction = action("action.keyAssist", null, SWT.MOD1 | SWT.SHIFT | 'L', () -> dialogs.keyAssist(window.keyBindings()));
        preferencesAction = action("action.preferences", null, 0, () -> dialogs.openPreferences(window.preferenceStore()));
        validateAction = action("action.validate", Icons.VALIDATE, 0, window::validate);
        resetLayoutAction = action("action.resetLayout", null, 0, window::resetLayout);
        nextViewAction = action("action.nextView", null, SWT.MOD1 | SWT.F7, () -> window.stacks().activateNext(false));
        nextEditorAction = action("action.nextEditor", null, SWT.MOD1 | SWT.F6, () -> window.stacks().activateNext(true));
        nextPerspectiveAction = action("action.nextPerspective", null, SWT.MOD1 | SWT.F8, window::nextPerspective);
        maximizePartAction = action("action.maximizePart", null, SWT.MOD1 | 'M', () -> onActive(site -> window.stacks().toggleMaximize(site.stack)));
        minimizePartAction = action("action.minimizePart", null, 0, () -> onActive(site -> window.stacks().minimize(site.stack)));
        closePartAction = action("action.closePart", null, SWT.MOD1 | 'W', () -> onActive(site -> window.stacks().close(site)));
        quickSearchAction = action("action.quickSearch", Icons.SEARCH, SWT.MOD1 | '3', () -> window.quickSearch().focus());
        minimizeAction = action("action.minimize", null, 0, () -> window.getShell().setMinimized(true));
        zoomAction = action("action.maximize", null, 0, () -> window.getShell().setMaximized(!window.getShell().getMaximized()));
        welcomeAction = action("action.welcome", Icons.WELCOME, 0, () -> window.showView(WelcomeView.ID));
        aboutAction = action("action.about", null, 0, dialogs::about);
        aboutAction.setToolTipText(messages.get("action.about.tooltip"));
        userGuideAction = action("action.userGuide", null, SWT.F1, dialogs::openUserGuide);
        reportProblemAction = action("action.reportProblem", null, 0, dialogs::reportProblem);
        exitAction.setToolTipText(messages.get("action.exit.tooltip"));
    }

    private void onActive(Consumer<PartSite> task) {
        PartSite active = window.stacks().active();
        if (active != null) {
            task.accept(active);
        }
    }

    /** The menus by id (contributed commands go into them; Key Assist lists them). */
    public Map<String, IMenuManager> menus() {
        return menus;
    }

    /** The keys the window's actions take. */
    public Set<Integer> reservedKeys() {
        return reservedKeys;
    }

    public MenuManager menuBar() {
        MenuManager bar = new MenuManager();
        bar.add(menu(Menus.FILE, "menu.file", this::fillFileMenu));
        bar.add(menu(Menus.EDIT, "menu.edit", this::fillEditMenu));
        bar.add(menu(Menus.PROJECT, "menu.project", this::fillProjectMenu));
        // empty (hidden) until a bundle contributes to it: team working comes with org.bridgework.ui.team
        bar.add(menu(Menus.TEAM, "menu.team", m -> m.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS))));
        bar.add(menu(Menus.WINDOW, "menu.window", this::fillWindowMenu));
        bar.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS));
        bar.add(menu(Menus.HELP, "menu.help", this::fillHelpMenu));
        return bar;
    }

    /** The main toolbar's manager with the window's buttons; contributed commands go after them. */
    public ToolBarManager toolBar() {
        ToolBarManager toolBar = new ToolBarManager(SWT.FLAT);
        toolBar.add(newAction);
        toolBar.add(openAction);
        toolBar.add(saveAction);
        toolBar.add(new Separator());
        toolBar.add(undoAction);
        toolBar.add(redoAction);
        toolBar.add(new Separator());
        toolBar.add(validateAction);
        toolBar.add(new Separator(ContributedCommands.TOOLBAR_GROUP));
        return toolBar;
    }

    private void fillFileMenu(IMenuManager menu) {
        menu.add(newAction);
        menu.add(openAction);
        menu.add(openSampleAction);
        menu.add(dynamic("menu.recent", "recent", this::fillRecentMenu));
        menu.add(new Separator());
        menu.add(closeProjectAction);
        menu.add(saveAction);
        menu.add(saveAsAction);
        menu.add(revertAction);
        menu.add(new Separator("import"));
        menu.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS));
        // a named separator ends the additions group: contributed commands go above Exit, not below it
        menu.add(new Separator("exit"));
        menu.add(exitAction);
    }

    private void fillEditMenu(IMenuManager menu) {
        menu.add(undoAction);
        menu.add(redoAction);
        menu.add(new Separator("clipboard"));
        menu.add(cutAction);
        menu.add(copyAction);
        menu.add(pasteAction);
        menu.add(new Separator("delete"));
        menu.add(deleteAction);
        menu.add(selectAllAction);
        menu.add(new Separator("find"));
        menu.add(findReplaceAction);
        menu.add(new Separator(ContributedCommands.GROUP_ADDITIONS));
    }

    private void fillProjectMenu(IMenuManager menu) {
        menu.add(validateAction);
        menu.add(new Separator(ContributedCommands.GROUP_ADDITIONS));
    }

    private void fillWindowMenu(IMenuManager menu) {
        menu.add(dynamic("menu.perspective", "perspective", this::fillPerspectiveMenu));
        menu.add(dynamic("menu.showView", "showView", this::fillShowViewMenu));
        menu.add(new Separator());
        menu.add(nextViewAction);
        menu.add(nextEditorAction);
        menu.add(nextPerspectiveAction);
        menu.add(maximizePartAction);
        menu.add(minimizePartAction);
        menu.add(closePartAction);
        menu.add(quickSearchAction);
        menu.add(new Separator());
        menu.add(resetLayoutAction);
        menu.add(new Separator());
        menu.add(minimizeAction);
        menu.add(zoomAction);
        menu.add(new Separator(ContributedCommands.GROUP_ADDITIONS));
        menu.add(new Separator("preferences"));
        menu.add(preferencesAction);
    }

    private void fillHelpMenu(IMenuManager menu) {
        menu.add(welcomeAction);
        menu.add(userGuideAction);
        menu.add(keyAssistAction);
        menu.add(new GroupMarker(ContributedCommands.GROUP_ADDITIONS));
        menu.add(new Separator("about"));
        menu.add(reportProblemAction);
        menu.add(aboutAction);
    }

    /** A sub-menu filled each time it is shown (with a placeholder so that it shows as a sub-menu). */
    private MenuManager dynamic(String key, String id, org.eclipse.jface.action.IMenuListener fill) {
        MenuManager menu = new MenuManager(messages.get(key), id);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(fill);
        menu.add(new Action("") { });
        return menu;
    }

    private void fillRecentMenu(IMenuManager menu) {
        List<Path> recent = files.recent();
        if (recent.isEmpty()) {
            Action none = new Action(messages.get("menu.recent.none")) { };
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int index = 1;
        for (Path file : recent) {
            String label = (index <= 9 ? "&" + index + " " : "") + file.getFileName().toString().replace("&", "&&");
            Action open = new Action(label) {
                @Override
                public void run() {
                    files.open(file);
                }
            };
            open.setToolTipText(file.toString());
            menu.add(open);
            index++;
        }
    }

    private void fillPerspectiveMenu(IMenuManager menu) {
        for (String id : Perspectives.IDS) {
            Action switchTo = new Action(messages.get("perspective." + id + ".menu"), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        window.showPerspective(id);
                    }
                }
            };
            switchTo.setChecked(id.equals(window.stacks().perspective()));
            switchTo.setToolTipText(messages.get("perspective." + id + ".purpose"));
            menu.add(switchTo);
        }
    }

    private void fillShowViewMenu(IMenuManager menu) {
        for (ViewContribution view : window.stacks().viewsForMenu()) {
            String id = view.id();
            Action show = new Action(view.label()) {
                @Override
                public void run() {
                    window.showView(id);
                }
            };
            try {
                show.setImageDescriptor(view.icon());
            } catch (RuntimeException e) {
                // no icon
            }
            menu.add(show);
        }
    }

    /** The actions that depend on the project and its command stack. */
    public void updateEnablement(ProjectSession session) {
        boolean open = session.project().isPresent();
        boolean hasService = session.hasService();
        newAction.setEnabled(hasService);
        openAction.setEnabled(hasService);
        openSampleAction.setEnabled(hasService);
        saveAction.setEnabled(open && (session.isDirty() || session.needsLocation()));
        saveAsAction.setEnabled(open);
        revertAction.setEnabled(open && session.isDirty() && session.saveTarget().isPresent());
        closeProjectAction.setEnabled(open);
        validateAction.setEnabled(open);
        CommandStack stack = session.commandStack();
        Command undo = stack == null ? null : stack.getUndoCommand();
        Command redo = stack == null ? null : stack.getRedoCommand();
        undoAction.setEnabled(stack != null && stack.canUndo());
        redoAction.setEnabled(stack != null && stack.canRedo());
        undoAction.setText(withLabel("action.undo", undo));
        redoAction.setText(withLabel("action.redo", redo));
    }

    private String withLabel(String key, Command command) {
        String label = command == null ? null : command.getLabel();
        return label == null || label.isBlank() ? messages.get(key) : messages.format(key + ".label", label);
    }

    private Action action(String key, String icon, int accelerator, Runnable run) {
        Action action = new Action(messages.get(key)) {
            @Override
            public void run() {
                window.commitPendingEdits(); // typing not yet applied is part of what Undo, Save, Close... act on
                run.run();
            }
        };
        action.setId(key);
        String tooltip = messages.get(key + ".tooltip");
        action.setToolTipText(tooltip.startsWith("!") ? PartStacks.plain(messages.get(key)) : tooltip);
        if (icon != null) {
            action.setImageDescriptor(Icons.descriptor(icon));
        }
        if (accelerator != 0) {
            action.setAccelerator(accelerator);
            reservedKeys.add(accelerator);
        }
        return action;
    }

    private MenuManager menu(String id, String key, Consumer<IMenuManager> fill) {
        MenuManager menu = new MenuManager(messages.get(key), id);
        fill.accept(menu);
        menus.put(id, menu);
        return menu;
    }
}
