package org.bridgework.drafting.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.DisplayText;
import org.bridgework.core.api.Ids;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ModelEditCommand;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.model.Audience;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Scope;
import org.bridgework.model.ScopeItem;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework scope}: the project's scope (summary, items in and out of scope, the audiences) and its recorded
 * agreement; {@code scope agree}, {@code scope add}, {@code scope remove} change it as one undoable command each.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=scope", CommandContribution.SUMMARY_PROPERTY + "=" + ScopeCommand.SUMMARY})
public class ScopeCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Show the project's scope: its summary, who agreed it and when, the items in and out of scope, and the audiences.";

    private static final GuidancePackage M = GuidancePackage.eINSTANCE;

    private final ProjectService projects;

    @Activate
    public ScopeCommand(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return "scope";
    }

    @Override
    public Object create() {
        return new Show(projects);
    }

    @Command(name = "scope", subcommands = {Agree.class, Add.class, Remove.class}, description = {SUMMARY,
            "The sub-commands record the agreement and add or remove scope items; each is one undoable change, saved to the project."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--json", description = "Print JSON: summary, agreement, items and audiences.")
        boolean json;

        final ProjectService projects;

        Show(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                GuidanceProject root = opened.root();
                Scope scope = root.getScope();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("project", root.getId());
                    doc.put("summary", scope == null ? null : scope.getSummary());
                    doc.put("agreedBy", scope == null ? null : scope.getAgreedBy());
                    doc.put("agreedOn", scope == null || scope.getAgreedOn() == null ? null : scope.getAgreedOn().toString());
                    List<Object> items = new ArrayList<>();
                    if (scope != null) {
                        for (ScopeItem item : scope.getItems()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("id", item.getId());
                            row.put("title", item.getTitle());
                            row.put("inScope", item.isInScope());
                            row.put("description", item.getDescription());
                            items.add(row);
                        }
                    }
                    doc.put("items", items);
                    List<Object> audiences = new ArrayList<>();
                    for (Audience a : root.getAudiences()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", a.getId());
                        row.put("title", a.getTitle());
                        row.put("sector", a.getSector() == null ? null : a.getSector().getLiteral());
                        audiences.add(row);
                    }
                    doc.put("audiences", audiences);
                    out.println(Json.write(doc));
                } else if (scope == null) {
                    out.println("The project has no scope yet.");
                } else {
                    out.println("Scope of '" + root.getTitle() + "'");
                    if (scope.getSummary() != null && !scope.getSummary().isBlank()) {
                        out.println("  " + scope.getSummary().strip().replaceAll("\\s+", " "));
                    }
                    out.println(scope.getAgreedOn() == null ? "  Not yet agreed (record it with: bridgework scope agree --by WHO --date YYYY-MM-DD)."
                            : "  Agreed by " + scope.getAgreedBy() + " on " + DisplayText.date(scope.getAgreedOn()) + ".");
                    out.println("In scope:");
                    scope.getItems().stream().filter(ScopeItem::isInScope).forEach(i -> out.println("  - " + i.getTitle() + " [" + i.getId() + "]"));
                    out.println("Out of scope:");
                    scope.getItems().stream().filter(i -> !i.isInScope()).forEach(i -> out.println("  - " + i.getTitle() + " [" + i.getId() + "]"));
                    out.println("Audiences:");
                    for (Audience a : root.getAudiences()) {
                        out.println("  - " + a.getTitle() + (a.getSector() == null ? "" : " (" + DisplayText.words(a.getSector()) + ")") + " [" + a.getId() + "]");
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    /** What every writing sub-command shares: the project, and the parent's project service. */
    abstract static class Edit extends ModelEditCommand {
        @Mixin
        ProjectArguments project;

        @ParentCommand
        Show parent;

        @Override
        protected ProjectService projects() {
            return parent.projects;
        }

        @Override
        protected ProjectSelection selection() {
            return project;
        }

        static Scope scopeOf(GuidanceProject root) {
            if (root.getScope() == null) {
                throw CommandFailure.usage("the project has no scope yet.");
            }
            return root.getScope();
        }
    }

    @Command(name = "agree", description = "Record that the scope was agreed: by whom (a person, a group or a meeting) and on which date.")
    static final class Agree extends Edit {
        @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who agreed it, for example \"Taskforce meeting\".")
        String by;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was agreed (default: today); not in the future.")
        LocalDate date;

        @Override
        protected org.eclipse.emf.common.command.Command change(EditingDomain domain, GuidanceProject root) {
            Scope scope = scopeOf(root);
            LocalDate on = date == null ? LocalDate.now() : date;
            if (on.isAfter(LocalDate.now())) {
                throw CommandFailure.usage("the agreement date " + on + " is in the future: record an agreement once it has happened.");
            }
            if (by.isBlank()) {
                throw CommandFailure.usage("--by must name who agreed the scope.");
            }
            CompoundCommand c = new CompoundCommand("Scope agreed by " + by.strip() + " on " + on);
            c.append(SetCommand.create(domain, scope, M.getScope_AgreedBy(), by.strip()));
            c.append(SetCommand.create(domain, scope, M.getScope_AgreedOn(), on));
            return c;
        }
    }

    @Command(name = "add", description = "Add an item to the scope (in scope, or with --out explicitly out of scope).")
    static final class Add extends Edit {
        @Option(names = "--title", required = true, description = "What the item covers.")
        String title;

        @Option(names = "--id", description = "Its id (default: made from the title).")
        String id;

        @Option(names = "--description", description = "A longer description.")
        String description;

        @Option(names = "--out", description = "The item is explicitly out of scope.")
        boolean out;

        @Override
        protected org.eclipse.emf.common.command.Command change(EditingDomain domain, GuidanceProject root) {
            Scope scope = scopeOf(root);
            String newId = id == null ? Ids.unique(root, "scope-" + Ids.slug(title)) : id;
            if (Ids.exists(root, newId)) {
                throw CommandFailure.usage("the id '" + newId + "' is already used in the project: choose another with --id.");
            }
            ScopeItem item = GuidanceFactory.eINSTANCE.createScopeItem();
            item.setId(newId);
            item.setTitle(title.strip());
            item.setDescription(description);
            item.setInScope(!out);
            org.eclipse.emf.common.command.Command add = AddCommand.create(domain, scope, M.getScope_Items(), item);
            CompoundCommand c = new CompoundCommand((out ? "Out of scope: " : "In scope: ") + title.strip() + " [" + newId + "]");
            c.append(add);
            return c;
        }
    }

    @Command(name = "remove", description = "Remove an item from the scope (references to it from extracts are removed with it).")
    static final class Remove extends Edit {
        @Option(names = "--id", required = true, description = "The item's id (see: bridgework scope).")
        String id;

        @Override
        protected org.eclipse.emf.common.command.Command change(EditingDomain domain, GuidanceProject root) {
            Scope scope = scopeOf(root);
            ScopeItem item = scope.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                    .orElseThrow(() -> CommandFailure.usage("no scope item '" + id + "'; the items are: "
                            + String.join(", ", scope.getItems().stream().map(ScopeItem::getId).toList()) + "."));
            CompoundCommand c = new CompoundCommand("Removed from the scope: " + item.getTitle() + " [" + id + "]");
            c.append(org.eclipse.emf.edit.command.DeleteCommand.create(domain, item));
            return c;
        }
    }
}
