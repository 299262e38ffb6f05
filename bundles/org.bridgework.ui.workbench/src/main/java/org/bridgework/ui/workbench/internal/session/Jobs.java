package org.bridgework.ui.workbench.internal.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.bridgework.ui.api.BackgroundJob;
import org.bridgework.ui.api.JobHandle;
import org.bridgework.ui.api.JobRunner;
import org.bridgework.ui.workbench.internal.ErrorLog;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.StatusLineImpl;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.widgets.Display;

/**
 * Background jobs: each runs on a daemon thread; its monitor only records progress in volatile fields, which the
 * status line's {@link ProgressArea} polls on the UI thread, so a busy job never floods the UI with updates.
 */
public final class Jobs implements JobRunner, AutoCloseable {
    private final Display display;
    private final ErrorLog log;
    private final Messages messages;
    private final ExecutorService executor;
    private final List<Job<?>> running = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private StatusLineImpl statusLine;

    public Jobs(Display display, Messages messages, ErrorLog log) {
        this.display = display;
        this.messages = messages;
        this.log = log;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "bridgework-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void setStatusLine(StatusLineImpl statusLine) {
        this.statusLine = statusLine;
    }

    @Override
    public <T> JobHandle<T> schedule(String name, BackgroundJob<T> work) {
        Objects.requireNonNull(work);
        Job<T> job = new Job<>(name == null ? messages.get("job.unnamed") : name);
        running.add(job);
        changed();
        executor.execute(() -> {
            // the status line's message count just before completion: callbacks queued on completion that report
            // the result themselves are not then covered by a plain "done"
            long[] before = {0};
            try {
                T result = work.run(job.monitor);
                before[0] = messageCount();
                if (job.monitor.isCanceled()) {
                    job.future.completeExceptionally(new CancellationException(job.name));
                } else {
                    job.future.complete(result);
                }
            } catch (OperationCanceledException | CancellationException | InterruptedException e) {
                job.future.completeExceptionally(new CancellationException(job.name));
            } catch (Throwable e) {
                job.future.completeExceptionally(e);
            } finally {
                running.remove(job);
                changed();
                asyncExec(() -> reportEnd(job, before[0]));
            }
        });
        return job;
    }

    /** The jobs running now, oldest first. */
    List<Job<?>> running() {
        return List.copyOf(running);
    }

    /** Told (on any thread) when a job starts or ends. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** The name of the job whose failure the status line shows (UI thread). */
    private String lastFailed;

    private long messageCount() {
        StatusLineImpl line = statusLine;
        return line == null ? 0 : line.messageCount();
    }

    private void reportEnd(Job<?> job, long messagesBefore) {
        Throwable failure = job.failure();
        if (statusLine == null) {
            return;
        }
        if (failure == null) {
            if (job.name.equals(lastFailed)) {
                // the same work succeeded since (a preview rendered again): its old failure no longer applies
                statusLine.setErrorMessage(null);
                lastFailed = null;
            }
            if (statusLine.messageCount() != messagesBefore) {
                return; // the job's completion reported its result itself: keep that, not a plain "done"
            }
            statusLine.setMessage(messages.format("job.done", job.name));
        } else if (failure instanceof CancellationException) {
            statusLine.setMessage(messages.format("job.cancelled", job.name));
        } else {
            log.contributionFailed("the job '" + job.name + "' failed", failure);
            statusLine.setErrorMessage(messages.format("job.failed", job.name, message(failure)));
            lastFailed = job.name;
        }
    }

    private void asyncExec(Runnable task) {
        if (!display.isDisposed()) {
            try {
                display.asyncExec(task);
            } catch (RuntimeException e) {
                // the display went away meanwhile
            }
        }
    }

    public static String message(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        running.forEach(JobHandle::cancel);
        executor.shutdownNow();
    }

    /** A scheduled job: its handle and its monitor. */
    final class Job<T> implements JobHandle<T> {
        final String name;
        final Monitor monitor = new Monitor();
        final CompletableFuture<T> future = new CompletableFuture<>();

        Job(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void cancel() {
            monitor.setCanceled(true);
        }

        @Override
        public CompletableFuture<T> result() {
            return future;
        }

        @Override
        public JobHandle<T> whenDone(BiConsumer<? super T, ? super Throwable> callback) {
            future.whenComplete((result, failure) -> asyncExec(() -> {
                try {
                    callback.accept(result, unwrap(failure));
                } catch (RuntimeException | LinkageError e) {
                    log.contributionFailed("the completion of job '" + name + "' failed", e);
                }
            }));
            return this;
        }

        Throwable failure() {
            if (!future.isCompletedExceptionally()) {
                return null;
            }
            try {
                future.join();
                return null;
            } catch (CompletionException | CancellationException e) {
                return unwrap(e);
            }
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Progress as volatile fields, read by the UI thread. */
    static final class Monitor implements IProgressMonitor {
        volatile String task = "";
        volatile String subTask = "";
        volatile int total = UNKNOWN;
        volatile double worked;
        volatile boolean canceled;

        @Override
        public void beginTask(String name, int totalWork) {
            task = name == null ? "" : name;
            total = totalWork;
            worked = 0;
        }

        @Override
        public void done() {
            worked = total;
        }

        @Override
        public void internalWorked(double work) {
            worked = worked + work;
        }

        @Override
        public boolean isCanceled() {
            return canceled;
        }

        @Override
        public void setCanceled(boolean value) {
            canceled = value;
        }

        @Override
        public void setTaskName(String name) {
            task = name == null ? "" : name;
        }

        @Override
        public void subTask(String name) {
            subTask = name == null ? "" : name;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        /** Done so far, 0..100, or -1 when the total is unknown. */
        int percent() {
            int t = total;
            return t <= 0 ? -1 : (int) Math.min(100, Math.round(worked * 100 / t));
        }
    }
}
