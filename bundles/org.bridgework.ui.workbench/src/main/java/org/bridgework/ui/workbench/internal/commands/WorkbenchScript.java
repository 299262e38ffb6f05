package org.bridgework.ui.workbench.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.bridgework.ui.workbench.internal.WorkbenchWindow;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.swt.widgets.Display;

/**
 * A test hook: the lines of the file named by {@code BRIDGEWORK_WORKBENCH_SCRIPT} run one by one after the window
 * has painted, each a {@link WorkbenchOperations} line, plus {@code wait-journal} (until the crash-recovery
 * journal has written the changes by itself), {@code sleep MILLIS}, {@code timing NAME} (paints what is pending, then
 * prints {@code timing: NAME MILLIS} since the JVM started to standard error, as the launcher's start-up marks) and
 * {@code exit}. Each line's outcome is printed
 * as {@code script: LINE -> RESULT}, so a test can follow (and, say, kill the process once the journal is written).
 */
public final class WorkbenchScript {
    private final WorkbenchWindow window;
    private final WorkbenchOperations operations;
    private final PrintWriter out;
    private final Deque<String> lines;
    private volatile boolean journalWritten;

    WorkbenchScript(WorkbenchWindow window, PrintWriter out, List<String> lines) {
        this.window = window;
        this.operations = new WorkbenchOperations(window);
        this.out = out;
        this.lines = new ArrayDeque<>(lines);
        window.journal().onWritten(path -> journalWritten = true);
    }

    public static WorkbenchScript read(WorkbenchWindow window, PrintWriter out, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        return new WorkbenchScript(window, out, lines);
    }

    /** Runs the next line (and schedules the one after). UI thread. */
    public void next() {
        Display display = Display.getCurrent();
        if (lines.isEmpty() || window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        String line = lines.poll().strip();
        String[] words = line.split("\\s+");
        try {
            switch (words[0]) {
                case "exit" -> {
                    print(line, "closing");
                    window.close();
                    return;
                }
                case "sleep" -> {
                    print(line, "ok");
                    display.timerExec(Integer.parseInt(words[1]), this::next);
                    return;
                }
                case "timing" -> {
                    // lines run one per asyncExec, after what the lines before queued (viewers' refreshes): paint the rest now
                    window.getShell().update();
                    long since = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    String mark = words.length > 1 ? words[1] : "script";
                    System.err.println("timing: " + mark + " " + since); // read by releng/bench, as the launcher's marks
                    print(line, since + " ms since the JVM started");
                }
                case "wait-journal" -> {
                    journalWritten = false;
                    waitForJournal(line, display, 0);
                    return;
                }
                default -> print(line, operations.run(line));
            }
        } catch (RuntimeException e) {
            print(line, "failed: " + Jobs.message(e));
        }
        display.asyncExec(this::next);
    }

    private void waitForJournal(String line, Display display, int waited) {
        if (journalWritten) {
            print(line, "journal written");
            display.asyncExec(this::next);
        } else if (waited > 20_000) {
            print(line, "failed: the journal was not written within 20 s");
            display.asyncExec(this::next);
        } else {
            display.timerExec(50, () -> waitForJournal(line, display, waited + 50));
        }
    }

    private void print(String line, String result) {
        out.println("script: " + line + " -> " + result);
        out.flush();
    }
}
