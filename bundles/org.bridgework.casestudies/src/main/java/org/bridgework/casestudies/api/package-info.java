/**
 * Case studies, shared by the command line and the workbench (no SWT):
 * <ul>
 * <li>{@link org.bridgework.casestudies.api.CaseStudyTemplates}: the data collection template, a DOCX of keyed
 * tables a partner fills in Word or LibreOffice; a returned template is read back by the {@code case-study-template}
 * {@code org.bridgework.literature.api.Importer} service ({@code bridgework import F.docx --into PROJECT}).</li>
 * <li>{@link org.bridgework.casestudies.api.CollectionPipeline}: each case study's collection status, dated history
 * and overdue flag from the milestones; status changes as EMF commands (undoable).</li>
 * <li>{@link org.bridgework.casestudies.api.ReturnedTemplates}: a returned template read, then reviewed against a project
 * (the differences field by field, what could not be read, validation errors) before it is applied (since 1.1).</li>
 * </ul>
 */
@Export
@Version("1.2.0")
package org.bridgework.casestudies.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
