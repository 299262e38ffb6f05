package org.bridgework.ui.workbench.internal;

import org.bridgework.ui.api.StatusLine;
import org.eclipse.jface.action.IStatusLineManager;

/** The {@link StatusLine} of the API over JFace's status line manager. */
final class StatusLineImpl implements StatusLine {
    private final IStatusLineManager manager;

    StatusLineImpl(IStatusLineManager manager) {
        this.manager = manager;
    }

    @Override
    public void setMessage(String message) {
        manager.setMessage(message);
    }

    @Override
    public void setErrorMessage(String message) {
        manager.setErrorMessage(message);
    }
}
