package org.bridgework.drafting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.ReviewSuggestion;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Review packs: the draft as a DOCX with a bookmark per section ({@code bw_} + section id), and the comments reviewers
 * made on it in Word or LibreOffice read back to the right sections. The same service backs {@code bridgework review}
 * and the workbench. The model is read on the calling thread; nothing here changes it: {@link #apply} returns a command.
 *
 * @since 1.1
 */
@ProviderType
public interface ReviewPacks {

    /**
     * Writes the review pack of the project's document.
     *
     * @throws IllegalArgumentException when the project has no document
     */
    void export(GuidanceProject project, OutputStream out) throws IOException;

    /**
     * Reads the comments of a commented review pack and plans their import (nothing changes).
     *
     * @param milestoneId the milestone for the new comments, or {@code null} for the first draft or review milestone not
     *                    done or cancelled
     * @throws IllegalArgumentException when the project has no milestone {@code milestoneId}
     * @throws IOException              when the file cannot be read or is not a DOCX (a message for people)
     */
    ReviewImport plan(GuidanceProject project, Path docx, String milestoneId) throws IOException;

    /**
     * The command adding the plan's new comments and suggestions to the project (for its command stack: undoable);
     * unexecutable when there are none.
     */
    Command apply(EditingDomain domain, GuidanceProject project, ReviewImport plan);

    /**
     * The command accepting a suggestion: its change applied to the block's text and the suggestion marked accepted, as one
     * undoable command.
     *
     * @param response what to tell the reviewer, or {@code null}
     * @throws IllegalArgumentException when it cannot be applied (already decided, the block is gone, or its text changed
     *                                  so that the place of the change is no longer found): the message says why and what to do
     * @since 1.5
     */
    Command accept(EditingDomain domain, ReviewSuggestion suggestion, String response);

    /**
     * The command rejecting a suggestion: the decision (and the response) recorded, the text unchanged.
     *
     * @throws IllegalArgumentException when it is already decided
     * @since 1.5
     */
    Command reject(EditingDomain domain, ReviewSuggestion suggestion, String response);

    /**
     * The block's text as it would read with the suggestion accepted (Markdown marks and citations kept), for previews.
     *
     * @throws IllegalArgumentException as {@link #accept}
     * @since 1.5
     */
    String preview(ReviewSuggestion suggestion);

    /**
     * The command recording who a milestone's draft went to: adds the recipient named {@code name} (ignoring case) to the
     * milestone or updates it. {@code null} leaves a value as it is; {@link #CLEAR} clears a date.
     *
     * @since 1.5
     */
    Command recipient(EditingDomain domain, Milestone milestone, String name, Organisation organisation, LocalDate sent, LocalDate returned, String note);

    /** Given as a date to {@link #recipient}: clear it. */
    LocalDate CLEAR = LocalDate.MIN;
}
