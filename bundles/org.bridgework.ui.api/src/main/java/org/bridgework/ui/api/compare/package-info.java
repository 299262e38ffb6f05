/**
 * Comparing the project open in the workbench with another version of it (the file as it is on disk now), so the
 * changed-on-disk question can offer Compare. Contributed as a whiteboard service; without one, Compare is not offered.
 */
@Export
@Version("1.0.0")
package org.bridgework.ui.api.compare;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
