package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.core.api.ValidationService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.cli.WorkbenchCommand;
import org.bridgework.ui.workbench.internal.commands.ShellCommands;
import org.bridgework.ui.workbench.internal.commands.WorkbenchOperations;
import org.bridgework.ui.workbench.internal.commands.WorkbenchScript;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework workbench [FILE | --sample] [--perspective P] [--screenshot OUT.png] [--exit]}: opens the
 * workbench window on the calling thread, which becomes the display's UI thread, and returns when the window is
 * closed. The project is read on another thread while the window is built, so it is open when the window first
 * paints.
 */
@Command(name = WorkbenchCommand.NAME, description = {WorkbenchCommand.SUMMARY,
        "Needs a display: on a server or in CI run it under Xvfb (xvfb-run -a bridgework workbench)."})
public final class OpenWorkbench implements Callable<Integer> {
    /** Environment: restore|discard recovered changes without asking (tests); otherwise the user is asked. */
    static final String RECOVERY_ENV = "BRIDGEWORK_RECOVERY";
    /** Environment: a file of {@link WorkbenchScript} lines to run once the window has painted (tests). */
    static final String SCRIPT_ENV = "BRIDGEWORK_WORKBENCH_SCRIPT";

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArguments project;

    @Option(names = "--perspective", paramLabel = "P", description = "The perspective to show: ${COMPLETION-CANDIDATES}.",
            completionCandidates = PerspectiveIds.class)
    String perspective;

    @Option(names = "--screenshot", paramLabel = "OUT.png", description = "Once the window has painted, write a PNG of it to OUT.png.")
    Path screenshot;

    @Option(names = "--size", paramLabel = "WxH", description = "Open the window at this size (for example 1024x700) instead of the remembered one; it is not remembered.")
    String size;

    @Option(names = "--exit", description = "Close the window once it has painted (and the screenshot is written); unsaved changes stay in the recovery journal.")
    boolean exit;

    /** What the window is made with: the contributions and the core services (each optional: the window says what is missing). */
    public record Wiring(AboutInfo about, ContributionRegistry registry, Supplier<Optional<ProjectService>> projects,
            Supplier<Optional<ValidationService>> validation) {
    }

    private final Supplier<Wiring> wiring;
    private final BundleContext bundleContext;

    /**
     * @param wiring activates the whiteboard (every contribution and the services they need) when called; the window
     *               calls it on another thread while its display opens
     */
    public OpenWorkbench(Supplier<Wiring> wiring, BundleContext bundleContext) {
        this.wiring = wiring;
        this.bundleContext = bundleContext;
    }

    /** The perspective ids, for picocli's help. */
    static final class PerspectiveIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Perspectives.IDS.iterator();
        }
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        mark("workbench-command");
        Messages messages = Messages.load(Locale.getDefault());
        requireDisplay(messages);
        if (perspective != null && !Perspectives.IDS.contains(perspective)) {
            throw CommandFailure.usage(messages.format("error.perspective", perspective, String.join(", ", Perspectives.IDS)));
        }
        Path out = screenshot == null ? null : prepareScreenshot(messages, screenshot);
        org.eclipse.swt.graphics.Point requestedSize = size == null ? null : parseSize(size);
        // the contributions and their services are activated on another thread while this one opens the display
        CompletableFuture<Wiring> wired = CompletableFuture.supplyAsync(wiring, task -> daemon("bridgework-workbench-services", task));
        CompletableFuture<Project> loading = startLoading(messages, wired);
        PrintWriter stdout = spec.commandLine().getOut();
        ErrorLog log = new ErrorLog(spec.commandLine().getErr());

        Display display = openDisplay(messages, loading);
        mark("display-open");
        WorkbenchWindow window = null;
        ServiceRegistration<?> shell = null;
        try {
            Wiring services = join(wired);
            mark("services-active");
            Prompts prompts = withPolicy(Prompts.interactive(messages), System.getenv(RECOVERY_ENV));
            window = new WorkbenchWindow(new WorkbenchWindow.Services(messages, services.about(), services.registry(), services.projects(), services.validation(),
                    WorkbenchPaths.fromEnvironment(), prompts, log));
            window.setBlockOnOpen(false);
            window.setCloseWithoutAsking(exit);
            window.setDeferHiddenViews(true);
            if (perspective != null) {
                window.setInitialPerspective(perspective);
            }
            if (requestedSize != null) {
                window.setInitialSize(requestedSize);
            }
            // a picture (or a window of a given size) is not the user's own arrangement: remember nothing of it
            window.setRememberLayout(out == null && requestedSize == null);
            createWindow(messages, window);
            mark("window-created");
            if (loading != null) {
                window.files().adopt(join(loading), project.sample());
                mark("project-shown");
            }
            WorkbenchWindow opened = window;
            // after the first paint: the timing mark and screenshot, then (unless closing) recovery and the test script
            Run run = new Run(messages, window, out, started, stdout, () -> afterStart(opened, stdout, log));
            window.afterFirstPaint(run::afterFirstPaint);
            shell = registerShellCommands(display, window);
            window.open();
            if (exit) {
                // a window that never paints (a display that does not show it) must not keep a script or build waiting
                display.timerExec(PAINT_LIMIT_MILLIS, run::notPainted);
            }
            return run.loop(display, log);
        } finally {
            if (shell != null) {
                try {
                    shell.unregister();
                } catch (IllegalStateException e) {
                    // the bundle stopped meanwhile
                }
            }
            if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
                window.setCloseWithoutAsking(true);
                window.close();
            }
            display.dispose();
        }
    }

    /** Reads the project named on the command line in the background, or null when none was named. */
    private CompletableFuture<Project> startLoading(Messages messages, CompletableFuture<Wiring> wired) {
        if (project.file() == null && !project.sample()) {
            return null;
        }
        CompletableFuture<Project> future = new CompletableFuture<>();
        daemon("bridgework-open-project", () -> {
            try {
                ProjectService service = wired.join().projects().get()
                        .orElseThrow(() -> CommandFailure.usage(messages.get("error.noProjectService")));
                future.complete(project.open(service));
            } catch (CompletionException e) {
                future.completeExceptionally(e.getCause() == null ? e : e.getCause());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** After the first paint: offer recovered changes, then run the test script if there is one. */
    private void afterStart(WorkbenchWindow window, PrintWriter stdout, ErrorLog log) {
        Shell shell = window.getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        String policy = System.getenv(RECOVERY_ENV);
        boolean ask = policy != null || !exit;
        if (ask && !project.sample()) {
            if (project.file() != null) {
                Path file = project.file().toAbsolutePath().normalize();
                window.journal().find(file).ifPresent(entry -> {
                    switch (window.prompts().chooseRestore(shell, entry)) {
                        case RESTORE -> {
                            try {
                                window.session().restore(entry);
                                stdout.println(window.messages().format("status.restored", window.session().displayName()));
                            } catch (Exception e) {
                                log.error("restoring " + entry.journal() + " failed", e);
                            }
                        }
                        case DISCARD -> window.journal().discard(entry);
                        // Escape or closing the question: kept for the next start (only Discard deletes recovered work)
                        case LATER -> stdout.println(window.messages().format("status.restoreLater", entry.displayName()));
                    }
                });
            } else {
                window.files().offerRecovery();
            }
        }
        String script = System.getenv(SCRIPT_ENV);
        if (script != null && !script.isBlank() && !shell.isDisposed()) {
            try {
                WorkbenchScript.read(window, stdout, Path.of(script)).next();
            } catch (IOException e) {
                log.error("cannot read the workbench script " + script, e);
            }
        }
    }

    /** The interactive prompts, except that {@code restore}/{@code discard} answers the restore question. */
    static Prompts withPolicy(Prompts interactive, String recovery) {
        if (recovery == null || recovery.isBlank()) {
            return interactive;
        }
        boolean restore = "restore".equalsIgnoreCase(recovery.strip());
        return new Prompts() {
            @Override
            public SaveChoice askSaveChanges(Shell shell, String name) {
                return interactive.askSaveChanges(shell, name);
            }

            @Override
            public boolean askRestore(Shell shell, RecoveryJournal.Entry entry) {
                return restore;
            }

            @Override
            public RestoreChoice chooseRestore(Shell shell, RecoveryJournal.Entry entry) {
                return restore ? RestoreChoice.RESTORE : RestoreChoice.DISCARD;
            }

            @Override
            public Path chooseProjectToOpen(Shell shell) {
                return interactive.chooseProjectToOpen(shell);
            }

            @Override
            public Path chooseSaveLocation(Shell shell, String title, String suggestedName) {
                return interactive.chooseSaveLocation(shell, title, suggestedName);
            }

            @Override
            public void showError(Shell shell, String title, String message) {
                interactive.showError(shell, title, message);
            }

            @Override
            public boolean confirm(Shell shell, String title, String message) {
                return interactive.confirm(shell, title, message);
            }

            @Override
            public ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message) {
                return interactive.askChangedOnDisk(shell, name, message);
            }

            @Override
            public ChangedOnDiskChoice askChangedOnDisk(Shell shell, String name, String message, boolean canCompare) {
                return interactive.askChangedOnDisk(shell, name, message, canCompare);
            }

            @Override
            public void showDifferences(Shell shell, String name, java.util.List<String> differences) {
                interactive.showDifferences(shell, name, differences);
            }
        };
    }

    private ServiceRegistration<?> registerShellCommands(Display display, WorkbenchWindow window) {
        if (bundleContext == null) {
            return null;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.command.scope", "workbench");
        properties.put("osgi.command.function", ShellCommands.FUNCTIONS);
        try {
            return bundleContext.registerService(ShellCommands.class, new ShellCommands(display, new WorkbenchOperations(window)), properties);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** With BRIDGEWORK_TIMING, a start-up mark as the launcher prints them (milliseconds since the JVM started). */
    private static void mark(String name) {
        if (System.getenv("BRIDGEWORK_TIMING") != null) {
            System.err.println("timing: " + name + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    /** How long {@code --exit} waits for the window's first paint before it gives up. */
    static final int PAINT_LIMIT_MILLIS = 120_000;

    /** One open window: waits for its first paint, then takes the screenshot and closes it if asked. */
    private final class Run {
        private final Messages messages;
        private final WorkbenchWindow window;
        private final Path out;
        private final long started;
        private final PrintWriter stdout;
        private final Runnable then;
        private CommandFailure failure;
        private int errors;

        Run(Messages messages, WorkbenchWindow window, Path out, long started, PrintWriter stdout, Runnable then) {
            this.messages = messages;
            this.window = window;
            this.out = out;
            this.started = started;
            this.stdout = stdout;
            this.then = then;
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
            if (shell.isDisposed()) {
                return;
            }
            shell.update();
            long firstPaint = window.firstPaintNanos().orElseThrow();
            long paintedAfter = TimeUnit.NANOSECONDS.toMillis(firstPaint - started);
            long paintedAt = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstPaint);
            long sinceJvmStart = paintedAt - ManagementFactory.getRuntimeMXBean().getStartTime();
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
            stdout.flush();
            if (exit || failure != null) {
                window.close();
            } else {
                display.asyncExec(then);
            }
        }

        /** With --exit: the window has not painted within the limit, so it is closed and the command fails. */
        private void notPainted() {
            Shell shell = window.getShell();
            if (window.firstPaintNanos().isPresent() || shell == null || shell.isDisposed()) {
                return;
            }
            failure = new CommandFailure(ExitCodes.PROBLEMS, messages.format("error.notPainted", PAINT_LIMIT_MILLIS / 1000));
            window.close();
        }

        int loop(Display display, ErrorLog log) {
            Shell shell = window.getShell();
            while (shell != null && !shell.isDisposed()) {
                try {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                } catch (RuntimeException | LinkageError e) {
                    // one failing handler must not take the open work down with it
                    errors++;
                    log.contributionFailed(messages.format("error.eventLoop", e), e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            int total = errors + log.count();
            if (total > 0) {
                spec.commandLine().getErr().println(messages.format("error.eventLoopCount", total));
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
                // the workbench's icons and JFace's own are SVG
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

    private static Display openDisplay(Messages messages, CompletableFuture<Project> loading) {
        createSwtLibraryFolder();
        try {
            // the first touch of Display loads the natives
            Display.setAppName(messages.get("product.name"));
            return new Display();
        } catch (SWTError | LinkageError e) {
            if (loading != null) {
                loading.thenAccept(Project::close);
            }
            if (e instanceof SWTError swt && (swt.code == SWT.ERROR_NOT_IMPLEMENTED || swt.code == SWT.ERROR_THREAD_INVALID_ACCESS)) {
                throw new CommandFailure(ExitCodes.USAGE, messages.get("error.alreadyOpen"), e);
            }
            if (e instanceof SWTError) {
                String name = Optional.ofNullable(System.getenv("DISPLAY")).orElse(System.getenv("WAYLAND_DISPLAY"));
                throw new CommandFailure(ExitCodes.USAGE, messages.format("error.displayFailed", name, e.getMessage()), e);
            }
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

    static org.eclipse.swt.graphics.Point parseSize(String size) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{3,5})[xX](\\d{3,5})").matcher(size.strip());
        if (!m.matches()) {
            throw CommandFailure.usage("--size '" + size + "' is not WIDTHxHEIGHT in pixels (for example 1024x700).");
        }
        return new org.eclipse.swt.graphics.Point(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
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
