package org.bridgework.ui.workbench.internal.commands;

import java.util.concurrent.atomic.AtomicReference;

import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.swt.widgets.Display;

/**
 * Gogo commands for the open workbench ({@code workbench:views}, {@code workbench:set ID FEATURE VALUE}, ...),
 * registered while a window is open: each runs a {@link WorkbenchOperations} line on the UI thread. Plain methods
 * with String arguments, so a console (or a test in another class loader) can call them.
 */
public final class ShellCommands {
    public static final String[] FUNCTIONS = {"views", "perspective", "show", "close", "select", "set", "get", "undo", "redo", "save", "title", "screenshot", "exit"};

    private final Display display;
    private final WorkbenchOperations operations;

    public ShellCommands(Display display, WorkbenchOperations operations) {
        this.display = display;
        this.operations = operations;
    }

    public String views() {
        return run("views");
    }

    public String perspective(String id) {
        return run("perspective " + id);
    }

    public String show(String view) {
        return run("show " + view);
    }

    public String close(String view) {
        return run("close " + view);
    }

    public String select(String id) {
        return run("select " + id);
    }

    public String set(String id, String feature, String value) {
        return run("set " + id + " " + feature + " " + value);
    }

    public String get(String id, String feature) {
        return run("get " + id + " " + feature);
    }

    public String undo() {
        return run("undo");
    }

    public String redo() {
        return run("redo");
    }

    public String save() {
        return run("save");
    }

    public String title() {
        return run("title");
    }

    /** Writes a PNG of the window to {@code file}. */
    public String screenshot(String file) {
        return run("screenshot " + file);
    }

    /** Closes the window (unsaved changes: the user is asked, as with File &gt; Exit). */
    public String exit() {
        return run("exit");
    }

    private String run(String line) {
        if (display.isDisposed()) {
            return "the workbench is closed";
        }
        AtomicReference<String> result = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(operations.run(line));
            } catch (RuntimeException e) {
                result.set("failed: " + Jobs.message(e));
            }
        });
        return result.get();
    }
}
