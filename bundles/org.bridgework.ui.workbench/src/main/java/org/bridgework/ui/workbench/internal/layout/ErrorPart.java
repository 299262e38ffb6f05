package org.bridgework.ui.workbench.internal.layout;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.bridgework.ui.api.Part;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** What a view or editor that failed shows instead: what failed, the message, and the details for a bug report. */
public final class ErrorPart implements Part {
    private final Text details;

    public ErrorPart(Composite parent, Messages messages, String what, Throwable failure) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        area.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(area);
        Label icon = new Label(area, SWT.NONE);
        org.eclipse.jface.resource.LocalResourceManager resources = new org.eclipse.jface.resource.LocalResourceManager(JFaceResources.getResources(), icon);
        icon.setImage(resources.create(Icons.error()));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        Label title = new Label(area, SWT.WRAP);
        title.setText(messages.format("part.failed", what));
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        new Label(area, SWT.NONE);
        Label message = new Label(area, SWT.WRAP);
        message.setText(Jobs.message(failure));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
        details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        details.setText(trace.toString());
        details.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = messages.get("part.failed.details");
            }
        });
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 80).applyTo(details);
    }

    @Override
    public void setFocus() {
        details.setFocus();
    }
}
