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
final class Screenshots {
    private Screenshots() {
    }

    /**
     * What the screen shows of the shell, menu bar included (so it is read from the
     * screen, not from the shell's client area). Call on the display's thread,
     * after the shell has painted.
     */
    static ImageData capture(Shell shell) {
        Display display = shell.getDisplay();
        Rectangle area = shell.getBounds().intersection(display.getBounds());
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

    /** Writes the image as PNG; the file appears whole or not at all. */
    static void writePng(ImageData image, Path out) throws IOException {
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
