package org.bridgework.drafting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.bridgework.model.GuidanceProject;
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

    /** The command adding the plan's new comments to the project (for its command stack: undoable); unexecutable when there are none. */
    Command apply(EditingDomain domain, GuidanceProject project, ReviewImport plan);
}
