package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * Help &gt; User Guide and F1: the user guide the build assembled into the product ({@code doc/user-guide.html}, so
 * it works offline), opened at the section of the active view (its id mapped to an anchor in
 * {@code help-anchors.properties}) or of the perspective. It opens in a window with SWT's Browser where that works
 * (it needs WebKitGTK on Linux), otherwise in the desktop's own viewer ({@link Program#launch}).
 */
final class UserGuide {
    /** Opens a page; false when it could not. Tests replace it. */
    interface Opener {
        boolean open(String uri);
    }

    static final String FILE = "doc/user-guide.html";
    private final Properties anchors = new Properties();
    private final Path home;
    Opener opener;

    UserGuide(Path home, Shell parent) {
        this.home = home;
        this.opener = uri -> inBrowser(parent, uri) || Program.launch(uri);
        try (InputStream in = UserGuide.class.getResourceAsStream("help-anchors.properties")) {
            anchors.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guide's file in the product. */
    Path file() {
        return home.resolve(FILE);
    }

    /** The section for a part (view or editor id), else for the perspective, else the guide's start. */
    String anchorFor(String partId, String perspective) {
        String anchor = partId == null ? null : anchors.getProperty(partId);
        if (anchor == null && perspective != null) {
            anchor = anchors.getProperty("perspective." + perspective);
        }
        return anchor;
    }

    /** Every part id and perspective the mapping knows, with its anchor (for the test that checks them). */
    Properties anchors() {
        return anchors;
    }

    /** The address to open: the guide, at the anchor when there is one. */
    String uri(String anchor) {
        String base = file().toUri().toString();
        return anchor == null ? base : base + "#" + anchor;
    }

    /** Opens the guide at the anchor; false when the guide is missing or nothing could show it. */
    boolean open(String anchor) {
        return Files.isRegularFile(file()) && opener.open(uri(anchor));
    }

    private static boolean inBrowser(Shell parent, String uri) {
        if (parent == null || parent.isDisposed()) {
            return false;
        }
        Shell shell = new Shell(parent.getDisplay(), SWT.SHELL_TRIM);
        shell.setText("Bridgework user guide");
        shell.setLayout(new FillLayout());
        try {
            Browser browser = new Browser(shell, SWT.NONE);
            browser.setUrl(uri);
        } catch (SWTError | UnsatisfiedLinkError e) {
            // no WebKitGTK (or WebView2, WebKit): the desktop's viewer instead
            shell.dispose();
            return false;
        }
        shell.setSize(900, 700);
        shell.open();
        return true;
    }
}
