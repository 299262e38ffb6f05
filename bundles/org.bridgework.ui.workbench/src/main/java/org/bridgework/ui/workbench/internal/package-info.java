/**
 * Workbench only: a headless command (bridgework assemble, validate, ...) does not start this bundle (the launcher
 * reads the Bridgework-Start header).
 */
@Header(name = "Bridgework-Start", value = "workbench")
@Header(name = "Bridgework-Commands", value = WorkbenchCommand.NAME + ";description=\"" + WorkbenchCommand.SUMMARY + "\"")
package org.bridgework.ui.workbench.internal;

import org.bridgework.ui.workbench.internal.cli.WorkbenchCommand;
import org.osgi.annotation.bundle.Header;
