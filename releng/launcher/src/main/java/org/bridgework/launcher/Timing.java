package org.bridgework.launcher;

import java.lang.management.ManagementFactory;

/**
 * With BRIDGEWORK_TIMING set, prints "timing: NAME MS" (milliseconds since the JVM started) on stderr;
 * releng/bench reads these lines.
 */
public final class Timing {
    private Timing() {
    }

    public static void mark(String name) {
        if (System.getenv("BRIDGEWORK_TIMING") != null) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("timing: " + name + " " + ms);
        }
    }
}
