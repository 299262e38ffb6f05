package org.bridgework.ui.workbench.testbundle;

import java.util.Set;

import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The whole of a tiny UI bundle that WorkbenchBootIT packages into a jar and installs while the workbench runs:
 * it registers one view, shown in every perspective on the right. (Not a test itself; it is loaded by Felix from
 * that jar, against the workbench's API bundle.)
 */
public class HelloViewActivator implements BundleActivator {
    public static final String VIEW_ID = "org.bridgework.ui.test.hello";

    @Override
    public void start(BundleContext context) {
        context.registerService(ViewContribution.class, new ViewContribution() {
            @Override
            public String id() {
                return VIEW_ID;
            }

            @Override
            public String label() {
                return "Hello";
            }

            @Override
            public String stack() {
                return Stacks.RIGHT;
            }

            @Override
            public Set<String> perspectives() {
                return Set.of(Perspectives.ALL);
            }

            @Override
            public Part createPart(Composite parent, PartContext context) {
                Label label = new Label(parent, SWT.WRAP);
                label.setText("Hello from a bundle installed while the workbench runs. Project: "
                        + context.project().map(p -> p.root().getTitle()).orElse("none"));
                return new Part() { };
            }
        }, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
