package org.bridgework.ui.workbench.internal;

import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Keeps the open window in step with the contributions registry as bundles come and go (views, editors, commands,
 * title decorations), on the UI thread whatever thread the registry tells it on. Split out of {@link WorkbenchWindow}.
 */
final class ContributionsFollower implements ContributionRegistry.Listener {
    private final WorkbenchWindow window;

    ContributionsFollower(WorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void added(ContributionRegistry.Kind kind, Object contribution) {
        onUiThread(() -> {
            switch (kind) {
                case VIEW -> window.stacks().viewAdded((ViewContribution) contribution);
                case COMMAND -> window.commands().add((CommandContribution) contribution);
                case TITLE -> window.updateState();
                default -> {
                    // editors open on demand; property sections and search providers are asked when used
                }
            }
        });
    }

    @Override
    public void removed(ContributionRegistry.Kind kind, Object contribution) {
        onUiThread(() -> {
            switch (kind) {
                case VIEW -> window.stacks().viewRemoved((ViewContribution) contribution);
                case EDITOR -> window.stacks().editorRemoved((EditorContribution) contribution);
                case COMMAND -> window.commands().remove((CommandContribution) contribution);
                case TITLE -> window.updateState();
                default -> {
                }
            }
        });
    }

    /** Runs now on the UI thread, or as soon as possible from another thread; not once the window is closing. */
    private void onUiThread(Runnable task) {
        Display display = window.display();
        if (display.isDisposed()) {
            return;
        }
        Runnable guarded = () -> {
            Shell shell = window.getShell();
            if (shell != null && !shell.isDisposed() && !window.isClosing()) {
                task.run();
            }
        };
        if (display.getThread() == Thread.currentThread()) {
            guarded.run();
        } else {
            display.asyncExec(guarded);
        }
    }
}
