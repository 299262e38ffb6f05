package org.bridgework.ui.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.TermLists;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Sector;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Reader Lens view: every term the reader lens checks for the open project (the shipped HE and NHS lists beside
 * the glossary), with its plain wording and source; the selected term's plain wording is set for the project, or the
 * term turned off or on, each as one undoable command ({@link TermLists#adapt}).
 */
final class ReaderLensPart implements Part {

    private static final Messages MESSAGES = Messages.of(ReaderLensPart.class);

    static final String ALL_SECTORS = MESSAGES.get("lens.sector.all");

    private final PartContext context;
    private final TermLists lists;
    final Text filter;
    final Combo sector;
    final TableViewer viewer;
    final Text plain;
    final Button applyWording;
    final Button toggle;
    final Label detail;

    ReaderLensPart(Composite parent, PartContext context, TermLists lists) {
        this.context = context;
        this.lists = lists;
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(4, false));
        new Label(bar, SWT.NONE).setText(MESSAGES.get("lens.find.label"));
        filter = new Text(bar, SWT.BORDER | SWT.SEARCH);
        filter.setMessage(MESSAGES.get("lens.find.message"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(MESSAGES.get("lens.sector.label"));
        sector = new Combo(bar, SWT.READ_ONLY);
        sector.setItems(ALL_SECTORS, MESSAGES.get("lens.sector.he"), MESSAGES.get("lens.sector.nhs"));
        sector.select(0);

        viewer = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = MESSAGES.get("lens.table.name");
            }
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(MESSAGES.get("lens.column.term"), 170, t -> t.term() + (t.otherNames().isEmpty() ? "" : " (" + String.join(", ", t.otherNames()) + ")"));
        column(MESSAGES.get("lens.column.sector"), 60, t -> t.sector() == Sector.HE ? "HE" : t.sector() == Sector.NHS ? "NHS" : "");
        column(MESSAGES.get("lens.column.from"), 80, ReaderLensPart::origin);
        column(MESSAGES.get("lens.column.checked"), 70, t -> t.disabled() ? MESSAGES.get("lens.checked.off") : t.sector() == Sector.HE || t.sector() == Sector.NHS ? MESSAGES.get("lens.checked.on") : MESSAGES.get("lens.checked.notSector"));
        column(MESSAGES.get("lens.column.plain"), 300, t -> nz(t.plainWording()));
        column(MESSAGES.get("lens.column.source"), 260, t -> nz(t.sourceUrl()));

        Composite edit = new Composite(root, SWT.NONE);
        edit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        edit.setLayout(new GridLayout(4, false));
        new Label(edit, SWT.NONE).setText(MESSAGES.get("lens.plain.label"));
        plain = new Text(edit, SWT.BORDER);
        plain.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        plain.setToolTipText(MESSAGES.get("lens.plain.tip"));
        plain.addListener(SWT.DefaultSelection, e -> applyWording());
        applyWording = new Button(edit, SWT.PUSH);
        applyWording.setText(MESSAGES.get("lens.button.use"));
        applyWording.setToolTipText(MESSAGES.get("lens.button.use.tip"));
        applyWording.addListener(SWT.Selection, e -> applyWording());
        toggle = new Button(edit, SWT.PUSH);
        toggle.setText(MESSAGES.get("lens.button.off"));
        toggle.setToolTipText(MESSAGES.get("lens.button.toggle.tip"));
        toggle.addListener(SWT.Selection, e -> toggle());
        detail = new Label(root, SWT.WRAP);
        GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false);
        dd.widthHint = 500;
        detail.setLayoutData(dd);

        filter.addListener(SWT.Modify, e -> refilter());
        sector.addListener(SWT.Selection, e -> refilter());
        viewer.addSelectionChangedListener(e -> showSelected());
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project p) {
                refilter();
            }

            @Override
            public void projectClosed(Project p) {
                refilter();
            }

            @Override
            public void projectChanged(Project p) {
                refilter();
            }
        });
        refilter();
    }

    private static String origin(TermLists.LensTerm t) {
        return switch (t.origin()) {
            case SHIPPED -> MESSAGES.get("lens.origin.shipped");
            case PROJECT -> MESSAGES.get("lens.origin.glossary");
            case ADAPTED -> MESSAGES.get("lens.origin.adapted");
        };
    }

    private void column(String title, int width, java.util.function.Function<TermLists.LensTerm, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((TermLists.LensTerm) element);
            }

            @Override
            public String getToolTipText(Object element) {
                TermLists.LensTerm t = (TermLists.LensTerm) element;
                return nz(t.definition()) + (t.sourceName() == null ? ""
                        : "\n\n" + MESSAGES.format(t.sourceChecked() ? "lens.source" : "lens.source.unchecked", t.sourceName()));
            }
        });
    }

    private GuidanceProject root() {
        return context.project().map(Project::root).orElse(null);
    }

    /** The terms passing the filters. */
    List<TermLists.LensTerm> shown() {
        GuidanceProject root = root();
        List<TermLists.LensTerm> all = root == null ? lists.shipped() : lists.effective(root);
        String f = filter.getText().strip().toLowerCase(Locale.ROOT);
        Sector s = sector.getSelectionIndex() == 1 ? Sector.HE : sector.getSelectionIndex() == 2 ? Sector.NHS : null;
        List<TermLists.LensTerm> out = new ArrayList<>();
        for (TermLists.LensTerm t : all) {
            String hay = (t.term() + " " + String.join(" ", t.otherNames()) + " " + nz(t.plainWording()) + " " + nz(t.definition())).toLowerCase(Locale.ROOT);
            if ((s == null || t.sector() == s) && (f.isEmpty() || hay.contains(f))) {
                out.add(t);
            }
        }
        return out;
    }

    void refilter() {
        String keep = selected() == null ? null : selected().term();
        List<TermLists.LensTerm> terms = shown();
        viewer.setInput(terms);
        if (keep != null) {
            terms.stream().filter(t -> t.term().equals(keep)).findFirst()
                    .ifPresent(t -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(t), true));
        }
        showSelected();
    }

    TermLists.LensTerm selected() {
        return viewer.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof TermLists.LensTerm t ? t : null;
    }

    private void showSelected() {
        TermLists.LensTerm t = selected();
        boolean on = t != null && context.editingDomain().isPresent();
        plain.setEnabled(on);
        applyWording.setEnabled(on);
        toggle.setEnabled(on);
        if (t == null) {
            if (!plain.isFocusControl()) {
                plain.setText("");
            }
            detail.setText(MESSAGES.format("lens.detail.count", viewer.getTable().getItemCount()));
        } else {
            if (!plain.isFocusControl()) {
                plain.setText(nz(t.plainWording()));
            }
            toggle.setText(t.disabled() ? MESSAGES.get("lens.button.on") : MESSAGES.get("lens.button.off"));
            detail.setText(t.term() + (t.expansion() == null ? "" : " (" + t.expansion() + ")") + ": " + nz(t.definition())
                    + (t.sourceName() == null ? "" : " " + MESSAGES.format(t.sourceChecked() ? "lens.source" : "lens.source.unchecked", t.sourceName())
                            + ".")
                    + (context.editingDomain().isEmpty() ? " " + MESSAGES.get("lens.detail.openProject") : ""));
        }
        toggle.getParent().layout(true);
        detail.getParent().layout(true);
    }

    /** Sets the typed plain wording for the selected term as one undoable command; false when nothing changed. */
    boolean applyWording() {
        TermLists.LensTerm t = selected();
        if (t == null || root() == null || context.editingDomain().isEmpty()) {
            return false;
        }
        if (plain.getText().strip().equals(nz(t.plainWording()))) {
            context.statusLine().setMessage(MESSAGES.get("lens.status.unchanged"));
            return false;
        }
        return execute(lists.adapt(context.editingDomain().get(), root(), t.term(), plain.getText(), null));
    }

    /** Turns the selected term off (or on again) for the project as one undoable command. */
    boolean toggle() {
        TermLists.LensTerm t = selected();
        if (t == null || root() == null || context.editingDomain().isEmpty()) {
            return false;
        }
        return execute(lists.adapt(context.editingDomain().get(), root(), t.term(), null, !t.disabled()));
    }

    private boolean execute(org.eclipse.emf.common.command.Command command) {
        if (!command.canExecute()) {
            return false;
        }
        return context.execute(command);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }
}
