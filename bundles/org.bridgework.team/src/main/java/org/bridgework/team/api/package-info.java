/**
 * Team working over Git: the three-way merge of projects keyed by element ids (conflicts are recorded as
 * {@link org.bridgework.model.MergeConflict} elements in the merged project, never as markers in the file),
 * differences by element, and the Git side (history, sync, sign-offs) as {@link org.bridgework.team.api.TeamService}.
 */
@Export
@Version("1.2.0")
package org.bridgework.team.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
