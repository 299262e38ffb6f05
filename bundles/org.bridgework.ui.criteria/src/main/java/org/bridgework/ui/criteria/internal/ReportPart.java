package org.bridgework.ui.criteria.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.ConsensusReport;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The consensus report as the service gives it, the same as the appendix carries: the ACCORD checklist item by item,
 * then the supporting tables (panel by kind of organisation, rounds with the consensus definition, the outcome for each
 * criterion) and the ACCORD items still missing. Read-only; follows every change.
 */
final class ReportPart implements Part {

    private static final Messages MESSAGES = Messages.of(ReportPart.class);
    private static final int MAX_COLUMN = 420;

    private final PartContext context;
    private final ConsensusService consensus;
    private final ScrolledComposite scroll;
    private final Composite body;
    private final Font bold;
    final Label definition;
    final List<Table> tables = new ArrayList<>();

    /** The ACCORD items the project cannot fill, under the tables. */
    Label missing;

    ReportPart(Composite parent, PartContext context, ConsensusService consensus) {
        this.context = context;
        this.consensus = consensus;
        bold = context.resources().create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(6, 6).applyTo(body);
        definition = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(definition);
        scroll.setContent(body);
        scroll.addListener(SWT.Resize, e -> CriteriaPart.fit(scroll, body));
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                refresh();
            }

            @Override
            public void projectClosed(Project project) {
                refresh();
            }

            @Override
            public void projectChanged(Project project) {
                refresh();
            }
        });
        refresh();
    }

    void refresh() {
        if (body.isDisposed()) {
            return;
        }
        for (Control c : body.getChildren()) {
            if (c != definition) {
                c.dispose();
            }
        }
        tables.clear();
        ConsensusReport report = context.project().map(p -> consensus.report(p.root())).orElse(null);
        if (report == null) {
            definition.setText(MESSAGES.get("dashboard.noProject"));
        } else {
            definition.setText(MESSAGES.format("report.definition", "",
                    MESSAGES.get(report.scale() == org.bridgework.model.ConsensusScale.AGREE_NEUTRAL_DISAGREE ? "report.scale3" : "report.scale9"),
                    report.panel().size(), report.rounds().size()));
            List<ConsensusReport.Table> all = new java.util.ArrayList<>();
            all.add(report.accordTable()); // the report follows ACCORD item by item; the tables support it
            all.addAll(report.tables());
            for (ConsensusReport.Table t : all) {
                Label caption = new Label(body, SWT.WRAP);
                caption.setFont(bold);
                caption.setText(t.caption());
                GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(caption);
                Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
                table.setHeaderVisible(true);
                table.setLinesVisible(true);
                table.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                    @Override
                    public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                        e.result = t.caption();
                    }
                });
                for (String c : t.columns()) {
                    new TableColumn(table, SWT.LEFT).setText(c);
                }
                for (List<String> row : t.rows()) {
                    new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
                }
                for (TableColumn c : table.getColumns()) {
                    c.pack();
                    if (c.getWidth() > MAX_COLUMN) {
                        c.setWidth(MAX_COLUMN);
                        c.setToolTipText(MESSAGES.get("report.wide"));
                    }
                }
                GridDataFactory.fillDefaults().grab(true, false).hint(300, table.computeSize(SWT.DEFAULT, SWT.DEFAULT).y).applyTo(table);
                tables.add(table);
            }
        }
        if (report != null) {
            missing = new Label(body, SWT.WRAP);
            missing.setText(report.missingItems().isEmpty() ? MESSAGES.get("report.accord.complete")
                    : MESSAGES.format("report.accord.missing", report.missingItems().size(), report.accord().size(),
                            String.join("; ", report.missingItems().stream().map(i -> i.number() + " " + i.topic()).toList())));
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(missing);
        }
        body.layout(true, true);
        CriteriaPart.fit(scroll, body);
    }

    @Override
    public void setFocus() {
        if (!tables.isEmpty()) {
            tables.get(0).setFocus();
        } else {
            body.setFocus();
        }
    }
}
