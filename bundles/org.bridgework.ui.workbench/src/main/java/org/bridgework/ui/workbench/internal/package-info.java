/**
 * Workbench only: a headless command (bridgework assemble, validate, ...) does not start this bundle (the launcher
 * reads the Bridgework-Start header).
 */
@Header(name = "Bridgework-Start", value = "workbench")
@Header(name = "Bridgework-Commands", value = "workbench;description=\"Open the Bridgework workbench window, optionally with a project.\"")
package org.bridgework.ui.workbench.internal;

import org.osgi.annotation.bundle.Header;
