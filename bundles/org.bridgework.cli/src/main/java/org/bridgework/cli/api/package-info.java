/**
 * What a bundle implements to add a sub-command to {@code bridgework}.
 * Register a {@link org.bridgework.cli.api.CommandContribution} service; the
 * command line picks it up (whiteboard) and drops it when the bundle stops.
 */
@Export
@Version("1.2.0")
package org.bridgework.cli.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
