package org.bridgework.drafting.internal.cli;

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
import org.bridgework.core.cli.ProjectFileEdit;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.core.cli.ProjectOptions;
import org.bridgework.drafting.api.ReviewImport;
import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.drafting.internal.Milestones;
import org.bridgework.drafting.internal.Reviewers;
import org.bridgework.drafting.internal.SuggestionText;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
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
@Component(property = {CommandContribution.NAME_PROPERTY + "=review", CommandContribution.SUMMARY_PROPERTY + "=" + ReviewCommand.SUMMARY})
public class ReviewCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Review packs: export the draft as a DOCX with a bookmark per section and block, import the comments and tracked changes reviewers made on it in Word or LibreOffice, accept or reject the changes, record who the draft went to, and report per milestone.";

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
        review.addSubcommand("suggestions", new Suggestions(projects));
        review.addSubcommand("accept", new Decide(projects, packs, true));
        review.addSubcommand("reject", new Decide(projects, packs, false));
        CommandLine recipients = new CommandLine(new Recipients());
        recipients.addSubcommand("list", new RecipientsList(projects));
        recipients.addSubcommand("set", new RecipientSet(projects, packs));
        recipients.addSubcommand("remove", new RecipientRemove(projects));
        review.addSubcommand("recipients", recipients);
        return review;
    }

    @Command(name = "review", description = SUMMARY)
    static final class Review implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw CommandFailure.usage("name what to do: review export, import, report, respond, suggestions, accept, reject or recipients (see bridgework review --help).");
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
                List<Map<String, Object>> changeRows = new ArrayList<>();
                int leftOut = 0;
                for (ReviewImport.Suggestion c : plan.suggestions()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("author", c.author());
                    row.put("where", c.where());
                    row.put("deleted", c.deleted());
                    row.put("inserted", c.inserted());
                    row.put("action", c.leftOut() != null ? "left out: " + c.leftOut() : c.duplicate() ? "skip (already in the project)" : "add");
                    if (c.suggestion() != null) {
                        row.put("id", c.suggestion().getId());
                    }
                    changeRows.add(row);
                    leftOut += c.leftOut() != null ? 1 : 0;
                    if (!json) {
                        String what = (c.deleted().isEmpty() ? "" : "delete \"" + Milestones.shorten(c.deleted()) + "\"") + (!c.deleted().isEmpty() && !c.inserted().isEmpty() ? ", " : "")
                                + (c.inserted().isEmpty() ? "" : "insert \"" + Milestones.shorten(c.inserted().strip()) + "\"");
                        w.println((c.leftOut() != null ? "  ! left out " : c.duplicate() ? "  = skip " : "  + suggest ") + c.where() + ", " + nz(c.author()) + ": " + what
                                + (c.leftOut() != null ? " (" + c.leftOut() + ")" : ""));
                    }
                }
                List<org.bridgework.model.ReviewSuggestion> suggested = plan.suggestionsToAdd();
                int found = plan.entries().size();
                String summary = found + " comment" + (found == 1 ? "" : "s") + " and " + plan.suggestions().size() + " tracked change" + (plan.suggestions().size() == 1 ? "" : "s")
                        + " in " + docx + ", " + added.size() + " comment" + (added.size() == 1 ? "" : "s") + " and " + suggested.size() + " suggestion"
                        + (suggested.size() == 1 ? "" : "s") + " to add" + (leftOut == 0 ? "" : " (" + leftOut + " left out)")
                        + (milestone == null ? "" : " for the milestone '" + milestone.getTitle() + "'");
                if (!dryRun && (!added.isEmpty() || !suggested.isEmpty())) {
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
                    doc.put("changes", changeRows);
                    doc.put("suggestionsAdded", dryRun ? 0 : suggested.size());
                    w.println(Json.write(doc));
                } else {
                    w.println(summary + (dryRun ? ". Dry run: nothing changed." : added.isEmpty() && suggested.isEmpty() ? ". Nothing to change." : ". Added to " + into + "."
                            + (suggested.isEmpty() ? "" : " Accept or reject the suggestions with 'bridgework review accept|reject ID " + into + "' (list: review suggestions).")));
                }
                w.flush();
                return ExitCodes.OK;
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static List<org.bridgework.model.ReviewSuggestion> suggestionsOf(GuidanceProject root, String milestoneId) {
        return root.getReviewSuggestions().stream().filter(s -> java.util.Objects.equals(milestoneId, s.getMilestone() == null ? null : s.getMilestone().getId())).toList();
    }

    /** "Sent to 4, 2 replied; waiting for 2" */
    static String recipientsLine(Milestone m) {
        long sent = m.getRecipients().stream().filter(r -> r.getSent() != null).count();
        long replied = m.getRecipients().stream().filter(r -> r.getReturned() != null).count();
        return "Recipients: " + m.getRecipients().size() + ", sent to " + sent + ", " + replied + " replied"
                + (sent > replied ? ", waiting for " + (sent - replied) : "");
    }

    static String recipientLine(org.bridgework.model.Recipient r) {
        return nz(r.getName()) + (r.getOrganisation() == null ? "" : " (" + r.getOrganisation().getLabel() + ")") + " [" + r.getId() + "]: "
                + (r.getSent() == null ? "not sent yet" : "sent " + r.getSent()) + ", "
                + (r.getReturned() == null ? (r.getSent() == null ? "no reply" : "no reply yet") : "replied " + r.getReturned())
                + (r.getNote() == null || r.getNote().isBlank() ? "" : " - " + r.getNote());
    }

    static Map<String, Object> recipientJson(org.bridgework.model.Recipient r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("name", r.getName());
        m.put("organisation", r.getOrganisation() == null ? null : r.getOrganisation().getId());
        m.put("sent", r.getSent() == null ? null : r.getSent().toString());
        m.put("returned", r.getReturned() == null ? null : r.getReturned().toString());
        m.put("note", r.getNote());
        return m;
    }

    static Map<String, Object> suggestionJson(org.bridgework.model.ReviewSuggestion rs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getId());
        m.put("block", rs.getTarget() == null ? null : rs.getTarget().getId());
        m.put("part", SuggestionText.partName(rs.getItem()));
        m.put("deleted", rs.getDeleted());
        m.put("inserted", rs.getInserted());
        m.put("before", rs.getBefore());
        m.put("after", rs.getAfter());
        m.put("reviewer", rs.getReviewerRole());
        m.put("milestone", rs.getMilestone() == null ? null : rs.getMilestone().getId());
        m.put("status", rs.getStatus() == null ? "open" : rs.getStatus().getLiteral());
        m.put("decided", rs.getDecided() == null ? null : rs.getDecided().toString());
        m.put("response", rs.getResponse());
        return m;
    }

    /**
     * What the review holds per milestone, read only: {@code [PROJECT | --sample] [--milestone ID] [--json]}; a milestone the
     * project does not have is a usage error (exit 2), anything else exits 0.
     */
    abstract static class MilestoneView implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = "--milestone", paramLabel = "ID", description = "Only this milestone.")
        String milestoneId;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private final ProjectService projects;

        MilestoneView(ProjectService projects) {
            this.projects = projects;
        }

        /** Refuses options that do not fit, before the project is opened. */
        void checkOptions() {
        }

        /** Prints the view (JSON or text) of the open project. */
        abstract void print(GuidanceProject root, PrintWriter w);

        @Override
        public Integer call() {
            checkOptions();
            try (Project opened = project.open(projects)) {
                GuidanceProject root = opened.root();
                if (milestoneId != null && Reviewers.milestoneById(root, milestoneId) == null) {
                    throw CommandFailure.usage("the project has no milestone with id '" + milestoneId + "'.");
                }
                PrintWriter w = spec.commandLine().getOut();
                print(root, w);
                w.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "suggestions", description = {"The tracked changes imported from review packs: each with its block, what it deletes and inserts, who made it and",
            "whether it is open, accepted or rejected. Exits 0."})
    static final class Suggestions extends MilestoneView {
        @Option(names = "--status", paramLabel = "STATUS", description = "Only these: open, accepted, rejected (default: all).")
        String status;

        private ReviewStatus only;

        Suggestions(ProjectService projects) {
            super(projects);
        }

        @Override
        void checkOptions() {
            only = status == null ? null : ReviewStatus.get(status.strip().toLowerCase(Locale.ROOT));
            if (status != null && (only == null || only == ReviewStatus.DONE)) {
                throw CommandFailure.usage("unknown status '" + status + "': use open, accepted or rejected.");
            }
        }

        @Override
        void print(GuidanceProject root, PrintWriter w) {
            List<Object> rows = new ArrayList<>();
            int n = 0;
            for (org.bridgework.model.ReviewSuggestion rs : root.getReviewSuggestions()) {
                ReviewStatus st = rs.getStatus() == null ? ReviewStatus.OPEN : rs.getStatus();
                if ((only != null && st != only) || (milestoneId != null && (rs.getMilestone() == null || !milestoneId.equals(rs.getMilestone().getId())))) {
                    continue;
                }
                n++;
                if (json) {
                    rows.add(suggestionJson(rs));
                } else {
                    w.println(st.getLiteral().toUpperCase(Locale.ROOT) + " " + rs.getId() + " on " + (rs.getTarget() == null ? "a deleted block" : rs.getTarget().getId())
                            + " (" + SuggestionText.partName(rs.getItem()) + ")" + (rs.getReviewerRole() == null ? "" : ", " + rs.getReviewerRole()) + ": " + rs.getLabel()
                            + (rs.getResponse() == null ? "" : " - response: \"" + Milestones.shorten(rs.getResponse()) + "\""));
                }
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("project", root.getId());
                doc.put("suggestions", rows);
                w.println(Json.write(doc));
            } else if (n == 0) {
                w.println("No suggested changes" + (only == null ? "" : " that are " + only.getLiteral()) + ". Import a review pack with tracked changes: bridgework review import F.docx --into PROJECT.");
            }
        }
    }

    @Command(name = "accept|reject", description = {"Accept a suggested change (its deletion and insertion made in the block's text, the suggestion marked accepted) or",
            "reject it (the decision recorded, the text unchanged): one undoable change, saved to the project; with --dry-run nothing is written."})
    static final class Decide extends ProjectFileEdit {
        @Parameters(index = "0", paramLabel = "ID", description = "The suggestion's id (see: bridgework review suggestions).")
        String suggestionId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--response", paramLabel = "TEXT", description = "What to tell the reviewer.")
        String response;

        private final ReviewPacks packs;
        private final boolean accept;

        Decide(ProjectService projects, ReviewPacks packs, boolean accept) {
            super(projects);
            this.packs = packs;
            this.accept = accept;
        }

        @Override
        protected Path file() {
            return file;
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, GuidanceProject root) {
            org.bridgework.model.ReviewSuggestion suggestion = root.getReviewSuggestions().stream().filter(x -> suggestionId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> CommandFailure.usage("no suggested change '" + suggestionId + "' in the project (bridgework review suggestions lists them). Nothing was changed."));
            try {
                return accept ? packs.accept(domain, suggestion, response) : packs.reject(domain, suggestion, response);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage(e.getMessage() + " Nothing was changed.");
            }
        }
    }

    @Command(name = "recipients", description = {"Who each milestone's draft went to and who replied: list, set (add or update) and remove recipients."})
    static final class Recipients implements Callable<Integer> {
        @Override
        public Integer call() {
            throw CommandFailure.usage("name what to do: review recipients list, set or remove (see bridgework review recipients --help).");
        }
    }

    @Command(name = "list", description = {"The recipients of each milestone (or one): sent and returned dates, and who has not replied. Exits 0."})
    static final class RecipientsList extends MilestoneView {
        RecipientsList(ProjectService projects) {
            super(projects);
        }

        @Override
        void print(GuidanceProject root, PrintWriter w) {
            List<Object> rows = new ArrayList<>();
            for (Milestone m : root.getMilestones()) {
                if (milestoneId != null && !milestoneId.equals(m.getId())) {
                    continue;
                }
                if (json) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("milestone", m.getId());
                    row.put("title", m.getTitle());
                    row.put("recipients", m.getRecipients().stream().map(r -> (Object) recipientJson(r)).toList());
                    rows.add(row);
                } else if (milestoneId != null || !m.getRecipients().isEmpty()) {
                    w.println(m.getTitle() + " [" + m.getId() + "]: " + (m.getRecipients().isEmpty() ? "no recipients recorded" : recipientsLine(m)));
                    for (org.bridgework.model.Recipient r : m.getRecipients()) {
                        w.println("    " + recipientLine(r));
                    }
                }
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("project", root.getId());
                doc.put("milestones", rows);
                w.println(Json.write(doc));
            } else if (milestoneId == null && root.getMilestones().stream().allMatch(m -> m.getRecipients().isEmpty())) {
                w.println("No recipients recorded. Add one: bridgework review recipients set MILESTONE NAME --sent DATE PROJECT.");
            }
        }
    }

    @Command(name = "set", description = {"Record a recipient of a milestone's draft (added, or updated when the name is already there): organisation,",
            "the date it was sent and the date they replied. One undoable change; --dry-run writes nothing. An empty date (\"\") clears it."})
    static final class RecipientSet extends ProjectFileEdit {
        @Parameters(index = "0", paramLabel = "MILESTONE", description = "The milestone's id (see: bridgework milestones).")
        String milestoneId;

        @Parameters(index = "1", paramLabel = "NAME", description = "Who: a role, group or organisation, for example \"Student Minds panel\".")
        String name;

        @Parameters(index = "2", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--organisation", paramLabel = "ORG", description = "The organisation's id, name or short name.")
        String organisation;

        @Option(names = "--sent", paramLabel = "YYYY-MM-DD", description = "When the draft was sent to them.")
        String sent;

        @Option(names = "--returned", paramLabel = "YYYY-MM-DD", description = "When they replied.")
        String returned;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note (how it was sent, what they said).")
        String note;

        private final ReviewPacks packs;

        RecipientSet(ProjectService projects, ReviewPacks packs) {
            super(projects);
            this.packs = packs;
        }

        @Override
        protected Path file() {
            return file;
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, GuidanceProject root) {
            Milestone m = Reviewers.milestoneById(root, milestoneId);
            if (m == null) {
                throw CommandFailure.usage("the project has no milestone with id '" + milestoneId + "' (bridgework milestones lists them). Nothing was changed.");
            }
            Organisation org = null;
            if (organisation != null && !organisation.isBlank()) {
                org = root.getOrganisations().stream().filter(o -> organisation.strip().equals(o.getId())).findFirst().orElse(Reviewers.organisation(root, organisation.strip()));
                if (org == null) {
                    throw CommandFailure.usage("the project has no organisation '" + organisation + "' (by id, name or short name). Nothing was changed.");
                }
            }
            try {
                return packs.recipient(domain, m, name, org, date("--sent", sent), date("--returned", returned), note);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage(e.getMessage() + " Nothing was changed.");
            }
        }

        private static java.time.LocalDate date(String option, String value) {
            if (value == null) {
                return null;
            }
            if (value.isBlank()) {
                return ReviewPacks.CLEAR;
            }
            try {
                return java.time.LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw CommandFailure.usage(option + " '" + value + "' is not a date: write it as YYYY-MM-DD. Nothing was changed.");
            }
        }
    }

    @Command(name = "remove", description = {"Remove a recipient from a milestone. One undoable change; --dry-run writes nothing."})
    static final class RecipientRemove extends ProjectFileEdit {
        @Parameters(index = "0", paramLabel = "MILESTONE", description = "The milestone's id.")
        String milestoneId;

        @Parameters(index = "1", paramLabel = "NAME", description = "The recipient's name or id.")
        String name;

        @Parameters(index = "2", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        RecipientRemove(ProjectService projects) {
            super(projects);
        }

        @Override
        protected Path file() {
            return file;
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, GuidanceProject root) {
            Milestone m = Reviewers.milestoneById(root, milestoneId);
            if (m == null) {
                throw CommandFailure.usage("the project has no milestone with id '" + milestoneId + "'. Nothing was changed.");
            }
            org.bridgework.model.Recipient r = m.getRecipients().stream()
                    .filter(x -> name.strip().equals(x.getId()) || name.strip().equalsIgnoreCase(nz(x.getName()).strip())).findFirst()
                    .orElseThrow(() -> CommandFailure.usage("the milestone '" + m.getTitle() + "' has no recipient '" + name + "'; it has: "
                            + String.join(", ", m.getRecipients().stream().map(x -> nz(x.getName())).toList()) + ". Nothing was changed."));
            org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand("Remove recipient " + r.getName() + " of " + m.getTitle());
            c.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, m, GuidancePackage.Literals.MILESTONE__RECIPIENTS, r));
            return c;
        }
    }

    @Command(name = "report", description = {"The resolution of review comments per milestone: how many are open, accepted, rejected or done,",
            "and each open comment with where it is. Exits 0."})
    static final class Report extends MilestoneView {
        Report(ProjectService projects) {
            super(projects);
        }

        @Override
        void print(GuidanceProject root, PrintWriter w) {
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
                        m.put("on", rc.getQuotedText());
                        m.put("response", rc.getResponse());
                        comments.add(m);
                    }
                    row.put("comments", comments);
                    Milestone ms = e.getKey() == null ? null : Reviewers.milestoneById(root, e.getKey());
                    List<Object> recipients = new ArrayList<>();
                    if (ms != null) {
                        for (org.bridgework.model.Recipient r : ms.getRecipients()) {
                            recipients.add(recipientJson(r));
                        }
                    }
                    row.put("recipients", recipients);
                    List<Object> suggestions = new ArrayList<>();
                    for (org.bridgework.model.ReviewSuggestion rs : suggestionsOf(root, e.getKey())) {
                        suggestions.add(suggestionJson(rs));
                    }
                    row.put("suggestions", suggestions);
                    rows.add(row);
                } else {
                    w.println(titles.get(e.getKey()) + (e.getKey() == null ? "" : " [" + e.getKey() + "]") + ": " + total + " comment" + (total == 1 ? "" : "s")
                            + (total == 0 ? "" : ", " + resolved + " resolved (" + counts.get(ReviewStatus.ACCEPTED) + " accepted, " + counts.get(ReviewStatus.REJECTED)
                                    + " rejected, " + counts.get(ReviewStatus.DONE) + " done), " + counts.get(ReviewStatus.OPEN) + " open"));
                    Milestone ms = e.getKey() == null ? null : Reviewers.milestoneById(root, e.getKey());
                    if (ms != null && !ms.getRecipients().isEmpty()) {
                        w.println("    " + recipientsLine(ms));
                        for (org.bridgework.model.Recipient r : ms.getRecipients()) {
                            w.println("      " + recipientLine(r));
                        }
                    }
                    List<org.bridgework.model.ReviewSuggestion> suggestions = suggestionsOf(root, e.getKey());
                    if (!suggestions.isEmpty()) {
                        long open = suggestions.stream().filter(x -> x.getStatus() == null || x.getStatus() == ReviewStatus.OPEN).count();
                        long accepted = suggestions.stream().filter(x -> x.getStatus() == ReviewStatus.ACCEPTED).count();
                        w.println("    Suggested changes: " + suggestions.size() + " (" + accepted + " accepted, " + (suggestions.size() - open - accepted) + " rejected, "
                                + open + " open)");
                    }
                    for (ReviewComment rc : e.getValue()) {
                        String status = rc.getStatus() == null ? "open" : rc.getStatus().getLiteral();
                        w.println("    " + status.toUpperCase(Locale.ROOT) + " " + rc.getId() + " on " + (rc.getTarget() == null ? "the project" : Derived.label(rc.getTarget()))
                                + (rc.getReviewerRole() == null ? "" : ", " + rc.getReviewerRole())
                                + (rc.getQuotedText() == null || rc.getQuotedText().isBlank() ? "" : " on \u201C" + Milestones.shorten(rc.getQuotedText()) + "\u201D")
                                + ": \"" + Milestones.shorten(rc.getText()) + "\""
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
        }
    }

    @Command(name = "respond", description = {"Respond to a review comment: set its status (accepted, rejected, done, or open again), the response",
            "reviewers will read and its theme (\"you said, we did\" groups answered comments by theme). One undoable change, saved to",
            "the project; with --dry-run nothing is written."})
    static final class Respond extends ProjectFileEdit {
        @Parameters(index = "0", paramLabel = "COMMENT", description = "The review comment's id (see: bridgework review report).")
        String commentId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--status", paramLabel = "STATUS", description = "accepted, rejected, done or open.")
        String status;

        @Option(names = "--response", paramLabel = "TEXT", description = "What was done about it, in words for the reviewer.")
        String response;

        @Option(names = "--theme", paramLabel = "TEXT", description = "What the comment is about, in a few words (for example Evidence); empty to clear.")
        String theme;

        Respond(ProjectService projects) {
            super(projects);
        }

        @Override
        protected Path file() {
            return file;
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
