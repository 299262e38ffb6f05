package org.bridgework.ui.drafting.internal;

/**
 * Tells the preview when the installed local contexts change (installed, uninstalled, enabled or disabled). In the
 * product this is {@code ContextRegistry.onChange}; tests pass their own.
 */
@FunctionalInterface
interface ContextChanges {

    /** Calls {@code listener} (on any thread) after each change; close the result to stop. */
    AutoCloseable subscribe(Runnable listener);
}
