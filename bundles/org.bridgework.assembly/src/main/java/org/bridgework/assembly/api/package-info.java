/**
 * Offline assembly of the guidance into documents.
 * <p>
 * {@link org.bridgework.assembly.api.AssemblyService} turns a {@code GuidanceProject} into an
 * {@link org.bridgework.assembly.api.AssembledDocument}: a format-neutral, fully resolved, immutable view of the
 * guidance (citations rendered, case studies expanded, element references resolved to anchors, a local-context
 * variant applied). Each output format is a {@link org.bridgework.assembly.api.Renderer} service (whiteboard): an
 * extension bundle adds a format by registering one. Renderers must be deterministic: the same document gives the
 * same bytes (no clock, no random ids, stable ordering).
 * <p>
 * HTML with a print stylesheet (for HTML-to-PDF renderers) is available from the
 * {@link org.bridgework.assembly.api.HtmlExport} service.
 * <p>
 * Other bundles add back matter by registering an {@link org.bridgework.assembly.api.AppendixProvider} (whiteboard),
 * for example the consensus report and the evidence gap map.
 */
@Export
@Version("1.6.0")
package org.bridgework.assembly.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
