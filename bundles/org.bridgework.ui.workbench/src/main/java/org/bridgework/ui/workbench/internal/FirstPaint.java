package org.bridgework.ui.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * When the window first painted, and what runs once it has (the command line's --screenshot, --exit and timings):
 * a paint listener on the first controls to show. Split out of {@link WorkbenchWindow}; UI thread only.
 */
final class FirstPaint implements Listener {
    private final List<Runnable> tasks = new ArrayList<>();
    private long nanos;

    /** Runs the task as the next event after the first paint; at once (as the next event) when that has been. */
    void add(Runnable task) {
        Objects.requireNonNull(task);
        if (nanos != 0) {
            org.eclipse.swt.widgets.Display.getCurrent().asyncExec(task);
        } else {
            tasks.add(task);
        }
    }

    OptionalLong nanos() {
        return nanos == 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    @Override
    public void handleEvent(Event event) {
        if (nanos != 0) {
            return;
        }
        nanos = System.nanoTime();
        List<Runnable> due = List.copyOf(tasks);
        tasks.clear();
        for (Runnable task : due) {
            event.display.asyncExec(task);
        }
    }
}
