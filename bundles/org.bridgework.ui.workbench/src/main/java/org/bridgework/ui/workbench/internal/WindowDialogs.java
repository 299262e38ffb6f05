package org.bridgework.ui.workbench.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bridgework.ui.workbench.internal.commands.ContributedCommands;
import org.bridgework.ui.workbench.internal.commands.FindReplaceDialog;
import org.bridgework.ui.workbench.internal.commands.KeyAssistDialog;
import org.bridgework.ui.workbench.internal.layout.PartSite;
import org.bridgework.ui.workbench.internal.layout.PartStacks;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The dialogs the window opens (About, Report a Problem, Key Assist, Preferences, Find/Replace) and the user guide
 * F1 opens: split out of {@link WorkbenchWindow}, which keeps the page, the menus and the session. The last dialog
 * of each kind stays reachable for the UI tests. UI thread only.
 */
public final class WindowDialogs {
    private final WorkbenchWindow window;
    private final WorkbenchWindow.Services services;
    private final Messages messages;

    /** The user guide F1 and Help > User Guide open (tests replace its opener). */
    UserGuide userGuide;
    /** The last Report a Problem dialog (tests). */
    ReportProblemDialog reportProblemDialog;
    /** The open Key Assist and Preferences dialogs, if any (tests). */
    KeyAssistDialog keyAssist;
    PreferencesDialog preferencesDialog;
    /** The open Find/Replace dialog, if any (tests). */
    FindReplaceDialog findReplace;

    WindowDialogs(WorkbenchWindow window) {
        this.window = window;
        this.services = window.services();
        this.messages = services.messages();
    }

    private Shell shell() {
        return window.getShell();
    }

    private static <W extends Window> W blockUnlessTesting(W dialog) {
        dialog.setBlockOnOpen(!Boolean.getBoolean("bridgework.test.nonBlockingDialogs"));
        return dialog;
    }

    public void about() {
        blockUnlessTesting(new AboutDialog(shell(), messages, services.about())).open();
    }

    UserGuide userGuide() {
        if (userGuide == null) {
            userGuide = new UserGuide(Path.of(System.getProperty("bridgework.home", ".")), shell());
        }
        return userGuide;
    }

    /** F1 and Help > User Guide: the guide at the section of the active view or editor, else of the perspective. */
    public void openUserGuide() {
        PartStacks stacks = window.stacks();
        PartSite active = stacks == null ? null : stacks.active();
        String anchor = userGuide().anchorFor(active == null ? null : active.id, stacks == null ? null : stacks.perspective());
        if (userGuide().open(anchor)) {
            window.statusLine().setMessage(messages.format("guide.opened", anchor == null ? userGuide().file().toString() : anchor));
        } else {
            services.prompts().showError(shell(), messages.get("guide.missing.title"), messages.format("guide.missing", userGuide().file()));
        }
    }

    public void reportProblem() {
        Optional<org.bridgework.core.api.ProblemReports> reports = services.about().reports().get();
        if (reports.isEmpty()) {
            services.prompts().showError(shell(), messages.get("report.title"), messages.format("report.failed", "-", "the core services are not running"));
            return;
        }
        reportProblemDialog = blockUnlessTesting(new ReportProblemDialog(shell(), messages, reports.get(), window.session().saveTarget(), services.prompts()));
        reportProblemDialog.open();
        if (reportProblemDialog.written != null) {
            window.statusLine().setMessage(messages.format("report.written", reportProblemDialog.written.file()));
        }
    }

    List<KeyAssistDialog.Binding> keyBindings(Map<String, IMenuManager> menus, ContributedCommands commands) {
        return KeyAssistDialog.collect(menus, commands == null ? List.of() : commands.actions(), messages);
    }

    public void keyAssist(List<KeyAssistDialog.Binding> bindings) {
        keyAssist = blockUnlessTesting(new KeyAssistDialog(shell(), bindings));
        keyAssist.open();
    }

    public void openPreferences(WorkbenchPreferences preferences) {
        preferencesDialog = blockUnlessTesting(new PreferencesDialog(shell(), preferences));
        try {
            preferencesDialog.open();
        } catch (java.io.UncheckedIOException e) {
            services.prompts().showError(shell(), messages.get("action.preferences"), e.getMessage());
        }
    }

    /** Find/Replace in the focused text; a word in the status line when the focus is not in one. */
    public void findReplace(Control focus) {
        if (!(focus instanceof Text || focus instanceof StyledText)) {
            window.statusLine().setMessage(messages.get("edit.findNoText"));
            return;
        }
        if (findReplace != null && findReplace.getShell() != null && !findReplace.getShell().isDisposed()) {
            findReplace.close();
        }
        findReplace = new FindReplaceDialog(shell(), focus);
        findReplace.open();
    }
}
