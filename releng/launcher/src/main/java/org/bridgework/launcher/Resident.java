package org.bridgework.launcher;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The resident product: {@code bridgework --daemon} boots once and runs later headless commands given in the same
 * folder, so they do not boot again (as Gradle's daemon does). A command finds it by a Unix domain socket in the
 * version cache named after the working folder (the folder relative paths are read from; one daemon per folder);
 * when there is none, or it does not answer, the command boots as usual. The socket is the user's alone (0600).
 * Commands run one at a time, with their output streamed back and the same exit code.
 */
final class Resident {

    private static final int MAGIC = 0x42570001;
    private static final byte OUT = 1;
    private static final byte ERR = 2;
    private static final byte EXIT = 0;
    /** The exit code a daemon answers when it cannot run the command here: the client then boots as usual. */
    private static final int NOT_HERE = -1;

    private Resident() {
    }

    /** The socket of the daemon serving commands given in {@code folder}. */
    static Path socket(ProductLayout layout, Path folder) {
        // two folders whose names collide share a socket name: the daemon answers NOT_HERE for the other folder
        return layout.versionCache().resolve("daemon-" + QuickHash.hex(folder.toString()).substring(0, 12) + ".sock");
    }

    static Path workingFolder() {
        return Path.of("").toAbsolutePath().normalize();
    }

    // ---- the client side, in every headless command

    /**
     * Runs the command in a daemon serving this folder, if there is one that answers; returns its exit code, or
     * {@code null} when the command must boot the product itself.
     */
    static Integer tryDaemon(ProductLayout layout, String[] args) {
        Path socket = socket(layout, workingFolder());
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return null; // not listening (a daemon killed without cleaning up): boot as usual
        }
        try (channel) {
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
            request.writeInt(MAGIC);
            request.writeUTF(workingFolder().toString());
            request.writeInt(args.length);
            for (String arg : args) {
                request.writeUTF(arg);
            }
            request.flush();
            DataInputStream answer = new DataInputStream(Channels.newInputStream(channel));
            boolean started = false;
            while (true) {
                byte kind = answer.readByte();
                if (kind == EXIT) {
                    int exit = answer.readInt();
                    if (exit == NOT_HERE && !started) {
                        return null;
                    }
                    Timing.mark("daemon-answered");
                    return exit;
                }
                byte[] bytes = new byte[answer.readInt()];
                answer.readFully(bytes);
                started = true;
                PrintStream target = kind == OUT ? System.out : System.err;
                target.write(bytes);
                target.flush();
            }
        } catch (IOException e) {
            System.err.println("bridgework: the resident product stopped answering (" + e.getMessage() + "); run the command again.");
            return 1;
        }
    }

    // ---- the daemon

    /** Serves commands until idle for {@code idleMinutes} or stopped (Ctrl+C, SIGTERM); returns the exit code. */
    static int serve(ProductLayout layout, Function<String[], Integer> command, long idleMinutes) throws IOException {
        Path folder = workingFolder();
        Path socket = socket(layout, folder);
        ServerSocketChannel server = bind(socket);
        if (server == null) {
            System.err.println("bridgework --daemon: a resident product already serves " + folder + " (" + socket + ").");
            return 2;
        }
        AtomicLong lastUsed = new AtomicLong(System.nanoTime());
        Thread stop = new Thread(() -> close(server, socket), "bridgework-daemon-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Thread idle = new Thread(() -> {
            while (server.isOpen()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() - lastUsed.get() > TimeUnit.MINUTES.toNanos(idleMinutes)) {
                    System.out.println("bridgework --daemon: idle for " + idleMinutes + " min, stopping.");
                    close(server, socket);
                }
            }
        }, "bridgework-daemon-idle");
        idle.setDaemon(true);
        idle.start();
        warmUp(command);
        System.out.println("bridgework --daemon: serving headless commands given in " + folder + " (Ctrl+C stops; idle stop after "
                + idleMinutes + " min).");
        System.out.flush();
        try {
            loop(server, folder, command, lastUsed, new java.util.concurrent.Semaphore(1));
        } finally {
            close(server, socket);
            removeHook(stop);
        }
        return 0;
    }

    /**
     * Serves headless commands given in this folder from a product that is open for its window, on a thread of its
     * own, until the returned handle is closed: a command typed in a terminal while the workbench is open does not
     * boot a second product. No warm-up (the window comes first) and no idle stop. Closing waits up to
     * {@link #BESIDE_CLOSE_WAIT_SECONDS} for a command still running. Nothing is served when a resident product
     * serves this folder already or the socket cannot be made: commands then start on their own, as before.
     */
    /** Serving beside a window; closing stops it. */
    interface Beside extends AutoCloseable {
        @Override
        void close();
    }

    static Beside serveBeside(ProductLayout layout, Function<String[], Integer> command) {
        Path folder = workingFolder();
        Path socket = socket(layout, folder);
        ServerSocketChannel server;
        try {
            server = bind(socket);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (server == null) {
            return null;
        }
        java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(1);
        Thread stop = new Thread(() -> close(server, socket), "bridgework-resident-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Thread serving = new Thread(() -> {
            try {
                loop(server, folder, command, new AtomicLong(), running);
            } finally {
                close(server, socket);
            }
        }, "bridgework-resident");
        serving.setDaemon(true);
        serving.start();
        return () -> {
            close(server, socket);
            try {
                // a command still running finishes before the product stops under it
                if (running.tryAcquire(BESIDE_CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    running.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            removeHook(stop);
        };
    }

    /** How long closing a product that served beside its window waits for a command still running. */
    static final int BESIDE_CLOSE_WAIT_SECONDS = 30;

    /**
     * Binds the socket (the user's alone), taking over a file left by a resident product that was killed; null when
     * one answers on it: it serves this folder already.
     */
    private static ServerSocketChannel bind(Path socket) throws IOException {
        Files.createDirectories(socket.getParent());
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                server.close();
                return null;
            } catch (IOException notListening) {
                Files.deleteIfExists(socket);
                server.bind(UnixDomainSocketAddress.of(socket));
            }
        }
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions: the cache folder's own permissions apply
        }
        return server;
    }

    /** Answers one client at a time until the server is closed; {@code running} is held while a command runs. */
    private static void loop(ServerSocketChannel server, Path folder, Function<String[], Integer> command, AtomicLong lastUsed,
            java.util.concurrent.Semaphore running) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        InputStream realIn = System.in;
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) { // closed
                break;
            }
            running.acquireUninterruptibly();
            try (client) {
                answer(client, folder, command, realOut, realErr, realIn);
            } catch (IOException | RuntimeException e) {
                realErr.println("bridgework: a command given to the resident product was cut short: " + e);
            } finally {
                System.setOut(realOut);
                System.setErr(realErr);
                System.setIn(realIn);
                lastUsed.set(System.nanoTime());
                running.release();
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    /**
     * Runs the sample's validation and assembly once, unseen, before serving: the renderers' classes (POI, the PDF
     * layout), fonts and the JIT are then ready for the first command a user gives. Failures only mean a colder start.
     */
    private static void warmUp(Function<String[], Integer> command) {
        if ("0".equals(System.getenv("BRIDGEWORK_DAEMON_WARMUP"))) {
            return;
        }
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        Path out = null;
        try {
            out = Files.createTempDirectory("bridgework-warmup");
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            System.setOut(nowhere);
            System.setErr(nowhere);
            command.apply(new String[] {"validate", "--sample"});
            command.apply(new String[] {"assemble", "--sample", "--format", "html,docx,pdf", "--out", out.toString(), "--force"});
        } catch (IOException | RuntimeException e) {
            // only colder
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
            if (out != null) {
                try {
                    Product.deleteTree(out);
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }
        }
    }

    private static void answer(SocketChannel client, Path folder, Function<String[], Integer> command, PrintStream realOut,
            PrintStream realErr, InputStream realIn) throws IOException {
        DataInputStream request = new DataInputStream(Channels.newInputStream(client));
        DataOutputStream reply = new DataOutputStream(Channels.newOutputStream(client));
        if (request.readInt() != MAGIC) {
            return; // not one of ours
        }
        String where = request.readUTF();
        int count = request.readInt();
        if (count < 0 || count > 10_000) {
            return;
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(request.readUTF());
        }
        if (!where.equals(folder.toString()) || Main.startFor(args, false) != Product.Start.HEADLESS) {
            reply.writeByte(EXIT);
            reply.writeInt(NOT_HERE);
            reply.flush();
            return;
        }
        // one command at a time: System.out/err are the product's, lent to the command while it runs
        System.setOut(new PrintStream(new Frames(reply, OUT), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Frames(reply, ERR), true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int exit;
        try {
            exit = command.apply(args.toArray(String[]::new));
        } finally {
            System.out.flush();
            System.err.flush();
        }
        synchronized (reply) {
            reply.writeByte(EXIT);
            reply.writeInt(exit);
            reply.flush();
        }
    }

    private static void close(ServerSocketChannel server, Path socket) {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // a later daemon takes the file over
        }
    }

    /** Output of the running command, sent to the client as frames of one kind (standard output or error). */
    private static final class Frames extends OutputStream {
        private final DataOutputStream reply;
        private final byte kind;

        Frames(DataOutputStream reply, byte kind) {
            this.reply = reply;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            synchronized (reply) {
                reply.writeByte(kind);
                reply.writeInt(length);
                reply.write(bytes, offset, length);
                reply.flush();
            }
        }
    }
}
