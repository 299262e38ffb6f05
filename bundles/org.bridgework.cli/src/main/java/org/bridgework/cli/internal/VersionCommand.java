package org.bridgework.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component(property = {CommandContribution.NAME_PROPERTY + "=version", CommandContribution.SUMMARY_PROPERTY + "=" + VersionCommand.SUMMARY})
public class VersionCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Print the product version and the Java runtime it runs on.";

    @Override
    public String name() {
        return "version";
    }

    @Override
    public Object create() {
        return new Version();
    }

    @Command(name = "version", description = SUMMARY)
    static final class Version implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("product", "Bridgework");
            info.put("version", ProductInfo.version());
            info.put("java", Runtime.version().toString());
            info.put("javaHome", System.getProperty("java.home"));
            if (json) {
                spec.commandLine().getOut().println(Json.write(info));
            } else {
                spec.commandLine().getOut().println("Bridgework " + info.get("version") + " (Java " + info.get("java") + ")");
            }
            return ExitCodes.OK;
        }
    }
}
