package org.bridgework.drafting.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectFileEdit;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.drafting.api.TermLists;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Sector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework terms list|set}: the terms the reader lens knows (shipped HE and NHS lists and the glossary), adapted per project. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=terms", CommandContribution.SUMMARY_PROPERTY + "=" + TermsCommand.SUMMARY})
public class TermsCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "The terms the reader lens checks: Bridgework's shipped lists of HE and NHS terms (plain wording and an official source for each) beside the project's glossary; adapt one for a project (its own plain wording) or turn it off.";

    private final ProjectService projects;
    private final TermLists lists;

    @Activate
    public TermsCommand(@Reference ProjectService projects, @Reference TermLists lists) {
        this.projects = projects;
        this.lists = lists;
    }

    @Override
    public String name() {
        return "terms";
    }

    @Override
    public Object create() {
        CommandLine terms = new CommandLine(new Terms());
        terms.addSubcommand("list", new ListTerms(projects, lists));
        terms.addSubcommand("set", new SetTerm(projects, lists));
        return terms;
    }

    @Command(name = "terms", description = {SUMMARY})
    static final class Terms implements Callable<Integer> {
        @Override
        public Integer call() {
            throw CommandFailure.usage("name what to do: terms list or terms set (see bridgework terms --help).");
        }
    }

    static Map<String, Object> json(TermLists.LensTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("term", t.term());
        m.put("otherNames", t.otherNames());
        m.put("sector", t.sector() == null ? null : t.sector().getLiteral());
        m.put("expansion", t.expansion());
        m.put("plainWording", t.plainWording());
        m.put("definition", t.definition());
        m.put("source", t.sourceUrl());
        m.put("sourceName", t.sourceName());
        m.put("sourceChecked", t.sourceChecked());
        m.put("origin", t.origin().name().toLowerCase(Locale.ROOT));
        m.put("disabled", t.disabled());
        m.put("projectTerm", t.projectTermId());
        return m;
    }

    @Command(name = "list", description = {"List the terms the reader lens uses for a project (--shipped: the shipped lists alone), with where each comes from,",
            "its plain wording and source. Exits 0."})
    static final class ListTerms implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--shipped", description = "Only the shipped HE and NHS lists (no project needed).")
        boolean shippedOnly;

        @Option(names = "--sector", paramLabel = "he|nhs", description = "Only one sector's terms.")
        String sector;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final ProjectService projects;
        private final TermLists lists;

        ListTerms(ProjectService projects, TermLists lists) {
            this.projects = projects;
            this.lists = lists;
        }

        @Override
        public Integer call() {
            Sector only = null;
            if (sector != null) {
                only = Sector.get(sector.strip().toLowerCase(Locale.ROOT));
                if (only != Sector.HE && only != Sector.NHS) {
                    throw CommandFailure.usage("--sector takes he or nhs, not '" + sector + "'.");
                }
            }
            List<TermLists.LensTerm> terms;
            String projectId = null;
            if (shippedOnly) {
                terms = lists.shipped();
            } else {
                try (Project opened = project.open(projects)) {
                    GuidanceProject root = opened.root();
                    projectId = root.getId();
                    terms = lists.effective(root);
                }
            }
            PrintWriter w = spec.commandLine().getOut();
            List<Object> rows = new ArrayList<>();
            for (TermLists.LensTerm t : terms) {
                if (only != null && t.sector() != only) {
                    continue;
                }
                if (json) {
                    rows.add(json(t));
                } else {
                    w.println((t.disabled() ? "OFF " : "    ") + t.term() + (t.otherNames().isEmpty() ? "" : " (also " + String.join(", ", t.otherNames()) + ")")
                            + " [" + (t.sector() == null ? "-" : t.sector().getLiteral()) + ", " + t.origin().name().toLowerCase(Locale.ROOT) + "]"
                            + (t.plainWording() == null ? "" : ": " + t.plainWording()) + (t.sourceUrl() == null ? "" : " <" + t.sourceUrl() + ">"));
                }
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("project", projectId);
                doc.put("terms", rows);
                w.println(Json.write(doc));
            }
            w.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = {"Adapt a term for the project: give the project's own plain wording (--plain), or turn the term off (--off) or on (--on).",
            "A shipped term gets a glossary term of its name holding the change. One undoable change; --dry-run writes nothing."})
    static final class SetTerm extends ProjectFileEdit {
        @Parameters(index = "0", paramLabel = "TERM", description = "The term or one of its other names, for example ICB or \"personal tutor\".")
        String term;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--plain", paramLabel = "TEXT", description = "The project's plain wording for the term (\"\" goes back to the shipped wording).")
        String plain;

        @Option(names = "--off", description = "The reader lens ignores the term in this project.")
        boolean off;

        @Option(names = "--on", description = "The reader lens checks the term again.")
        boolean on;

        private final TermLists lists;

        SetTerm(ProjectService projects, TermLists lists) {
            super(projects);
            this.lists = lists;
        }

        @Override
        protected Path file() {
            return file;
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, GuidanceProject root) {
            if (off && on) {
                throw CommandFailure.usage("give --off or --on, not both. Nothing was changed.");
            }
            if (plain == null && !off && !on) {
                throw CommandFailure.usage("give --plain TEXT, --off or --on. Nothing was changed.");
            }
            try {
                return lists.adapt(domain, root, term, plain, off ? Boolean.TRUE : on ? Boolean.FALSE : null);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage(e.getMessage() + " Nothing was changed.");
            }
        }
    }
}
