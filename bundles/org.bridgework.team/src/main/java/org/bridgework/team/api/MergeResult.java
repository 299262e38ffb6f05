package org.bridgework.team.api;

import java.util.List;

import org.bridgework.model.MergeConflict;

/**
 * What a merge did.
 *
 * @param conflicts      the conflicts it recorded (already added to the merged project)
 * @param takenFromTheirs how many element features or lists took their side's value
 */
public record MergeResult(List<MergeConflict> conflicts, int takenFromTheirs) {

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
