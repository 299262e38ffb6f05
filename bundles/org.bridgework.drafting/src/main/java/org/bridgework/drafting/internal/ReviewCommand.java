package org.bridgework.drafting.internal;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.core.cli.ProjectOptions;
import org.bridgework.drafting.api.ReviewImport;
import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.bridgework.core.cli.ModelEditCommand;
import org.bridgework.model.GuidancePackage;
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

/** {@code bridgework review export|import|report}: review packs as DOCX and the comments made on them. */
@Component(property = CommandContribution.NAME_PROPERTY + "=review")
public class ReviewCommand implements CommandContribution {

    private final ProjectService projects;
    private final ReviewPacks packs;

    @Activate
    public ReviewCommand(@Reference ProjectService projects, @Reference ReviewPacks packs) {
        this.projects = projects;
        this.packs = packs;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public Object create() {
        CommandLine review = new CommandLine(new Review());
        review.addSubcommand("export", new Export(projects, packs));
        review.addSubcommand("import", new Import(projects, packs));
        review.addSubcommand("report", new Report(projects));
        review.addSubcommand("respond", new Respond(projects));
        return review;
    }

    @Command(name = "review", description = "Review packs: export the draft as a DOCX with a bookmark per section, import the comments reviewers made "
            + "on it in Word or LibreOffice, and report on their resolution per milestone.")
    static final class Review implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw CommandFailure.usage("name what to do: review export, import, report or respond (see bridgework review --help).");
        }
    }

    @Command(name = "export", description = {"Write the draft as a DOCX review pack: each section's heading carries a bookmark (bw_ + section id)",
            "so comments made on it can be imported back to the right section."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOptions project;

        @Option(names = "--out", required = true, paramLabel = "F.docx", description = "The DOCX file to write (replaced if it exists).")
        Path out;

        private final ProjectService projects;
        private final ReviewPacks packs;

        Export(ProjectService projects, ReviewPacks packs) {
            this.projects = projects;
            this.packs = packs;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                GuidanceProject root = opened.root();
                if (root.getDocument() == null) {
                    throw CommandFailure.usage(project.describe() + " has no document to review.");
                }
                Path target = out.toAbsolutePath();
                if (Files.isDirectory(target)) {
                    throw CommandFailure.usage(out + " is a folder; give a file name such as review.docx.");
                }
                Path folder = target.getParent();
                if (folder == null || !Files.isDirectory(folder)) {
                    throw CommandFailure.usage("the folder of " + out + " does not exist.");
                }
                Path temp = null;
                try {
                    temp = Files.createTempFile(folder, ".review-", ".docx.tmp");
                    try (OutputStream o = Files.newOutputStream(temp)) {
                        packs.export(root, o);
                    }
                    try {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new CommandFailure(ExitCodes.USAGE, "could not write " + out + ": " + e.getMessage(), e);
                } finally {
                    if (temp != null) {
                        try {
                            Files.deleteIfExists(temp);
                        } catch (IOException ignored) {
                            // already moved or gone
                        }
                    }
                }
                int[] sections = {0};
                root.getDocument().eAllContents().forEachRemaining(e -> sections[0] += e instanceof Section ? 1 : 0);
                PrintWriter w = spec.commandLine().getOut();
                w.println("Wrote " + out + ": review pack of '" + root.getDocument().getTitle() + "', " + sections[0] + " sections with bookmarks.");
                w.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "import", description = {"Read the comments made in Word or LibreOffice on a review pack and add them to the project as open review comments,",
            "each on the section whose bookmark precedes it. Shows what it will add first; with --dry-run it changes nothing.",
            "Comments already in the project (same section, reviewer and text) are skipped, so importing twice adds nothing."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "F.docx", description = "The commented review pack.")
        Path docx;

        @Option(names = "--into", required = true, paramLabel = "PROJECT", description = "The .guidance project to add the comments to.")
        Path into;

        @Option(names = "--dry-run", description = "Only show what would be added.")
        boolean dryRun;

        @Option(names = "--milestone", paramLabel = "ID", description = "The milestone the comments belong to (default: the first draft or review milestone not done).")
        String milestoneId;

        @Option(names = "--json", description = "Print JSON: the comments found and what was added or skipped.")
        boolean json;

        private final ProjectService projects;
        private final ReviewPacks packs;

        Import(ProjectService projects, ReviewPacks packs) {
            this.projects = projects;
            this.packs = packs;
        }

        @Override
        public Integer call() {
            for (Path input : new Path[] {docx, into}) {
                String problem = InputFiles.problem(input);
                if (problem != null) {
                    throw CommandFailure.usage(InputFiles.message(input, problem) + " Nothing was imported.");
                }
            }
            Project opened = ProjectSelection.openForEditing(projects, into, "bridgework review import");
            try (opened) {
                GuidanceProject root = opened.root();
                ReviewImport plan;
                try {
                    plan = packs.plan(root, docx, milestoneId);
                } catch (IllegalArgumentException | IOException e) {
                    throw CommandFailure.usage(e.getMessage());
                }
                Milestone milestone = plan.milestone();
                List<ReviewComment> added = plan.toAdd();
                List<Map<String, Object>> rows = new ArrayList<>();
                PrintWriter w = spec.commandLine().getOut();
                for (ReviewImport.Entry c : plan.entries()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("docxId", c.docxId());
                    row.put("author", c.author());
                    row.put("section", c.sectionId());
                    row.put("text", c.text());
                    row.put("action", c.duplicate() ? "skip (already in the project)" : "add");
                    if (c.comment() != null) {
                        row.put("id", c.comment().getId());
                    }
                    rows.add(row);
                    if (!json) {
                        w.println((c.duplicate() ? "  = skip " : "  + add  ") + c.where() + ", " + nz(c.author()) + ": \"" + Milestones.shorten(c.text()) + "\"");
                    }
                }
                int found = plan.entries().size();
                String summary = found + " comment" + (found == 1 ? "" : "s") + " in " + docx + ", " + added.size() + " to add"
                        + (milestone == null ? "" : " for the milestone '" + milestone.getTitle() + "'");
                if (!dryRun && !added.isEmpty()) {
                    var domain = opened.editingDomain();
                    domain.getCommandStack().execute(packs.apply(domain, root, plan));
                    try {
                        projects.save(opened);
                    } catch (IOException e) {
                        throw new CommandFailure(ExitCodes.USAGE, "could not save " + into + ": " + e.getMessage() + " The project file is unchanged.", e);
                    }
                }
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("file", docx.toString());
                    doc.put("project", into.toString());
                    doc.put("dryRun", dryRun);
                    doc.put("milestone", milestone == null ? null : milestone.getId());
                    doc.put("comments", rows);
                    doc.put("added", dryRun ? 0 : added.size());
                    w.println(Json.write(doc));
                } else {
                    w.println(summary + (dryRun ? ". Dry run: nothing changed." : added.isEmpty() ? ". Nothing to change." : ". Added to " + into + "."));
                }
                w.flush();
                return ExitCodes.OK;
            }
        }
    }

    /** "Clinical lead (Anytown NHS trust)" → role "Clinical lead", organisation "Anytown NHS trust". */
    static String[] roleAndOrganisation(String author, GuidanceProject root) {
        String a = nz(author).strip();
        int open = a.lastIndexOf('(');
        if (open > 0 && a.endsWith(")")) {
            return new String[] {a.substring(0, open).strip(), a.substring(open + 1, a.length() - 1).strip()};
        }
        return new String[] {a, null};
    }

    static Organisation organisation(GuidanceProject root, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Organisation o : root.getOrganisations()) {
            if (name.equalsIgnoreCase(nz(o.getShortName())) || name.equalsIgnoreCase(nz(o.getName()))) {
                return o;
            }
        }
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Command(name = "report", description = {"The resolution of review comments per milestone: how many are open, accepted, rejected or done,",
            "and each open comment with where it is. Exits 0."})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--milestone", paramLabel = "ID", description = "Only this milestone.")
        String milestoneId;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final ProjectService projects;

        Report(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public Integer call() {
            try (Project opened = project.open(projects)) {
                GuidanceProject root = opened.root();
                Map<String, List<ReviewComment>> byMilestone = new LinkedHashMap<>();
                Map<String, String> titles = new LinkedHashMap<>();
                for (Milestone m : root.getMilestones()) {
                    byMilestone.put(m.getId(), new ArrayList<>());
                    titles.put(m.getId(), m.getTitle());
                }
                byMilestone.put(null, new ArrayList<>());
                titles.put(null, "No milestone");
                for (ReviewComment c : root.getReviewComments()) {
                    byMilestone.computeIfAbsent(c.getMilestone() == null ? null : c.getMilestone().getId(), k -> new ArrayList<>()).add(c);
                }
                if (milestoneId != null && !byMilestone.containsKey(milestoneId)) {
                    throw CommandFailure.usage("the project has no milestone with id '" + milestoneId + "'.");
                }
                PrintWriter w = spec.commandLine().getOut();
                List<Object> rows = new ArrayList<>();
                for (Map.Entry<String, List<ReviewComment>> e : byMilestone.entrySet()) {
                    if (milestoneId != null && !milestoneId.equals(e.getKey())) {
                        continue;
                    }
                    if (e.getKey() == null && e.getValue().isEmpty()) {
                        continue;
                    }
                    Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
                    for (ReviewStatus s : ReviewStatus.values()) {
                        counts.put(s, 0);
                    }
                    for (ReviewComment c : e.getValue()) {
                        counts.merge(c.getStatus() == null ? ReviewStatus.OPEN : c.getStatus(), 1, Integer::sum);
                    }
                    int total = e.getValue().size();
                    int resolved = total - counts.get(ReviewStatus.OPEN);
                    if (json) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("milestone", e.getKey());
                        row.put("title", titles.get(e.getKey()));
                        row.put("total", total);
                        Map<String, Object> c = new LinkedHashMap<>();
                        counts.forEach((k, v) -> c.put(k.getLiteral(), v));
                        row.put("byStatus", c);
                        List<Object> comments = new ArrayList<>();
                        for (ReviewComment rc : e.getValue()) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", rc.getId());
                            m.put("target", rc.getTarget() == null ? null : rc.getTarget().getId());
                            m.put("reviewer", rc.getReviewerRole());
                            m.put("status", rc.getStatus() == null ? "open" : rc.getStatus().getLiteral());
                            m.put("text", rc.getText());
                            m.put("response", rc.getResponse());
                            comments.add(m);
                        }
                        row.put("comments", comments);
                        rows.add(row);
                    } else {
                        w.println(titles.get(e.getKey()) + (e.getKey() == null ? "" : " [" + e.getKey() + "]") + ": " + total + " comment" + (total == 1 ? "" : "s")
                                + (total == 0 ? "" : ", " + resolved + " resolved (" + counts.get(ReviewStatus.ACCEPTED) + " accepted, " + counts.get(ReviewStatus.REJECTED)
                                        + " rejected, " + counts.get(ReviewStatus.DONE) + " done), " + counts.get(ReviewStatus.OPEN) + " open"));
                        for (ReviewComment rc : e.getValue()) {
                            String status = rc.getStatus() == null ? "open" : rc.getStatus().getLiteral();
                            w.println("    " + status.toUpperCase(Locale.ROOT) + " " + rc.getId() + " on " + (rc.getTarget() == null ? "the project" : Derived.label(rc.getTarget()))
                                    + (rc.getReviewerRole() == null ? "" : ", " + rc.getReviewerRole()) + ": \"" + Milestones.shorten(rc.getText()) + "\""
                                    + (rc.getResponse() == null || rc.getResponse().isBlank() ? "" : " - response: \"" + Milestones.shorten(rc.getResponse()) + "\""));
                        }
                    }
                }
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("project", root.getId());
                    doc.put("milestones", rows);
                    w.println(Json.write(doc));
                }
                w.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "respond", description = {"Respond to a review comment: set its status (accepted, rejected, done, or open again), the response",
            "reviewers will read and its theme (\"you said, we did\" groups answered comments by theme). One undoable change, saved to",
            "the project; with --dry-run nothing is written."})
    static final class Respond extends ModelEditCommand {
        @Parameters(index = "0", paramLabel = "COMMENT", description = "The review comment's id (see: bridgework review report).")
        String commentId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--sample", description = "Use a copy of the sample project shipped with Bridgework (the shipped copy is never changed).")
        boolean sample;

        @Option(names = "--status", paramLabel = "STATUS", description = "accepted, rejected, done or open.")
        String status;

        @Option(names = "--response", paramLabel = "TEXT", description = "What was done about it, in words for the reviewer.")
        String response;

        @Option(names = "--theme", paramLabel = "TEXT", description = "What the comment is about, in a few words (for example Evidence); empty to clear.")
        String theme;

        private final ProjectService projects;

        Respond(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        protected ProjectService projects() {
            return projects;
        }

        @Override
        protected ProjectSelection selection() {
            return ProjectSelection.of(file, sample, "PROJECT");
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, GuidanceProject root) {
            if (status == null && response == null && theme == null) {
                throw CommandFailure.usage("give --status, --response, --theme or more than one.");
            }
            ReviewStatus to = status == null ? null : ReviewStatus.get(status.strip().toLowerCase(Locale.ROOT));
            if (status != null && to == null) {
                throw CommandFailure.usage("unknown status '" + status + "': use accepted, rejected, done or open.");
            }
            ReviewComment comment = root.getReviewComments().stream().filter(c -> commentId.equals(c.getId())).findFirst()
                    .orElseThrow(() -> CommandFailure.usage("no review comment '" + commentId + "' in the project (bridgework review report lists them)."));
            if ((to == ReviewStatus.ACCEPTED || to == ReviewStatus.REJECTED || to == ReviewStatus.DONE)
                    && (response == null || response.isBlank()) && (comment.getResponse() == null || comment.getResponse().isBlank())) {
                throw CommandFailure.usage("a comment that is " + to.getLiteral() + " needs a response for the reviewer: give --response.");
            }
            var command = new org.eclipse.emf.common.command.CompoundCommand("Review comment " + comment.getId()
                    + (to == null ? "" : ": " + (comment.getStatus() == null ? "open" : comment.getStatus().getLiteral()) + " → " + to.getLiteral())
                    + (response == null ? "" : ", response recorded") + (theme == null ? "" : ", theme " + (theme.isBlank() ? "cleared" : theme.strip())));
            GuidancePackage p = GuidancePackage.eINSTANCE;
            if (to != null) {
                command.append(org.eclipse.emf.edit.command.SetCommand.create(domain, comment, p.getReviewComment_Status(), to));
            }
            if (response != null) {
                command.append(org.eclipse.emf.edit.command.SetCommand.create(domain, comment, p.getReviewComment_Response(), response.strip()));
            }
            if (theme != null) {
                command.append(org.eclipse.emf.edit.command.SetCommand.create(domain, comment, p.getReviewComment_Theme(),
                        theme.isBlank() ? null : theme.strip()));
            }
            return command;
        }
    }
}
