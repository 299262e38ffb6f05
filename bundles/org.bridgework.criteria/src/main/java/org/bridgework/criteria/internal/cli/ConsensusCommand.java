package org.bridgework.criteria.internal.cli;

import org.bridgework.core.api.AtomicFiles;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.core.cli.ProjectOptions;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.criteria.api.RatingForms;
import org.bridgework.criteria.api.RatingForms.FormImport;
import org.bridgework.criteria.api.RatingForms.FormProblem;
import org.bridgework.criteria.api.RoundSummary;
import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.Criterion;
import org.bridgework.model.derive.Derived;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
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

/**
 * {@code bridgework consensus status [--round N] [--json] [PROJECT | --sample]},
 * {@code bridgework consensus form --member M [--round N] --out F (-p PROJECT | --sample)} and
 * {@code bridgework consensus import F... --into PROJECT [--dry-run]}; {@code open}, {@code amend} and {@code carry} are
 * in {@link RoundCommands}.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=consensus", CommandContribution.SUMMARY_PROPERTY + "=" + ConsensusCommand.SUMMARY})
public class ConsensusCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Delphi consensus rounds on the criteria: status, offline rating forms (XLSX) and their import, opening rounds, amending criteria, carrying criteria without consensus to a new round, stakeholder groups and the every-group rule, and reminders for forms not yet returned.";

    private final ProjectService projects;
    private final ConsensusService consensus;
    private final RatingForms forms;

    @Activate
    public ConsensusCommand(@Reference ProjectService projects, @Reference ConsensusService consensus, @Reference RatingForms forms) {
        this.projects = projects;
        this.consensus = consensus;
        this.forms = forms;
    }

    @Override
    public String name() {
        return "consensus";
    }

    @Override
    public Object create() {
        CommandLine cl = new CommandLine(new Consensus());
        cl.addSubcommand("status", new Status(projects, consensus));
        cl.addSubcommand("form", new Form(projects, consensus, forms));
        cl.addSubcommand("import", new Import(projects, consensus, forms));
        cl.addSubcommand("open", new RoundCommands.Open(projects, consensus));
        cl.addSubcommand("close", new RoundCommands.Close(projects, consensus));
        cl.addSubcommand("amend", new RoundCommands.Amend(projects, consensus));
        cl.addSubcommand("carry", new RoundCommands.Carry(projects, consensus));
        cl.addSubcommand("group", new RoundCommands.Group(projects, consensus));
        cl.addSubcommand("rule", new RoundCommands.Rule(projects, consensus));
        cl.addSubcommand("reminders", new Reminders(projects, consensus));
        cl.addSubcommand("report", new Report(projects, consensus));
        return cl;
    }

    @Command(name = "consensus", description = SUMMARY,
            synopsisSubcommandLabel = "(status | form | import | open | close | amend | carry | group | rule | reminders | report)")
    static final class Consensus implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Override
        public Integer call() {
            throw CommandFailure.usage("say what to do: 'consensus status', 'consensus form --member M --out F', 'consensus import F... --into PROJECT',"
                    + " 'consensus open --criteria C... --members M... -p PROJECT', 'consensus amend CODE --statement TEXT -p PROJECT'"
                    + " or 'consensus carry -p PROJECT'.");
        }
    }

    static ConsensusRound pickRound(ConsensusService consensus, GuidanceProject root, Integer number, String where) {
        if (number == null) {
            return consensus.currentRound(root).orElseThrow(() -> CommandFailure.usage(where + " has no consensus rounds."));
        }
        return consensus.round(root, number).orElseThrow(() -> CommandFailure.usage(where + " has no round " + number + "; rounds: "
                + String.join(", ", root.getRounds().stream().map(r -> String.valueOf(r.getNumber())).toList()) + "."));
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", v);
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }

    static Double json(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 100) / 100.0;
    }

    static String status(org.bridgework.model.ConsensusStatus s) {
        return s == null ? null : s.getLiteral();
    }

    @Command(name = "status", description = "Each criterion's status in a round (the current one by default): distribution, agreement, median, IQR, stability.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
        @Mixin
        ProjectArguments project;
        @Option(names = "--round", paramLabel = "N", description = "The round number (default: the current, highest-numbered round).")
        Integer round;
        @Option(names = "--json", description = "Write JSON (always with each criterion's tally per stakeholder group).")
        boolean json;
        @Option(names = "--by-group", description = "Also show each criterion's agreement within each stakeholder group (HE, NHS, students, voluntary sector).")
        boolean byGroup;

        private final ProjectService projects;
        private final ConsensusService consensus;

        Status(ProjectService projects, ConsensusService consensus) {
            this.projects = projects;
            this.consensus = consensus;
        }

        @Override
        public Integer call() {
            try (Project p = project.open(projects)) {
                ConsensusRound r = pickRound(consensus, p.root(), round, project.describe());
                RoundSummary s = consensus.summary(r);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(toJson(r, s)));
                } else {
                    print(out, p.root(), s);
                    if (byGroup) {
                        printGroups(out, r, s);
                    }
                }
                out.flush();
            }
            return ExitCodes.OK;
        }

        private static Map<String, Object> toJson(ConsensusRound r, RoundSummary s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", s.roundId());
            m.put("number", s.number());
            m.put("title", s.title());
            m.put("opened", s.opened() == null ? null : s.opened().toString());
            m.put("closed", s.closed() == null ? null : s.closed().toString());
            m.put("scale", s.scale().getLiteral());
            m.put("panel", s.panelSize());
            m.put("respondents", s.respondents());
            GuidanceProject root = (GuidanceProject) r.eContainer();
            m.put("agreementInEveryGroup", root.getConsensusSettings() != null && root.getConsensusSettings().isAgreementInEveryGroup());
            List<Object> cs = new ArrayList<>();
            for (CriterionSummary c : s.criteria()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("criterion", c.criterionId());
                x.put("code", c.code());
                x.put("status", status(c.status()));
                x.put("raters", c.raters());
                x.put("abstentions", c.abstentions());
                x.put("distribution", c.distribution());
                x.put("agreePercent", json(c.agreePercent()));
                x.put("neutralPercent", json(c.neutralPercent()));
                x.put("disagreePercent", json(c.disagreePercent()));
                x.put("median", json(c.median()));
                x.put("q1", json(c.q1()));
                x.put("q3", json(c.q3()));
                x.put("iqr", json(c.iqr()));
                x.put("previousRound", c.previousRound() == 0 ? null : c.previousRound());
                x.put("previousStatus", status(c.previousStatus()));
                x.put("agreementChange", json(c.agreementChange()));
                x.put("stable", c.stable());
                x.put("comments", c.comments());
                x.put("groups", groupsJson(r, c.criterionId()));
                x.put("dissentingGroups", dissenting(r, c.criterionId()));
                cs.add(x);
            }
            m.put("criteria", cs);
            return m;
        }

        static Criterion criterion(ConsensusRound r, String id) {
            return r.getCriteria().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
        }

        static Map<String, Object> groupsJson(ConsensusRound r, String criterionId) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (var e : Derived.tallyByGroup(r, criterion(r, criterionId)).entrySet()) {
                Map<String, Object> g = new LinkedHashMap<>();
                Derived.Tally t = e.getValue();
                g.put("raters", t.raters());
                g.put("agreePercent", json(t.agreementPercent()));
                g.put("disagreePercent", json(t.raters() == 0 ? Double.NaN : t.disagree() * 100.0 / t.raters()));
                g.put("status", status(t.status()));
                out.put(e.getKey().getLiteral(), g);
            }
            return out;
        }

        static List<String> dissenting(ConsensusRound r, String criterionId) {
            return Derived.tally(r, criterion(r, criterionId)).dissentingGroups().stream().map(g -> g.getLiteral()).toList();
        }

        private static void printGroups(PrintWriter out, ConsensusRound r, RoundSummary s) {
            GuidanceProject root = (GuidanceProject) r.eContainer();
            boolean rule = root.getConsensusSettings() != null && root.getConsensusSettings().isAgreementInEveryGroup();
            out.println();
            out.println("By stakeholder group" + (rule ? " (rule: consensus needs agreement in every group)" : "") + ":");
            for (CriterionSummary c : s.criteria()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s", c.code() == null ? c.criterionId() : c.code()));
                for (var e : Derived.tallyByGroup(r, criterion(r, c.criterionId())).entrySet()) {
                    Derived.Tally t = e.getValue();
                    line.append(String.format(Locale.ROOT, " %s %s agree (n=%d, %s);", e.getKey().getLiteral(), pct(t.agreementPercent()), t.raters(),
                            status(t.status())));
                }
                List<String> dissent = dissenting(r, c.criterionId());
                if (!dissent.isEmpty()) {
                    line.append(" not reached in: ").append(String.join(", ", dissent));
                }
                out.println(line.toString().replaceAll(";$", ""));
            }
        }

        private static void print(PrintWriter out, GuidanceProject root, RoundSummary s) {
            out.printf(Locale.ROOT, "%s (%s): %s; panel %d, responded %d; scale %s%n",
                    s.title() == null ? "Round " + s.number() : s.title(), s.roundId(),
                    s.opened() == null ? "draft (not yet opened)" : "opened " + s.opened() + (s.closed() == null ? "" : ", closed " + s.closed()),
                    s.panelSize(), s.respondents(), s.scale() == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? "1-3" : "1-9");
            out.printf(Locale.ROOT, "%-6s %-14s %4s %6s %8s %6s %9s  %-22s %s%n", "Code", "Status", "n", "Agree", "Disagree", "Median",
                    "IQR", "Previous round", "Distribution");
            for (CriterionSummary c : s.criteria()) {
                String prev = c.previousRound() == 0 ? "–" : "round " + c.previousRound() + ": " + status(c.previousStatus())
                        + (c.stable() == null ? "" : c.stable() ? " (stable)" : " (changed " + num(c.agreementChange()) + " pts)");
                int[] d = c.distribution().stream().mapToInt(Integer::intValue).toArray();
                StringBuilder dist = new StringBuilder();
                for (int i = 0; i < d.length; i++) {
                    dist.append(i == 0 ? "" : " ").append(d[i]);
                }
                out.printf(Locale.ROOT, "%-6s %-14s %4d %6s %8s %6s %9s  %-22s %s%n", c.code() == null ? c.criterionId() : c.code(),
                        status(c.status()), c.raters(), pct(c.agreePercent()), pct(c.disagreePercent()), num(c.median()),
                        Double.isNaN(c.q1()) ? "–" : num(c.q1()) + "-" + num(c.q3()), prev, dist);
            }
        }
    }

    @Command(name = "report", description = {"The consensus report, item by item against the ACCORD reporting guideline (Gattrell et al. 2024,",
            "doi:10.1371/journal.pmed.1004326), with the panel, rounds and outcome tables; items the project cannot fill are",
            "listed as missing. The same report is the guidance's consensus appendix. Exits 1 when items are missing."})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
        @Mixin
        ProjectArguments project;
        @Option(names = "--json", description = "Write JSON: the ACCORD items (number, section, topic, text, missing) and the tables.")
        boolean json;

        private final ProjectService projects;
        private final ConsensusService consensus;

        Report(ProjectService projects, ConsensusService consensus) {
            this.projects = projects;
            this.consensus = consensus;
        }

        @Override
        public Integer call() {
            try (Project p = project.open(projects)) {
                org.bridgework.criteria.api.ConsensusReport r = consensus.report(p.root());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("guideline", "ACCORD (Gattrell et al. 2024, doi:10.1371/journal.pmed.1004326)");
                    m.put("definition", r.definition());
                    List<Object> items = new ArrayList<>();
                    for (var i : r.accord()) {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("item", i.number());
                        x.put("section", i.section());
                        x.put("topic", i.topic());
                        x.put("text", i.text());
                        x.put("missing", i.missing());
                        items.add(x);
                    }
                    m.put("accord", items);
                    m.put("missing", r.missingItems().stream().map(i -> i.number()).toList());
                    List<Object> tables = new ArrayList<>();
                    for (var t : r.tables()) {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("caption", t.caption());
                        x.put("columns", t.columns());
                        x.put("rows", t.rows());
                        tables.add(x);
                    }
                    m.put("tables", tables);
                    out.println(Json.write(m));
                } else {
                    out.println("Consensus report, item by item against ACCORD (Gattrell et al. 2024, doi:10.1371/journal.pmed.1004326)");
                    String section = null;
                    for (var i : r.accord()) {
                        if (!i.section().equals(section)) {
                            section = i.section();
                            out.println();
                            out.println(section);
                        }
                        out.printf(Locale.ROOT, "%3d. %s: %s%s%n", i.number(), i.topic(), i.missing() ? "MISSING - " : "", i.text());
                    }
                    for (var t : r.tables()) {
                        out.println();
                        out.println(t.caption());
                        out.println("  " + String.join(" | ", t.columns()));
                        for (List<String> row : t.rows()) {
                            out.println("  " + String.join(" | ", row));
                        }
                    }
                    out.println();
                    out.println(r.missingItems().isEmpty() ? "Every ACCORD item is reported." : "Missing " + r.missingItems().size() + " of "
                            + r.accord().size() + " ACCORD items: " + String.join(", ", r.missingItems().stream().map(i -> String.valueOf(i.number())).toList())
                            + ". Write them in the guidance's methods section (or the project's purpose and scope summary for items 3 and 4).");
                }
                out.flush();
                return r.missingItems().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
            }
        }
    }

    @Command(name = "reminders", description = {"Who has not returned a complete rating form for the open round (the current one by default),",
            "each with a letter or e-mail text to copy. Nothing is sent."})
    static final class Reminders implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
        @Mixin
        ProjectArguments project;
        @Option(names = "--round", paramLabel = "N", description = "The round number (default: the current round); it must be open.")
        Integer round;
        @Option(names = "--json", description = "Write JSON: each member with what is missing, the subject and the text.")
        boolean json;

        private final ProjectService projects;
        private final ConsensusService consensus;

        Reminders(ProjectService projects, ConsensusService consensus) {
            this.projects = projects;
            this.consensus = consensus;
        }

        @Override
        public Integer call() {
            try (Project p = project.open(projects)) {
                ConsensusRound r = pickRound(consensus, p.root(), round, project.describe());
                List<org.bridgework.criteria.api.Reminder> reminders;
                try {
                    reminders = consensus.reminders(r);
                } catch (IllegalStateException e) {
                    throw CommandFailure.usage(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("round", r.getId());
                    m.put("number", r.getNumber());
                    m.put("panel", r.getPanel().size());
                    List<Object> list = new ArrayList<>();
                    for (var x : reminders) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("member", x.memberId());
                        e.put("label", x.label());
                        e.put("returned", !x.notReturned());
                        e.put("rated", x.rated());
                        e.put("criteria", x.criteria());
                        e.put("missing", x.missing());
                        e.put("subject", x.subject());
                        e.put("body", x.body());
                        list.add(e);
                    }
                    m.put("reminders", list);
                    out.println(Json.write(m));
                } else if (reminders.isEmpty()) {
                    out.printf(Locale.ROOT, "Every member of the panel of round %d (%d) has returned a complete form; no reminders.%n",
                            r.getNumber(), r.getPanel().size());
                } else {
                    out.printf(Locale.ROOT, "Round %d: %d of %d panel members still owe ratings.%n", r.getNumber(), reminders.size(), r.getPanel().size());
                    for (var x : reminders) {
                        out.println();
                        out.println("----- " + x.memberId() + " (" + x.label() + "): " + (x.notReturned() ? "no form returned"
                                : x.rated() + " of " + x.criteria() + " rated, missing " + String.join(", ", x.missing())));
                        out.println("Subject: " + x.subject());
                        out.println();
                        out.print(x.body());
                    }
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "form", description = {"Write a panel member's rating form for a round (XLSX), to fill in offline and import.",
            "With --member all, one form per member of the round's panel into the folder --out names (made if missing)."})
    static final class Form implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
        @Mixin
        ProjectOptions project;
        @Option(names = "--member", required = true, paramLabel = "M", description = "The member's id (for example mem-uuk), or 'all' for every member of the panel.")
        String member;
        @Option(names = "--round", paramLabel = "N", description = "The round number (default: the current round).")
        Integer round;
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "F|DIR", description = "The .xlsx file to write; with --member all, the folder for the forms.")
        Path out;
        @Option(names = "--dry-run", description = "Say which files would be written; write nothing.")
        boolean dryRun;
        @Option(names = "--json", description = "Print JSON: the files written (or that would be).")
        boolean json;

        private final ProjectService projects;
        private final ConsensusService consensus;
        private final RatingForms forms;

        Form(ProjectService projects, ConsensusService consensus, RatingForms forms) {
            this.projects = projects;
            this.consensus = consensus;
            this.forms = forms;
        }

        @Override
        public Integer call() {
            List<Map<String, Object>> written = new ArrayList<>();
            try (Project p = project.open(projects)) {
                GuidanceProject root = p.root();
                ConsensusRound r = pickRound(consensus, root, round, project.describe());
                if (r.getClosed() != null) {
                    throw CommandFailure.usage("round " + r.getNumber() + " (" + r.getId() + ") was closed on " + r.getClosed()
                            + "; forms are only for an open round.");
                }
                List<Member> members;
                Path folder = null;
                if ("all".equalsIgnoreCase(member)) {
                    members = List.copyOf(r.getPanel());
                    if (members.isEmpty()) {
                        throw CommandFailure.usage("round " + r.getNumber() + " has no panel members: add members to its panel first.");
                    }
                    folder = out.toAbsolutePath().normalize();
                    if (Files.exists(folder) && !Files.isDirectory(folder)) {
                        throw CommandFailure.usage(out + " is a file: with --member all, --out names a folder for the forms.");
                    }
                } else {
                    Member m = root.getMembers().stream().filter(x -> member.equals(x.getId())).findFirst()
                            .orElseThrow(() -> CommandFailure.usage("unknown member '" + member + "'; the panel of round " + r.getNumber() + ": "
                                    + String.join(", ", r.getPanel().stream().map(Member::getId).toList()) + " (or 'all')."));
                    if (!r.getPanel().contains(m)) {
                        throw CommandFailure.usage("member '" + member + "' is not on the panel of round " + r.getNumber() + ".");
                    }
                    members = List.of(m);
                }
                if (folder != null && !dryRun) {
                    try {
                        Files.createDirectories(folder);
                    } catch (IOException e) {
                        throw CommandFailure.usage("the folder " + folder + " cannot be made: " + e.getMessage() + ".");
                    }
                }
                for (Member m : members) {
                    Path target = folder == null ? out : folder.resolve(r.getId() + "-" + m.getId() + ".xlsx");
                    if (!dryRun) {
                        writeAtomically(target, o -> forms.write(root, r, m, o));
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("member", m.getId());
                    row.put("role", m.getRole());
                    row.put("file", target.toAbsolutePath().normalize().toString());
                    written.add(row);
                    if (!json) {
                        spec.commandLine().getErr().println((dryRun ? "Would write " : "Wrote ") + target.toAbsolutePath().normalize() + " ("
                                + r.getCriteria().size() + " criteria, round " + r.getNumber() + ", member " + m.getId() + ").");
                    }
                }
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("round", r.getId());
                    doc.put("dryRun", dryRun);
                    doc.put("forms", written);
                    spec.commandLine().getOut().println(Json.write(doc));
                    spec.commandLine().getOut().flush();
                }
                spec.commandLine().getErr().flush();
            }
            return ExitCodes.OK;
        }
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file in the target's folder, then moves it into place: a failure leaves nothing behind. */
    static void writeAtomically(Path target, Writer writer) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CommandFailure.usage(target + " cannot be written: the folder " + dir + " does not exist.");
        }
        try {
            AtomicFiles.write(abs, writer::write);
        } catch (IOException e) {
            throw CommandFailure.usage(target + " could not be written: " + e.getMessage() + ".");
        }
    }

    @Command(name = "import", description = "Import returned rating forms into the project's current round. Every form is checked first "
            + "(round, member, criteria, scores); if any has a problem nothing is applied.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
        @Parameters(arity = "1..*", paramLabel = "F", description = "The returned .xlsx forms.")
        List<Path> files;
        @Option(names = "--into", required = true, paramLabel = "PROJECT", description = "The .guidance project to record the ratings in.")
        Path into;
        @Option(names = "--dry-run", description = "Check the forms and report; change nothing.")
        boolean dryRun;

        private final ProjectService projects;
        private final ConsensusService consensus;
        private final RatingForms forms;

        Import(ProjectService projects, ConsensusService consensus, RatingForms forms) {
            this.projects = projects;
            this.consensus = consensus;
            this.forms = forms;
        }

        @Override
        public Integer call() {
            String intoProblem = InputFiles.problem(into);
            if (intoProblem != null) {
                throw CommandFailure.usage("the project " + InputFiles.message(into, intoProblem));
            }
            Project p = ProjectSelection.openForEditing(projects, into, "bridgework consensus import");
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            try (p) {
                FormImport read = forms.read(p.root(), files);
                if (!read.problems().isEmpty()) {
                    for (FormProblem problem : read.problems()) {
                        err.println(problem);
                    }
                    err.println(read.problems().size() + " problem" + (read.problems().size() == 1 ? "" : "s") + " in " + files.size()
                            + " form" + (files.size() == 1 ? "" : "s") + "; nothing was imported.");
                    err.flush();
                    return ExitCodes.PROBLEMS;
                }
                int ratings = read.forms().stream().mapToInt(f -> f.ratings().size()).sum();
                ConsensusRound r = p.root().getRounds().stream().filter(x -> x.getId().equals(read.roundId())).findFirst().orElseThrow();
                if (dryRun) {
                    out.println(read.forms().size() + " form(s) with " + ratings + " rating(s) for round " + r.getNumber()
                            + " are valid; nothing was changed (--dry-run).");
                    out.flush();
                    return ExitCodes.OK;
                }
                forms.apply(p, read);
                try {
                    projects.save(p);
                } catch (IOException e) {
                    throw CommandFailure.usage("the project could not be saved: " + e.getMessage() + "; " + into + " is unchanged.");
                }
                RoundSummary s = consensus.summary(r);
                out.println("Imported " + read.forms().size() + " form(s), " + ratings + " rating(s), into round " + r.getNumber()
                        + " of " + into + " (" + s.respondents() + " of " + s.panelSize() + " panel members have responded).");
                out.flush();
            }
            return ExitCodes.OK;
        }
    }
}
