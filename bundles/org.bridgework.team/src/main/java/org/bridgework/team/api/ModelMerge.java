package org.bridgework.team.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A three-way merge of guidance projects matched by element id: changes to different elements, and to different
 * features of one element, merge cleanly; list order changes keep both sides' insertions in their relative order;
 * the same feature changed two ways, a deletion against a change, or two different moves are conflicts, recorded
 * as {@link org.bridgework.model.MergeConflict} elements in the result with every version, so no change is lost
 * (the model holds "ours" until someone resolves them).
 */
@ProviderType
public interface ModelMerge {

    /**
     * Merges {@code theirs} into {@code ours} (changed in place: it becomes the result) relative to {@code base}.
     * None of the three may be the same object; {@code base} and {@code theirs} are left in an unspecified state.
     *
     * @param oursLabel   how to name our side in conflicts (a branch, commit or person), or null
     * @param theirsLabel how to name their side, or null
     */
    MergeResult merge(GuidanceProject base, GuidanceProject ours, GuidanceProject theirs, String oursLabel, String theirsLabel);

    /**
     * The elements that differ between two versions of a project, matched by id as the merge matches them (the
     * workbench's Compare when a file changed on disk; {@code older} is the version on disk, {@code newer} this one).
     * Neither project is changed.
     *
     * @since 1.2
     */
    List<ElementChange> diff(GuidanceProject older, GuidanceProject newer);
}
