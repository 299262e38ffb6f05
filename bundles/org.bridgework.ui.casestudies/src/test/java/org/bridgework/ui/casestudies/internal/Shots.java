package org.bridgework.ui.casestudies.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** A screenshot of a dialog's shell (the fixture's screenshots show the workbench window only). */
final class Shots {

    private Shots() {
    }

    static Path shell(Shell shell, String name) throws Exception {
        WorkbenchFixture.settle(200);
        shell.update();
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        try {
            GC gc = new GC(shell.getDisplay());
            try {
                gc.copyArea(image, b.x, b.y);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
