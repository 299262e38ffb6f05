package org.bridgework.core.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.bridgework.core.api.ProjectLockedException;

/**
 * The lock of one project file: {@code .~lock.NAME#} beside the real file (as LibreOffice names its locks), held
 * with an operating-system lock ({@link FileChannel#tryLock()}) so two processes can never both hold it, and
 * holding a few readable lines saying who holds it (user, host, pid, tool, since). The operating system releases
 * the lock when its process ends, however it ends: a lock file left behind by a killed process is free to take, and
 * is taken over with a note. Where the file system has no locks, the holder lines decide: stale when the process is
 * gone on this host, or older than {@link #STALE_AFTER} elsewhere.
 */
final class ProjectLock implements AutoCloseable {

    static final String PREFIX = ".~lock.";
    static final String SUFFIX = "#";
    /** Without operating-system locks, a holder on another host is presumed gone after this long. */
    static final Duration STALE_AFTER = Duration.ofHours(12);

    /**
     * Locks this process holds, by lock file. Operating-system locks belong to the process, not the channel: a
     * second channel on the same file in this process would be granted nothing (an overlapping lock) and closing it
     * could drop the first one's lock, so the process keeps one table.
     */
    private static final Map<Path, ProjectLock> HELD = new ConcurrentHashMap<>();
    /** Guards {@link #HELD} and every opening and closing of a lock file in this process. */
    private static final Object MONITOR = new Object();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock osLock;
    private final String holder;
    private final String takenOver;
    private boolean released;

    private ProjectLock(Path lockFile, FileChannel channel, FileLock osLock, String holder, String takenOver) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.osLock = osLock;
        this.holder = holder;
        this.takenOver = takenOver;
    }

    /** The lock file of a project file (beside its real file, so every name of one file shares one lock). */
    static Path lockFileOf(Path projectFile) {
        Path real = realFile(projectFile);
        return real.resolveSibling(PREFIX + real.getFileName() + SUFFIX);
    }

    /** The file a path names after following symbolic links (the path itself when it does not exist yet). */
    static Path realFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isSymbolicLink(absolute)) {
                try {
                    return parent.toRealPath().resolve(absolute.getFileName());
                } catch (IOException ignored) {
                    // the folder does not exist either: the caller reports it
                }
            }
            return absolute;
        }
    }

    /**
     * Takes the lock of {@code projectFile}, waiting up to {@code wait} while someone else holds it.
     *
     * @throws ProjectLockedException naming the holder when it is still held after the wait
     * @throws IOException            when the lock file cannot be written (a read-only folder...)
     */
    static ProjectLock acquire(Path projectFile, String tool, Duration wait) throws IOException {
        Path lockFile = lockFileOf(projectFile);
        long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
        while (true) {
            ProjectLock lock = tryAcquire(projectFile, lockFile, tool);
            if (lock != null) {
                return lock;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                String holder = describeHolder(lockFile);
                throw new ProjectLockedException(projectFile, holder, projectFile + " is locked by " + holder
                        + ": it is being written or edited there. Nothing was changed; try again when it is done"
                        + (wait.isZero() ? "" : " (waited " + seconds(wait) + ")") + ". If that program is gone, delete "
                        + lockFile + ".");
            }
            sleep(Math.min(left, Duration.ofMillis(50 + ThreadLocalRandom.current().nextInt(100)).toNanos()));
        }
    }

    /** Who holds the lock of {@code projectFile} now, or null when nobody does. */
    static String currentHolder(Path projectFile) {
        synchronized (MONITOR) {
            return currentHolderLocked(lockFileOf(projectFile));
        }
    }

    private static String currentHolderLocked(Path lockFile) {
        ProjectLock ours = HELD.get(lockFile);
        if (ours != null) {
            return ours.holder;
        }
        if (!Files.exists(lockFile)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return null;
            }
            return describe(read(channel));
        } catch (IOException | OverlappingFileLockException e) {
            return describeHolder(lockFile);
        }
    }

    /** Null when someone else holds it now. */
    private static ProjectLock tryAcquire(Path projectFile, Path lockFile, String tool) throws IOException {
        synchronized (MONITOR) {
            if (HELD.containsKey(lockFile)) {
                return null; // held by this process (the workbench, or another command in the console)
            }
            // the channel must be on the file the path names when the lock is granted: a holder releasing deletes the
            // file, and a lock on a deleted file guards nothing. Its identity is compared by stat (no second file
            // descriptor: closing one would drop this process's lock on the file, as POSIX locks go)
            Object before;
            try {
                before = fileKey(lockFile, true);
            } catch (NoSuchFileException e) {
                throw new IOException("the folder of " + projectFile + " does not exist", e);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new IOException("its lock file " + lockFile.getFileName() + " cannot be written in " + lockFile.getParent()
                        + " (permission denied): is the folder writable?", e);
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return null; // released (deleted) just now: try again
            }
            boolean keep = false;
            try {
                FileLock osLock;
                try {
                    osLock = channel.tryLock();
                    if (osLock == null) {
                        return null; // another process holds it
                    }
                } catch (OverlappingFileLockException e) {
                    return null;
                } catch (IOException e) {
                    osLock = null; // a file system without locks: the holder lines decide
                    Properties previous = read(channel);
                    if (!previous.isEmpty() && !isStale(previous)) {
                        return null;
                    }
                }
                Object after;
                try {
                    after = fileKey(lockFile, false);
                } catch (NoSuchFileException e) {
                    return null;
                }
                if (before == null || !before.equals(after)) {
                    return null;
                }
                Properties previous = read(channel);
                Properties mine = holderLines(tool);
                write(channel, mine);
                String takenOver = previous.isEmpty() ? null : "took over the lock of " + projectFile + " left by " + describe(previous)
                        + ", which is no longer running";
                ProjectLock lock = new ProjectLock(lockFile, channel, osLock, describe(mine), takenOver);
                HELD.put(lockFile, lock);
                keep = true;
                if (takenOver != null) {
                    System.getLogger(ProjectLock.class.getName()).log(System.Logger.Level.INFO, takenOver);
                }
                return lock;
            } finally {
                if (!keep) {
                    channel.close();
                }
            }
        }
    }

    /** The file's identity (device and inode); creates an empty lock file first when asked and it is missing. */
    private static Object fileKey(Path lockFile, boolean create) throws IOException {
        if (create) {
            try {
                Files.createFile(lockFile);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // someone's lock file: we will see whether it is held
            }
        }
        return Files.readAttributes(lockFile, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** A note when this lock was taken over from a holder that is gone, else null. */
    String takenOverNote() {
        return takenOver;
    }

    /** This lock's holder in words. */
    String holder() {
        return holder;
    }

    Path lockFile() {
        return lockFile;
    }

    /** Deletes the lock file, then releases the operating-system lock (in that order, so no one locks a doomed file). */
    @Override
    public void close() {
        synchronized (MONITOR) {
            if (released) {
                return;
            }
            released = true;
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // an empty-handed lock file: the next one to come takes it over
            } finally {
                HELD.remove(lockFile, this);
                try {
                    if (osLock != null) {
                        osLock.release();
                    }
                    channel.close();
                } catch (IOException e) {
                    // the process's locks go with the channel anyway
                }
            }
        }
    }

    // ------------------------------------------------------------------ holder lines

    private static Properties holderLines(String tool) {
        Properties p = new Properties();
        p.setProperty("user", System.getProperty("user.name", "?"));
        p.setProperty("host", hostName());
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("since", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        p.setProperty("tool", tool == null || tool.isBlank() ? "Bridgework" : tool);
        return p;
    }

    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static boolean isStale(Properties holder) {
        try {
            if (hostName().equals(holder.getProperty("host"))) {
                long pid = Long.parseLong(holder.getProperty("pid", "-1"));
                return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            }
            Instant since = Instant.parse(holder.getProperty("since", ""));
            return since.plus(STALE_AFTER).isBefore(Instant.now());
        } catch (RuntimeException e) {
            return true; // unreadable lines: nobody can be told who holds it, so nobody does
        }
    }

    private static String describeHolder(Path lockFile) {
        synchronized (MONITOR) {
            ProjectLock ours = HELD.get(lockFile);
            if (ours != null) {
                return ours.holder;
            }
            return describe(readPath(lockFile));
        }
    }

    static String describe(Properties p) {
        if (p.isEmpty()) {
            return "another program (its lock file names no holder)";
        }
        String since = p.getProperty("since", "");
        try {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.parse(since), ZoneId.systemDefault());
            since = local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        } catch (RuntimeException e) {
            // keep the text as written
        }
        boolean here = hostName().equals(p.getProperty("host")) && Long.toString(ProcessHandle.current().pid()).equals(p.getProperty("pid"));
        return p.getProperty("user", "?") + " on " + p.getProperty("host", "?") + ", process " + p.getProperty("pid", "?")
                + (here ? " (this one)" : "") + " (" + p.getProperty("tool", "?") + "), since " + since;
    }

    private static Properties read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 8192);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        return parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    private static Properties readPath(Path lockFile) {
        try {
            byte[] bytes = Files.readAllBytes(lockFile);
            return parse(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Properties();
        }
    }

    private static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            p.clear();
        }
        return p;
    }

    private static void write(FileChannel channel, Properties p) throws IOException {
        StringBuilder text = new StringBuilder("# Bridgework project lock: this project is open for writing by the process below.\n");
        for (String key : new String[] {"user", "host", "pid", "tool", "since"}) {
            text.append(key).append('=').append(p.getProperty(key).replace("\n", " ")).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes), 0);
        channel.force(false);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static void sleep(long nanos) throws IOException {
        try {
            Thread.sleep(Duration.ofNanos(Math.max(1_000_000, nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the project's lock");
        }
    }
}
