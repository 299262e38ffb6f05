package org.bridgework.cli.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help that does not depend on each contribution remembering it: every command and sub-command in the tree
 * answers {@code -h/--help} (only {@code --help} where {@code -h} already means something else), and command
 * lists show each command's first whole sentence instead of the first physical line of its description.
 */
final class HelpEverywhere {

    private HelpEverywhere() {
    }

    /** Adds the help option and the sentence-based command list to {@code command} and all its sub-commands. */
    static void apply(CommandLine command) {
        apply(command, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void apply(CommandLine command, Set<CommandLine> seen) {
        if (!seen.add(command)) {
            return; // aliases reach the same command twice
        }
        CommandSpec spec = command.getCommandSpec();
        Map<String, OptionSpec> options = spec.optionsMap();
        if (!options.containsKey("--help") && spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            String[] names = options.containsKey("-h") ? new String[] {"--help"} : new String[] {"-h", "--help"};
            spec.addOption(OptionSpec.builder(names).usageHelp(true).description("Show this help message and exit.").build());
        }
        spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        if (!command.getSubcommands().isEmpty()) {
            command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpEverywhere::commandList);
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            apply(sub, seen);
        }
    }

    /**
     * Description lines joined into paragraphs: an element that does not end a sentence continues on the next (the
     * source splits long sentences only to keep its lines short), so picocli wraps whole sentences to the terminal.
     */
    static String[] paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(t);
            if (t.isEmpty() || t.matches(".*[.!?:)]$")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out.toArray(String[]::new);
    }

    /** The "Commands:" table: each visible sub-command with the first sentence of its header or description. */
    static String commandList(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = 2;
        for (String name : subcommands.keySet()) {
            nameWidth = Math.max(nameWidth, name.length() + 2);
        }
        nameWidth = Math.min(nameWidth, 24);
        int width = help.commandSpec().usageMessage().width();
        int summaryWidth = Math.max(20, width - nameWidth - 2);
        TextTable table = TextTable.forColumns(help.colorScheme(),
                new Column(nameWidth + 2, 2, Column.Overflow.SPAN),
                new Column(summaryWidth, 0, Column.Overflow.SPAN));
        for (Map.Entry<String, Help> entry : subcommands.entrySet()) {
            CommandSpec sub = entry.getValue().commandSpec();
            if (sub.usageMessage().hidden()) {
                continue;
            }
            // wrapped here at spaces: inside the OSGi runtime picocli's own wrapping broke words mid-way
            List<String> lines = wrap(summary(sub), summaryWidth - 1);
            for (int i = 0; i < lines.size(); i++) {
                table.addRowValues(i == 0 ? entry.getKey() : "", i == 0 ? lines.get(i) : "  " + lines.get(i));
            }
        }
        return table.toString();
    }

    /** Lines of at most {@code width} characters, broken at spaces (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width - (lines.isEmpty() ? 0 : 2)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The first sentence of a command's header, or else of its description, joined across the lines it was written on. */
    static String summary(CommandSpec spec) {
        String[] lines = spec.usageMessage().header().length > 0 ? spec.usageMessage().header() : spec.usageMessage().description();
        String text = String.join(" ", lines).replaceAll("\\s+", " ").trim();
        int end = sentenceEnd(text);
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static int sentenceEnd(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && !abbreviationBefore(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "e.g. " and "i.e. " and single letters (initials) do not end a sentence. */
    private static boolean abbreviationBefore(String text, int dot) {
        int start = text.lastIndexOf(' ', dot - 1) + 1;
        String word = text.substring(start, dot + 1).toLowerCase(java.util.Locale.ROOT);
        return word.equals("e.g.") || word.equals("i.e.") || word.equals("etc.") || word.equals("vs.") || word.length() <= 2;
    }
}
