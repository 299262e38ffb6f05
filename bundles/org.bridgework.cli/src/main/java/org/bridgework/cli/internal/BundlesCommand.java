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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component(property = {CommandContribution.NAME_PROPERTY + "=bundles", CommandContribution.SUMMARY_PROPERTY + "=" + BundlesCommand.SUMMARY})
public class BundlesCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "List every installed bundle with its symbolic name, version and state.";
    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public BundlesCommand(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Override
    public String name() {
        return "bundles";
    }

    @Override
    public Object create() {
        return new Bundles(context, scr);
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

    @Command(name = "bundles", description = {SUMMARY, "Also checks every Declarative Services component is satisfied.", "Exits 1 when a bundle that should be active is not (fragments should be resolved) or a component is not satisfied."})
    static final class Bundles implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--components", description = "Also list every component, not only the unsatisfied ones.")
        boolean allComponents;

        private final BundleContext context;
        private final ServiceComponentRuntime scr;

        Bundles(BundleContext context, ServiceComponentRuntime scr) {
            this.context = context;
            this.scr = scr;
        }

        private List<Map<String, Object>> components() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
                var configurations = scr.getComponentConfigurationDTOs(description);
                String state;
                List<String> missing = new ArrayList<>();
                if (!scr.isComponentEnabled(description)) {
                    state = description.defaultEnabled ? "DISABLED" : "DISABLED_BY_DEFAULT";
                } else if (configurations.isEmpty()) {
                    state = "UNSATISFIED_CONFIGURATION";
                } else {
                    ComponentConfigurationDTO worst = configurations.iterator().next();
                    state = componentState(worst.state);
                    for (var unsatisfied : worst.unsatisfiedReferences) {
                        missing.add(unsatisfied.name + " " + unsatisfied.target);
                    }
                    if (worst.failure != null) {
                        missing.add(worst.failure.lines().findFirst().orElse(""));
                    }
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", description.name);
                row.put("bundle", description.bundle.symbolicName);
                row.put("state", state);
                row.put("ok", state.equals("ACTIVE") || state.equals("SATISFIED") || state.equals("DISABLED_BY_DEFAULT"));
                row.put("missing", missing);
                rows.add(row);
            }
            return rows;
        }

        private static String componentState(int state) {
            return switch (state) {
                case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
                case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
                default -> "UNKNOWN(" + state + ")";
            };
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
            List<Map<String, Object>> components = components();
            long badComponents = components.stream().filter(c -> !Boolean.TRUE.equals(c.get("ok"))).count();
            problems += (int) badComponents;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("bundles", rows);
                doc.put("components", components);
                doc.put("problems", problems);
                out.println(Json.write(doc));
            } else {
                out.printf("%4s  %-12s %-58s %s%n", "ID", "STATE", "SYMBOLIC NAME", "VERSION");
                for (Map<String, Object> row : rows) {
                    out.printf("%4d  %-12s %-58s %s%s%n", row.get("id"), row.get("state"), row.get("symbolicName"), row.get("version"),
                            Boolean.TRUE.equals(row.get("ok")) ? "" : "   <-- should be " + (Boolean.TRUE.equals(row.get("fragment")) ? "RESOLVED" : "ACTIVE"));
                }
                for (Map<String, Object> component : components) {
                    if (allComponents || !Boolean.TRUE.equals(component.get("ok"))) {
                        out.printf("      component %-60s %s %s%n", component.get("name"), component.get("state"), component.get("missing"));
                    }
                }
                out.println(rows.size() + " bundles, " + components.size() + " components, " + problems + " not in the state they should be");
            }
            return problems == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
