/**
 * Criteria and Delphi-style consensus: {@link org.bridgework.criteria.api.ConsensusService} (rounds, ratings,
 * amendments, carry-over, derived status, round summaries, the consensus report, the assessment matrix) and
 * {@link org.bridgework.criteria.api.RatingForms} (offline XLSX rating forms, export and validated all-or-nothing
 * import). Changes to a project go through EMF commands on its editing domain, so the UI can undo them.
 */
@Export
@Version("1.2.0")
package org.bridgework.criteria.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
