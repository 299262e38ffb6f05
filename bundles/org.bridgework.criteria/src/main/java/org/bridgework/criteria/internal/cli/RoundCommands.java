package org.bridgework.criteria.internal.cli;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.api.Project;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.core.api.ProjectService;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands that change a project's rounds: {@code consensus open}, {@code consensus amend} and
 * {@code consensus carry}. Each checks everything first, then changes the project in memory and saves it once
 * (atomically, through the project service); on any error, or with {@code --dry-run}, the file is not written.
 */
final class RoundCommands {

    private RoundCommands() {
    }

    /** What the changing commands share: the project to change, --dry-run, open/save and the closing of a round. */
    abstract static class Changing implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-p", "--into"}, required = true, paramLabel = "PROJECT", description = "The .guidance project to change.")
        Path into;
        @Option(names = "--dry-run", description = "Check and report what would change; write nothing.")
        boolean dryRun;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        final ProjectService projects;
        final ConsensusService consensus;

        Changing(ProjectService projects, ConsensusService consensus) {
            this.projects = projects;
            this.consensus = consensus;
        }

        @Override
        public final Integer call() {
            String problem = InputFiles.problem(into);
            if (problem != null) {
                throw CommandFailure.usage("the project " + InputFiles.message(into, problem));
            }
            Project p = ProjectSelection.openForEditing(projects, into, "bridgework consensus " + spec.name());
            PrintWriter out = spec.commandLine().getOut();
            try (p) {
                Optional<String> done = change(p);
                if (done.isEmpty()) {
                    out.flush();
                    return ExitCodes.OK;
                }
                if (dryRun) {
                    out.println(done.get() + " Nothing was written (--dry-run).");
                } else {
                    try {
                        projects.save(p);
                    } catch (IOException e) {
                        throw CommandFailure.usage("the project could not be saved: " + e.getMessage() + "; " + into + " is unchanged.");
                    }
                    out.println(done.get() + " Saved " + into + ".");
                }
                out.flush();
            }
            return ExitCodes.OK;
        }

        /**
         * Changes the open project (in memory) after checking everything; a usage failure leaves it unsaved.
         *
         * @return what was done in one or two sentences, or empty when there was nothing to do (nothing is saved)
         */
        abstract Optional<String> change(Project p);

        /** Refuses to leave a round open behind a new one, unless --close says to close it. */
        static void closeIfAsked(ConsensusService consensus, Project p, ConsensusRound round, boolean close, LocalDate on, String doing) {
            if (round.getClosed() != null) {
                return;
            }
            if (!close) {
                throw CommandFailure.usage("round " + round.getNumber() + " (" + round.getId() + ") is still open; " + doing
                        + " ends it. Pass --close to close it on " + on + ", or close it first.");
            }
            if (round.getOpened() != null && round.getOpened().isAfter(on)) {
                throw CommandFailure.usage("round " + round.getNumber() + " opened on " + round.getOpened() + ", after " + on
                        + "; it cannot close then.");
            }
            consensus.close(p, round, on);
        }
    }

    static LocalDate date(String text, String option) {
        if (text == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw CommandFailure.usage(option + " '" + text + "' is not a date like 2026-03-01.");
        }
    }

    /** The elements named by id or code, in the order given, each once; every unknown name in one message. */
    static <T> List<T> pick(List<String> names, List<T> all, Function<T, List<String>> keys, String what, String whats) {
        LinkedHashSet<T> picked = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.equalsIgnoreCase("all")) {
                picked.addAll(all);
                continue;
            }
            Optional<T> found = all.stream().filter(x -> keys.apply(x).stream().anyMatch(k -> k != null && k.equalsIgnoreCase(n))).findFirst();
            if (found.isPresent()) {
                picked.add(found.get());
            } else {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw CommandFailure.usage("unknown " + what + " " + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                    + "; the project's " + whats + ": "
                    + String.join(", ", all.stream().map(x -> keys.apply(x).stream().filter(k -> k != null).findFirst().orElse("?")).toList())
                    + ".");
        }
        if (picked.isEmpty()) {
            throw CommandFailure.usage("no " + whats + " given.");
        }
        return List.copyOf(picked);
    }

    static List<String> criterionKeys(Criterion c) {
        return java.util.Arrays.asList(c.getCode(), c.getId());
    }

    static String code(Criterion c) {
        return c.getCode() == null || c.getCode().isBlank() ? c.getId() : c.getCode();
    }

    @Command(name = "open", description = {"Open a consensus round. A round is a draft until it is opened, open until it is closed, then closed.",
            "When the current round is a draft, this opens it (on --opened, default today; --criteria and --members replace its",
            "criteria and panel). Otherwise it opens a new round over the criteria and panel members given (by code or id,",
            "comma-separated, or 'all'); the current round must be closed first, or closed with --close."})
    static final class Open extends Changing {
        @Option(names = "--criteria", split = ",", paramLabel = "C", description = "Criteria by code or id (C1,C2 or all); needed for a new round.")
        List<String> criteria;
        @Option(names = "--members", split = ",", paramLabel = "M", description = "Panel members by id (mem-uuk,mem-aoc or all); needed for a new round.")
        List<String> members;
        @Option(names = "--opened", paramLabel = "DATE", description = "The date it opens (default: today).")
        String opened;
        @Option(names = "--close", description = "Close the current round on that date first.")
        boolean close;

        Open(ProjectService projects, ConsensusService consensus) {
            super(projects, consensus);
        }

        @Override
        Optional<String> change(Project p) {
            GuidanceProject root = p.root();
            LocalDate on = date(opened, "--opened");
            Optional<ConsensusRound> current = consensus.currentRound(root);
            if (current.isPresent() && current.get().getOpened() == null && current.get().getClosed() == null) {
                return Optional.of(openDraft(p, current.get(), on));
            }
            if (criteria == null || members == null) {
                throw CommandFailure.usage(current.isEmpty() ? "the project has no round yet: give --criteria and --members for its first round."
                        : "round " + current.get().getNumber() + " (" + current.get().getId() + ") is " + (current.get().getClosed() == null ? "open" : "closed")
                                + "; a new round needs --criteria and --members.");
            }
            List<Criterion> cs = pick(criteria, root.getCriteria(), RoundCommands::criterionKeys, "criterion", "criteria");
            List<Member> ms = pick(members, root.getMembers(), m -> List.of(m.getId()), "member", "members");
            current.ifPresent(r -> closeIfAsked(consensus, p, r, close, on, "opening a new round"));
            ConsensusRound round = consensus.newRound(p, cs, ms, on);
            return Optional.of(String.format(Locale.ROOT, "Opened round %d (%s) on %s: %d criteria (%s), panel of %d.%s", round.getNumber(),
                    round.getId(), on, cs.size(), String.join(", ", cs.stream().map(RoundCommands::code).toList()), ms.size(),
                    current.filter(r -> close && on.equals(r.getClosed())).map(r -> " Closed round " + r.getNumber() + ".").orElse("")));
        }

        private String openDraft(Project p, ConsensusRound round, LocalDate on) {
            GuidanceProject root = p.root();
            if (criteria != null) {
                List<Criterion> cs = pick(criteria, root.getCriteria(), RoundCommands::criterionKeys, "criterion", "criteria");
                p.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), round,
                        org.bridgework.model.GuidancePackage.Literals.CONSENSUS_ROUND__CRITERIA, cs));
            }
            if (members != null) {
                List<Member> ms = pick(members, root.getMembers(), m -> List.of(m.getId()), "member", "members");
                p.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), round,
                        org.bridgework.model.GuidancePackage.Literals.CONSENSUS_ROUND__PANEL, ms));
            }
            if (round.getCriteria().isEmpty() || round.getPanel().isEmpty()) {
                throw CommandFailure.usage("round " + round.getNumber() + " (" + round.getId() + ") has no " + (round.getCriteria().isEmpty() ? "criteria" : "panel")
                        + " to open with: give --criteria and --members.");
            }
            consensus.open(p, round, on);
            return String.format(Locale.ROOT, "Opened round %d (%s), until now a draft, on %s: %d criteria, panel of %d.", round.getNumber(), round.getId(), on,
                    round.getCriteria().size(), round.getPanel().size());
        }
    }

    @Command(name = "close", description = {"Close the current round on --closed (default today): no more ratings are recorded in it,",
            "and its outcome is final. A draft round (never opened) cannot be closed."})
    static final class Close extends Changing {
        @Option(names = "--closed", paramLabel = "DATE", description = "The date it closes (default: today).")
        String closed;

        Close(ProjectService projects, ConsensusService consensus) {
            super(projects, consensus);
        }

        @Override
        Optional<String> change(Project p) {
            LocalDate on = date(closed, "--closed");
            ConsensusRound round = consensus.currentRound(p.root())
                    .orElseThrow(() -> CommandFailure.usage("the project has no consensus round to close."));
            if (round.getClosed() != null) {
                throw CommandFailure.usage("round " + round.getNumber() + " (" + round.getId() + ") was already closed on " + round.getClosed() + ".");
            }
            if (round.getOpened() == null) {
                throw CommandFailure.usage("round " + round.getNumber() + " (" + round.getId() + ") is a draft that was never opened: open it first (consensus open).");
            }
            closeIfAsked(consensus, p, round, true, on, "closing it");
            return Optional.of(String.format(Locale.ROOT, "Closed round %d (%s) on %s.", round.getNumber(), round.getId(), on));
        }
    }

    @Command(name = "amend", description = "Change a criterion's statement between rounds; the previous wording is kept in its history "
            + "with the reason and the round whose feedback led to it.")
    static final class Amend extends Changing {
        @Parameters(index = "0", paramLabel = "CODE", description = "The criterion, by code (C2) or id.")
        String criterion;
        @Option(names = "--statement", required = true, paramLabel = "TEXT", description = "The new statement.")
        String statement;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it changed (for example: the round 1 comments).")
        String reason;

        Amend(ProjectService projects, ConsensusService consensus) {
            super(projects, consensus);
        }

        @Override
        Optional<String> change(Project p) {
            Criterion c = pick(List.of(criterion), p.root().getCriteria(), RoundCommands::criterionKeys, "criterion", "criteria").get(0);
            try {
                consensus.amend(p, c, statement, reason);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage(e.getMessage());
            }
            int n = c.getWordingHistory().size();
            ConsensusRound after = c.getWordingHistory().get(n - 1).getRound();
            return Optional.of("Amended " + code(c) + " (wording " + (n + 1) + (after == null ? "" : ", after round " + after.getNumber())
                    + "): " + c.getStatement());
        }
    }

    @Command(name = "carry", description = "Carry the criteria without consensus (or not rated) in a round to a new round with the same "
            + "panel. The round must be closed first, or closed with --close.")
    static final class Carry extends Changing {
        @Option(names = "--from", paramLabel = "N", description = "The round to carry from (default: the current round).")
        Integer from;
        @Option(names = "--opened", paramLabel = "DATE", description = "The date the new round opens (default: today).")
        String opened;
        @Option(names = "--close", description = "Close the round carried from on that date first.")
        boolean close;

        Carry(ProjectService projects, ConsensusService consensus) {
            super(projects, consensus);
        }

        @Override
        Optional<String> change(Project p) {
            GuidanceProject root = p.root();
            ConsensusRound r = ConsensusCommand.pickRound(consensus, root, from, into.toString());
            ConsensusRound current = consensus.currentRound(root).orElseThrow();
            if (current != r) {
                throw CommandFailure.usage("round " + r.getNumber() + " is not the current round (" + current.getNumber()
                        + "); only the current round's open criteria can be carried.");
            }
            LocalDate on = date(opened, "--opened");
            List<String> open = r.getCriteria().stream().filter(c -> {
                ConsensusStatus s = consensus.status(r, c);
                return s == ConsensusStatus.NO_CONSENSUS || s == ConsensusStatus.NOT_RATED;
            }).map(RoundCommands::code).toList();
            if (open.isEmpty()) {
                spec.commandLine().getOut().println("Every criterion of round " + r.getNumber()
                        + " reached consensus; nothing to carry. Nothing was written.");
                return Optional.empty();
            }
            closeIfAsked(consensus, p, r, close, on, "carrying its criteria over");
            ConsensusRound next = consensus.carryOver(p, r, on).orElseThrow();
            return Optional.of(String.format(Locale.ROOT, "Opened round %d (%s) on %s with %d criteria without consensus in round %d (%s), panel of %d.",
                    next.getNumber(), next.getId(), on, open.size(), r.getNumber(), String.join(", ", open), next.getPanel().size()));
        }
    }

    /** The stakeholder group names the commands take: he, nhs, students, voluntary-sector, other, unspecified. */
    static org.bridgework.model.StakeholderGroup group(String name) {
        org.bridgework.model.StakeholderGroup g = org.bridgework.model.StakeholderGroup.get(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
        if (g == null) {
            throw CommandFailure.usage("unknown stakeholder group '" + name + "'; groups: "
                    + String.join(", ", org.bridgework.model.StakeholderGroup.VALUES.stream().map(x -> x.getLiteral()).toList()) + ".");
        }
        return g;
    }

    @Command(name = "group", description = {"Say which stakeholder group panel members speak for (he, nhs, students, voluntary-sector, other;",
            "unspecified takes it from the member's organisation). Status and feedback are split by group."})
    static final class Group extends Changing {
        @Parameters(arity = "1..*", paramLabel = "MEMBER", description = "Member ids (mem-uuk ...) or 'all'.")
        List<String> members = new ArrayList<>();
        @Option(names = "--as", required = true, paramLabel = "GROUP", description = "he, nhs, students, voluntary-sector, other or unspecified.")
        String as;

        Group(ProjectService projects, ConsensusService consensus) {
            super(projects, consensus);
        }

        @Override
        Optional<String> change(Project p) {
            org.bridgework.model.StakeholderGroup g = group(as);
            List<Member> picked = pick(members, p.root().getMembers(), m -> List.of(m.getId()), "member", "members");
            List<String> changed = new ArrayList<>();
            for (Member m : picked) {
                if (m.getStakeholderGroup() != g) {
                    consensus.setStakeholderGroup(p, m, g);
                    changed.add(m.getId());
                }
            }
            if (changed.isEmpty()) {
                spec.commandLine().getOut().println("Every member named is already in the group " + g.getLiteral() + "; nothing was written.");
                return Optional.empty();
            }
            return Optional.of("Set the stakeholder group of " + String.join(", ", changed) + " to " + g.getLiteral() + ".");
        }
    }

    @Command(name = "rule", description = {"Set the consensus rule \"agreement in every group\": when on, a criterion reaches consensus only when",
            "the thresholds are met overall and within every stakeholder group that rated it (status, report, forms, search",
            "and the dashboard all use the one tally)."})
    static final class Rule extends Changing {
        @Option(names = "--every-group", required = true, arity = "1", paramLabel = "on|off", description = "on: consensus needs every group; off: overall only.")
        String everyGroup;

        Rule(ProjectService projects, ConsensusService consensus) {
            super(projects, consensus);
        }

        @Override
        Optional<String> change(Project p) {
            String v = everyGroup.strip().toLowerCase(Locale.ROOT);
            boolean on = switch (v) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw CommandFailure.usage("--every-group takes on or off, not '" + everyGroup + "'.");
            };
            var settings = p.root().getConsensusSettings();
            if (settings != null && settings.isAgreementInEveryGroup() == on) {
                spec.commandLine().getOut().println("The rule is already " + (on ? "on" : "off") + "; nothing was written.");
                return Optional.empty();
            }
            consensus.setAgreementInEveryGroup(p, on);
            return Optional.of(on ? "Consensus now needs agreement in every stakeholder group."
                    : "Consensus is now measured over the whole panel only.");
        }
    }
}
