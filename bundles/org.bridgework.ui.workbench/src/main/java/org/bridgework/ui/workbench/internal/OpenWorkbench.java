package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework workbench [FILE] [--screenshot OUT.png] [--exit]}: opens the
 * workbench window on the calling thread, which becomes the display's UI
 * thread, and returns when the window is closed.
 */
@Command(name = WorkbenchCommand.NAME, description = {"Open the Bridgework workbench window.",
        "Needs a display: on a server or in CI run it under Xvfb (xvfb-run -a bridgework workbench)."})
final class OpenWorkbench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The project file to open (for now only named in the title).")
    Path file;

    @Option(names = "--screenshot", paramLabel = "OUT.png", description = "Once the window has painted, write a PNG of it to OUT.png.")
    Path screenshot;

    @Option(names = "--exit", description = "Close the window once it has painted (and the screenshot is written).")
    boolean exit;

    private final AboutInfo about;

    OpenWorkbench(AboutInfo about) {
        this.about = about;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Messages messages = Messages.load(Locale.getDefault());
        requireDisplay(messages);
        Path out = screenshot == null ? null : prepareScreenshot(messages, screenshot);

        Display display = openDisplay(messages);
        try {
            WorkbenchWindow window = new WorkbenchWindow(messages, about, Optional.ofNullable(file));
            window.setBlockOnOpen(false);
            createWindow(messages, window);
            Run run = new Run(messages, window, out, started);
            window.afterFirstPaint(run::afterFirstPaint);
            window.open();
            return run.loop(display);
        } finally {
            display.dispose();
        }
    }

    /** One open window: waits for its first paint, then takes the screenshot and closes it if asked. */
    private final class Run {
        private final Messages messages;
        private final WorkbenchWindow window;
        private final Path out;
        private final long started;
        private CommandFailure failure;
        private int errors;

        Run(Messages messages, WorkbenchWindow window, Path out, long started) {
            this.messages = messages;
            this.window = window;
            this.out = out;
            this.started = started;
        }

        private void afterFirstPaint() {
            Shell shell = window.getShell();
            if (shell == null || shell.isDisposed()) {
                return;
            }
            Display display = shell.getDisplay();
            while (display.readAndDispatch()) {
                // let the rest of the window (menu bar, status line) finish painting before looking at it
            }
            shell.update();
            long firstPaint = window.firstPaintNanos().orElseThrow();
            long paintedAfter = TimeUnit.NANOSECONDS.toMillis(firstPaint - started);
            long paintedAt = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstPaint);
            long sinceJvmStart = paintedAt - ManagementFactory.getRuntimeMXBean().getStartTime();
            PrintWriter stdout = spec.commandLine().getOut();
            if (System.getenv("BRIDGEWORK_TIMING") != null) {
                System.err.println("timing: window-painted " + sinceJvmStart); // read by releng/bench
            }
            if (out != null) {
                try {
                    ImageData image = Screenshots.capture(shell);
                    Screenshots.writePng(image, out);
                    stdout.println(messages.format("screenshot.written", out, image.width, image.height));
                    stdout.println(messages.format("screenshot.timing", paintedAfter, sinceJvmStart));
                } catch (IOException | RuntimeException e) {
                    failure = new CommandFailure(ExitCodes.USAGE, messages.format("error.screenshotFailed", out, e.getMessage()), e);
                }
            }
            if (exit || failure != null) {
                window.close();
            }
        }

        int loop(Display display) {
            Shell shell = window.getShell();
            while (shell != null && !shell.isDisposed()) {
                try {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                } catch (RuntimeException | LinkageError e) {
                    // one failing handler must not take the open work down with it
                    errors++;
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(messages.format("error.eventLoop", e));
                    e.printStackTrace(err);
                }
            }
            if (failure != null) {
                throw failure;
            }
            if (errors > 0) {
                spec.commandLine().getErr().println(messages.format("error.eventLoopCount", errors));
                return ExitCodes.PROBLEMS;
            }
            return ExitCodes.OK;
        }
    }

    private static void createWindow(Messages messages, WorkbenchWindow window) {
        try {
            window.create();
        } catch (SWTException e) {
            if (e.code == SWT.ERROR_UNSUPPORTED_FORMAT) {
                // JFace's own icons (the status line's, the dialogs') are SVG
                throw new CommandFailure(ExitCodes.PROBLEMS, messages.format("error.svgMissing", e.getMessage()), e);
            }
            throw e;
        }
    }

    private static void requireDisplay(Messages messages) {
        if (isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            throw CommandFailure.usage(messages.get("error.noDisplay"));
        }
    }

    private static Display openDisplay(Messages messages) {
        createSwtLibraryFolder();
        try {
            // the first touch of Display loads the natives
            Display.setAppName(messages.get("product.name"));
            return new Display();
        } catch (SWTError e) {
            if (e.code == SWT.ERROR_NOT_IMPLEMENTED || e.code == SWT.ERROR_THREAD_INVALID_ACCESS) {
                throw new CommandFailure(ExitCodes.USAGE, messages.get("error.alreadyOpen"), e);
            }
            String name = Optional.ofNullable(System.getenv("DISPLAY")).orElse(System.getenv("WAYLAND_DISPLAY"));
            throw new CommandFailure(ExitCodes.USAGE, messages.format("error.displayFailed", name, e.getMessage()), e);
        } catch (LinkageError e) {
            // UnsatisfiedLinkError the first time, NoClassDefFoundError after that
            throw new CommandFailure(ExitCodes.USAGE, messages.format("error.nativesFailed", e.getMessage()), e);
        }
    }

    /** SWT unpacks its natives into swt.library.path only if that folder exists already. */
    private static void createSwtLibraryFolder() {
        String folder = System.getProperty("swt.library.path");
        if (!isBlank(folder)) {
            try {
                Files.createDirectories(Path.of(folder));
            } catch (IOException | RuntimeException e) {
                // SWT reports what it could not load, with this folder among the reasons
            }
        }
    }

    private static Path prepareScreenshot(Messages messages, Path requested) {
        Path out = requested.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(out)) {
                throw new IOException("it is a folder");
            }
            Files.createDirectories(out.getParent());
            return out;
        } catch (IOException e) {
            throw CommandFailure.usage(messages.format("error.screenshotFolder", requested, e.getMessage()));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
