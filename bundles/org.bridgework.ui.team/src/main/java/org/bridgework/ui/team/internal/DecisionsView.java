package org.bridgework.ui.team.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bridgework.core.api.Project;
import org.bridgework.model.Decision;
import org.bridgework.model.Identified;
import org.bridgework.model.ReviewComment;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

/** The Decisions view: the project's decision log (what, why, who, when, what it concerns), in the Review perspective. */
@Component(service = ViewContribution.class)
public class DecisionsView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(DecisionsView.class);

    static final String ID = "org.bridgework.ui.team.decisions";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/decisions.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.decisions.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.REVIEW);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(viewer, MESSAGES.get("decisions.column.decidedOn"), 90, d -> d.getDecidedOn() == null ? "" : d.getDecidedOn().toString());
        column(viewer, MESSAGES.get("decisions.column.what"), 260, Decision::getTitle);
        column(viewer, MESSAGES.get("decisions.column.why"), 260, Decision::getRationale);
        column(viewer, MESSAGES.get("decisions.column.decidedBy"), 140, Decision::getDecidedBy);
        column(viewer, MESSAGES.get("decisions.column.about"), 200, d -> {
            List<String> about = d.getElements().stream().map(Identified::getId).collect(Collectors.toList());
            d.getComments().stream().map(ReviewComment::getId).map(id -> MESSAGES.format("decisions.about.comment", id)).forEach(about::add);
            return String.join(", ", about);
        });
        Runnable refresh = () -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.setInput(context.project().map(p -> p.root().getDecisions().toArray()).orElse(new Object[0]));
            }
        };
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                refresh.run();
            }

            @Override
            public void projectClosed(Project project) {
                refresh.run();
            }

            @Override
            public void projectChanged(Project project) {
                refresh.run();
            }
        });
        context.setSelectionProvider(viewer);
        refresh.run();
        return new Part() {
            @Override
            public void setFocus() {
                viewer.getControl().setFocus();
            }
        };
    }

    private static void column(TableViewer viewer, String title, int width, java.util.function.Function<Decision, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Decision) element);
                return s == null ? "" : s;
            }
        });
    }
}
