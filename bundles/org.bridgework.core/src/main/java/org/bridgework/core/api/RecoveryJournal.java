package org.bridgework.core.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Crash safety: a second or so after each change, the whole project is written to
 * {@code <recovery folder>/<key>.guidance} (with {@code <key>.properties} saying which file it belongs to and
 * when), so that a workbench killed mid-edit loses at most that second. The model is copied on the UI thread (it is
 * not thread-safe), the copy serialised, written and synced on a background thread. Saving,
 * reverting or closing without saving deletes the entry; on the next start the workbench offers to restore what
 * is left.
 * <p>
 * Each entry names the file's content its changes were made on (its {@code base}: the SHA-256 of the file as opened or
 * last saved), so a restore can tell whether the file changed on disk since, and the first save then asks (reload,
 * compare, overwrite) instead of overwriting. A write goes to a {@code .part} file named after the writing process and
 * is renamed into place; {@code .part} files of processes that are gone, and copies whose description is missing (a
 * kill between the two files), are deleted when a journal opens the folder.
 */
public final class RecoveryJournal implements AutoCloseable {
    private static final String DATA = ".guidance";
    private static final String META = ".properties";
    private static final String PART = ".part";

    /**
     * One recovered project.
     *
     * @param journal   the recovered copy
     * @param file      the project file the changes belong to
     * @param temporary true when that file was a throw-away copy (a sample): restore it as a new, unsaved project
     * @param savedAt   when the copy was written
     * @param title     the project's title then
     */
    public record Entry(Path journal, Path file, boolean temporary, Instant savedAt, String title, String base) {
        public Entry(Path journal, Path file, boolean temporary, Instant savedAt, String title) {
            this(journal, file, temporary, savedAt, title, null);
        }

        public String displayName() {
            return temporary ? title : file.getFileName().toString();
        }

        /**
         * True when the project file is no longer the content these changes were made on (saved again after the copy
         * was written, or changed by someone else): restoring then keeps both, and the first save asks.
         */
        public boolean fileChangedSince() {
            return base != null && !base.equals(hash(file));
        }
    }

    /**
     * Where the delay of {@link #schedule} runs, on the thread the session runs on: the display's timer in the
     * workbench (which provides it), a plain thread elsewhere.
     */
    public interface Scheduler {
        void later(int delayMillis, Runnable task);

        void cancel(Runnable task);
    }

    /** What is journalled: the project's resource and where it belongs. */
    public interface Source {
        /** Called first when the journal writes: typing not yet applied is applied, so it is journalled too. */
        default void beforeWrite() {
        }

        Resource resource();

        /** The key file: the project's file (its save target). */
        Path file();

        boolean temporary();

        String title();

        /** False once there is nothing unsaved to protect. */
        boolean isDirty();

        /** The SHA-256 of the file's content the changes were made on (as opened or last saved), or null. */
        default String base() {
            return null;
        }
    }

    private final Path folder;
    private final Scheduler scheduler;
    private final SessionLog log;
    private final int delayMillis;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bridgework-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<Path>> written = new ArrayList<>();
    private Runnable pending;

    public RecoveryJournal(Path folder, Scheduler scheduler, SessionLog log, int delayMillis) {
        this.folder = folder;
        this.scheduler = scheduler;
        this.log = log;
        this.delayMillis = delayMillis;
        sweep();
    }

    /** Deletes what killed writers left: {@code .part} files of processes that are gone, copies without a description. */
    private void sweep() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean stray = name.endsWith(PART) && !writerAlive(name)
                        || name.endsWith(DATA) && !Files.exists(p.resolveSibling(name.substring(0, name.length() - DATA.length()) + META));
                if (stray) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            log.warn("could not clean the crash-recovery folder " + folder + ": " + e.getMessage());
        }
    }

    /** {@code KEY.guidance.PID.part}: whether process PID still runs (an older name without a pid: no). */
    private static boolean writerAlive(String partName) {
        String[] parts = partName.split("\\.");
        if (parts.length < 4) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[parts.length - 2]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Stray files in {@code folder} (tests): {@code .part} files and copies without a description. */
    public static long strays(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(PART)
                    || n.endsWith(DATA) && !Files.exists(folder.resolve(n.substring(0, n.length() - DATA.length()) + META))).count();
        }
    }

    /** The SHA-256 of a file's content (hex), or null when it cannot be read. */
    static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /** The folder entries are written to. */
    public Path folder() {
        return folder;
    }

    /** (Re)starts the delay after a change; when it runs out, {@code source} is written. UI thread. */
    public void schedule(Source source) {
        cancelPending();
        Runnable task = () -> {
            pending = null;
            writeNow(source);
        };
        pending = task;
        scheduler.later(delayMillis, task);
    }

    /** Writes {@code source} now (copied here, serialised and written in the background). UI thread. */
    public void writeNow(Source source) {
        source.beforeWrite();
        if (!source.isDirty()) {
            return;
        }
        Resource copy;
        try {
            copy = detachedCopy(source.resource());
        } catch (RuntimeException e) {
            log.error("could not copy " + source.file() + " for crash recovery", e);
            return;
        }
        Properties meta = new Properties();
        meta.setProperty("file", source.file().toAbsolutePath().toString());
        meta.setProperty("temporary", Boolean.toString(source.temporary()));
        meta.setProperty("savedAt", Instant.now().toString());
        meta.setProperty("title", source.title() == null ? "" : source.title());
        if (source.base() != null) {
            meta.setProperty("base", source.base());
        }
        String key = key(source.file());
        writer.execute(() -> {
            byte[] data;
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                copy.save(bytes, null);
                data = bytes.toByteArray();
            } catch (IOException | RuntimeException e) {
                log.error("could not serialise " + source.file() + " for crash recovery", e);
                return;
            }
            try {
                Files.createDirectories(folder);
                Path target = folder.resolve(key + DATA);
                writeSynced(target, data);
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                meta.store(text, "Bridgework crash recovery: unsaved changes to the file below");
                writeSynced(folder.resolve(key + META), text.toByteArray());
                List<Consumer<Path>> callbacks;
                synchronized (written) {
                    callbacks = List.copyOf(written);
                }
                callbacks.forEach(c -> c.accept(target));
            } catch (IOException | RuntimeException e) {
                log.error("could not write the crash-recovery copy of " + source.file() + " to " + folder, e);
            }
        });
    }

    /**
     * The resource's content copied into a resource of the same kind, address and save options, outside any resource
     * set, to be serialised on another thread while the model goes on changing. Serialising a 100,000-element project
     * took the UI thread most of a second after every pause in editing; copying it takes a fifth of that. Extension
     * content kept from the file (features this version does not know) is copied along, as a save writes it.
     */
    static Resource detachedCopy(Resource resource) {
        org.eclipse.emf.common.util.URI uri = resource.getURI();
        Resource copy;
        if (resource instanceof org.bridgework.model.util.GuidanceResource) {
            copy = new org.bridgework.model.util.GuidanceResource(uri);
        } else {
            Resource.Factory factory = resource.getResourceSet() == null ? null : resource.getResourceSet().getResourceFactoryRegistry().getFactory(uri);
            copy = factory == null ? new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(uri) : factory.createResource(uri);
        }
        org.eclipse.emf.ecore.util.EcoreUtil.Copier copier = new org.eclipse.emf.ecore.util.EcoreUtil.Copier();
        java.util.Collection<org.eclipse.emf.ecore.EObject> roots = copier.copyAll(resource.getContents());
        copier.copyReferences();
        copy.getContents().addAll(roots);
        if (resource instanceof org.eclipse.emf.ecore.xmi.XMLResource from && copy instanceof org.eclipse.emf.ecore.xmi.XMLResource to) {
            for (java.util.Map.Entry<org.eclipse.emf.ecore.EObject, org.eclipse.emf.ecore.xml.type.AnyType> extension : from.getEObjectToExtensionMap().entrySet()) {
                org.eclipse.emf.ecore.EObject owner = copier.get(extension.getKey());
                if (owner != null) {
                    to.getEObjectToExtensionMap().put(owner, org.eclipse.emf.ecore.util.EcoreUtil.copy(extension.getValue()));
                }
            }
        }
        return copy;
    }

    /** Forgets the entry of {@code file} (after a save, a revert, or closing without saving). UI thread. */
    public void discard(Path file) {
        cancelPending();
        String key = key(file);
        writer.execute(() -> delete(key));
    }

    /** Forgets an entry the user chose not to restore. */
    public void discard(Entry entry) {
        discard(entry.file());
    }

    /** Tells {@code callback} (on the writer's thread) each time an entry has been written. */
    public void onWritten(Consumer<Path> callback) {
        synchronized (written) {
            written.add(callback);
        }
    }

    /** The entries left behind, newest first. */
    public List<Entry> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path meta : files.filter(p -> p.getFileName().toString().endsWith(META)).toList()) {
                read(meta).ifPresent(entries::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return entries;
    }

    /** The entry of one project file, if it has one. */
    public Optional<Entry> find(Path file) {
        Path meta = folder.resolve(key(file) + META);
        return Files.isRegularFile(meta) ? read(meta) : Optional.empty();
    }

    /** Waits until every write and delete asked for so far is done. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a stuck disk: nothing better to do than go on
        }
    }

    @Override
    public void close() {
        cancelPending();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stable file-name key for a project file: the first 16 hex digits of its absolute path's SHA-256. */
    static String key(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void cancelPending() {
        if (pending != null) {
            scheduler.cancel(pending);
            pending = null;
        }
    }

    private Optional<Entry> read(Path meta) {
        String name = meta.getFileName().toString();
        Path data = meta.resolveSibling(name.substring(0, name.length() - META.length()) + DATA);
        if (!Files.isRegularFile(data)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
            String file = properties.getProperty("file");
            if (file == null) {
                return Optional.empty();
            }
            return Optional.of(new Entry(data, Path.of(file), Boolean.parseBoolean(properties.getProperty("temporary")),
                    Instant.parse(properties.getProperty("savedAt", Instant.EPOCH.toString())), properties.getProperty("title", ""),
                    properties.getProperty("base")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(folder.resolve(key + META));
            Files.deleteIfExists(folder.resolve(key + DATA));
        } catch (IOException e) {
            log.warn("could not delete the crash-recovery copy " + folder.resolve(key + DATA) + ": " + e.getMessage());
        }
    }

    private static void writeSynced(Path target, byte[] data) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + PART);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies an entry's data to {@code target} (to open it as a project without touching the journal). */
    static void copy(Entry entry, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(entry.journal()); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }
}
