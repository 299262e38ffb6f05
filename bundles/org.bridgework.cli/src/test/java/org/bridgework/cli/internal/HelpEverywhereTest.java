package org.bridgework.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class HelpEverywhereTest {

    @Command(name = "top", subcommands = {Plain.class, Html.class})
    static class Top implements Runnable {
        @Override
        public void run() {
        }
    }

    @Command(name = "plain", description = {"Assemble the guidance into documents: title page, contents,",
            "sections, case studies and challenge tables, e.g. for a college. A second sentence."})
    static class Plain implements Runnable {
        @Option(names = "--into", required = true)
        String into;

        @Override
        public void run() {
        }
    }

    @Command(name = "html", description = "Writes HTML.")
    static class Html implements Runnable {
        @Option(names = "-h")
        boolean html;

        @Override
        public void run() {
        }
    }

    private static String run(CommandLine command, String... args) {
        StringWriter out = new StringWriter();
        command.setOut(new PrintWriter(out));
        assertEquals(0, command.execute(args), "exit code of " + String.join(" ", args));
        return out.toString();
    }

    @Test
    void everyCommandAnswersHelpEvenWithRequiredOptionsMissing() {
        CommandLine top = new CommandLine(new Top());
        HelpEverywhere.apply(top);
        assertTrue(run(top, "plain", "--help").contains("Usage: top plain"));
        assertTrue(run(top, "plain", "-h").contains("Usage: top plain"));
        assertTrue(run(top, "-h").contains("Usage: top"));
    }

    @Test
    void whereMinusHMeansSomethingElseOnlyLongHelpIsAdded() {
        CommandLine top = new CommandLine(new Top());
        HelpEverywhere.apply(top);
        assertTrue(run(top, "html", "--help").contains("Usage: top html"));
        assertTrue(run(top, "html", "-h").isEmpty(), "-h keeps its own meaning");
    }

    @Test
    void theCommandListShowsTheFirstWholeSentenceWrappedAtWords() {
        CommandLine top = new CommandLine(new Top());
        HelpEverywhere.apply(top);
        String usage = run(top, "--help");
        String list = usage.substring(usage.indexOf("Commands:"));
        String joined = list.replaceAll("\\s+", " ");
        assertTrue(joined.contains("plain Assemble the guidance into documents: title page, contents, sections, case studies and challenge tables, e.g. for a college."), list);
        assertTrue(!joined.contains("A second sentence"), list);
        for (String line : list.split("\\R")) {
            assertTrue(!line.matches(".*[a-z]$") || line.endsWith("sentence") , "a word cut at the line's end: " + line);
        }
    }

    @Test
    void descriptionLinesCutMidSentenceBecomeOneParagraph() {
        assertEquals(java.util.List.of("Case studies against the criteria and whether each is a model of good practice.", "Exits 0."),
                java.util.List.of(HelpEverywhere.paragraphs(new String[] {"Case studies against the criteria and whether each is a",
                        "model of good practice.", "Exits 0."})));
    }
}
