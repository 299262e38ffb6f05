/**
 * Core services over the guidance model, shared by the command line and the workbench: open and save
 * projects, validate them, reach the sample project; the workbench's editing session and its crash-recovery
 * journal. No SWT here.
 */
@Export
@Version("1.11.0")
package org.bridgework.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
