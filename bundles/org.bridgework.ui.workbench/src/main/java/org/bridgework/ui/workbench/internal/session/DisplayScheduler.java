package org.bridgework.ui.workbench.internal.session;

import org.bridgework.core.api.ProjectSession;
import org.bridgework.core.api.RecoveryJournal;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's hand-off to the UI thread for the core's {@link ProjectSession} and
 * {@link RecoveryJournal}: the journal's delay runs on the display's timer, so the model is serialised on the thread
 * that changes it. The only SWT the session and journal need, which is why they live in core.
 */
public final class DisplayScheduler implements RecoveryJournal.Scheduler {
    private final Display display;

    public DisplayScheduler(Display display) {
        this.display = display;
    }

    @Override
    public void later(int delayMillis, Runnable task) {
        display.timerExec(delayMillis, task);
    }

    @Override
    public void cancel(Runnable task) {
        if (!display.isDisposed()) {
            display.timerExec(-1, task);
        }
    }
}
