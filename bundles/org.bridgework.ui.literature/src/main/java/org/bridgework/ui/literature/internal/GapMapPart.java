package org.bridgework.ui.literature.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.DisplayText;
import org.bridgework.core.api.Project;
import org.bridgework.literature.api.EvidenceGapMaps;
import org.bridgework.literature.api.GapMap;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Extract;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The evidence gap map as a heatmap: a row per challenge, a column per kind of evidence (source types, case
 * studies), each cell coloured by the strength of its evidence with its count written in it, and a legend.
 * Clicking a cell (or moving to it with the arrow keys) lists its extracts or case studies below; a double-click
 * there opens the source. Exports: CSV and SVG (the core's, byte for byte as on the command line) and PNG (this
 * drawing).
 */
final class GapMapPart implements Part {

    private static final Messages MESSAGES = Messages.of(GapMapPart.class);

    /** ColorBrewer Blues, as in the core's SVG: none, weak, moderate, strong. */
    static final List<RGB> FILL = List.of(new RGB(0xff, 0xff, 0xff), new RGB(0xc6, 0xdb, 0xef), new RGB(0x6b, 0xae, 0xd6), new RGB(0x21, 0x71, 0xb5));
    static final List<RGB> INK = List.of(new RGB(0x59, 0x59, 0x59), new RGB(0x08, 0x30, 0x6b), new RGB(0x08, 0x30, 0x6b), new RGB(0xff, 0xff, 0xff));
    static final List<String> STRENGTH = List.of(MESSAGES.get("gapmap.strength.none"), MESSAGES.get("gapmap.strength.weak"), MESSAGES.get("gapmap.strength.moderate"), MESSAGES.get("gapmap.strength.strong"));
    /** Confidence (GRADE-CERQual) where a challenge's evidence was assessed, as in the core's SVG: high, moderate, low, very low. */
    static final List<RGB> CONFIDENCE_FILL = List.of(new RGB(0x1b, 0x78, 0x37), new RGB(0xa6, 0xdb, 0xa0), new RGB(0xfd, 0xb8, 0x63), new RGB(0xb3, 0x58, 0x06));
    static final List<RGB> CONFIDENCE_INK = List.of(new RGB(0xff, 0xff, 0xff), new RGB(0x00, 0x44, 0x1b), new RGB(0x2d, 0x00, 0x4b), new RGB(0xff, 0xff, 0xff));
    static final List<String> LEVELS = List.of(MESSAGES.get("gapmap.level.notAssessed"), MESSAGES.get("gapmap.level.high"), MESSAGES.get("gapmap.strength.moderate"), MESSAGES.get("gapmap.level.low"), MESSAGES.get("gapmap.level.veryLow"));
    static final List<String> CONCERNS = List.of(MESSAGES.get("gapmap.level.notAssessed"), MESSAGES.get("gapmap.strength.none"), MESSAGES.get("gapmap.concern.minor"), MESSAGES.get("gapmap.strength.moderate"), MESSAGES.get("gapmap.concern.serious"));

    static final int MARGIN = 10;
    static final int ROW_HEADER = 300;
    static final int CELL_W = 104;
    static final int CELL_H = 30;
    static final int HEADER_H = 44;
    static final int LEGEND_H = 64;

    private final PartContext context;
    private final EvidenceGapMaps maps;
    final Canvas canvas;
    private final ScrolledComposite scroll;
    final Label cellTitle;
    final TableViewer items;
    final Button exportCsv;
    final Button exportSvg;
    final Button exportPng;
    private final Color[] fills = new Color[4];
    private final Color[] inks = new Color[4];
    private final Color[] confidenceFills = new Color[4];
    private final Color[] confidenceInks = new Color[4];
    /** The selected challenge's confidence: level, the four GRADE-CERQual concerns, reasons, Apply. */
    final org.eclipse.swt.widgets.Combo level;
    final List<org.eclipse.swt.widgets.Combo> concerns = new ArrayList<>();
    final org.eclipse.swt.widgets.Text reasons;
    final Button applyConfidence;
    final Label confidenceTitle;
    /** What the confidence fields judge: the selected cell (0) or its whole challenge (1). */
    final org.eclipse.swt.widgets.Combo scope;
    static final List<String> SCOPES = List.of(MESSAGES.get("gapmap.scope.cell"), MESSAGES.get("gapmap.scope.challenge"));
    private final Color grid;
    private final Font bold;
    GapMap map;
    /** The selected cell, or -1. */
    int selectedRow = -1;
    int selectedColumn = -1;

    /** A line of the list under the map: an extract or a case study. */
    record Item(EObject element, String from, String kind, String text, String locator) {
    }

    GapMapPart(Composite parent, PartContext context, EvidenceGapMaps maps) {
        this.context = context;
        this.maps = maps;
        Display display = parent.getDisplay();
        for (int i = 0; i < 4; i++) {
            fills[i] = context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(FILL.get(i)));
            inks[i] = context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(INK.get(i)));
            confidenceFills[i] = context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(CONFIDENCE_FILL.get(i)));
            confidenceInks[i] = context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(CONFIDENCE_INK.get(i)));
        }
        grid = context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0xbd, 0xbd, 0xbd)));
        FontData[] data = display.getSystemFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = context.resources().create(org.eclipse.jface.resource.FontDescriptor.createFrom(data));

        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(root);
        Label intro = new Label(root, SWT.WRAP);
        intro.setText(MESSAGES.get("gapmap.intro"));
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(intro);
        exportCsv = button(root, MESSAGES.get("gapmap.button.exportCsv"), MESSAGES.get("gapmap.button.exportCsv.tip"));
        exportSvg = button(root, MESSAGES.get("gapmap.button.exportSvg"), MESSAGES.get("gapmap.button.exportSvg.tip"));
        exportPng = button(root, MESSAGES.get("gapmap.button.exportPng"), MESSAGES.get("gapmap.button.exportPng.tip"));
        exportCsv.addListener(SWT.Selection, e -> chooseAndExport("csv"));
        exportSvg.addListener(SWT.Selection, e -> chooseAndExport("svg"));
        exportPng.addListener(SWT.Selection, e -> chooseAndExport("png"));

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(sash);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        canvas = new Canvas(scroll, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            Point cell = cellAt(e.x, e.y);
            if (cell != null) {
                select(cell.y, cell.x);
            }
        });
        canvas.addListener(SWT.KeyDown, e -> move(e.keyCode));
        canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(hoverText(e.x, e.y)));
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
        canvas.setToolTipText(CANVAS_TIP);
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = MESSAGES.format("gapmap.canvas.name", describeSelection());
            }
        });

        Composite below = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(below);
        cellTitle = new Label(below, SWT.WRAP);
        cellTitle.setText(MESSAGES.get("gapmap.cells.select"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cellTitle);
        Composite confidence = new Composite(below, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 2).applyTo(confidence); // the six drop-downs; then Reasons, its field, Apply
        GridDataFactory.fillDefaults().grab(true, false).applyTo(confidence);
        confidenceTitle = new Label(confidence, SWT.WRAP);
        confidenceTitle.setText(MESSAGES.get("gapmap.confidence.select"));
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(confidenceTitle);
        scope = combo(confidence, MESSAGES.get("gapmap.confidence.judge"), SCOPES, MESSAGES.get("gapmap.confidence.judge.tip"));
        scope.addListener(SWT.Selection, e -> showConfidence());
        level = combo(confidence, MESSAGES.get("gapmap.confidence.level"), LEVELS, MESSAGES.get("gapmap.confidence.level.tip"));
        for (String component : GapMap.CERQUAL_COMPONENTS) {
            concerns.add(combo(confidence, MESSAGES.format("gapmap.confidence.concerns", component), CONCERNS,
                    MESSAGES.format("gapmap.confidence.concerns.tip", component)));
        }
        Label rl = new Label(confidence, SWT.NONE);
        rl.setText(MESSAGES.get("gapmap.confidence.reasons"));
        reasons = new org.eclipse.swt.widgets.Text(confidence, SWT.BORDER | SWT.SINGLE);
        reasons.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = MESSAGES.get("gapmap.confidence.reasons.name");
            }
        });
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(reasons);
        applyConfidence = new Button(confidence, SWT.PUSH);
        applyConfidence.setText(MESSAGES.get("gapmap.confidence.apply"));
        applyConfidence.setToolTipText(MESSAGES.get("gapmap.confidence.apply.tip"));
        applyConfidence.addListener(SWT.Selection, e -> applyConfidence());
        enableConfidence(false);
        items = new TableViewer(below, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        Table table = items.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        items.setContentProvider(ArrayContentProvider.getInstance());
        itemColumn(MESSAGES.get("gapmap.column.source"), 150, Item::from);
        itemColumn(MESSAGES.get("gapmap.column.kind"), 130, Item::kind);
        itemColumn(MESSAGES.get("gapmap.column.text"), 520, Item::text);
        itemColumn(MESSAGES.get("gapmap.column.locator"), 80, Item::locator);
        items.addDoubleClickListener(e -> {
            if (items.getStructuredSelection().getFirstElement() instanceof Item item) {
                context.openEditor(item.element() instanceof Extract x && x.getSource() != null ? x.getSource() : item.element());
            }
        });
        context.setSelectionProvider(new ElementSelection(items));
        sash.setWeights(62, 38);

        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project project) {
                recompute();
            }

            @Override
            public void projectClosed(Project project) {
                recompute();
            }

            @Override
            public void projectChanged(Project project) {
                recompute();
            }
        });
        recompute();
    }

    private static Button button(Composite parent, String text, String tooltip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tooltip);
        return b;
    }

    private interface ItemText {
        String of(Item item);
    }

    private void itemColumn(String title, int width, ItemText text) {
        TableViewerColumn column = new TableViewerColumn(items, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Item) element);
            }
        });
    }

    // --- the map

    void recompute() {
        if (canvas.isDisposed()) {
            return;
        }
        map = context.project().map(p -> maps.compute(p.root())).orElse(null);
        if (map == null || selectedRow >= map.rows().size() || selectedColumn >= map.columns().size()) {
            selectedRow = -1;
            selectedColumn = -1;
        }
        boolean any = map != null && !map.rows().isEmpty();
        exportCsv.setEnabled(any);
        exportSvg.setEnabled(any);
        exportPng.setEnabled(any);
        scroll.setMinSize(preferredSize());
        canvas.redraw();
        showSelection();
    }

    Point preferredSize() {
        int columns = map == null ? 0 : map.columns().size();
        int rows = map == null ? 0 : Math.max(map.rows().size(), 1);
        // at least as wide as the legend
        return new Point(Math.max(MARGIN * 2 + ROW_HEADER + columns * CELL_W, 520), MARGIN * 2 + HEADER_H + rows * CELL_H + LEGEND_H + 28);
    }

    /** The cell's rectangle on the canvas. */
    Rectangle cellBounds(int row, int column) {
        return new Rectangle(MARGIN + ROW_HEADER + column * CELL_W, MARGIN + HEADER_H + row * CELL_H, CELL_W, CELL_H);
    }

    /** (column, row) of the cell at a point, or null. */
    Point cellAt(int x, int y) {
        if (map == null) {
            return null;
        }
        int column = Math.floorDiv(x - MARGIN - ROW_HEADER, CELL_W);
        int row = Math.floorDiv(y - MARGIN - HEADER_H, CELL_H);
        if (row < 0 || column < 0 || row >= map.rows().size() || column >= map.columns().size()) {
            return null;
        }
        return new Point(column, row);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        draw(gc, true);
    }

    /** Draws the map; the selection and focus only on screen. */
    void draw(GC gc, boolean onScreen) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color black = gc.getDevice().getSystemColor(SWT.COLOR_BLACK);
        if (map == null) {
            gc.setForeground(black);
            gc.drawText(MESSAGES.get("gapmap.canvas.noProject"), MARGIN, MARGIN, true);
            return;
        }
        int fontHeight = gc.getFontMetrics().getHeight();
        // column headers, up to two lines
        gc.setFont(bold);
        gc.setForeground(black);
        gc.drawText(MESSAGES.get("gapmap.canvas.challenge"), MARGIN, MARGIN + HEADER_H - fontHeight - 4, true);
        for (int c = 0; c < map.columns().size(); c++) {
            Rectangle cell = cellBounds(0, c);
            List<String> lines = wrap(gc, map.columns().get(c).label(), CELL_W - 6, 2);
            int y = MARGIN + HEADER_H - 4 - lines.size() * fontHeight;
            for (String line : lines) {
                int w = gc.textExtent(line).x;
                gc.drawText(line, cell.x + (CELL_W - w) / 2, y, true);
                y += fontHeight;
            }
        }
        gc.setFont(null);
        if (map.rows().isEmpty()) {
            gc.drawText(MESSAGES.get("gapmap.canvas.noChallenges"), MARGIN, MARGIN + HEADER_H + 6, true);
        }
        for (int r = 0; r < map.rows().size(); r++) {
            Rectangle first = cellBounds(r, 0);
            gc.setForeground(black);
            String title = ellipsize(gc, DisplayText.quotes(map.rows().get(r).title()), ROW_HEADER - 10);
            gc.drawText(title, MARGIN, first.y + (CELL_H - fontHeight) / 2, true);
            for (int c = 0; c < map.columns().size(); c++) {
                GapMap.Cell cell = map.cell(r, c);
                int s = cell.strength().ordinal();
                Rectangle b = cellBounds(r, c);
                // colour = confidence where the cell's (else its challenge's) evidence was assessed (the number stays the count)
                int lv = map.shownConfidence(r, c).getValue() - 1;
                boolean byConfidence = lv >= 0;
                gc.setBackground(byConfidence ? confidenceFills[lv] : fills[s]);
                gc.fillRectangle(b);
                gc.setForeground(grid);
                gc.drawRectangle(b.x, b.y, b.width, b.height);
                String count = Integer.toString(cell.count());
                Point extent = gc.textExtent(count);
                gc.setForeground(byConfidence ? confidenceInks[lv] : inks[s]);
                gc.drawText(count, b.x + (b.width - extent.x) / 2, b.y + (b.height - extent.y) / 2, true);
            }
        }
        if (onScreen && selectedRow >= 0) {
            Rectangle b = cellBounds(selectedRow, selectedColumn);
            gc.setForeground(black);
            gc.setLineWidth(3);
            gc.drawRectangle(b.x + 1, b.y + 1, b.width - 2, b.height - 2);
            gc.setLineWidth(1);
            if (canvas.isFocusControl()) {
                gc.drawFocus(b.x + 4, b.y + 4, b.width - 7, b.height - 7);
            }
        }
        // legend
        int top = MARGIN + HEADER_H + Math.max(map.rows().size(), 1) * CELL_H + 14;
        gc.setForeground(black);
        String legend = MESSAGES.get("gapmap.legend.strength");
        gc.drawText(legend, MARGIN, top + 2, true);
        int x = MARGIN + gc.textExtent(legend).x + 12;
        for (int k = 0; k < 4; k++) {
            gc.setBackground(fills[k]);
            gc.fillRectangle(x, top, 20, 20);
            gc.setForeground(grid);
            gc.drawRectangle(x, top, 20, 20);
            gc.setForeground(black);
            gc.drawText(STRENGTH.get(k), x + 26, top + 2, true);
            x += 26 + gc.textExtent(STRENGTH.get(k)).x + 18;
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(MESSAGES.get("gapmap.legend.numbers"), MARGIN, top + 28, true);
        if (map.anyConfidence()) {
            int ctop = top + 48;
            gc.setForeground(black);
            String clegend = MESSAGES.get("gapmap.legend.confidence");
            gc.drawText(clegend, MARGIN, ctop + 2, true);
            int cx = MARGIN + gc.textExtent(clegend).x + 12;
            for (int k = 0; k < 4; k++) {
                gc.setBackground(confidenceFills[k]);
                gc.fillRectangle(cx, ctop, 20, 20);
                gc.setForeground(grid);
                gc.drawRectangle(cx, ctop, 20, 20);
                gc.setForeground(black);
                gc.drawText(LEVELS.get(k + 1), cx + 26, ctop + 2, true);
                cx += 26 + gc.textExtent(LEVELS.get(k + 1)).x + 18;
            }
        }
    }

    private static String ellipsize(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && gc.textExtent(s + "\u2026").x > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "\u2026";
    }

    private static List<String> wrap(GC gc, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (gc.textExtent(candidate).x <= width || line.isEmpty()) {
                line = candidate;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, ellipsize(gc, String.join(" ", lines.subList(maxLines - 1, lines.size())), width));
            return cut;
        }
        return lines;
    }

    // --- selection

    /** Selects a cell and lists its evidence. */
    void select(int row, int column) {
        if (map == null || row < 0 || column < 0 || row >= map.rows().size() || column >= map.columns().size()) {
            return;
        }
        selectedRow = row;
        selectedColumn = column;
        canvas.redraw();
        showSelection();
    }

    private void move(int keyCode) {
        if (map == null || map.rows().isEmpty()) {
            return;
        }
        int row = Math.max(selectedRow, 0);
        int column = Math.max(selectedColumn, 0);
        if (selectedRow >= 0) {
            switch (keyCode) {
                case SWT.ARROW_UP -> row = Math.max(0, row - 1);
                case SWT.ARROW_DOWN -> row = Math.min(map.rows().size() - 1, row + 1);
                case SWT.ARROW_LEFT -> column = Math.max(0, column - 1);
                case SWT.ARROW_RIGHT -> column = Math.min(map.columns().size() - 1, column + 1);
                case SWT.HOME -> column = 0;
                case SWT.END -> column = map.columns().size() - 1;
                default -> {
                    return;
                }
            }
        } else if (keyCode != SWT.ARROW_UP && keyCode != SWT.ARROW_DOWN && keyCode != SWT.ARROW_LEFT && keyCode != SWT.ARROW_RIGHT) {
            return;
        }
        select(row, column);
        Rectangle b = cellBounds(row, column);
        Point origin = scroll.getOrigin();
        Rectangle view = scroll.getClientArea();
        int ox = b.x < origin.x + ROW_HEADER ? Math.max(0, b.x - ROW_HEADER - MARGIN) : b.x + b.width > origin.x + view.width ? b.x + b.width - view.width + MARGIN : origin.x;
        int oy = b.y < origin.y + HEADER_H ? Math.max(0, b.y - HEADER_H - MARGIN) : b.y + b.height > origin.y + view.height ? b.y + b.height - view.height + MARGIN : origin.y;
        scroll.setOrigin(ox, oy);
    }

    private static final String CANVAS_TIP = MESSAGES.get("gapmap.canvas.tip");

    /** The tooltip at a point: the cell's description, a challenge's full title, or how to read the map. */
    private String hoverText(int x, int y) {
        Point cell = cellAt(x, y);
        if (cell != null) {
            return MESSAGES.format("gapmap.canvas.cellTip", describe(cell.y, cell.x));
        }
        if (map != null && x < MARGIN + ROW_HEADER) {
            int row = Math.floorDiv(y - MARGIN - HEADER_H, CELL_H);
            if (row >= 0 && row < map.rows().size()) {
                GapMap.Row r = map.rows().get(row);
                return r.category() == null ? r.title() : MESSAGES.format("gapmap.row.withCategory", r.title(), r.category());
            }
        }
        return CANVAS_TIP;
    }

    String describeSelection() {
        if (map == null || selectedRow < 0) {
            return MESSAGES.get("gapmap.canvas.noSelection");
        }
        return describe(selectedRow, selectedColumn);
    }

    private String describe(int selectedRow, int selectedColumn) {
        GapMap.Cell cell = map.cell(selectedRow, selectedColumn);
        GapMap.Column column = map.columns().get(selectedColumn);
        String what = column.kind() == GapMap.Column.Kind.CASE_STUDIES ? MESSAGES.format("gapmap.cell.caseStudies", cell.count())
                : MESSAGES.format("gapmap.cell.extracts", cell.count(), cell.sources());
        GapMap.Row row = map.rows().get(selectedRow);
        int shown = map.shownConfidence(selectedRow, selectedColumn).getValue();
        String strength = STRENGTH.get(cell.strength().ordinal()).toLowerCase();
        return shown == 0 ? MESSAGES.format("gapmap.cell", DisplayText.quotes(row.title()), column.label(), what, strength)
                : MESSAGES.format(cell.assessed() ? "gapmap.cell.confidence" : "gapmap.cell.confidenceOverall", DisplayText.quotes(row.title()),
                        column.label(), what, strength, LEVELS.get(shown).toLowerCase());
    }

    /** A drop-down under a visible label of its own (the label says what it judges; its tool tip says more). */
    private org.eclipse.swt.widgets.Combo combo(Composite parent, String name, List<String> values, String tip) {
        Composite cell = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(cell);
        GridDataFactory.fillDefaults().applyTo(cell);
        Label label = new Label(cell, SWT.NONE);
        String concerns = MESSAGES.format("gapmap.confidence.concerns", ""); // "Concerns: ": the label under it says the component
        String shown = name.startsWith(concerns) ? name.substring(concerns.length()).replace("methodological ", "") : name;
        label.setText(Character.toUpperCase(shown.charAt(0)) + shown.substring(1) + ":");
        label.setToolTipText(tip);
        org.eclipse.swt.widgets.Combo c = new org.eclipse.swt.widgets.Combo(cell, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(values.toArray(String[]::new));
        c.select(0);
        c.setToolTipText(tip);
        c.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
        return c;
    }

    private void enableConfidence(boolean enabled) {
        scope.setEnabled(enabled);
        level.setEnabled(enabled);
        concerns.forEach(c -> c.setEnabled(enabled));
        reasons.setEnabled(enabled);
        applyConfidence.setEnabled(enabled);
    }

    /** The selected row's challenge in the open project, or null. */
    org.bridgework.model.Challenge selectedChallenge() {
        if (map == null || selectedRow < 0) {
            return null;
        }
        String id = map.rows().get(selectedRow).challengeId();
        return context.project().flatMap(p -> p.root().getChallenges().stream().filter(c -> id.equals(c.getId())).findFirst()).orElse(null);
    }

    private void showConfidence() {
        org.bridgework.model.Challenge challenge = selectedChallenge();
        enableConfidence(challenge != null);
        if (challenge == null) {
            confidenceTitle.setText(MESSAGES.get("gapmap.confidence.select"));
            return;
        }
        boolean whole = scope.getSelectionIndex() == 1;
        GapMap.Column column = map.columns().get(selectedColumn);
        confidenceTitle.setText(whole ? MESSAGES.format("gapmap.confidence.titleAll", DisplayText.quotes(map.rows().get(selectedRow).title()))
                : MESSAGES.format("gapmap.confidence.titleColumn", column.label().toLowerCase(java.util.Locale.ROOT),
                        DisplayText.quotes(map.rows().get(selectedRow).title())));
        org.bridgework.model.EvidenceConfidence c = whole ? challenge.getConfidence()
                : org.bridgework.literature.api.EvidenceAppraisal.cellConfidence(challenge, column.id());
        level.select(c == null ? 0 : c.getLevel().getValue());
        List<org.bridgework.model.CerqualConcern> values = c == null ? List.of()
                : List.of(c.getMethodologicalLimitations(), c.getCoherence(), c.getAdequacy(), c.getRelevance());
        for (int k = 0; k < concerns.size(); k++) {
            concerns.get(k).select(k < values.size() ? values.get(k).getValue() : 0);
        }
        reasons.setText(c == null || c.getReasons() == null ? "" : c.getReasons());
    }

    /** Records the confidence shown for the selected challenge as one undoable command (MESSAGES.get("gapmap.level.notAssessed") removes it). */
    void applyConfidence() {
        org.bridgework.model.Challenge challenge = selectedChallenge();
        Project project = context.project().orElse(null);
        if (challenge == null || project == null) {
            return;
        }
        org.bridgework.model.EvidenceConfidenceLevel l = org.bridgework.model.EvidenceConfidenceLevel.get(Math.max(0, level.getSelectionIndex()));
        org.bridgework.model.EvidenceConfidence value = null;
        if (l != org.bridgework.model.EvidenceConfidenceLevel.NOT_ASSESSED) {
            if (reasons.getText().isBlank()) {
                confidenceTitle.setText(MESSAGES.get("gapmap.confidence.needReasons"));
                reasons.setFocus();
                return;
            }
            value = org.bridgework.model.GuidanceFactory.eINSTANCE.createEvidenceConfidence();
            value.setLevel(l);
            value.setMethodologicalLimitations(org.bridgework.model.CerqualConcern.get(Math.max(0, concerns.get(0).getSelectionIndex())));
            value.setCoherence(org.bridgework.model.CerqualConcern.get(Math.max(0, concerns.get(1).getSelectionIndex())));
            value.setAdequacy(org.bridgework.model.CerqualConcern.get(Math.max(0, concerns.get(2).getSelectionIndex())));
            value.setRelevance(org.bridgework.model.CerqualConcern.get(Math.max(0, concerns.get(3).getSelectionIndex())));
            value.setReasons(reasons.getText().strip());
        }
        if (scope.getSelectionIndex() == 1) {
            context.execute(org.eclipse.emf.edit.command.SetCommand.create(project.editingDomain(), challenge,
                    org.bridgework.model.GuidancePackage.Literals.CHALLENGE__CONFIDENCE, value));
            return;
        }
        String kind = map.columns().get(selectedColumn).id();
        if (value != null && map.cell(selectedRow, selectedColumn).count() == 0) {
            confidenceTitle.setText(MESSAGES.get("gapmap.confidence.noEvidence"));
            return;
        }
        if (value == null && org.bridgework.literature.api.EvidenceAppraisal.cellConfidence(challenge, kind) == null) {
            return;
        }
        org.eclipse.emf.common.command.Command command = org.bridgework.literature.api.EvidenceAppraisal.setCellConfidence(project.editingDomain(), challenge, kind, value);
        if (command != null) {
            context.execute(command);
        }
    }

    private void showSelection() {
        if (items.getControl().isDisposed()) {
            return;
        }
        showConfidence();
        if (map == null || selectedRow < 0) {
            cellTitle.setText(map == null ? MESSAGES.get("gapmap.cells.noProject") : MESSAGES.get("gapmap.cells.select"));
            items.setInput(List.of());
            cellTitle.getParent().layout(true, true);
            return;
        }
        cellTitle.setText(describeSelection());
        cellTitle.getParent().layout(true, true);
        items.setInput(items(map.cell(selectedRow, selectedColumn)));
    }

    /** The extracts or case studies of a cell, from the open project. */
    List<Item> items(GapMap.Cell cell) {
        List<Item> list = new ArrayList<>();
        Project project = context.project().orElse(null);
        if (project == null) {
            return list;
        }
        for (String id : cell.extractIds()) {
            if (project.resource().getEObject(id) instanceof Extract x) {
                list.add(new Item(x, x.getSource() == null ? "" : SourceTexts.nonNull(x.getSource().getCitationKey()), SourceTexts.kind(x),
                        SourceTexts.nonNull(x.getText()), SourceTexts.nonNull(x.getLocator())));
            }
        }
        org.bridgework.model.Challenge challenge = selectedChallenge();
        for (String id : cell.caseStudyIds()) {
            if (project.resource().getEObject(id) instanceof CaseStudy cs) {
                list.add(new Item(cs, MESSAGES.get("gapmap.item.caseStudy"), shows(project, cs, challenge), SourceTexts.label(cs), ""));
            }
        }
        return list;
    }

    /** What a case study shows for the challenge: that it addresses it, and the solutions to it that it exemplifies. */
    static String shows(Project project, CaseStudy cs, org.bridgework.model.Challenge challenge) {
        List<String> what = new ArrayList<>();
        if (challenge != null && cs.getChallengesAddressed().contains(challenge)) {
            what.add(MESSAGES.get("gapmap.item.addresses"));
        }
        for (org.bridgework.model.Solution s : project.root().getSolutions()) {
            if (s.getExemplifiedBy().contains(cs) && (challenge == null || s.getAddresses().contains(challenge))) {
                what.add(MESSAGES.format("gapmap.item.shows", s.getTitle() == null ? s.getId() : s.getTitle()));
            }
        }
        return String.join("; ", what);
    }

    // --- export

    private void chooseAndExport(String format) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setText(MESSAGES.format("gapmap.export.title", format.toUpperCase()));
        dialog.setFilterExtensions(new String[] {"*." + format, "*"});
        dialog.setFileName("evidence-gap-map." + format);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(Path.of(chosen), format);
            context.statusLine().setMessage(MESSAGES.format("gapmap.export.done", chosen));
        } catch (IOException | RuntimeException e) {
            context.statusLine().setErrorMessage(MESSAGES.format("gapmap.export.failed", chosen, e.getMessage()));
        }
    }

    /** Writes the map as csv, svg (the core's) or png (this drawing); the file appears whole or not at all. */
    void export(Path file, String format) throws IOException {
        if (map == null) {
            throw new IllegalStateException("no project is open");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            switch (format) {
                case "csv" -> {
                    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        maps.writeCsv(map, out);
                    }
                }
                case "svg" -> {
                    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        maps.writeSvg(map, out);
                    }
                }
                case "png" -> {
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        ImageLoader loader = new ImageLoader();
                        loader.data = new ImageData[] {render()};
                        loader.save(out, SWT.IMAGE_PNG);
                    }
                }
                default -> throw new IllegalArgumentException("unknown format " + format + " (csv, svg or png)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The map drawn off screen, without the selection. */
    ImageData render() {
        Point size = preferredSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                gc.setFont(canvas.getFont());
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, size.x, size.y);
                draw(gc, false);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
