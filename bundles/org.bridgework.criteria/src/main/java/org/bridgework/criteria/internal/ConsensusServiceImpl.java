package org.bridgework.criteria.internal;

import org.bridgework.core.api.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.AssessmentMatrix;
import org.bridgework.criteria.api.ConsensusReport;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.criteria.api.RoundSummary;
import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Rating;
import org.bridgework.model.WordingChange;
import org.bridgework.model.derive.Derived;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/** The consensus service: EMF commands on the project's editing domain; statistics from {@link ConsensusMath}. */
@Component(service = ConsensusService.class)
public class ConsensusServiceImpl implements ConsensusService {

    /** Stability: a change in agreement below this many percentage points between rounds. */
    static final double STABILITY_POINTS = 15.0;

    private static final GuidancePackage P = GuidancePackage.eINSTANCE;

    @Override
    public ConsensusRound newRound(Project project, List<Criterion> criteria, List<Member> panel, LocalDate opened) {
        GuidanceProject root = project.root();
        if (criteria.isEmpty() || panel.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one criterion and one panel member.");
        }
        for (Criterion c : criteria) {
            if (!root.getCriteria().contains(c)) {
                throw new IllegalArgumentException("criterion " + c.getId() + " is not in this project.");
            }
        }
        for (Member m : panel) {
            if (!root.getMembers().contains(m)) {
                throw new IllegalArgumentException("member " + m.getId() + " is not in this project.");
            }
        }
        int number = root.getRounds().stream().mapToInt(ConsensusRound::getNumber).max().orElse(0) + 1;
        ConsensusRound round = GuidanceFactory.eINSTANCE.createConsensusRound();
        round.setId(uniqueId(root, "round-" + number));
        round.setNumber(number);
        round.setTitle("Round " + number);
        round.setOpened(opened);
        round.getCriteria().addAll(new ArrayList<>(new java.util.LinkedHashSet<>(criteria)));
        round.getPanel().addAll(new ArrayList<>(new java.util.LinkedHashSet<>(panel)));
        execute(project, AddCommand.create(project.editingDomain(), root, P.getGuidanceProject_Rounds(), round), "open round " + number);
        return round;
    }

    private static String uniqueId(GuidanceProject root, String base) {
        return Ids.unique(root, base);
    }

    @Override
    public void open(Project project, ConsensusRound round, LocalDate opened) {
        if (round.getClosed() != null) {
            throw new IllegalStateException("round " + round.getNumber() + " is closed.");
        }
        execute(project, SetCommand.create(project.editingDomain(), round, P.getConsensusRound_Opened(), opened), "open round");
    }

    @Override
    public void close(Project project, ConsensusRound round, LocalDate closed) {
        execute(project, SetCommand.create(project.editingDomain(), round, P.getConsensusRound_Closed(), closed), "close round");
    }

    @Override
    public Rating rate(Project project, ConsensusRound round, Member member, Criterion criterion, Integer score, String comment) {
        checkRating(round, member, criterion, score);
        EditingDomain domain = project.editingDomain();
        CompoundCommand cmd = new CompoundCommand("rate " + criterion.getId());
        Rating rating = rateCommand(domain, round, member, criterion, score, comment, cmd);
        execute(project, cmd, null);
        return rating;
    }

    static void checkRating(ConsensusRound round, Member member, Criterion criterion, Integer score) {
        if (round.getClosed() != null) {
            throw new IllegalStateException("round " + round.getNumber() + " is closed (" + round.getClosed() + ").");
        }
        if (!round.getPanel().contains(member)) {
            throw new IllegalArgumentException(member.getId() + " is not on the panel of round " + round.getNumber() + ".");
        }
        if (!round.getCriteria().contains(criterion)) {
            throw new IllegalArgumentException(criterion.getId() + " is not rated in round " + round.getNumber() + ".");
        }
        ConsensusScale scale = ConsensusMath.scale(round);
        if (score != null && !ConsensusMath.inRange(scale, score)) {
            throw new IllegalArgumentException("score " + score + " is outside the scale 1-" + ConsensusMath.max(scale) + ".");
        }
    }

    /** Appends to {@code cmd} what records the rating (replacing this member's existing rating); returns the rating. */
    static Rating rateCommand(EditingDomain domain, ConsensusRound round, Member member, Criterion criterion, Integer score,
            String comment, CompoundCommand cmd) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        Rating existing = null;
        for (Rating r : round.getRatings()) {
            if (r.getMember() == member && r.getCriterion() == criterion) {
                existing = r;
            }
        }
        if (existing != null) {
            cmd.append(SetCommand.create(domain, existing, P.getRating_Score(), score == null ? SetCommand.UNSET_VALUE : score));
            cmd.append(SetCommand.create(domain, existing, P.getRating_Comment(), text == null ? SetCommand.UNSET_VALUE : text));
            return existing;
        }
        Rating rating = GuidanceFactory.eINSTANCE.createRating();
        rating.setMember(member);
        rating.setCriterion(criterion);
        rating.setScore(score);
        rating.setComment(text);
        cmd.append(AddCommand.create(domain, round, P.getConsensusRound_Ratings(), rating));
        return rating;
    }

    @Override
    public void amend(Project project, Criterion criterion, String newStatement, String reason) {
        execute(project, amendCommand(project.editingDomain(), criterion, newStatement, reason), null);
    }

    @Override
    public Command amendCommand(EditingDomain domain, Criterion criterion, String newStatement, String reason) {
        if (newStatement == null || newStatement.isBlank()) {
            throw new IllegalArgumentException("the new statement of " + code(criterion) + " is blank.");
        }
        String statement = newStatement.strip();
        if (statement.equals(criterion.getStatement())) {
            throw new IllegalArgumentException("the new statement of " + code(criterion) + " is the same as the current one.");
        }
        WordingChange change = GuidanceFactory.eINSTANCE.createWordingChange();
        change.setPreviousStatement(criterion.getStatement());
        change.setReason(reason == null || reason.isBlank() ? null : reason.strip());
        if (org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(criterion) instanceof GuidanceProject root) {
            change.setRound(latestRoundWith(root, criterion));
        }
        CompoundCommand cmd = new CompoundCommand("Amend " + code(criterion));
        cmd.append(AddCommand.create(domain, criterion, P.getCriterion_WordingHistory(), change));
        cmd.append(SetCommand.create(domain, criterion, P.getCriterion_Statement(), statement));
        return cmd;
    }

    @Override
    public Command assessCommand(EditingDomain domain, CaseStudy caseStudy, Criterion criterion, AssessmentResult result) {
        return assess(domain, caseStudy, criterion, result, false, null);
    }

    @Override
    public Command assessCommand(EditingDomain domain, CaseStudy caseStudy, Criterion criterion, AssessmentResult result,
            String rationale) {
        return assess(domain, caseStudy, criterion, result, true, rationale == null || rationale.isBlank() ? null : rationale.strip());
    }

    private Command assess(EditingDomain domain, CaseStudy caseStudy, Criterion criterion, AssessmentResult result, boolean withRationale,
            String rationale) {
        if (result == null) {
            throw new IllegalArgumentException("no result given for " + caseStudy.getId() + " against " + code(criterion) + ".");
        }
        if (!(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(caseStudy) instanceof GuidanceProject root)
                || !root.getCriteria().contains(criterion)) {
            throw new IllegalArgumentException(caseStudy.getId() + " and " + code(criterion) + " are not in the same project.");
        }
        Assessment existing = null;
        for (Assessment a : caseStudy.getAssessments()) {
            if (a.getCriterion() == criterion) {
                existing = a;
            }
        }
        String label = "Assess " + caseStudy.getId() + " against " + code(criterion);
        if (existing != null) {
            CompoundCommand cmd = new CompoundCommand(label);
            if (existing.getResult() != result) {
                cmd.append(SetCommand.create(domain, existing, P.getAssessment_Result(), result));
            }
            if (withRationale && !java.util.Objects.equals(rationale, existing.getRationale())) {
                cmd.append(SetCommand.create(domain, existing, P.getAssessment_Rationale(), rationale == null ? SetCommand.UNSET_VALUE : rationale));
            }
            if (cmd.isEmpty()) {
                cmd.append(SetCommand.create(domain, existing, P.getAssessment_Result(), result));
            }
            return cmd;
        }
        Assessment a = GuidanceFactory.eINSTANCE.createAssessment();
        a.setId(uniqueId(root, "as-" + caseStudy.getId().replaceFirst("^cs-", "") + "-" + code(criterion).toLowerCase(java.util.Locale.ROOT)));
        a.setCriterion(criterion);
        a.setResult(result);
        if (withRationale) {
            a.setRationale(rationale);
        }
        CompoundCommand cmd = new CompoundCommand(label);
        cmd.append(AddCommand.create(domain, caseStudy, P.getCaseStudy_Assessments(), a));
        return cmd;
    }

    private static ConsensusRound latestRoundWith(GuidanceProject root, Criterion criterion) {
        ConsensusRound latest = null;
        for (ConsensusRound r : root.getRounds()) {
            if (r.getCriteria().contains(criterion) && (latest == null || r.getNumber() >= latest.getNumber())) {
                latest = r;
            }
        }
        return latest;
    }

    @Override
    public Optional<ConsensusRound> carryOver(Project project, ConsensusRound from, LocalDate opened) {
        List<Criterion> open = new ArrayList<>();
        for (Criterion c : from.getCriteria()) {
            ConsensusStatus s = status(from, c);
            if (s == ConsensusStatus.NO_CONSENSUS || s == ConsensusStatus.NOT_RATED) {
                open.add(c);
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(newRound(project, open, List.copyOf(from.getPanel()), opened));
    }

    @Override
    public Optional<Command> carryOverCommand(EditingDomain domain, ConsensusRound from, LocalDate opened) {
        if (!(from.eContainer() instanceof GuidanceProject root)) {
            throw new IllegalArgumentException("round " + from.getId() + " is not in a project.");
        }
        if (opened != null && from.getClosed() == null && from.getOpened() != null && from.getOpened().isAfter(opened)) {
            throw new IllegalArgumentException("round " + from.getNumber() + " opened on " + from.getOpened() + ", after " + opened + ".");
        }
        List<Criterion> open = new ArrayList<>();
        for (Criterion c : from.getCriteria()) {
            ConsensusStatus s = status(from, c);
            if (s == ConsensusStatus.NO_CONSENSUS || s == ConsensusStatus.NOT_RATED) {
                open.add(c);
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int number = root.getRounds().stream().mapToInt(ConsensusRound::getNumber).max().orElse(0) + 1;
        ConsensusRound round = GuidanceFactory.eINSTANCE.createConsensusRound();
        round.setId(uniqueId(root, "round-" + number));
        round.setNumber(number);
        round.setTitle("Round " + number);
        round.setOpened(opened);
        round.getCriteria().addAll(open);
        round.getPanel().addAll(from.getPanel());
        CompoundCommand cmd = new CompoundCommand("Carry over to round " + number);
        if (from.getClosed() == null) {
            cmd.append(SetCommand.create(domain, from, P.getConsensusRound_Closed(), opened));
        }
        cmd.append(AddCommand.create(domain, root, P.getGuidanceProject_Rounds(), round));
        return Optional.of(cmd);
    }

    @Override
    public ConsensusStatus status(ConsensusRound round, Criterion criterion) {
        return ConsensusMath.tally(round, criterion).status();
    }

    @Override
    public RoundSummary summary(ConsensusRound round) {
        ConsensusScale scale = ConsensusMath.scale(round);
        GuidanceProject root = (GuidanceProject) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(round);
        List<CriterionSummary> criteria = new ArrayList<>();
        for (Criterion c : round.getCriteria()) {
            criteria.add(summary(root, round, c, scale));
        }
        return new RoundSummary(round.getId(), round.getNumber(), round.getTitle(), round.getOpened(), round.getClosed(), scale,
                round.getPanel().size(), respondents(round), criteria);
    }

    static int respondents(ConsensusRound round) {
        Set<Member> members = new HashSet<>();
        for (Rating r : round.getRatings()) {
            if (r.getMember() != null && round.getPanel().contains(r.getMember())) {
                members.add(r.getMember());
            }
        }
        return members.size();
    }

    CriterionSummary summary(GuidanceProject root, ConsensusRound round, Criterion c, ConsensusScale scale) {
        Derived.Tally t = ConsensusMath.tally(round, c);
        List<Integer> scores = ConsensusMath.scores(round, c);
        Map<Member, Rating> last = ConsensusMath.lastRatings(round, c);
        int abstentions = (int) last.values().stream().filter(r -> r.getScore() == null).count();
        List<String> comments = last.values().stream().map(Rating::getComment).filter(s -> s != null && !s.isBlank()).toList();
        List<Integer> dist = new ArrayList<>();
        for (int n : ConsensusMath.distribution(scale, scores)) {
            dist.add(n);
        }
        ConsensusRound previous = previousRated(root, round, c);
        int prevNumber = 0;
        ConsensusStatus prevStatus = null;
        double change = Double.NaN;
        Boolean stable = null;
        if (previous != null) {
            Derived.Tally pt = ConsensusMath.tally(previous, c);
            prevNumber = previous.getNumber();
            prevStatus = pt.status();
            if (t.raters() > 0) {
                change = t.agreementPercent() - pt.agreementPercent();
                stable = Math.abs(change) < STABILITY_POINTS;
            }
        }
        return new CriterionSummary(c.getId(), c.getCode(), c.getStatement(), t.status(), t.raters(), abstentions, dist,
                ConsensusMath.percent(t.agree(), t.raters()), ConsensusMath.percent(t.neutral(), t.raters()),
                ConsensusMath.percent(t.disagree(), t.raters()), ConsensusMath.quantile(scores, 0.5),
                ConsensusMath.quantile(scores, 0.25), ConsensusMath.quantile(scores, 0.75), prevNumber, prevStatus, change, stable,
                comments);
    }

    /** The round with the highest number below {@code round}'s in which anyone rated {@code c}, or null. */
    @Override
    public void setStakeholderGroup(Project project, Member member, org.bridgework.model.StakeholderGroup group) {
        if (member == null || group == null) {
            throw new IllegalArgumentException("a member and a group are needed.");
        }
        execute(project, SetCommand.create(project.editingDomain(), member, P.getMember_StakeholderGroup(), group), "set stakeholder group");
    }

    @Override
    public void setAgreementInEveryGroup(Project project, boolean required) {
        GuidanceProject root = project.root();
        ConsensusSettings settings = root.getConsensusSettings();
        if (settings == null) {
            ConsensusSettings fresh = org.bridgework.model.GuidanceFactory.eINSTANCE.createConsensusSettings();
            fresh.setAgreementInEveryGroup(required);
            execute(project, SetCommand.create(project.editingDomain(), root, P.getGuidanceProject_ConsensusSettings(), fresh),
                    "agreement in every group");
        } else {
            execute(project, SetCommand.create(project.editingDomain(), settings, P.getConsensusSettings_AgreementInEveryGroup(), required),
                    "agreement in every group");
        }
    }

    @Override
    public List<org.bridgework.criteria.api.Reminder> reminders(ConsensusRound round) {
        if (round.getOpened() == null) {
            throw new IllegalStateException("round " + round.getNumber() + " is a draft that was never opened: nobody has a form to return yet.");
        }
        if (round.getClosed() != null) {
            throw new IllegalStateException("round " + round.getNumber() + " closed on " + round.getClosed() + ": it takes no more forms.");
        }
        GuidanceProject root = (GuidanceProject) round.eContainer();
        String project = root == null || root.getTitle() == null || root.getTitle().isBlank() ? "the guidance" : root.getTitle().strip();
        List<org.bridgework.criteria.api.Reminder> out = new ArrayList<>();
        for (Member m : round.getPanel()) {
            List<String> missing = new ArrayList<>();
            int rated = 0;
            for (Criterion c : round.getCriteria()) {
                if (Derived.lastRatings(round, c).containsKey(m)) {
                    rated++;
                } else {
                    missing.add(c.getCode() == null || c.getCode().isBlank() ? c.getId() : c.getCode());
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            String label = Derived.label(m);
            String subject = "Reminder: your rating form for round " + round.getNumber() + " (" + project + ")";
            StringBuilder body = new StringBuilder();
            body.append("Dear ").append(m.getRole() == null || m.getRole().isBlank() ? "colleague" : m.getRole().strip()).append(",\n\n");
            if (rated == 0) {
                body.append("We have not yet received your rating form for round ").append(round.getNumber())
                        .append(" of the consensus on the criteria for ").append(project).append(", which opened on ")
                        .append(round.getOpened()).append(".");
            } else {
                body.append("Thank you for your ratings in round ").append(round.getNumber()).append(" of the consensus on the criteria for ")
                        .append(project).append(". ").append(missing.size() == 1 ? "One criterion is" : missing.size() + " criteria are")
                        .append(" still without a score from you: ").append(String.join(", ", missing)).append(".");
            }
            body.append(" Please score each criterion on the form (leave a score blank to abstain) and return it to the project team.")
                    .append(" Your comments are fed back to the panel without your name.\n\n")
                    .append("If you would rather not take part in this round, a short reply saying so helps us report the response rate accurately.\n\n")
                    .append("With thanks,\nThe project team\n");
            out.add(new org.bridgework.criteria.api.Reminder(m.getId(), label, rated, round.getCriteria().size(), missing, subject, body.toString()));
        }
        return out;
    }

    @Override
    public Optional<Rating> previousRating(ConsensusRound round, Member member, Criterion criterion) {
        GuidanceProject root = round == null ? null : (GuidanceProject) round.eContainer();
        ConsensusRound previous = previousRated(root, round, criterion);
        if (previous == null || member == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(Derived.lastRatings(previous, criterion).get(member));
    }

    static ConsensusRound previousRated(GuidanceProject root, ConsensusRound round, Criterion c) {
        ConsensusRound best = null;
        if (root == null) {
            return null;
        }
        for (ConsensusRound r : root.getRounds()) {
            if (r != round && r.getNumber() < round.getNumber() && ConsensusMath.tally(r, c).raters() > 0
                    && (best == null || r.getNumber() >= best.getNumber())) {
                best = r;
            }
        }
        return best;
    }

    @Override
    public Optional<ConsensusRound> round(GuidanceProject project, int number) {
        return project.getRounds().stream().filter(r -> r.getNumber() == number).reduce((a, b) -> b);
    }

    @Override
    public Optional<ConsensusRound> currentRound(GuidanceProject project) {
        ConsensusRound best = null;
        for (ConsensusRound r : project.getRounds()) {
            if (best == null || r.getNumber() >= best.getNumber()) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public ConsensusReport report(GuidanceProject project) {
        List<ConsensusRound> rounds = new ArrayList<>(project.getRounds());
        rounds.sort((a, b) -> Integer.compare(a.getNumber(), b.getNumber()));
        List<ConsensusReport.PanelMember> panel = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (Member m : project.getMembers()) {
            List<Integer> on = rounds.stream().filter(r -> r.getPanel().contains(m)).map(ConsensusRound::getNumber).toList();
            if (on.isEmpty()) {
                continue;
            }
            String kind = m.getOrganisation() == null || m.getOrganisation().getKind() == null ? "None given"
                    : kindLabel(m.getOrganisation().getKind());
            panel.add(new ConsensusReport.PanelMember(m.getId(), m.getRole(),
                    m.getOrganisation() == null ? null : m.getOrganisation().getLabel(), kind, on));
            byKind.merge(kind, 1, Integer::sum);
        }
        List<ConsensusReport.Round> roundRows = new ArrayList<>();
        for (ConsensusRound r : rounds) {
            int include = 0;
            int exclude = 0;
            int none = 0;
            for (Criterion c : r.getCriteria()) {
                switch (status(r, c)) {
                    case INCLUDE -> include++;
                    case EXCLUDE -> exclude++;
                    case NO_CONSENSUS -> none++;
                    default -> {
                    }
                }
            }
            roundRows.add(new ConsensusReport.Round(r.getNumber(), r.getTitle(), r.getOpened(), r.getClosed(), r.getPanel().size(),
                    respondents(r), r.getCriteria().size(), include, exclude, none));
        }
        ConsensusSettings s = project.getConsensusSettings();
        ConsensusScale scale = s == null || s.getScale() == null ? ConsensusScale.NINE_POINT : s.getScale();
        int inc = s == null ? Derived.DEFAULT_INCLUDE_THRESHOLD_PERCENT : s.getIncludeThresholdPercent();
        int opp = s == null ? Derived.DEFAULT_EXCLUDE_OPPOSITE_THRESHOLD_PERCENT : s.getExcludeOppositeThresholdPercent();
        String ends = scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? "'agree'" : "7-9";
        String other = scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE ? "'disagree'" : "1-3";
        String definition = "consensus to include: at least " + inc + "% of raters score " + ends + " and fewer than " + opp
                + "% score " + other + "; to exclude: the reverse"
                + (s != null && s.isAgreementInEveryGroup() ? "; in both cases also within every stakeholder group that rated the criterion" : "");
        List<ConsensusReport.Outcome> outcomes = new ArrayList<>();
        for (Criterion c : project.getCriteria()) {
            Map<Integer, ConsensusStatus> byRound = new LinkedHashMap<>();
            ConsensusStatus fin = ConsensusStatus.NOT_RATED;
            double agree = Double.NaN;
            for (ConsensusRound r : rounds) {
                if (!r.getCriteria().contains(c)) {
                    continue;
                }
                Derived.Tally t = ConsensusMath.tally(r, c);
                byRound.put(r.getNumber(), t.status());
                if (t.raters() > 0) {
                    fin = t.status();
                    agree = t.agreementPercent();
                }
            }
            outcomes.add(new ConsensusReport.Outcome(c.getId(), c.getCode(), c.getStatement(), c.isMandatory(), byRound, fin, agree,
                    c.getWordingHistory().size()));
        }
        List<ConsensusReport.AccordItem> accord = AccordChecklist.items(project, rounds, roundRows.toArray(ConsensusReport.Round[]::new), panel,
                definition, outcomes);
        return new ConsensusReport(panel, byKind, roundRows, scale, inc, opp, definition, outcomes, accord);
    }

    static String kindLabel(OrganisationKind kind) {
        return switch (kind) {
            case HEP -> "Higher education provider";
            case NHS_TRUST -> "NHS trust";
            case ICB -> "Integrated care board";
            case SECTOR_BODY -> "Sector body";
            case TASKFORCE -> "Taskforce";
            case GP_PRACTICE -> "GP practice";
            case VOLUNTARY_SECTOR -> "Voluntary sector";
            case OTHER -> "Other";
        };
    }

    @Override
    public AssessmentMatrix assessments(GuidanceProject project) {
        List<AssessmentMatrix.Column> columns = new ArrayList<>();
        for (Criterion c : project.getCriteria()) {
            ConsensusStatus s = c.getConsensusStatus();
            columns.add(new AssessmentMatrix.Column(c.getId(), c.getCode(), c.isMandatory(), s, s != ConsensusStatus.EXCLUDE));
        }
        List<AssessmentMatrix.Row> rows = new ArrayList<>();
        for (CaseStudy cs : project.getCaseStudies()) {
            List<AssessmentResult> results = new ArrayList<>();
            List<String> unmet = new ArrayList<>();
            List<String> notMet = new ArrayList<>();
            for (Criterion c : project.getCriteria()) {
                AssessmentResult result = AssessmentResult.UNKNOWN;
                for (Assessment a : cs.getAssessments()) {
                    if (a.getCriterion() == c && a.getResult() != null) {
                        result = a.getResult();
                    }
                }
                results.add(result);
                boolean applicable = c.getConsensusStatus() != ConsensusStatus.EXCLUDE;
                if (applicable && result == AssessmentResult.NOT_MET) {
                    notMet.add(code(c));
                } else if (applicable && c.isMandatory() && result != AssessmentResult.MET) {
                    unmet.add(code(c));
                }
            }
            boolean good = cs.isModelOfGoodPractice();
            String reason = null;
            if (!good) {
                if (cs.getCollectionStatus() == CollectionStatus.WITHDRAWN) {
                    reason = "withdrawn";
                } else if (!notMet.isEmpty()) {
                    reason = "not met: " + String.join(", ", notMet);
                } else if (!unmet.isEmpty()) {
                    reason = "mandatory criteria not (yet) met: " + String.join(", ", unmet);
                } else {
                    reason = "no applicable mandatory criterion";
                }
            }
            rows.add(new AssessmentMatrix.Row(cs.getId(), cs.getTitle(), results, good, reason));
        }
        return new AssessmentMatrix(columns, rows);
    }

    static String code(Criterion c) {
        return c.getCode() == null || c.getCode().isBlank() ? c.getId() : c.getCode();
    }

    static void execute(Project project, Command cmd, String label) {
        if (!cmd.canExecute()) {
            throw new IllegalStateException("the change could not be made" + (label == null ? "" : " (" + label + ")") + ".");
        }
        project.editingDomain().getCommandStack().execute(cmd);
    }
}
