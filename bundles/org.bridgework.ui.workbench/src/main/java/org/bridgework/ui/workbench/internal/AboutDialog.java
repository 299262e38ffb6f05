package org.bridgework.ui.workbench.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.bridgework.core.api.ProblemReports;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Help &gt; About: the product, the commit it was built from, the Java runtime, the user's folders, where the logs are,
 * the installed local contexts and every installed bundle with its version and state.
 */
final class AboutDialog extends Dialog {
    private final Messages messages;
    private final AboutInfo about;

    AboutDialog(Shell parent, Messages messages, AboutInfo about) {
        super(parent);
        this.messages = messages;
        this.about = about;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.get("about.title"));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        List<Bundle> bundles = about.bundles().get().stream()
                .sorted(Comparator.comparing(AboutDialog::symbolicName, String.CASE_INSENSITIVE_ORDER))
                .toList();

        label(area, messages.format("about.product", about.productVersion()));
        label(area, messages.get("about.purpose"));
        about.reports().get().map(ProblemReports::environment).ifPresentOrElse(e -> {
            label(area, messages.format("about.build", e.commit(), e.home()));
            label(area, messages.format("about.runtime2", e.runtime(), e.system()));
            label(area, messages.format("about.folders2", e.folders().config(), e.folders().data(), e.folders().cache()));
            label(area, messages.format("about.logs", e.logs()));
            label(area, e.contexts().isEmpty() ? messages.get("about.contexts.none")
                    : messages.format("about.contexts", String.join(", ", e.contexts())));
        }, () -> label(area, messages.format("about.runtime", Runtime.version(), System.getProperty("os.name"), System.getProperty("java.home"))));
        label(area, messages.format("about.bundles", bundles.size()));

        Composite tableHolder = new Composite(area, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        tableHolder.setLayout(columns);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 300).applyTo(tableHolder);

        TableViewer viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(viewer, columns, "about.column.name", 3, AboutDialog::symbolicName);
        column(viewer, columns, "about.column.version", 2, bundle -> bundle.getVersion().toString());
        column(viewer, columns, "about.column.state", 1, this::state);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(bundles);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    private void column(TableViewer viewer, TableColumnLayout layout, String key, int weight, Function<Bundle, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(messages.get(key));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Bundle) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
    }

    private String state(Bundle bundle) {
        if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null && bundle.getState() == Bundle.RESOLVED) {
            return messages.get("about.state.fragment");
        }
        return messages.get(switch (bundle.getState()) {
            case Bundle.ACTIVE -> "about.state.active";
            case Bundle.RESOLVED -> "about.state.resolved";
            case Bundle.INSTALLED -> "about.state.installed";
            case Bundle.STARTING -> "about.state.starting";
            case Bundle.STOPPING -> "about.state.stopping";
            default -> "about.state.other";
        });
    }

    private static String symbolicName(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null ? name : bundle.getLocation();
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }
}
