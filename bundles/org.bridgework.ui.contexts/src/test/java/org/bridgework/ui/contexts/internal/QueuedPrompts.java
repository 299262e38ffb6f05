package org.bridgework.ui.contexts.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Shell;

/** Prompts answered from queues; every question and message is recorded. */
final class QueuedPrompts implements ExtensionPrompts {
    final Deque<Path> jars = new ArrayDeque<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();

    @Override
    public Path chooseJar(Shell shell, String title) {
        asked.add("choose " + title);
        return jars.poll();
    }

    @Override
    public boolean confirm(Shell shell, String title, String message, String confirmLabel, String cancelLabel) {
        asked.add("confirm " + title + ": " + message + " [" + confirmLabel + "|" + cancelLabel + "]");
        assertNotNull(confirmations.peek(), "unexpected question: " + message);
        return confirmations.poll();
    }

    @Override
    public void error(Shell shell, String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void warning(Shell shell, String title, String message) {
        warnings.add(title + ": " + message);
    }
}
