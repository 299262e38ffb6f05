package org.bridgework.ui.workbench.internal;

import org.bridgework.ui.api.StatusLine;
import org.eclipse.jface.action.IStatusLineManager;

/** The {@link StatusLine} of the API over JFace's status line manager. */
public final class StatusLineImpl implements StatusLine {
    private final IStatusLineManager manager;
    /** Counts the messages set, so a job's "done" does not cover what its completion just said. */
    private final java.util.concurrent.atomic.AtomicLong messages = new java.util.concurrent.atomic.AtomicLong();

    StatusLineImpl(IStatusLineManager manager) {
        this.manager = manager;
    }

    @Override
    public void setMessage(String message) {
        messages.incrementAndGet();
        manager.setMessage(message);
    }

    @Override
    public void setErrorMessage(String message) {
        messages.incrementAndGet();
        manager.setErrorMessage(message);
    }

    /** How many messages were set so far (any thread). */
    public long messageCount() {
        return messages.get();
    }
}
