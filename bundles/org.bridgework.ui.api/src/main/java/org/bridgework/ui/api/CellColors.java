package org.bridgework.ui.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Colours that stay readable whatever the desktop theme. SWT on GTK 3 paints a table or tree cell's text in the
 * theme's colour even when the cell has its own foreground (white text on a pale fill under a dark theme):
 * {@link #paintCellForegrounds} draws such cells' text itself. {@link #isDark} and {@link #accent} let a part pick
 * colours for the theme in use. Since 1.4.
 */
public final class CellColors {

    private CellColors() {
    }

    /** True when the theme's list background is dark (a dark desktop theme). */
    public static boolean isDark(Display display) {
        return luminance(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB()) < 0.4;
    }

    /** A heading or link colour readable on the list background: navy on light themes, light blue on dark ones. */
    public static RGB accent(Display display) {
        return isDark(display) ? new RGB(0x8a, 0xb4, 0xf8) : new RGB(0x1f, 0x4e, 0x8c);
    }

    /** Relative luminance (WCAG 2) of a colour, 0 black to 1 white. */
    public static double luminance(RGB c) {
        return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue);
    }

    /** The WCAG 2 contrast ratio of two colours, 1 to 21. */
    public static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /**
     * Makes the table's or tree's per-cell foreground colours (from a label provider's {@code getForeground}) show on
     * GTK, where the native painting ignores them. Selected rows keep the theme's selection colours. Elsewhere the
     * native painting already honours them and nothing is added.
     */
    public static void paintCellForegrounds(Control tableOrTree) {
        if (!"gtk".equals(SWT.getPlatform()) || !(tableOrTree instanceof Table || tableOrTree instanceof Tree)) {
            return;
        }
        tableOrTree.addListener(SWT.EraseItem, e -> {
            if ((e.detail & SWT.SELECTED) == 0 && ownForeground(tableOrTree, e.item, e.index) != null) {
                e.detail &= ~SWT.FOREGROUND;
            }
        });
        tableOrTree.addListener(SWT.PaintItem, e -> paint(tableOrTree, e));
    }

    private static Color ownForeground(Control control, org.eclipse.swt.widgets.Widget item, int column) {
        Color c = item instanceof TableItem t ? t.getForeground(column) : item instanceof TreeItem t ? t.getForeground(column) : null;
        return c == null || c.equals(control.getForeground()) ? null : c;
    }

    private static void paint(Control control, Event e) {
        if ((e.detail & SWT.SELECTED) != 0) {
            return;
        }
        Color color = ownForeground(control, e.item, e.index);
        if (color == null) {
            return;
        }
        String text;
        Rectangle bounds;
        int alignment;
        if (e.item instanceof TableItem t) {
            text = t.getText(e.index);
            bounds = t.getTextBounds(e.index);
            alignment = t.getParent().getColumnCount() == 0 ? SWT.LEFT : t.getParent().getColumn(e.index).getAlignment();
        } else {
            TreeItem t = (TreeItem) e.item;
            text = t.getText(e.index);
            bounds = t.getTextBounds(e.index);
            alignment = t.getParent().getColumnCount() == 0 ? SWT.LEFT : t.getParent().getColumn(e.index).getAlignment();
        }
        GC gc = e.gc;
        Point size = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
        int x = bounds.x + 2;
        if (alignment == SWT.CENTER) {
            x = bounds.x + Math.max(0, (bounds.width - size.x) / 2);
        } else if (alignment == SWT.RIGHT) {
            x = bounds.x + Math.max(0, bounds.width - size.x - 2);
        }
        Color before = gc.getForeground();
        gc.setForeground(color);
        gc.drawText(text, x, bounds.y + Math.max(0, (bounds.height - size.y) / 2), SWT.DRAW_TRANSPARENT);
        gc.setForeground(before);
    }
}
