package org.bridgework.ui.casestudies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.casestudies.api.CollectionPipeline;
import org.bridgework.casestudies.api.CollectionPipeline.Entry;
import org.bridgework.core.api.Project;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Milestone;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The collection board: a column per status with a card per case study (its title, since when, and an overdue or
 * due-soon flag from the milestones). A case study moves to the next status with the button, its menu or Ctrl+Right,
 * dated with the date chosen above the board; Enter or a double-click opens it in the case study editor.
 */
final class CollectionBoard implements Part {

    private static final Messages MESSAGES = Messages.of(CollectionBoard.class);

    /** The columns, in the order of the pipeline. */
    static final List<CollectionStatus> COLUMNS = List.of(CollectionStatus.IDENTIFIED, CollectionStatus.ENGAGED, CollectionStatus.TEMPLATE_SENT,
            CollectionStatus.RETURNED, CollectionStatus.VERIFIED, CollectionStatus.APPROVED, CollectionStatus.WITHDRAWN);
    /** Narrower columns scroll sideways. */
    static final int MIN_COLUMN = 125;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final PartContext context;
    private final CollectionPipeline pipeline;
    private final Clock clock;
    private final Selection selection = new Selection();

    final Composite root;
    final Label deadline;
    final DateTime date;
    final Button next;
    final Button withdraw;
    final Map<CollectionStatus, Label> headers = new EnumMap<>(CollectionStatus.class);
    final Map<CollectionStatus, Table> columns = new EnumMap<>(CollectionStatus.class);
    private final Map<CaseStudy, Entry> entries = new java.util.HashMap<>();
    private final Font bold;
    private CaseStudy selected;

    CollectionBoard(Composite parent, PartContext context, CollectionPipeline pipeline, Clock clock) {
        this.context = context;
        this.pipeline = pipeline;
        this.clock = clock;
        this.bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);

        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(root);

        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(8, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        deadline = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(deadline);
        Label dateLabel = new Label(bar, SWT.NONE);
        dateLabel.setText(MESSAGES.get("board.date.label"));
        date = new DateTime(bar, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        date.setToolTipText(MESSAGES.get("board.date.tip"));
        LocalDate today = LocalDate.now(clock);
        date.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
        next = new Button(bar, SWT.PUSH);
        next.setText(MESSAGES.get("board.button.next"));
        next.setToolTipText(MESSAGES.get("board.button.next.tip"));
        next.addListener(SWT.Selection, e -> moveNext());
        withdraw = new Button(bar, SWT.PUSH);
        withdraw.setText(MESSAGES.get("board.button.withdraw"));
        withdraw.setToolTipText(MESSAGES.get("board.button.withdraw.tip"));
        withdraw.addListener(SWT.Selection, e -> move(selected, CollectionStatus.WITHDRAWN));

        ScrolledComposite scroll = new ScrolledComposite(root, SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinWidth(COLUMNS.size() * MIN_COLUMN);
        scroll.setMinHeight(200);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        Composite board = new Composite(scroll, SWT.NONE);
        scroll.setContent(board);
        GridLayoutFactory.fillDefaults().numColumns(COLUMNS.size()).equalWidth(true).spacing(6, 4).applyTo(board);
        for (CollectionStatus s : COLUMNS) {
            Label h = new Label(board, SWT.NONE);
            h.setFont(bold);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(h);
            headers.put(s, h);
        }
        for (CollectionStatus s : COLUMNS) {
            Table t = new Table(board, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
            t.setData("status", s);
            t.setToolTipText(MESSAGES.format("board.column.tip", Texts.choice(s)));
            GridDataFactory.fillDefaults().grab(true, true).hint(80, 200).applyTo(t);
            cards(t);
            t.addListener(SWT.Selection, e -> select(t, e.item == null ? null : (CaseStudy) e.item.getData()));
            t.addListener(SWT.DefaultSelection, e -> open());
            t.addListener(SWT.KeyDown, e -> key(t, e));
            t.addListener(SWT.MenuDetect, e -> t.setMenu(menu(t)));
            columns.put(s, t);
        }
        Label help = new Label(root, SWT.WRAP);
        help.setText(MESSAGES.get("board.help"));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(help);

        context.setSelectionProvider(selection);
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

    // --- the cards

    private void cards(Table t) {
        t.addListener(SWT.MeasureItem, e -> {
            e.height = e.gc.getFontMetrics().getHeight() * 4 + 14;
            e.width = Math.max(e.width, t.getClientArea().width);
        });
        t.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
        t.addListener(SWT.PaintItem, e -> paint(t, (TableItem) e.item, e.gc, e));
    }

    private void paint(Table t, TableItem item, GC gc, Event e) {
        CaseStudy cs = (CaseStudy) item.getData();
        Entry entry = entries.get(cs);
        if (cs == null || entry == null) {
            return;
        }
        boolean sel = (e.detail & SWT.SELECTED) != 0;
        Rectangle r = item.getBounds();
        Rectangle area = t.getClientArea();
        r.x = area.x;
        int width = area.width;
        int line = gc.getFontMetrics().getHeight();
        Color fg = gc.getForeground();
        gc.setForeground(t.getDisplay().getSystemColor(entry.overdue() ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.setLineWidth(entry.overdue() ? 2 : 1);
        gc.drawRoundRectangle(r.x + 2, r.y + 2, width - 5, r.height - 5, 8, 8);
        gc.setLineWidth(1);
        gc.setForeground(fg);
        int x = r.x + 8;
        int max = width - 16;
        gc.setFont(bold);
        List<String> title = wrap(gc, Texts.nz(cs.getTitle()).isEmpty() ? cs.getId() : cs.getTitle(), max, 2);
        for (int i = 0; i < title.size(); i++) {
            gc.drawString(title.get(i), x, r.y + 5 + i * line, true);
        }
        gc.setFont(t.getFont());
        String since = entry.since() == null ? MESSAGES.get("board.card.noDate") : MESSAGES.format("board.card.since", DAY.format(entry.since()));
        String flag = entry.overdue() ? MESSAGES.get("board.card.overdue") : entry.dueSoon() ? MESSAGES.get("board.card.dueSoon") : "";
        int y = r.y + 5 + 2 * line;
        gc.drawString(fit(gc, since, max), x, y, true);
        if (!flag.isEmpty()) {
            gc.setFont(bold);
            if (!sel) {
                gc.setForeground(t.getDisplay().getSystemColor(entry.overdue() ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
            }
            gc.drawString(fit(gc, flag, max), x, y + line, true);
            gc.setForeground(fg);
            gc.setFont(t.getFont());
        }
    }

    private static List<String> wrap(GC gc, String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && out.size() < lines) {
            if (out.size() == lines - 1 || gc.textExtent(rest).x <= width) {
                out.add(fit(gc, rest, width));
                break;
            }
            int cut = rest.length();
            while (cut > 0 && gc.textExtent(rest.substring(0, cut)).x > width) {
                int space = rest.lastIndexOf(' ', cut - 1);
                cut = space > 0 ? space : cut - 1;
            }
            cut = Math.max(cut, 1);
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        return out;
    }

    private static String fit(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "\u2026").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
    }

    // --- following the model

    void refresh() {
        if (root.isDisposed()) {
            return;
        }
        entries.clear();
        var project = context.project().map(Project::root).orElse(null);
        Map<CollectionStatus, List<Entry>> by = new EnumMap<>(CollectionStatus.class);
        COLUMNS.forEach(s -> by.put(s, new ArrayList<>()));
        LocalDate today = LocalDate.now(clock);
        long overdue = 0;
        if (project != null) {
            for (Entry e : pipeline.board(project, today)) {
                by.get(e.status()).add(e);
                entries.put(e.caseStudy(), e);
                overdue += e.overdue() ? 1 : 0;
            }
            Milestone m = pipeline.deadline(project);
            deadline.setText(m == null || m.getDate() == null
                    ? MESSAGES.get("board.deadline.none")
                    : MESSAGES.format("board.deadline", DAY.format(m.getDate()), Texts.nz(m.getTitle()), overdue));
        } else {
            deadline.setText(MESSAGES.get("board.deadline.noProject"));
        }
        for (CollectionStatus s : COLUMNS) {
            List<Entry> list = by.get(s);
            headers.get(s).setText(MESSAGES.format("board.column.header", Texts.choice(s), list.size()));
            Table t = columns.get(s);
            t.setRedraw(false);
            t.removeAll();
            for (Entry e : list) {
                TableItem item = new TableItem(t, SWT.NONE);
                item.setData(e.caseStudy());
                item.setText(e.overdue() ? MESSAGES.format("board.item.overdue", Texts.nz(e.caseStudy().getTitle()))
                        : e.dueSoon() ? MESSAGES.format("board.item.dueSoon", Texts.nz(e.caseStudy().getTitle())) : Texts.nz(e.caseStudy().getTitle()));
            }
            t.setRedraw(true);
        }
        if (selected != null && !entries.containsKey(selected)) {
            selected = null;
        }
        if (selected != null) {
            Table t = columns.get(entries.get(selected).status());
            for (int i = 0; i < t.getItemCount(); i++) {
                if (t.getItem(i).getData() == selected) {
                    t.setSelection(i);
                }
            }
        }
        root.layout(true, true);
        updateButtons();
        selection.fire();
    }

    private void updateButtons() {
        CollectionStatus to = selected == null ? null : nextStatus(selected.getCollectionStatus());
        next.setEnabled(to != null && pipeline.refusal(selected, to) == null);
        next.setText(to == null ? MESSAGES.get("board.button.next") : MESSAGES.format("board.button.moveTo", Texts.choice(to)));
        withdraw.setEnabled(selected != null && pipeline.refusal(selected, CollectionStatus.WITHDRAWN) == null);
        next.getParent().layout(true);
    }

    static CollectionStatus nextStatus(CollectionStatus s) {
        return switch (s) {
            case IDENTIFIED -> CollectionStatus.ENGAGED;
            case ENGAGED -> CollectionStatus.TEMPLATE_SENT;
            case TEMPLATE_SENT -> CollectionStatus.RETURNED;
            case RETURNED -> CollectionStatus.VERIFIED;
            case VERIFIED -> CollectionStatus.APPROVED;
            default -> null;
        };
    }

    // --- acting

    private void select(Table in, CaseStudy cs) {
        for (Table t : columns.values()) {
            if (t != in) {
                t.deselectAll();
            }
        }
        selected = cs;
        updateButtons();
        selection.fire();
    }

    /** Selects a case study's card and gives its column the focus. */
    void select(CaseStudy cs) {
        Entry e = entries.get(cs);
        if (e == null) {
            return;
        }
        Table t = columns.get(e.status());
        for (int i = 0; i < t.getItemCount(); i++) {
            if (t.getItem(i).getData() == cs) {
                t.setSelection(i);
                t.setFocus();
                select(t, cs);
            }
        }
    }

    CaseStudy selected() {
        return selected;
    }

    void moveNext() {
        if (selected != null) {
            CollectionStatus to = nextStatus(selected.getCollectionStatus());
            if (to == null) {
                context.statusLine().setErrorMessage(MESSAGES.format("board.status.last", Texts.nz(selected.getTitle()),
                        Texts.choice(selected.getCollectionStatus()).toLowerCase(Locale.ROOT)));
                return;
            }
            move(selected, to);
        }
    }

    void move(CaseStudy cs, CollectionStatus to) {
        if (cs == null) {
            return;
        }
        LocalDate day = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        String refusal = pipeline.refusal(cs, to, day);
        if (refusal != null) {
            context.statusLine().setErrorMessage(refusal);
            return;
        }
        CollectionStatus from = cs.getCollectionStatus();
        if (context.execute(pipeline.advance(context.editingDomain().orElse(null), cs, to, day, null))) {
            context.statusLine().setErrorMessage(null);
            context.statusLine().setMessage(MESSAGES.format("board.status.moved", Texts.nz(cs.getTitle()), Texts.choice(from), Texts.choice(to), DAY.format(day)));
            select(cs);
        }
    }

    private void open() {
        if (selected != null) {
            context.openEditor(selected);
        }
    }

    private void key(Table t, Event e) {
        if (e.keyCode == SWT.ARROW_RIGHT && (e.stateMask & SWT.MOD1) != 0) {
            moveNext();
            e.doit = false;
        } else if ((e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_LEFT) && e.stateMask == 0) {
            int i = COLUMNS.indexOf((CollectionStatus) t.getData("status")) + (e.keyCode == SWT.ARROW_RIGHT ? 1 : -1);
            if (i >= 0 && i < COLUMNS.size()) {
                Table to = columns.get(COLUMNS.get(i));
                to.setFocus();
                if (to.getItemCount() > 0) {
                    to.setSelection(0);
                    select(to, (CaseStudy) to.getItem(0).getData());
                }
            }
            e.doit = false;
        }
    }

    private Menu menu(Table t) {
        Menu old = t.getMenu();
        if (old != null) {
            old.dispose();
        }
        Menu m = new Menu(t);
        if (selected == null) {
            return m;
        }
        CaseStudy cs = selected;
        MenuItem open = new MenuItem(m, SWT.PUSH);
        open.setText(MESSAGES.get("board.menu.open"));
        open.addListener(SWT.Selection, e -> context.openEditor(cs));
        CollectionStatus to = nextStatus(cs.getCollectionStatus());
        if (to != null) {
            MenuItem n = new MenuItem(m, SWT.PUSH);
            n.setText(MESSAGES.format("board.menu.moveTo", Texts.choice(to)));
            n.addListener(SWT.Selection, e -> move(cs, to));
        }
        MenuItem moveTo = new MenuItem(m, SWT.CASCADE);
        moveTo.setText(MESSAGES.get("board.menu.moveToSubmenu"));
        Menu sub = new Menu(moveTo);
        moveTo.setMenu(sub);
        for (CollectionStatus s : COLUMNS) {
            MenuItem i = new MenuItem(sub, SWT.PUSH);
            i.setText(Texts.choice(s));
            String refusal = pipeline.refusal(cs, s);
            i.setEnabled(refusal == null);
            i.addListener(SWT.Selection, e -> move(cs, s));
        }
        return m;
    }

    @Override
    public void setFocus() {
        for (CollectionStatus s : COLUMNS) {
            Table t = columns.get(s);
            if (t.getItemCount() > 0) {
                t.setFocus();
                return;
            }
        }
        next.setFocus();
    }

    /** The selected card as the workbench selection (Properties follows it). */
    private final class Selection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public ISelection getSelection() {
            return selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected);
        }

        @Override
        public void setSelection(ISelection s) {
            if (s instanceof StructuredSelection ss && ss.getFirstElement() instanceof CaseStudy cs) {
                select(cs);
            }
        }

        void fire() {
            SelectionChangedEvent e = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(e);
            }
        }
    }
}
