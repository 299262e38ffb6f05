package org.bridgework.criteria.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Project;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;
import org.bridgework.model.StakeholderGroup;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Delphi-style consensus rounds on a project's criteria.
 * <p>
 * Every change is executed as one EMF command on the project's editing domain (so one undo reverts it); nothing is
 * saved: the caller saves through {@code ProjectService}. Status is always derived from the ratings, never stored:
 * a criterion reaches consensus to include when at least {@code includeThresholdPercent} of its raters are at the
 * agreeing end (7-9, or "agree") and fewer than {@code excludeOppositeThresholdPercent} at the other end (1-3, or
 * "disagree"); to exclude, the other way round. A rater is a panel member with a score (blank = abstained); when
 * a member has several ratings of one criterion in a round only the last counts.
 */
@ProviderType
public interface ConsensusService {

    /**
     * Adds a new round (number = highest + 1, id {@code round-N}) over {@code criteria} and {@code panel}.
     *
     * @param opened the date it opens, may be null (a planned round)
     * @throws IllegalArgumentException when a criterion or member is not in the project, or either list is empty
     */
    ConsensusRound newRound(Project project, List<Criterion> criteria, List<Member> panel, LocalDate opened);

    /** Sets the round's opened date. @throws IllegalStateException when it is closed */
    void open(Project project, ConsensusRound round, LocalDate opened);

    /** Sets the round's closed date (ratings can no longer be recorded). */
    void close(Project project, ConsensusRound round, LocalDate closed);

    /**
     * Records (or replaces) {@code member}'s rating of {@code criterion} in {@code round}.
     *
     * @param score on the project's scale, null to record an abstention
     * @throws IllegalArgumentException when the member is not on the round's panel, the criterion not in the round,
     *                                  or the score out of the scale's range
     * @throws IllegalStateException    when the round is closed
     */
    Rating rate(Project project, ConsensusRound round, Member member, Criterion criterion, Integer score, String comment);

    /**
     * Changes a criterion's statement between rounds, keeping the previous wording in its wording history with the
     * reason and the round whose feedback led to the change (the latest round that included the criterion, may be
     * null). @throws IllegalArgumentException when the statement is blank or unchanged
     */
    void amend(Project project, Criterion criterion, String newStatement, String reason);

    /**
     * The command {@link #amend} executes, not executed: for callers that run commands themselves (the workbench's
     * {@code context.execute}, so that undo, the dirty marker and crash recovery cover it).
     *
     * @throws IllegalArgumentException when the statement is blank or unchanged
     * @since 1.1
     */
    Command amendCommand(EditingDomain domain, Criterion criterion, String newStatement, String reason);

    /**
     * A command that records {@code result} as {@code caseStudy}'s assessment against {@code criterion}: it sets the
     * result of the existing assessment, or adds a new one (with a unique id) when there is none. Not executed.
     *
     * @throws IllegalArgumentException when the case study or the criterion is not in a project, or the result is null
     * @since 1.1
     */
    Command assessCommand(EditingDomain domain, CaseStudy caseStudy, Criterion criterion, AssessmentResult result);

    /**
     * As {@link #assessCommand(EditingDomain, CaseStudy, Criterion, AssessmentResult)}, also setting the assessment's
     * rationale (blank clears it).
     *
     * @since 1.1
     */
    Command assessCommand(EditingDomain domain, CaseStudy caseStudy, Criterion criterion, AssessmentResult result, String rationale);

    /**
     * Opens the next round with the criteria of {@code from} that did not reach consensus (no consensus, or nobody
     * rated them), the same panel. @return the new round, or empty when every criterion reached consensus
     */
    Optional<ConsensusRound> carryOver(Project project, ConsensusRound from, LocalDate opened);

    /**
     * The command for the workbench's carry-over, not executed: closes {@code from} on {@code opened} when it is still
     * open, then adds the next round with its criteria that did not reach consensus and the same panel, as one
     * undoable step. Empty when every criterion of {@code from} reached consensus.
     *
     * @throws IllegalArgumentException when {@code from} is not in a project, or opened before {@code opened}'s date
     * @since 1.1
     */
    Optional<Command> carryOverCommand(EditingDomain domain, ConsensusRound from, LocalDate opened);

    /** The derived status of one criterion in one round. */
    ConsensusStatus status(ConsensusRound round, Criterion criterion);

    /**
     * {@code member}'s own counted rating (the one the tally used) of {@code criterion} in the previous round that
     * rated it, for feedback beside the group's: empty when there is no such round or the member did not rate the
     * criterion there. A present rating with a null score is an abstention.
     *
     * @since 1.2
     */
    Optional<Rating> previousRating(ConsensusRound round, Member member, Criterion criterion);

    /**
     * Sets the stakeholder group {@code member} speaks for (HE, NHS, students, voluntary sector, other; UNSPECIFIED
     * takes it from the organisation), as one undoable command.
     *
     * @since 1.2
     */
    void setStakeholderGroup(Project project, Member member, StakeholderGroup group);

    /**
     * Sets the rule "consensus needs agreement in every stakeholder group" (creating the project's consensus settings
     * with their defaults when it has none), as one undoable command. The one tally then applies it everywhere.
     *
     * @since 1.2
     */
    void setAgreementInEveryGroup(Project project, boolean required);

    /**
     * Who has not returned a complete form for {@code round}: one reminder per panel member with a criterion still
     * unrated (no rating, neither score nor abstention), in panel order, each with a letter to copy.
     *
     * @throws IllegalStateException when the round is not open (a draft, or closed)
     * @since 1.2
     */
    List<Reminder> reminders(ConsensusRound round);

    /** Statistics of every criterion of the round, with stability against the previous round that rated it. */
    RoundSummary summary(ConsensusRound round);

    /** The round with this number, or else empty. */
    Optional<ConsensusRound> round(GuidanceProject project, int number);

    /** The round with the highest number (the current round), or empty when there is none. */
    Optional<ConsensusRound> currentRound(GuidanceProject project);

    /** The CREDES/ACCORD-style consensus report: panel, rounds, thresholds, outcome per criterion. */
    ConsensusReport report(GuidanceProject project);

    /** Case studies against criteria, with each case study's derived model-of-good-practice flag. */
    AssessmentMatrix assessments(GuidanceProject project);
}
