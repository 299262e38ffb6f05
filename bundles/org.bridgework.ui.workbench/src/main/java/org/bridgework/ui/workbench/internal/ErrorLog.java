package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

import org.bridgework.core.api.SessionLog;

/**
 * Where the workbench reports errors it recovers from (a failing contribution, listener or job): one line with
 * the message on the error stream, naming the log file that holds the stack trace, and a count the command's
 * exit code reflects.
 */
public final class ErrorLog implements SessionLog {
    private final PrintWriter err;
    private final Path logFile;
    private final AtomicInteger count = new AtomicInteger();

    public ErrorLog(PrintWriter err) {
        this(err, Path.of(System.getProperty("bridgework.cache", System.getProperty("java.io.tmpdir")), "log", "workbench.log"));
    }

    ErrorLog(PrintWriter err, Path logFile) {
        this.err = err;
        this.logFile = logFile;
    }

    @Override
    public void error(String what, Throwable e) {
        count.incrementAndGet();
        report(what, e);
    }

    /**
     * A contribution from another bundle failed (its part then shows the message): logged, but not counted,
     * as the workbench itself did its job.
     */
    @Override
    public void contributionFailed(String what, Throwable e) {
        report(what, e);
    }

    /** A problem worth a line but not an error (a key binding already taken...). */
    @Override
    public void warn(String message) {
        synchronized (err) {
            err.println("bridgework workbench: " + message);
            err.flush();
        }
    }

    public int count() {
        return count.get();
    }

    private void report(String what, Throwable e) {
        String where = appendTrace(what, e);
        synchronized (err) {
            err.println("bridgework workbench: " + what + ": " + e + where);
            err.flush();
        }
    }

    /** The trace goes to the log file for a bug report; the user sees one line. */
    private String appendTrace(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println(java.time.Instant.now() + " " + what);
            e.printStackTrace(out);
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return " (details in " + logFile + ")";
        } catch (IOException io) {
            return " (the log " + logFile + " could not be written: " + io.getMessage() + ")";
        }
    }
}
