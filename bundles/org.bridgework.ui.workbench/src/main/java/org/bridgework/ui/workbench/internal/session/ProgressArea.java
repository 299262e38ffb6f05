package org.bridgework.ui.workbench.internal.session;

import java.util.List;

import org.bridgework.ui.workbench.internal.Messages;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The status line's progress area: the running job's name, a progress bar and a cancel button. Polls the jobs'
 * monitors every 100 ms while any runs; empty (and the button disabled) when none does.
 */
public final class ProgressArea extends ControlContribution {
    static final String ID = "org.bridgework.ui.workbench.progress";
    private static final int POLL_MILLIS = 100;

    private final Jobs jobs;
    private final Messages messages;
    private Label label;
    private ProgressBar bar;
    private ToolBar buttons;
    private ToolItem cancel;
    private boolean polling;
    private int pulse;

    public ProgressArea(Jobs jobs, Messages messages) {
        super(ID);
        this.jobs = jobs;
        this.messages = messages;
    }

    @Override
    protected Control createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 0).applyTo(area);
        label = new Label(area, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(150, SWT.DEFAULT).applyTo(label);
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(110, 14).applyTo(bar);
        bar.setMaximum(100);
        bar.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                List<Jobs.Job<?>> running = jobs.running();
                e.result = running.isEmpty() ? messages.get("progress.idle") : messages.format("progress.of", running.get(running.size() - 1).name);
            }
        });
        buttons = new ToolBar(area, SWT.FLAT);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), buttons);
        cancel = new ToolItem(buttons, SWT.PUSH);
        ImageDescriptor stop = ImageDescriptor.createFromURL(Action.class.getResource("images/stop.png"));
        cancel.setImage(resources.create(stop));
        cancel.setToolTipText(messages.get("progress.cancel"));
        cancel.addListener(SWT.Selection, e -> cancelNewest());
        buttons.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                if (e.childID >= 0) {
                    e.result = messages.get("progress.cancel");
                }
            }
        });
        jobs.onChange(() -> {
            if (!area.isDisposed()) {
                area.getDisplay().asyncExec(this::startPolling);
            }
        });
        refresh();
        return area;
    }

    @Override
    protected int computeWidth(Control control) {
        return control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
    }

    /** The job the bar shows (the newest): cancelled by the button. */
    private void cancelNewest() {
        List<Jobs.Job<?>> running = jobs.running();
        if (!running.isEmpty()) {
            running.get(running.size() - 1).cancel();
            refresh();
        }
    }

    private void startPolling() {
        if (label == null || label.isDisposed()) {
            return;
        }
        refresh();
        if (!polling && !jobs.running().isEmpty()) {
            polling = true;
            label.getDisplay().timerExec(POLL_MILLIS, this::poll);
        }
    }

    private void poll() {
        if (label.isDisposed()) {
            return;
        }
        refresh();
        if (jobs.running().isEmpty()) {
            polling = false;
        } else {
            label.getDisplay().timerExec(POLL_MILLIS, this::poll);
        }
    }

    /** Shows the newest running job (and how many others), or nothing. */
    void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        List<Jobs.Job<?>> running = jobs.running();
        if (running.isEmpty()) {
            label.setText("");
            label.setToolTipText(null);
            bar.setSelection(0);
            bar.setVisible(false);
            cancel.setEnabled(false);
            buttons.setVisible(false);
            return;
        }
        Jobs.Job<?> job = running.get(running.size() - 1);
        Jobs.Monitor monitor = job.monitor;
        String text = monitor.canceled ? messages.format("progress.cancelling", job.name)
                : running.size() > 1 ? messages.format("progress.more", job.name, running.size() - 1) : job.name;
        label.setText(text);
        label.setToolTipText(monitor.subTask.isEmpty() ? text : text + ": " + monitor.subTask);
        int percent = monitor.percent();
        if (percent < 0) {
            // unknown total: a moving bar says that something happens
            pulse = (pulse + 7) % 100;
            percent = pulse;
        }
        bar.setVisible(true);
        buttons.setVisible(true);
        bar.setSelection(percent);
        cancel.setEnabled(!monitor.canceled);
        cancel.setToolTipText(messages.format("progress.cancelJob", job.name));
    }

    /** For tests: the label's text, the bar's visibility and the cancel button's state. */
    public String labelText() {
        return label.getText();
    }

    public ToolItem cancelButton() {
        return cancel;
    }

    public ProgressBar bar() {
        return bar;
    }
}
