package org.bridgework.drafting.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.drafting.api.EvidenceLinks;
import org.bridgework.drafting.internal.Locate;
import org.bridgework.drafting.api.EvidenceLinks.Step;
import org.bridgework.model.Block;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridgework trace BLOCK [PROJECT | --sample] [--confirm | --link EVIDENCE] [--json]}: the evidence behind a block. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=trace", CommandContribution.SUMMARY_PROPERTY + "=" + TraceCommand.SUMMARY})
public class TraceCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Show the evidence a block of the guidance rests on (extracts, case studies, criteria, consensus outcomes), what it said when last confirmed and what it says now; flag the text stale when it changed.";

    private final ProjectService projects;
    private final EvidenceLinks links;

    @Activate
    public TraceCommand(@Reference ProjectService projects, @Reference EvidenceLinks links) {
        this.projects = projects;
        this.links = links;
    }

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public Object create() {
        return new Trace(projects, links);
    }

    @picocli.CommandLine.Command(name = "trace", description = {SUMMARY,
            "--confirm records that the text is still supported; --link adds a link. Each is one undoable change, saved.",
            "Exits 1 when a link is stale (and not confirmed here), 2 for an unknown id or unreadable project."})
    static final class Trace implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Parameters(index = "0", paramLabel = "ID", description = "The block's id (see: bridgework check, or the Section editor).")
        String id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        java.nio.file.Path file;

        @Option(names = "--sample", description = "Use a copy of the sample project shipped with Bridgework (the shipped copy is never changed).")
        boolean sample;

        @Option(names = "--confirm", description = "Confirm the text is still supported by its evidence as it is now.")
        boolean confirm;

        @Option(names = "--link", paramLabel = "EVIDENCE", description = "Link the block to this evidence (an extract, case study, benefit, outcome, criterion, assessment or round id).")
        String link;

        @Option(names = "--field", paramLabel = "FIELD", description = "With --link to a case study: the field the text rests on (for example referralRoute).")
        String field;

        @Option(names = "--sentence", paramLabel = "TEXT", description = "With --link: the sentence of the block the link covers (its start is enough).")
        String sentence;

        @Option(names = "--by", paramLabel = "WHO", description = "Who confirms or links (default: the user name).")
        String by;

        @Option(names = "--dry-run", description = "Show the change without writing it.")
        boolean dryRun;

        @Option(names = "--json", description = "Print JSON: the block and its chain of evidence.")
        boolean json;

        private final ProjectService projects;
        private final EvidenceLinks links;

        Trace(ProjectService projects, EvidenceLinks links) {
            this.projects = projects;
            this.links = links;
        }

        @Override
        public Integer call() {
            if (confirm && link != null) {
                throw CommandFailure.usage("use --confirm or --link, not both.");
            }
            try (Project opened = openProject()) {
                GuidanceProject root = opened.root();
                EObject element = Locate.element(root, id);
                if (!(element instanceof Block block)) {
                    throw CommandFailure.usage(element == null ? "no element '" + id + "' in " + where(opened) + "."
                            : "'" + id + "' is a " + element.eClass().getName() + ", not a block of the document: trace a paragraph, callout, list ...");
                }
                String who = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "unknown");
                String change = null;
                if (confirm || link != null) {
                    Command command;
                    if (link != null) {
                        EObject evidence = Locate.element(root, link);
                        if (!(evidence instanceof Identified identified) || evidence instanceof Block) {
                            throw CommandFailure.usage("no evidence '" + link + "' in " + where(opened) + ": give the id of an extract, case study, benefit, outcome, criterion, assessment or consensus round.");
                        }
                        command = links.link(opened.editingDomain(), block, identified, field, sentence, who, Instant.now());
                        change = "Linked " + block.getId() + " to " + link;
                    } else {
                        command = links.confirm(opened.editingDomain(), block, who, Instant.now());
                        change = "Confirmed " + block.getId() + " still supported by its evidence (" + who + ")";
                    }
                    if (!command.canExecute()) {
                        throw new CommandFailure(ExitCodes.PROBLEMS, block.getId() + " has no evidence to confirm against"
                                + (block.getEvidenceLinks().isEmpty() ? ": link some first (--link EVIDENCE)." : ": its evidence was removed; link other evidence."));
                    }
                    if (!dryRun) {
                        opened.editingDomain().getCommandStack().execute(command);
                        if (!opened.isTemporaryCopy()) {
                            try {
                                projects.save(opened);
                            } catch (IOException e) {
                                throw new CommandFailure(ExitCodes.USAGE, "could not save " + opened.file() + ": " + e.getMessage() + " The project file is unchanged.", e);
                            }
                        }
                    }
                }
                List<Step> steps = links.trace(block);
                boolean stale = steps.stream().anyMatch(Step::stale);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("block", block.getId());
                    doc.put("stale", stale);
                    doc.put("change", change);
                    doc.put("dryRun", dryRun);
                    List<Object> rows = new ArrayList<>();
                    for (Step s : steps) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("evidence", s.evidenceId());
                        row.put("kind", s.kind());
                        row.put("label", s.label());
                        row.put("field", s.field());
                        row.put("sentence", s.sentence());
                        row.put("source", s.source());
                        row.put("confirmedAt", s.confirmedAt());
                        row.put("confirmedBy", s.confirmedBy());
                        row.put("confirmedState", s.confirmedState());
                        row.put("currentState", s.currentState());
                        row.put("stale", s.stale());
                        row.put("staleReason", s.staleReason());
                        rows.add(row);
                    }
                    doc.put("evidence", rows);
                    out.println(Json.write(doc));
                } else {
                    if (change != null) {
                        out.println(change + (dryRun ? ". Dry run: nothing changed." : opened.isTemporaryCopy() ? " (in a throw-away copy of the sample)." : ". Saved."));
                    }
                    out.println("Block " + block.getId() + (steps.isEmpty() ? ": no evidence linked (link some with --link EVIDENCE)." : ":"));
                    for (Step s : steps) {
                        out.println("  " + (s.stale() ? "STALE " : "ok    ") + s.kind() + " " + s.evidenceId()
                                + (s.field() == null ? "" : " (" + s.field() + ")") + (s.source() == null ? "" : " [" + s.source() + "]")
                                + (s.sentence() == null ? "" : " for \"" + s.sentence() + "\""));
                        if (s.label() != null) {
                            out.println("        " + s.label());
                        }
                        out.println("        confirmed " + (s.confirmedAt() == null ? "never" : s.confirmedAt()) + (s.confirmedBy() == null ? "" : " by " + s.confirmedBy()));
                        if (s.stale()) {
                            out.println("        " + s.staleReason() + ".");
                            out.println("        was: " + String.valueOf(s.confirmedState()).replace("\n", "\n             "));
                            out.println("        now: " + (s.currentState() == null ? "(gone)" : s.currentState().replace("\n", "\n             ")));
                        }
                    }
                    if (stale) {
                        out.println("Stale: read the evidence, correct the text if needed, then: bridgework trace " + block.getId() + " --confirm");
                    }
                }
                out.flush();
                return stale ? ExitCodes.PROBLEMS : ExitCodes.OK;
            }
        }

        private String where(Project opened) {
            return sample ? "the sample project" : String.valueOf(opened.file());
        }

        private Project openProject() {
            ProjectSelection selection = new ProjectSelection() {
                @Override
                public java.nio.file.Path file() {
                    return file;
                }

                @Override
                public boolean sample() {
                    return sample;
                }

                @Override
                protected String fileLabel() {
                    return "PROJECT";
                }
            };
            // linking or confirming writes the project: hold its lock meanwhile
            return confirm || link != null ? selection.openForEditing(projects, "bridgework trace") : selection.open(projects);
        }
    }
}
