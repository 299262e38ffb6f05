package org.bridgework.launcher;

import java.lang.management.ManagementFactory;

/**
 * With BRIDGEWORK_TIMING set, prints "timing: NAME MS" (milliseconds since the JVM started) on stderr;
 * releng/bench reads these lines.
 */
public final class Timing {
    private Timing() {
    }

    /** With BRIDGEWORK_TIMING=bundles, also the time each bundle took to start (slowest first is up to the reader). */
    static void bundle(String symbolicName, long nanos) {
        if ("bundles".equals(System.getenv("BRIDGEWORK_TIMING"))) {
            System.err.println("timing: start " + symbolicName + " " + nanos / 1_000_000);
        }
    }

    public static void mark(String name) {
        if (System.getenv("BRIDGEWORK_TIMING") != null) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("timing: " + name + " " + ms);
        }
    }
}
