package org.bridgework.casestudies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.casestudies.api.CollectionPipeline;
import org.bridgework.drafting.api.MilestoneReadiness;
import org.bridgework.drafting.api.Readiness;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.StatusChange;
import org.bridgework.model.derive.Derived;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The collection pipeline. Which case studies are still to collect, and whether that is overdue, is not decided here:
 * the deadline milestone's readiness ({@link MilestoneReadiness}, the {@code ReadinessRule} whiteboard) lists them,
 * and its status (missed when its date passed with items open) makes them overdue, so the board, {@code milestones},
 * the Milestones view and {@code casestudies} tell one story.
 */
@Component(service = CollectionPipeline.class)
public class CollectionPipelineImpl implements CollectionPipeline {

    static final int DUE_SOON_DAYS = 14;

    private final MilestoneReadiness readiness;

    @Activate
    public CollectionPipelineImpl(@Reference MilestoneReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Milestone deadline(GuidanceProject project) {
        Milestone collected = null;
        Milestone draft = null;
        for (Milestone m : project.getMilestones()) {
            if (m.getDate() == null) {
                continue;
            }
            if (m.getKind() == MilestoneKind.CASE_STUDIES_COLLECTED && (collected == null || m.getDate().isBefore(collected.getDate()))) {
                collected = m;
            } else if (m.getKind() == MilestoneKind.DRAFT_TO_STAKEHOLDERS && (draft == null || m.getDate().isBefore(draft.getDate()))) {
                draft = m;
            }
        }
        return collected != null ? collected : draft;
    }

    @Override
    public List<Entry> board(GuidanceProject project, LocalDate today) {
        Milestone m = deadline(project);
        LocalDate deadline = m == null ? null : m.getDate();
        // the deadline's open case studies and its status, as every view of the milestone shows them
        Set<String> toCollect = new HashSet<>();
        MilestoneStatus status = null;
        if (m != null) {
            for (Readiness.OpenItem item : readiness.readiness(project, m).open()) {
                if (item.kind() == Readiness.Kind.CASE_STUDY_UNVERIFIED) {
                    toCollect.add(item.elementId());
                }
            }
            status = readiness.status(project, m, today);
        }
        boolean closed = status == MilestoneStatus.DONE || status == MilestoneStatus.CANCELLED;
        List<Entry> out = new ArrayList<>();
        for (CaseStudy cs : project.getCaseStudies()) {
            CollectionStatus s = cs.getCollectionStatus();
            LocalDate since = null;
            for (StatusChange c : cs.getStatusHistory()) {
                if (c.getStatus() == s && c.getDate() != null) {
                    since = c.getDate();
                }
            }
            boolean open = toCollect.contains(cs.getId());
            boolean overdue = open && status == MilestoneStatus.MISSED;
            boolean soon = open && !overdue && !closed && deadline != null && !today.plusDays(DUE_SOON_DAYS).isBefore(deadline);
            out.add(new Entry(cs, s, since, m, deadline, overdue, soon));
        }
        return out;
    }

    @Override
    public String refusal(CaseStudy cs, CollectionStatus to) {
        CollectionStatus from = cs.getCollectionStatus();
        if (from == to) {
            return cs.getId() + " is already " + to.getLiteral() + ".";
        }
        if (from == CollectionStatus.WITHDRAWN) {
            return cs.getId() + " was withdrawn: a withdrawn case study does not move on (record a new case study instead).";
        }
        if (to != CollectionStatus.WITHDRAWN && to.getValue() < from.getValue()) {
            return cs.getId() + " is " + from.getLiteral() + ": it cannot go back to " + to.getLiteral()
                    + " (the pipeline only moves forward: " + order() + "; or to withdrawn).";
        }
        return null;
    }

    /** Why a change dated {@code date} would put the case study's history out of order, or null when it would not. */
    static String outOfOrder(CaseStudy cs, LocalDate date) {
        LocalDate latest = latestDate(cs);
        if (date != null && latest != null && date.isBefore(latest)) {
            return cs.getId() + "'s history would run backwards: its last status change is dated " + latest + "; give a date on or after it.";
        }
        return null;
    }

    /** The date of the case study's latest dated status change, or null. */
    public static LocalDate latestDate(CaseStudy cs) {
        return Derived.lastStatusChange(cs);
    }

    static String order() {
        List<String> s = new ArrayList<>();
        for (CollectionStatus c : CollectionStatus.VALUES) {
            if (c != CollectionStatus.WITHDRAWN) {
                s.add(c.getLiteral());
            }
        }
        return String.join(" → ", s);
    }

    @Override
    public String refusal(CaseStudy cs, CollectionStatus to, LocalDate date) {
        String why = refusal(cs, to);
        return why != null ? why : outOfOrder(cs, date);
    }

    @Override
    public Command advance(EditingDomain domain, CaseStudy cs, CollectionStatus to, LocalDate date, String note) {
        String why = refusal(cs, to, date);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return statusCommand(domain, cs, to, date, note);
    }

    static Command statusCommand(EditingDomain domain, CaseStudy cs, CollectionStatus to, LocalDate date, String note) {
        StatusChange change = GuidanceFactory.eINSTANCE.createStatusChange();
        change.setStatus(to);
        change.setDate(date);
        change.setNote(note);
        CompoundCommand c = new CompoundCommand("Case study " + cs.getId() + " → " + to.getLiteral());
        GuidancePackage p = GuidancePackage.eINSTANCE;
        c.append(domain == null ? new SetCommand(null, cs, p.getCaseStudy_CollectionStatus(), to)
                : SetCommand.create(domain, cs, p.getCaseStudy_CollectionStatus(), to));
        c.append(domain == null ? new AddCommand(null, cs, p.getCaseStudy_StatusHistory(), change)
                : AddCommand.create(domain, cs, p.getCaseStudy_StatusHistory(), change));
        return c;
    }
}
