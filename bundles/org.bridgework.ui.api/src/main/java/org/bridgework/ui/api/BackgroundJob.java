package org.bridgework.ui.api;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work run by {@link JobRunner}. It runs on a background thread: it must not touch widgets, nor the model of an
 * open project (read what you need on the UI thread before scheduling it, and apply results as commands in
 * {@link JobHandle#whenDone}).
 */
@ConsumerType
@FunctionalInterface
public interface BackgroundJob<T> {

    /**
     * @param monitor report progress ({@code beginTask}, {@code worked}, {@code subTask}) and check
     *                {@code isCanceled()} often; throw {@code OperationCanceledException} (or return) when cancelled
     */
    T run(IProgressMonitor monitor) throws Exception;
}
