package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Pictures of a shell as it is on screen, written as PNG. */
public final class Screenshots {
    private Screenshots() {
    }

    /**
     * What the screen shows of the shell, menu bar included (so it is read from the screen, not from the shell's
     * client area), and nothing beside it: the area from the window's corner to the end of its client area (the
     * bounds GTK reports include the trim a window manager would add, which is not drawn without one). The pointer
     * is moved off the window first so that no tooltip is in the picture. Call on the display's thread, after the
     * shell has painted.
     */
    public static ImageData capture(Shell shell) {
        Display display = shell.getDisplay();
        hideTooltips(shell);
        Rectangle area = windowArea(shell).intersection(display.getBounds());
        if (area.isEmpty()) {
            throw new IllegalStateException("the window is not on the screen (bounds " + shell.getBounds() + ")");
        }
        Image image = new Image(display, area.width, area.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, area.x, area.y);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** The window's area on screen: its corner to the bottom right of its client area. */
    static Rectangle windowArea(Shell shell) {
        Rectangle bounds = shell.getBounds();
        Rectangle client = shell.getClientArea();
        org.eclipse.swt.graphics.Point end = shell.toDisplay(client.x + client.width, client.y + client.height);
        int width = Math.min(bounds.width, end.x - bounds.x);
        int height = Math.min(bounds.height, end.y - bounds.y);
        return width > 0 && height > 0 ? new Rectangle(bounds.x, bounds.y, width, height) : bounds;
    }

    /** Moves the pointer just outside the window (tooltips close as it leaves) and lets them go. */
    private static void hideTooltips(Shell shell) {
        Display display = shell.getDisplay();
        Rectangle screen = display.getBounds();
        Rectangle window = windowArea(shell);
        int x = window.x + window.width + 1 < screen.width ? window.x + window.width + 1 : screen.width - 1;
        int y = window.y + window.height + 1 < screen.height ? window.y + window.height + 1 : screen.height - 1;
        display.setCursorLocation(x, y);
        long until = System.currentTimeMillis() + 150;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        shell.update();
    }

    /** Writes the image as PNG; the file appears whole or not at all. */
    public static void writePng(ImageData image, Path out) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image};
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                loader.save(stream, SWT.IMAGE_PNG);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
