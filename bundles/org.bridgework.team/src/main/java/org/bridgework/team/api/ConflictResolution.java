package org.bridgework.team.api;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/** Resolves a {@link org.bridgework.model.MergeConflict} recorded in a project by choosing a version or giving a value. */
@ProviderType
public interface ConflictResolution {

    /** Which recorded version to take. */
    enum Take {
        OURS, THEIRS, BASE
    }

    /**
     * Applies the chosen version (or {@code value}, for a feature changed both ways) to the model and removes the
     * conflict record; changes the model directly (callers that need undo wrap it in a command).
     *
     * @param take  the version to take, or null when {@code value} is given
     * @param value the value to set instead (text for a text feature, ids for references), or null
     * @return a sentence saying what was done
     * @throws IllegalArgumentException with a message for the user when the conflict is unknown or the choice cannot apply
     */
    String resolve(GuidanceProject project, String conflictId, Take take, String value);
}
