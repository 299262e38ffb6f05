/**
 * Fonts shipped inside the product, so that documents (PDF, DOCX) embed the
 * same open-licence faces on every machine and never depend on system fonts.
 * Get a {@link org.bridgework.fonts.api.Fonts} service and ask it for faces.
 */
@Export
@Version("1.0.0")
package org.bridgework.fonts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
