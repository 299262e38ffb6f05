package org.bridgework.assembly.pdf.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf logs every layout step to java.util.logging (INFO on stderr in the command line). This logger
 * writes nothing: openhtmltopdf still hands each message to the renderer's diagnostic consumer, which keeps the
 * warnings. openhtmltopdf is embedded in this bundle, so the setting reaches no one else.
 */
final class QuietLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
