package org.bridgework.ui.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import org.osgi.annotation.versioning.ProviderType;

/** A scheduled {@link BackgroundJob}. */
@ProviderType
public interface JobHandle<T> {

    /** The name shown in the status line. */
    String name();

    /** Asks the job to stop: its monitor reports {@code isCanceled()}. The status line's cancel button does the same. */
    void cancel();

    /** The job's result; completes on the job's thread (exceptionally with a {@code CancellationException} when cancelled). */
    CompletableFuture<T> result();

    /**
     * Runs {@code callback} on the UI thread when the job ends: with the result, or with the failure (a
     * {@code CancellationException} when cancelled). Returns this handle.
     */
    JobHandle<T> whenDone(BiConsumer<? super T, ? super Throwable> callback);
}
