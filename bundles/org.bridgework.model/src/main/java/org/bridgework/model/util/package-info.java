/**
 * Model utilities: the generated switch and adapter factory, and the hand-written
 * {@code .guidance} resource ({@link org.bridgework.model.util.GuidanceResources}).
 */
@Export
@Version("1.1.0")
package org.bridgework.model.util;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
