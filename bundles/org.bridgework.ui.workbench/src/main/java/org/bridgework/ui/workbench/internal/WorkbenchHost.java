package org.bridgework.ui.workbench.internal;

import org.eclipse.swt.widgets.Shell;

/** What contexts, parts and commands need from the window. */
interface WorkbenchHost {
    Shell shell();

    Session session();

    SelectionServiceImpl selectionService();

    Jobs jobs();

    StatusLineImpl statusLine();

    Messages messages();

    ErrorLog log();

    boolean showView(String viewId);

    boolean openEditor(Object element);
}
