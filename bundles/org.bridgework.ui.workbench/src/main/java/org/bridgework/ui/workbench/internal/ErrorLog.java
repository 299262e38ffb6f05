package org.bridgework.ui.workbench.internal;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the workbench reports errors it recovers from (a failing contribution, listener or job): one line with
 * the message on the error stream, the stack trace after it, and a count the command's exit code reflects.
 */
public final class ErrorLog {
    private final PrintWriter err;
    private final AtomicInteger count = new AtomicInteger();

    public ErrorLog(PrintWriter err) {
        this.err = err;
    }

    public void error(String what, Throwable e) {
        count.incrementAndGet();
        synchronized (err) {
            err.println("bridgework workbench: " + what + ": " + e);
            e.printStackTrace(err);
            err.flush();
        }
    }

    /**
     * A contribution from another bundle failed (its part then shows the message): logged with the trace, but
     * not counted, as the workbench itself did its job.
     */
    public void contributionFailed(String what, Throwable e) {
        synchronized (err) {
            err.println("bridgework workbench: " + what + ": " + e);
            e.printStackTrace(err);
            err.flush();
        }
    }

    /** A problem worth a line but not an error (a key binding already taken...). */
    public void warn(String message) {
        synchronized (err) {
            err.println("bridgework workbench: " + message);
            err.flush();
        }
    }

    public int count() {
        return count.get();
    }
}
