package org.bridgework.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
public class BundlesCommand implements CommandContribution {
    private final BundleContext context;

    @Activate
    public BundlesCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "bundles";
    }

    @Override
    public Object create() {
        return new Bundles(context);
    }

    /** ACTIVE for bundles, RESOLVED for fragments: anything else is a problem. */
    static boolean healthy(Bundle bundle) {
        boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
        return fragment ? bundle.getState() == Bundle.RESOLVED : bundle.getState() == Bundle.ACTIVE;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN(" + state + ")";
        };
    }

    @Command(name = "bundles", description = {"List every installed bundle with its symbolic name, version and state.",
            "Exits 1 when a bundle that should be active is not (fragments should be resolved)."})
    static final class Bundles implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final BundleContext context;

        Bundles(BundleContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Map<String, Object>> rows = new ArrayList<>();
            int problems = 0;
            for (Bundle bundle : context.getBundles()) {
                boolean ok = healthy(bundle);
                if (!ok) {
                    problems++;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", bundle.getBundleId());
                row.put("symbolicName", bundle.getSymbolicName());
                row.put("version", bundle.getVersion().toString());
                row.put("state", stateName(bundle.getState()));
                row.put("fragment", bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null);
                row.put("ok", ok);
                row.put("location", bundle.getLocation());
                rows.add(row);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("bundles", rows);
                doc.put("problems", problems);
                out.println(Json.write(doc));
            } else {
                out.printf("%4s  %-12s %-58s %s%n", "ID", "STATE", "SYMBOLIC NAME", "VERSION");
                for (Map<String, Object> row : rows) {
                    out.printf("%4d  %-12s %-58s %s%s%n", row.get("id"), row.get("state"), row.get("symbolicName"), row.get("version"),
                            Boolean.TRUE.equals(row.get("ok")) ? "" : "   <-- should be " + (Boolean.TRUE.equals(row.get("fragment")) ? "RESOLVED" : "ACTIVE"));
                }
                out.println(rows.size() + " bundles, " + problems + " not in the state they should be");
            }
            return problems == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
