package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectSession;
import org.bridgework.core.api.RecoveryJournal;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.GuidancePackage;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The process the edit torture kills: the workbench's own {@link ProjectSession} and {@link RecoveryJournal} (the code that
 * journals and restores unsaved edits) without a window. It starts as the workbench does with a file: opens it, and if
 * the journal holds unsaved changes for it, restores them (or, when the file was saved after they were journalled,
 * discards them: the file holds them); it says what it found, then edits the project's title ("Edit N", N going up),
 * each edit applied through the command stack and journalled as the workbench's timer would journal it, saving every
 * few edits, saying "journalled N" and "saved N" once each is on disk, until it is killed. {@code --open-only} stops
 * after the start.
 */
public final class EditLoopMain {
    static final String TITLE = "Edit ";

    private EditLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Path recovery = Path.of(args[1]);
        boolean openOnly = args.length > 2 && "--open-only".equals(args[2]);
        int saveEvery = Integer.getInteger("bridgework.torture.saveEvery", 4);
        // the "UI thread": every session and journal call runs on it, as in the workbench
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ui"));
        ErrorLog log = new ErrorLog(new PrintWriter(System.err, true));
        RecoveryJournal journal = on(ui, () -> new RecoveryJournal(recovery, scheduler(ui), log, 1500));
        ProjectServiceImpl service = new ProjectServiceImpl();
        ProjectSession session = new ProjectSession(() -> Optional.of(service), journal, log);
        String found = on(ui, () -> {
            session.open(file);
            Optional<RecoveryJournal.Entry> entry = journal.find(file);
            if (entry.isEmpty()) {
                return "none";
            }
            if (entry.get().fileChangedSince()) {
                // saved after the copy was written (killed before the copy was deleted): the file holds these changes
                journal.discard(entry.get());
                journal.flush();
                return "stale";
            }
            session.restore(entry.get());
            return "restored";
        });
        long count = on(ui, () -> counter(session.project().orElseThrow().root().getTitle()));
        System.out.println("started " + found + " at=" + count + " strays=" + strays(file, recovery));
        System.out.flush();
        if (openOnly) {
            on(ui, () -> {
                session.abandon();
                return null;
            });
            journal.close();
            ui.shutdown();
            return;
        }
        while (true) {
            long n = ++count;
            on(ui, () -> {
                Project project = session.project().orElseThrow();
                session.execute(SetCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE, TITLE + n));
                // what the journal's timer does when the pause after an edit runs out
                journal.writeNow(session);
                return null;
            });
            journal.flush();
            System.out.println("journalled " + n);
            System.out.flush();
            if (n % saveEvery == 0) {
                on(ui, () -> {
                    session.save();
                    return null;
                });
                journal.flush();
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }

    /** The number in an "Edit N" title (0 for any other title). */
    static long counter(String title) {
        return title != null && title.startsWith(TITLE) ? Long.parseLong(title.substring(TITLE.length())) : 0;
    }

    /**
     * Stray files after a start: a save's hidden temporary files beside the project, the journal's partial writes and
     * copies without a description, and restored working copies left in the temporary folder.
     */
    static long strays(Path file, Path recovery) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        long count;
        try (Stream<Path> files = Files.list(file.getParent())) {
            count = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(".tmp")).count();
        }
        count += RecoveryJournal.strays(recovery);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            count += files.filter(p -> p.getFileName().toString().startsWith("bridgework-recovered")).count();
        }
        return count;
    }

    private static <T> T on(ExecutorService ui, Callable<T> task) throws Exception {
        try {
            return ui.submit(task).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static RecoveryJournal.Scheduler scheduler(ScheduledExecutorService ui) {
        ConcurrentHashMap<Runnable, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
        return new RecoveryJournal.Scheduler() {
            @Override
            public void later(int delayMillis, Runnable task) {
                pending.put(task, ui.schedule(() -> {
                    pending.remove(task);
                    task.run();
                }, delayMillis, TimeUnit.MILLISECONDS));
            }

            @Override
            public void cancel(Runnable task) {
                ScheduledFuture<?> f = pending.remove(task);
                if (f != null) {
                    f.cancel(false);
                }
            }
        };
    }
}
