package org.bridgework.ui.drafting.internal;

import org.eclipse.swt.widgets.Display;

/** Runs an action once on the UI thread, {@code delay} ms after the last {@link #schedule()} (timers of the display). */
final class Debouncer {

    private final Display display;
    private int delay;
    private final Runnable action;
    private final Runnable fire = this::fire;
    private boolean pending;

    Debouncer(Display display, int delay, Runnable action) {
        this.display = display;
        this.delay = delay;
        this.action = action;
    }

    /** Changes the delay for the next {@link #schedule()} (tests that must act before it runs out, however loaded the machine). */
    void delay(int millis) {
        this.delay = millis;
    }

    /** (Re)starts the delay. UI thread only. */
    void schedule() {
        if (display.isDisposed()) {
            return;
        }
        display.timerExec(-1, fire);
        pending = true;
        display.timerExec(delay, fire);
    }

    /** Runs a pending action now. */
    void flush() {
        if (pending) {
            display.timerExec(-1, fire);
            fire();
        }
    }

    void cancel() {
        pending = false;
        if (!display.isDisposed()) {
            display.timerExec(-1, fire);
        }
    }

    boolean pending() {
        return pending;
    }

    private void fire() {
        if (!pending) {
            return;
        }
        pending = false;
        action.run();
    }
}
