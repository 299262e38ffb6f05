package org.bridgework.ui.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work off the UI thread (import, index, assemble), with a progress bar and a cancel button in the status
 * line. The UI stays responsive; a failure is reported in the status line.
 */
@ProviderType
public interface JobRunner {

    /**
     * Starts {@code job} on a background thread.
     *
     * @param name what the user sees in the status line while it runs, for example {@code Importing sources}
     */
    <T> JobHandle<T> schedule(String name, BackgroundJob<T> job);
}
