package org.bridgework.ui.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Work a part does only for what can be seen: a view in a tab behind another, or in a perspective not shown, need not
 * open an index or derive what it would show until it is brought to the front. Since 1.6.
 */
public final class Visibility {

    private Visibility() {
    }

    /** A wait for a control to be shown; cancel it when the work is no longer wanted. */
    public interface Waiting {
        void cancel();
    }

    /**
     * Runs {@code task} on the UI thread now if {@code control} can be seen (it and every parent are visible), else once
     * it is first shown; nothing if it is disposed first. UI thread.
     */
    public static Waiting whenShown(Control control, Runnable task) {
        if (control.isDisposed()) {
            return () -> { };
        }
        if (control.isVisible()) {
            task.run();
            return () -> { };
        }
        Display display = control.getDisplay();
        Listener[] filter = new Listener[1];
        Runnable stop = () -> {
            if (filter[0] != null && !display.isDisposed()) {
                display.removeFilter(SWT.Show, filter[0]);
            }
            filter[0] = null;
        };
        // a tab brought to the front sends Show before it is visible: look again once the event is over
        Runnable look = () -> {
            if (filter[0] == null) {
                return;
            }
            if (control.isDisposed()) {
                stop.run();
            } else if (control.isVisible()) {
                stop.run();
                task.run();
            }
        };
        filter[0] = e -> display.asyncExec(look);
        display.addFilter(SWT.Show, filter[0]);
        control.addListener(SWT.Dispose, e -> stop.run());
        return stop::run;
    }
}
