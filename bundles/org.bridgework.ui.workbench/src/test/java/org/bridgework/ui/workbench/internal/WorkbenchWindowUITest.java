package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * Drives the real window under a display (plain SWT, no OSGi): title, menus,
 * Exit, and the About dialog's bundle list. Without a display it is skipped,
 * unless {@code -Dbridgework.requireDisplay=true} (CI, under xvfb-run), which makes it fail.
 */
class WorkbenchWindowUITest {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static Display display;

    private final Messages messages = Messages.load(Locale.ROOT);
    private WorkbenchWindow window;

    @BeforeAll
    static void openDisplay() throws Exception {
        String displayName = System.getenv("DISPLAY");
        if (displayName == null || displayName.isBlank()) {
            String message = "no display (DISPLAY is not set): run the UI tests under Xvfb, for example xvfb-run -a -s \"-screen 0 1280x1024x24\" mvn ...";
            if (Boolean.getBoolean("bridgework.requireDisplay")) {
                fail(message + " (bridgework.requireDisplay=true, so this is not skipped)");
            }
            Assumptions.abort(message);
        }
        Path natives = Files.createDirectories(TARGET.resolve("swt"));
        System.setProperty("swt.library.path", natives.toString());
        display = new Display();
    }

    @AfterAll
    static void closeDisplay() {
        if (display != null) {
            display.dispose();
        }
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void titleIsTheProductNameAndTheMenusAreThere() {
        Shell shell = open(Optional.empty());
        assertEquals("Bridgework", shell.getText());
        Menu bar = shell.getMenuBar();
        assertNotNull(bar, "no menu bar");
        assertEquals(List.of("File", "Window", "Help"), texts(bar.getItems()));

        MenuItem exit = last(submenu(bar, 0));
        assertEquals("Exit", plain(exit.getText()));
        assertEquals(SWT.MOD1 | 'Q', exit.getAccelerator());
        assertEquals(List.of("Minimize", "Zoom"), texts(submenu(bar, 1).getItems()));
        assertEquals("About Bridgework", plain(last(submenu(bar, 2)).getText()));
    }

    @Test
    void titleNamesTheFileGiven() {
        Shell shell = open(Optional.of(Path.of("projects", "joint-guidance.bwk")));
        assertEquals("joint-guidance.bwk \u2013 Bridgework", shell.getText());
    }

    @Test
    void exitClosesTheWindow() {
        Shell shell = open(Optional.empty());
        MenuItem exit = last(submenu(shell.getMenuBar(), 0));
        exit.notifyListeners(SWT.Selection, new Event());
        assertTrue(shell.isDisposed(), "File > Exit did not close the window");
    }

    @Test
    void aboutListsTheInstalledBundlesWithVersionsAndStates() throws Exception {
        Shell shell = open(Optional.empty());
        MenuItem about = last(submenu(shell.getMenuBar(), 2));
        AtomicReference<List<List<String>>> rows = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // the dialog is modal: look at it from inside its event loop, then close it
        display.asyncExec(() -> {
            try {
                settle();
                Shell dialog = Stream.of(display.getShells()).filter(s -> "About Bridgework".equals(s.getText())).findFirst()
                        .orElseThrow(() -> new AssertionError("no About dialog"));
                Table table = find(dialog, Table.class);
                List<List<String>> texts = new ArrayList<>();
                for (TableItem item : table.getItems()) {
                    texts.add(List.of(item.getText(0), item.getText(1), item.getText(2)));
                }
                rows.set(texts);
                Screenshots.writePng(Screenshots.capture(dialog), Files.createDirectories(TARGET.resolve("screenshots")).resolve("about.png"));
                dialog.close();
            } catch (Throwable t) {
                failure.set(t);
                Stream.of(display.getShells()).filter(s -> s != shell).forEach(Shell::close);
            }
        });
        about.notifyListeners(SWT.Selection, new Event());
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(List.of(
                List.of("org.bridgework.ui.workbench", "0.1.0", "Active"),
                List.of("org.eclipse.swt", "3.135.0", "Active"),
                List.of("org.eclipse.swt.gtk.linux.x86_64", "3.135.0", "Fragment")), rows.get());
    }

    private Shell open(Optional<Path> file) {
        AboutInfo about = new AboutInfo("0.1.0", () -> List.of(
                bundle("org.eclipse.swt.gtk.linux.x86_64", "3.135.0", Bundle.RESOLVED, "org.eclipse.swt"),
                bundle("org.bridgework.ui.workbench", "0.1.0", Bundle.ACTIVE, null),
                bundle("org.eclipse.swt", "3.135.0", Bundle.ACTIVE, null)));
        window = new WorkbenchWindow(messages, about, file);
        window.setBlockOnOpen(false);
        window.open();
        settle();
        return window.getShell();
    }

    /** Lets the window map and paint. */
    private static void settle() {
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }

    private static Menu submenu(Menu bar, int index) {
        Menu menu = bar.getItem(index).getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // JFace fills menus as they are about to show
        return menu;
    }

    private static MenuItem last(Menu menu) {
        MenuItem[] items = menu.getItems();
        assertFalse(items.length == 0, "empty menu");
        return items[items.length - 1];
    }

    private static List<String> texts(MenuItem[] items) {
        return Stream.of(items).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).map(i -> plain(i.getText())).toList();
    }

    /** Menu text without its mnemonic and accelerator: "E&xit\tCtrl+Q" is "Exit". */
    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Bundle bundle(String symbolicName, String version, int state, String host) {
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        if (host != null) {
            headers.put(Constants.FRAGMENT_HOST, host);
        }
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getSymbolicName" -> symbolicName;
            case "getVersion" -> Version.parseVersion(version);
            case "getState" -> state;
            case "getHeaders" -> headers;
            case "getLocation" -> "test:" + symbolicName;
            case "toString" -> symbolicName;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }
}
