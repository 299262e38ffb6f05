package org.bridgework.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class DeferredCommandsTest {

    @Test
    void headerClausesSplitOnlyOutsideQuotes() {
        assertEquals(List.of("workbench;description=\"Open it, with a project.\"", "other"),
                DeferredCommands.clauses("workbench;description=\"Open it, with a project.\",other"));
    }

    @Test
    void aPlaceholderIsListedWithItsDescriptionAndRunsTheRealCommandWithItsExitCode() {
        DeferredCommands.Deferred deferred = new DeferredCommands.Deferred("workbench", "Open the window.", null);
        int[] runs = {0};
        CommandLine root = new CommandLine(CommandLine.Model.CommandSpec.create().name("bridgework"));
        root.addSubcommand("workbench", DeferredCommands.placeholder(deferred, () -> {
            runs[0]++;
            return 3;
        }));
        StringWriter usage = new StringWriter();
        root.usage(new PrintWriter(usage));
        assertEquals(true, usage.toString().contains("workbench") && usage.toString().contains("Open the window."), usage.toString());
        assertEquals(3, root.execute("workbench", "--sample", "--screenshot", "x.png"), "options of the real command are accepted");
        assertEquals(1, runs[0]);
    }
}
