package org.bridgework.launcher;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's log: errors are kept (the integration test asserts there are none) and shown when BRIDGEWORK_DEBUG is set. */
final class FrameworkErrors extends Logger {
    private final List<String> errors = new ArrayList<>();
    private final boolean debug = System.getenv("BRIDGEWORK_DEBUG") != null;

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference sr, int level, String msg, Throwable throwable) {
        String line = (bundle != null ? "[" + bundle.getSymbolicName() + "] " : "") + msg + (throwable != null ? ": " + throwable : "");
        if (level == LOG_ERROR && line.contains("Resolver hook prevented resolution")) {
            // a bundle the trust hook refuses (an untrusted context): the hook has reported it with the reason
            level = LOG_INFO;
        }
        if (level == LOG_ERROR) {
            synchronized (errors) {
                errors.add(line);
            }
        }
        if (debug || level == LOG_ERROR) {
            System.err.println("bridgework: " + (level == LOG_ERROR ? "framework error: " : "framework: ") + line);
        }
    }

    void record(int level, String msg) {
        doLog(null, null, level, msg, null);
    }

    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }
}
