package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A screenshot is exactly the window, and a window that must not remember its layout writes none. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class ScreenshotsUITest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theCaptureIsTheWindowWithNoStripOfScreenBesideIt() throws Exception {
        f.open();
        f.shell().setSize(1024, 700);
        WorkbenchFixture.settle(200);
        ImageData image = Screenshots.capture(f.shell());
        Rectangle area = Screenshots.windowArea(f.shell());
        Rectangle bounds = f.shell().getBounds();
        assertTrue(area.width <= bounds.width && area.height <= bounds.height, area + " within " + bounds);
        assertEquals(area.width, image.width);
        assertEquals(area.height, image.height);
        // the last column and row are the window's (its status line and border), not the black screen behind it
        int black = 0;
        for (int y = 0; y < image.height; y += 7) {
            black += image.getPixel(image.width - 1, y) == 0 ? 1 : 0;
        }
        for (int x = 0; x < image.width; x += 7) {
            black += image.getPixel(x, image.height - 1) == 0 ? 1 : 0;
        }
        assertEquals(0, black, "black screen pixels at the right or bottom edge of the capture");
    }

    @Test
    void aWindowThatMustNotRememberItsLayoutWritesNone() throws Exception {
        f.open();
        f.window.setRememberLayout(false);
        f.window.showPerspective(org.bridgework.ui.api.Perspectives.CRITERIA);
        f.close();
        assertFalse(Files.exists(f.paths.layoutFile()), "no layout written for a screenshot run");
    }
}
