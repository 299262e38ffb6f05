/**
 * Literature services, shared by the command line and the workbench (no SWT):
 * <ul>
 * <li>{@link org.bridgework.literature.api.Importer}: the whiteboard of file importers that
 * {@code bridgework import} and the import wizard choose from by the file's content (literature here; returned
 * case-study templates from the case-studies bundle). A file is read into an
 * {@link org.bridgework.literature.api.ImportPreview} first (what would be added, merged or updated, and every
 * problem with file, line and reason); nothing changes until its command is executed.</li>
 * <li>{@link org.bridgework.literature.api.ReferenceFormat}: reference file formats (RIS, BibTeX/BibLaTeX, EndNote tagged, PubMed/MEDLINE, refer,
 * CSL-JSON), also a whiteboard, used by {@link org.bridgework.literature.api.LiteratureImporter} (duplicates,
 * citation keys, merges) and {@link org.bridgework.literature.api.LiteratureExporter}.</li>
 * <li>{@link org.bridgework.literature.api.EvidenceGapMaps}: challenges against the evidence for them.</li>
 * <li>{@link org.bridgework.literature.api.EvidenceAppraisal}: appraisal of sources and extracts, confidence per gap-map
 * cell and screening (with the PRISMA-style flow), as undoable commands shared by the CLI and the workbench.</li>
 * </ul>
 * Citations in CSL styles are {@code org.bridgework.core.api.CitationService}, implemented by this bundle.
 */
@Export
@Version("1.3.0")
package org.bridgework.literature.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
