package org.bridgework.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;

/** A command that runs out of stack or heap ends in one paragraph and exit code 2, never a trace. */
class ExhaustedTest {

    @Command(name = "deep")
    static final class Deep implements Callable<Integer> {
        @Override
        public Integer call() {
            return recurse(0);
        }

        private int recurse(int n) {
            return recurse(n + 1) + 1;
        }
    }

    @Command(name = "big")
    static final class Big implements Callable<Integer> {
        @Override
        public Integer call() {
            // as the JVM throws it when the heap is full (filling a real heap would take gigabytes of a shared machine)
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static String run(String name, Object command, int expectedExit) {
        CommandLineService service = new CommandLineService(null);
        service.addForTest(new CommandContribution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object create() {
                return command;
            }
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = service.run(new String[] {name}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expectedExit, exit, err.toString());
        return err.toString();
    }

    @Test
    void stackOverflowIsOneParagraphAndExitTwo() {
        String err = run("deep", new Deep(), 2);
        assertTrue(err.contains("nested too deeply"), err);
        assertFalse(err.contains("\tat ") || err.contains("StackOverflowError"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void outOfMemoryIsOneParagraphAndExitTwo() {
        String err = run("big", new Big(), 2);
        assertTrue(err.contains("too large to process in the memory"), err);
        assertFalse(err.contains("\tat ") || err.contains("OutOfMemoryError"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }
}
