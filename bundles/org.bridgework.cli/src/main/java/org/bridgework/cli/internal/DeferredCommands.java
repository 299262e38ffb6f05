package org.bridgework.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Commands of bundles the launcher did not start for this run (a headless command does not start the workbench's
 * bundles; they carry {@code Bridgework-Start: workbench}). Such a bundle names its commands in the
 * {@code Bridgework-Commands} header ({@code name;description="..."}), so they are still listed in help; running one
 * starts the bundle's group first and then runs the real command.
 */
final class DeferredCommands {

    static final String COMMANDS_HEADER = "Bridgework-Commands";
    static final String START_HEADER = "Bridgework-Start";

    record Deferred(String name, String description, Bundle bundle) {
    }

    private DeferredCommands() {
    }

    /** The commands named by bundles that are not active now. */
    static List<Deferred> find(BundleContext context) {
        List<Deferred> found = new ArrayList<>();
        if (context == null) {
            return found; // outside OSGi (unit tests)
        }
        for (Bundle bundle : context.getBundles()) {
            String header = bundle.getHeaders("").get(COMMANDS_HEADER);
            if (header == null || bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
                continue;
            }
            for (String clause : clauses(header)) {
                String[] parts = clause.split(";", 2);
                String name = parts[0].trim();
                String description = "";
                if (parts.length > 1) {
                    String attribute = parts[1].trim();
                    if (attribute.startsWith("description=")) {
                        description = unquote(attribute.substring("description=".length()).trim());
                    }
                }
                if (!name.isEmpty()) {
                    found.add(new Deferred(name, description, bundle));
                }
            }
        }
        return found;
    }

    /** A placeholder that lists the command in help and, when run, starts its bundles and runs the real one. */
    static CommandLine placeholder(Deferred command, IntSupplier startThenRun) {
        return placeholder(command.name(), command.description(), startThenRun);
    }

    /** A command listed in help by its name and summary only; running it runs {@code run} with whatever followed it. */
    static CommandLine placeholder(String name, String summary, IntSupplier run) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection((Callable<Integer>) run::getAsInt).name(name);
        spec.usageMessage().description(summary);
        spec.parser().unmatchedArgumentsAllowed(true);
        spec.parser().unmatchedOptionsArePositionalParams(true);
        CommandLine line = new CommandLine(spec);
        return line;
    }

    /** Starts (for this run only) every installed bundle of the group the command's bundle belongs to. */
    static void startGroup(BundleContext context, Bundle owner) throws BundleException {
        String group = owner.getHeaders("").get(START_HEADER);
        Predicate<Bundle> inGroup = b -> b.equals(owner) || (group != null && group.equals(b.getHeaders("").get(START_HEADER)));
        for (Bundle bundle : context.getBundles()) {
            if (inGroup.test(bundle) && bundle.getState() != Bundle.ACTIVE && bundle.getHeaders("").get("Fragment-Host") == null) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
    }

    /** Splits a header at the commas that are not inside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
