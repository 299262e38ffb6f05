package org.bridgework.ui.literature.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Screenshots of dialogs (the fixture's screenshot is of the workbench window): target/screenshots/NAME.png. */
final class Shots {
    private Shots() {
    }

    static Path of(Shell shell, String name) throws Exception {
        org.bridgework.ui.workbench.internal.WorkbenchFixture.settle(200);
        shell.update();
        Rectangle area = shell.getBounds().intersection(shell.getDisplay().getBounds());
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        try {
            GC gc = new GC(shell.getDisplay());
            try {
                gc.copyArea(image, area.x, area.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
