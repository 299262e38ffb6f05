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
import org.bridgework.model.Block;
import org.bridgework.model.Recipient;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewSuggestion;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.Section;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
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
        Map<String, String> partByBookmark = new HashMap<>();
        Map<String, Block> blocks = new HashMap<>();
        if (root.getDocument() != null) {
            root.getDocument().eAllContents().forEachRemaining(e -> {
                if (e instanceof Section s) {
                    sectionByBookmark.put(ReviewPack.bookmark(s.getId()), s.getId());
                    sections.put(s.getId(), s);
                } else if (e instanceof Block b && b.getId() != null) {
                    blocks.put(b.getId(), b);
                    for (String part : SuggestionText.parts(b)) {
                        partByBookmark.put(ReviewPack.blockBookmark(b.getId(), part), ReviewPack.partKey(b.getId(), part));
                    }
                }
            });
        }
        List<ReviewPack.Comment> comments;
        ReviewPack.Returned returned;
        try {
            returned = ReviewPack.readAll(docx, sectionByBookmark, partByBookmark);
            comments = returned.comments();
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
            String[] roleOrg = Reviewers.roleAndOrganisation(c.author());
            Organisation org = Reviewers.organisation(root, roleOrg[1]);
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
                rc.setQuotedText(c.quoted());
            }
            entries.add(new ReviewImport.Entry(c.id(), c.author(), c.sectionId(), where, c.text(), duplicate, rc));
        }
        Set<String> existingSuggestions = new HashSet<>();
        for (ReviewSuggestion s : root.getReviewSuggestions()) {
            existingSuggestions.add(SuggestionText.signature(s.getTarget() == null ? null : s.getTarget().getId(), s.getItem(), s.getBefore(), s.getDeleted(),
                    s.getInserted(), s.getReviewerRole()));
        }
        List<ReviewImport.Suggestion> suggestions = new ArrayList<>();
        int m = 0;
        for (ReviewPack.Change c : returned.changes()) {
            String[] roleOrg = Reviewers.roleAndOrganisation(c.author());
            Organisation org = Reviewers.organisation(root, roleOrg[1]);
            String role = org == null ? nz(c.author()) : roleOrg[0];
            Section section = c.sectionId() == null ? null : sections.get(c.sectionId());
            String inSection = section == null ? "" : " in section '" + section.getHeading() + "'";
            if (c.part() == null) {
                suggestions.add(new ReviewImport.Suggestion(c.author(), "outside the blocks' text" + inSection, c.deleted(), c.inserted(), false, null,
                        "a change to a heading, a table, a case study or the pack's own text: make it in the project by hand if it is wanted"));
                continue;
            }
            int bar = c.part().lastIndexOf('|');
            Block block = blocks.get(c.part().substring(0, bar));
            int item = SuggestionText.item(c.part().substring(bar + 1));
            String before = SuggestionText.stripPrefix(block, item, c.before());
            String where = "block " + block.getId() + " (" + SuggestionText.partName(item) + ")" + inSection;
            String signature = SuggestionText.signature(block.getId(), item, before, c.deleted(), c.inserted(), role);
            boolean duplicate = !existingSuggestions.add(signature);
            ReviewSuggestion rs = null;
            if (!duplicate) {
                rs = GuidanceFactory.eINSTANCE.createReviewSuggestion();
                String id;
                do {
                    id = "rs-review-" + (++m);
                } while (!ids.add(id));
                rs.setId(id);
                rs.setTarget(block);
                rs.setItem(item);
                rs.setBefore(before);
                rs.setDeleted(c.deleted());
                rs.setInserted(c.inserted());
                rs.setAfter(c.after());
                rs.setReviewerRole(role);
                rs.setReviewerOrganisation(org);
                rs.setMilestone(milestone);
                rs.setRaised(date(c.date()));
                rs.setStatus(ReviewStatus.OPEN);
            }
            suggestions.add(new ReviewImport.Suggestion(c.author(), where, c.deleted(), c.inserted(), duplicate, rs, null));
        }
        return new ReviewImport(docx, milestone, entries, suggestions);
    }

    @Override
    public Command apply(EditingDomain domain, GuidanceProject project, ReviewImport plan) {
        List<ReviewComment> added = plan.toAdd();
        List<ReviewSuggestion> suggested = plan.suggestionsToAdd();
        if (added.isEmpty() && suggested.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        String label = "Import " + (added.isEmpty() ? "" : added.size() + " Review Comment" + (added.size() == 1 ? "" : "s"))
                + (!added.isEmpty() && !suggested.isEmpty() ? " and " : "")
                + (suggested.isEmpty() ? "" : suggested.size() + " Suggested Change" + (suggested.size() == 1 ? "" : "s"));
        CompoundCommand c = new CompoundCommand(label);
        if (!added.isEmpty()) {
            c.append(AddCommand.create(domain, project, GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_COMMENTS, added));
        }
        if (!suggested.isEmpty()) {
            c.append(AddCommand.create(domain, project, GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS, suggested));
        }
        return c;
    }

    @Override
    public Command accept(EditingDomain domain, ReviewSuggestion suggestion, String response) {
        undecided(suggestion);
        SuggestionText.Place place = SuggestionText.locate(suggestion);
        CompoundCommand c = new CompoundCommand("Accept Suggested Change " + suggestion.getId() + ": " + suggestion.getLabel());
        c.append(SuggestionText.setText(domain, suggestion, place.result()));
        decide(domain, c, suggestion, ReviewStatus.ACCEPTED, response);
        return c;
    }

    @Override
    public Command reject(EditingDomain domain, ReviewSuggestion suggestion, String response) {
        undecided(suggestion);
        CompoundCommand c = new CompoundCommand("Reject Suggested Change " + suggestion.getId() + ": " + suggestion.getLabel());
        decide(domain, c, suggestion, ReviewStatus.REJECTED, response);
        return c;
    }

    @Override
    public String preview(ReviewSuggestion suggestion) {
        return SuggestionText.locate(suggestion).result();
    }

    private static void undecided(ReviewSuggestion suggestion) {
        if (suggestion.getStatus() != null && suggestion.getStatus() != ReviewStatus.OPEN) {
            throw new IllegalArgumentException("the suggestion " + suggestion.getId() + " is already " + suggestion.getStatus().getLiteral()
                    + (suggestion.getDecided() == null ? "" : " (" + suggestion.getDecided() + ")") + ".");
        }
    }

    private static void decide(EditingDomain domain, CompoundCommand c, ReviewSuggestion s, ReviewStatus status, String response) {
        GuidancePackage p = GuidancePackage.eINSTANCE;
        c.append(SetCommand.create(domain, s, p.getReviewSuggestion_Status(), status));
        c.append(SetCommand.create(domain, s, p.getReviewSuggestion_Decided(), LocalDate.now()));
        if (response != null && !response.isBlank()) {
            c.append(SetCommand.create(domain, s, p.getReviewSuggestion_Response(), response.strip()));
        }
    }

    @Override
    public Command recipient(EditingDomain domain, Milestone milestone, String name, Organisation organisation, LocalDate sent, LocalDate returned, String note) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a recipient needs a name: a role, group or organisation (for example \"Student Minds panel\").");
        }
        if (sent != null && returned != null && sent != CLEAR && returned != CLEAR && returned.isBefore(sent)) {
            throw new IllegalArgumentException("the reply (" + returned + ") cannot come before the draft was sent (" + sent + ").");
        }
        GuidancePackage p = GuidancePackage.eINSTANCE;
        Recipient existing = milestone.getRecipients().stream().filter(r -> name.strip().equalsIgnoreCase(nz(r.getName()).strip())).findFirst().orElse(null);
        if (existing == null) {
            Recipient r = GuidanceFactory.eINSTANCE.createRecipient();
            Set<String> ids = new HashSet<>();
            if (milestone.eResource() != null) {
                milestone.eResource().getAllContents().forEachRemaining(e -> {
                    if (e instanceof Identified i && i.getId() != null) {
                        ids.add(i.getId());
                    }
                });
            }
            String base = "rcp-" + name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            if (base.length() > 40) {
                base = base.substring(0, 40);
            }
            String id = base;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
            r.setId(id);
            r.setName(name.strip());
            r.setOrganisation(organisation);
            r.setSent(sent == CLEAR ? null : sent);
            r.setReturned(returned == CLEAR ? null : returned);
            r.setNote(note == null || note.isBlank() ? null : note.strip());
            return AddCommand.create(domain, milestone, p.getMilestone_Recipients(), r);
        }
        CompoundCommand c = new CompoundCommand("Recipient " + existing.getName() + " of " + milestone.getTitle());
        if (organisation != null) {
            c.append(SetCommand.create(domain, existing, p.getRecipient_Organisation(), organisation));
        }
        if (sent != null) {
            c.append(SetCommand.create(domain, existing, p.getRecipient_Sent(), sent == CLEAR ? null : sent));
        }
        if (returned != null) {
            LocalDate from = sent != null && sent != CLEAR ? sent : existing.getSent();
            if (returned != CLEAR && from != null && returned.isBefore(from)) {
                throw new IllegalArgumentException("the reply (" + returned + ") cannot come before the draft was sent (" + from + ").");
            }
            c.append(SetCommand.create(domain, existing, p.getRecipient_Returned(), returned == CLEAR ? null : returned));
        }
        if (note != null) {
            c.append(SetCommand.create(domain, existing, p.getRecipient_Note(), note.isBlank() ? null : note.strip()));
        }
        return c.isEmpty() ? UnexecutableCommand.INSTANCE : c;
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
