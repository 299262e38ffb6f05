package org.bridgework.drafting.internal;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;

import org.bridgework.drafting.api.ReviewImport;
import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.Organisation;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/** Review packs as a service: {@link ReviewPack} writes and reads the DOCX; this plans and applies imports. */
@Component(service = ReviewPacks.class)
public class ReviewPacksImpl implements ReviewPacks {

    @Override
    public void export(GuidanceProject project, OutputStream out) throws IOException {
        if (project.getDocument() == null) {
            throw new IllegalArgumentException("the project has no document to review.");
        }
        ReviewPack.write(project.getDocument(), project.getTitle(), out);
    }

    @Override
    public ReviewImport plan(GuidanceProject root, Path docx, String milestoneId) throws IOException {
        InputFiles.requireRegularFile(docx);
        Milestone milestone = milestone(root, milestoneId);
        Map<String, String> sectionByBookmark = new HashMap<>();
        Map<String, Section> sections = new HashMap<>();
        if (root.getDocument() != null) {
            root.getDocument().eAllContents().forEachRemaining(e -> {
                if (e instanceof Section s) {
                    sectionByBookmark.put(ReviewPack.bookmark(s.getId()), s.getId());
                    sections.put(s.getId(), s);
                }
            });
        }
        List<ReviewPack.Comment> comments;
        try {
            comments = ReviewPack.read(docx, sectionByBookmark);
        } catch (ZipException e) {
            throw new IOException(docx + " is not a Word document (DOCX): it is not a zip file.", e);
        } catch (RuntimeException e) {
            // a malformed file must give a message, never an internal error
            throw new IOException(docx + " could not be read as a review pack (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
        Set<String> ids = new HashSet<>();
        root.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
            }
        });
        Set<String> existing = new HashSet<>();
        for (ReviewComment c : root.getReviewComments()) {
            existing.add(signature(c.getTarget() == null ? null : c.getTarget().getId(), c.getReviewerRole(), c.getText()));
        }
        List<ReviewImport.Entry> entries = new ArrayList<>();
        int n = 0;
        for (ReviewPack.Comment c : comments) {
            if (c.text().isEmpty()) {
                continue;
            }
            Identified target = c.sectionId() == null ? root.getDocument() : sections.get(c.sectionId());
            String[] roleOrg = ReviewCommand.roleAndOrganisation(c.author(), root);
            Organisation org = ReviewCommand.organisation(root, roleOrg[1]);
            String role = org == null ? nz(c.author()) : roleOrg[0];
            String targetId = target == null ? null : target.getId();
            boolean duplicate = !existing.add(signature(targetId, role, c.text()));
            String where = target instanceof Section s ? "section '" + s.getHeading() + "' (" + s.getId() + ")" : "the document as a whole (before the first section)";
            ReviewComment rc = null;
            if (!duplicate) {
                rc = GuidanceFactory.eINSTANCE.createReviewComment();
                String id;
                do {
                    id = "rc-review-" + (++n);
                } while (!ids.add(id));
                rc.setId(id);
                rc.setTarget(target);
                rc.setReviewerRole(role);
                rc.setReviewerOrganisation(org);
                rc.setMilestone(milestone);
                rc.setStatus(ReviewStatus.OPEN);
                rc.setRaised(date(c.date()));
                rc.setText(c.text());
            }
            entries.add(new ReviewImport.Entry(c.id(), c.author(), c.sectionId(), where, c.text(), duplicate, rc));
        }
        return new ReviewImport(docx, milestone, entries);
    }

    @Override
    public Command apply(EditingDomain domain, GuidanceProject project, ReviewImport plan) {
        List<ReviewComment> added = plan.toAdd();
        if (added.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand c = new CompoundCommand("Import " + added.size() + " Review Comment" + (added.size() == 1 ? "" : "s"));
        c.append(AddCommand.create(domain, project, GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_COMMENTS, added));
        return c;
    }

    /** The named milestone, or the first draft or review milestone not done or cancelled (null when none). */
    static Milestone milestone(GuidanceProject root, String milestoneId) {
        if (milestoneId != null) {
            for (Milestone m : root.getMilestones()) {
                if (milestoneId.equals(m.getId())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("the project has no milestone with id '" + milestoneId + "'.");
        }
        for (Milestone m : root.getMilestones()) {
            MilestoneKind k = m.getKind();
            boolean review = k == MilestoneKind.DRAFT_TO_STAKEHOLDERS || k == MilestoneKind.DRAFT_TO_TASKFORCE || k == MilestoneKind.TASKFORCE_REVIEW;
            if (review && m.getStatus() != MilestoneStatus.DONE && m.getStatus() != MilestoneStatus.CANCELLED) {
                return m;
            }
        }
        return null;
    }

    private static String signature(String target, String role, String text) {
        return target + "\u0000" + role + "\u0000" + (text == null ? "" : text.strip());
    }

    private static LocalDate date(String value) {
        if (value != null && value.length() >= 10) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                // fall through
            }
        }
        return LocalDate.now();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
