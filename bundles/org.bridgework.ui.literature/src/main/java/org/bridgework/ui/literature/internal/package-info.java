/**
 * Workbench only: a headless command (bridgework assemble, validate, ...) does not start this bundle (the launcher
 * reads the Bridgework-Start header).
 */
@Header(name = "Bridgework-Start", value = "workbench")
package org.bridgework.ui.literature.internal;

import org.osgi.annotation.bundle.Header;
