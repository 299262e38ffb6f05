package org.bridgework.ui.workbench;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The output of a workbench process started by an integration test (crash recovery, edit torture), line by line. */
final class WorkbenchOutput {

    private WorkbenchOutput() {
    }

    /** The process's output, read on a thread of its own (and echoed for the test log). */
    static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println("  [workbench] " + line);
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "workbench-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Waits (up to {@code seconds}) for a line starting with {@code prefix}; other lines are skipped. */
    static String expect(BlockingQueue<String> lines, String prefix, Process process, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                seen.add(line);
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        process.destroyForcibly();
        fail("no line starting with '" + prefix + "'; the workbench said:\n  " + String.join("\n  ", seen));
        return null;
    }
}
