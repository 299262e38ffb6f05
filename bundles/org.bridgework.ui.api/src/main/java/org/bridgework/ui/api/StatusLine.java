package org.bridgework.ui.api;

import org.osgi.annotation.versioning.ProviderType;

/** The status line at the bottom of the window. Use on the UI thread. */
@ProviderType
public interface StatusLine {

    /** Shows a message ({@code null} clears it). */
    void setMessage(String message);

    /** Shows an error message, which takes precedence over the plain message until cleared with {@code null}. */
    void setErrorMessage(String message);
}
