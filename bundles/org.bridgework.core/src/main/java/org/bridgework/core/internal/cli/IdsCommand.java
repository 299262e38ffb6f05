package org.bridgework.core.internal.cli;



import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.model.Identified;
import org.bridgework.model.derive.Derived;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework ids [PROJECT | --sample] [--kind K] [--json]}: every element id with its kind, label and path,
 * what a local context (or a script) can target.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=ids", CommandContribution.SUMMARY_PROPERTY + "=" + IdsCommand.SUMMARY})
public class IdsCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "List the project's element ids with their kind, label and path (the ids of the elements that contain them): what a local context, a map or a trace can name.";

    private final ProjectService projects;

    @Activate
    public IdsCommand(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return "ids";
    }

    @Override
    public Object create() {
        return new Ids(projects);
    }

    @Command(name = "ids", description = {SUMMARY + " --kind section, block, paragraph, criterion, case-study ... narrows the list",
            "(a kind also matches its sub-kinds: block lists paragraphs, lists, callouts ...)."})
    static final class Ids implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only elements of this kind (or its sub-kinds), for example section or block.")
        String kind;

        @Option(names = "--json", description = "Print JSON: id, kind, label and path of each element.")
        boolean json;

        private final ProjectService projects;

        Ids(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public Integer call() {
            String wanted = kind == null ? null : kind.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            try (Project opened = project.open(projects)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (var it = opened.root().eAllContents(); it.hasNext();) {
                    EObject e = it.next();
                    if (!(e instanceof Identified element) || element.getId() == null || (wanted != null && !isA(e.eClass(), wanted))) {
                        continue;
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", element.getId());
                    row.put("kind", kindName(e.eClass()));
                    row.put("label", Derived.label(element));
                    row.put("path", path(e));
                    rows.add(row);
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("project", opened.root().getId());
                    doc.put("elements", rows);
                    out.println(Json.write(doc));
                } else {
                    int idWidth = Math.min(40, rows.stream().mapToInt(r -> r.get("id").toString().length()).max().orElse(2));
                    for (Map<String, Object> r : rows) {
                        out.printf(Locale.ROOT, "%-" + idWidth + "s  %-18s %s%n", r.get("id"), r.get("kind"), shorten(String.valueOf(r.get("label"))));
                    }
                    out.println(rows.size() + " element" + (rows.size() == 1 ? "" : "s") + (kind == null ? "" : " of kind " + kind) + ".");
                }
                out.flush();
                return ExitCodes.OK;
            }
        }

        private static boolean isA(EClass eClass, String wanted) {
            if (eClass.getName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
            return eClass.getEAllSuperTypes().stream().anyMatch(s -> s.getName().toLowerCase(Locale.ROOT).equals(wanted));
        }

        /** "CaseStudyEmbed" becomes "case-study-embed". */
        static String kindName(EClass eClass) {
            return eClass.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }

        private static String path(EObject e) {
            List<String> ids = new ArrayList<>();
            for (EObject c = e.eContainer(); c != null && c.eContainer() != null; c = c.eContainer()) {
                ids.add(0, c instanceof Identified i && i.getId() != null ? i.getId() : kindName(c.eClass()));
            }
            return String.join("/", ids);
        }

        private static String shorten(String s) {
            String t = s.replaceAll("\\s+", " ").strip();
            return t.length() <= 70 ? t : t.substring(0, 67).strip() + "...";
        }
    }
}
