package org.bridgework.core.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bridgework.core.api.Problem.Severity;

/**
 * Calls extensions (whiteboard services other bundles provide: validation rules, appendix providers, renderers,
 * importers, contexts) with a time limit, on a worker thread, so that one that hangs or breaks is contained: when a
 * call does not answer within the limit, or throws an unchecked exception or error, the extension is reported
 * (a {@link Problem} naming it) and disabled for the rest of the session; the caller gets {@link Unavailable} and
 * goes on without it. Checked exceptions the call declares (an importer's "cannot read this file") pass through
 * unchanged and disable nothing.
 * <p>
 * One guard per service that calls one kind of extension; thread-safe. The calling thread waits for at most the
 * limit, once per extension: after that the extension is skipped at once.
 */
public final class ExtensionGuard implements AutoCloseable {

    /** The system property with the limit, in milliseconds, of short calls (checks, appendices): default 5000. */
    public static final String TIMEOUT_PROPERTY = "bridgework.extensions.timeoutMillis";
    /** The system property with the limit of calls that read or write whole documents (renderers, importers): default 120000. */
    public static final String LONG_TIMEOUT_PROPERTY = "bridgework.extensions.longTimeoutMillis";

    /** A call that may throw a checked exception of its own. */
    @FunctionalInterface
    public interface Call<T, X extends Exception> {
        T call() throws X;
    }

    /** The extension gave no answer: it is disabled, timed out or failed; {@link #problem()} says which and why. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Unavailable(Problem problem, Throwable cause) {
            super(problem.message(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final String kind;
    private final String code;
    private final long limitMillis;
    private final Map<Object, Problem> disabled = new IdentityHashMap<>();
    private final ExecutorService workers;

    /**
     * @param kind        what the extensions are, for messages: "check", "appendix provider", "renderer"...
     * @param code        the problem code's stem, for example {@code rule} gives {@code rule-timeout} and {@code rule-failed}
     * @param limitMillis the time limit of one call
     */
    public ExtensionGuard(String kind, String code, long limitMillis) {
        this.kind = kind;
        this.code = code;
        this.limitMillis = limitMillis;
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bridgework-extension-" + code);
            thread.setDaemon(true); // a hanging extension never keeps the product from exiting
            return thread;
        });
    }

    /** The limit from a system property (see {@link #TIMEOUT_PROPERTY}), or the default when unset or not a positive number. */
    public static long limit(String property, long defaultMillis) {
        try {
            long value = Long.parseLong(System.getProperty(property, String.valueOf(defaultMillis)).trim());
            return value > 0 ? value : defaultMillis;
        } catch (NumberFormatException e) {
            return defaultMillis;
        }
    }

    public long limitMillis() {
        return limitMillis;
    }

    /** Model elements a call over a project gets the plain limit for; each as many more adds the limit once again. */
    public static final int ELEMENTS_PER_LIMIT = 10_000;

    /**
     * The limit of a call that reads a whole project of {@code elements} elements: the plain limit for up to
     * {@value #ELEMENTS_PER_LIMIT}, once more for every {@value #ELEMENTS_PER_LIMIT} more. A check that answers a small
     * project at once may well need seconds for a very large one, and is not broken for that.
     *
     * @since 1.9
     */
    public long limitMillisFor(int elements) {
        long times = Math.max(1, (elements + ELEMENTS_PER_LIMIT - 1L) / ELEMENTS_PER_LIMIT);
        return Math.multiplyExact(limitMillis, times);
    }

    /**
     * Runs {@code call} on behalf of {@code extension} (named {@code name} in messages) within the limit.
     *
     * @throws Unavailable when the extension was disabled before, or does not answer in time, or throws an unchecked
     *                     exception or error (it is then disabled)
     * @throws X           what the call itself declares; the extension stays enabled
     */
    public <T, X extends Exception> T call(Object extension, String name, Call<T, X> call) throws X {
        return call(extension, name, limitMillis, call);
    }

    /**
     * Runs {@code call} as {@link #call(Object, String, Call)} does, within {@code limitMillis} instead of the guard's
     * limit (for example {@link #limitMillisFor(int)} of the project it reads).
     *
     * @since 1.9
     */
    public <T, X extends Exception> T call(Object extension, String name, long limitMillis, Call<T, X> call) throws X {
        Problem known = problem(extension);
        if (known != null) {
            throw new Unavailable(known, null);
        }
        Future<T> future = workers.submit((Callable<T>) call::call);
        try {
            return future.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Unavailable(disable(extension, new Problem(Severity.WARNING, code + "-timeout", null, "The " + kind + " " + name
                    + " did not answer within " + limitMillis + " ms and is disabled until Bridgework restarts. Please report this to the makers of the bundle that provides it.")),
                    e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Exception checked && !(cause instanceof RuntimeException)) {
                @SuppressWarnings("unchecked")
                X declared = (X) checked; // Call declares only X among the checked exceptions
                throw declared;
            }
            throw new Unavailable(disable(extension, new Problem(Severity.WARNING, code + "-failed", null, "The " + kind + " " + name + " failed ("
                    + describe(cause) + ") and is disabled until Bridgework restarts. Please report this to the makers of the bundle that provides it.")),
                    cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unavailable(new Problem(Severity.WARNING, code + "-interrupted", null, "The " + kind + " " + name + " was interrupted."), e);
        }
    }

    /** Runs a call that returns nothing; see {@link #call(Object, String, Call)}. */
    public <X extends Exception> void run(Object extension, String name, Call<Void, X> call) throws X {
        call(extension, name, call);
    }

    private synchronized Problem disable(Object extension, Problem problem) {
        disabled.put(extension, problem);
        return problem;
    }

    /** Why {@code extension} is disabled, or null when it is not. */
    public synchronized Problem problem(Object extension) {
        return disabled.get(extension);
    }

    public boolean isDisabled(Object extension) {
        return problem(extension) != null;
    }

    /** One problem per disabled extension, for the Problems view and the commands' reports. */
    public synchronized List<Problem> problems() {
        return new ArrayList<>(disabled.values());
    }

    /** Forgets an extension that went away (its service was unregistered), so a new version starts enabled. */
    public synchronized void forget(Object extension) {
        disabled.remove(extension);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
