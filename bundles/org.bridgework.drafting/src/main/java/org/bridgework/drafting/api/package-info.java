/**
 * Drafting checks (plain English and the reader lens), their per-project settings, milestone readiness and review
 * packs. The checks also run as a {@link org.bridgework.core.api.ValidationRule}, so they appear in
 * {@code bridgework validate} and the Problems view.
 */
@Export
@Version("1.6.0")
package org.bridgework.drafting.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
