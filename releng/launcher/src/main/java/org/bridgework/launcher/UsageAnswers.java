package org.bridgework.launcher;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * Answers that depend only on the command line and on which commands are installed: help ({@code -h}, {@code --help},
 * {@code help X}), {@code --version} and usage errors found while parsing. The command line service says when a run's
 * outcome was one of these ({@link #OUTCOME_PROPERTY}); the launcher then keeps what it printed, keyed by the arguments,
 * the terminal and locale, and the state of every folder that decides which bundles start (the product's bundles and
 * extensions, the user's extensions, both trust folders, the user's settings file) — so the same question again is
 * answered without starting the product, as a native tool's help is. Anything that changes one of those inputs makes a
 * different key, and an entry that does not read back whole is ignored (the command then boots as usual).
 */
final class UsageAnswers {

    /**
     * Set by the command line service (org.bridgework.cli) to {@value #PURE} when the run's output depended only on the
     * arguments and the installed commands: usage help, version help or a parse error. Cleared by the launcher before.
     */
    static final String OUTCOME_PROPERTY = "bridgework.cli.outcome";
    static final String PURE = "arguments-only";

    private static final int MAGIC = 0x42574832; // "BWH2": the entry holds its question, compared on reading
    /** Entries kept per product version: the oldest are removed beyond this. */
    private static final int KEEP = 200;
    /** Larger outputs are not kept (help of a command is a few kB). */
    private static final int MAX_BYTES = 1 << 20;

    private final Path folder;
    /** Everything the answer depends on, written out; stored in the entry and compared when it is read back. */
    private final String question;
    private final String key;

    private UsageAnswers(Path folder, String question) {
        this.folder = folder;
        this.question = question;
        this.key = fileName(question);
    }

    /** The answers of this product version for these arguments, or null when the key cannot be made (unreadable folders). */
    static UsageAnswers of(ProductLayout layout, List<String> args) {
        try {
            return new UsageAnswers(layout.versionCache().resolve("answers"), question(layout, args, System.getenv()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The name of the entry for these arguments in this product and these folders. */
    static String key(ProductLayout layout, List<String> args, Map<String, String> env) throws IOException {
        return fileName(question(layout, args, env));
    }

    /**
     * A file name for the question. Not a cryptographic digest, whose provider takes 10-20 ms to set up at every
     * start: the entry holds the question itself, so names that collide only make the later question miss and boot.
     */
    static String fileName(String question) {
        return QuickHash.hex(question);
    }

    /** Everything an answer depends on, as text (loops, not lambdas: each lambda's first call costs at start-up). */
    static String question(ProductLayout layout, List<String> args, Map<String, String> env) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("args");
        for (String arg : args) {
            text.append('\u0000').append(arg);
        }
        text.append("\nlocale ").append(Locale.getDefault().toLanguageTag());
        text.append("\nterminal ").append(terminal());
        text.append("\ndisplay ").append(env.get("DISPLAY") != null);
        // what picocli's colours and width follow, and every setting of ours (BRIDGEWORK_TIMING only adds timing lines)
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> variable : env.entrySet()) {
            String name = variable.getKey();
            if ((name.startsWith("BRIDGEWORK_") && !name.equals("BRIDGEWORK_TIMING")) || TERMINAL_VARIABLES.contains(name)) {
                sorted.put("env " + name, variable.getValue());
            }
        }
        for (Map.Entry<Object, Object> property : System.getProperties().entrySet()) {
            String name = String.valueOf(property.getKey());
            if (name.startsWith("bridgework.") || name.startsWith("picocli.")) {
                sorted.put("property " + name, String.valueOf(property.getValue()));
            }
        }
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            text.append('\n').append(entry.getKey()).append('=').append(entry.getValue());
        }
        Path home = layout.home();
        Path userData = layout.userExtensions().toAbsolutePath().getParent();
        List<Path> inputs = new ArrayList<>(List.of(home.resolve("product.properties"), layout.bundles(), layout.productExtensions(),
                home.resolve("trust"), layout.userExtensions(), UserFolders.current().config().resolve("settings.properties")));
        if (userData != null) {
            inputs.add(userData.resolve("trust"));
        }
        for (Path input : inputs) {
            describe(input, text);
        }
        return text.toString();
    }

    /** What picocli's colours and width follow. */
    private static final List<String> TERMINAL_VARIABLES = List.of("TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "COLUMNS",
            "LANG", "LC_ALL", "LC_MESSAGES");

    /** Whether output goes to a terminal, as picocli decides its colours: a console, and on JDK 22+ one that is a terminal. */
    private static String terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return "none";
        }
        try {
            return "console " + java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return "console"; // JDK 21: a console is only there for a terminal
        }
    }

    /**
     * A file's size and modification time, or a folder's entries' names, sizes and times. A missing folder reads as an
     * empty one: the first run makes the extension folders, and "none yet" and "empty" start the same bundles.
     */
    private static void describe(Path path, StringBuilder text) throws IOException {
        text.append("\npath ").append(path.toAbsolutePath());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!attributes.isDirectory()) {
            text.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
            return;
        }
        List<String> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
            for (Path child : children) {
                BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class);
                entries.add(child.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toMillis() + (a.isDirectory() ? "/" : ""));
            }
        }
        entries.sort(Comparator.naturalOrder());
        for (String entry : entries) {
            text.append("\n  ").append(entry);
        }
    }

    /** Prints the kept answer and returns its exit code, or returns null when there is none (or it does not read back whole). */
    Integer replay(PrintStream out, PrintStream err) {
        Path entry = folder.resolve(key);
        byte[] stdout;
        byte[] stderr;
        int exit;
        try (InputStream in = Files.newInputStream(entry); DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != MAGIC || !question.equals(new String(readBlock(data), StandardCharsets.UTF_8))) {
                return null;
            }
            exit = data.readInt();
            stdout = readBlock(data);
            stderr = readBlock(data);
            if (data.readInt() != MAGIC) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        out.write(stdout, 0, stdout.length);
        out.flush();
        err.write(stderr, 0, stderr.length);
        err.flush();
        return exit;
    }

    private static byte[] readBlock(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("bad length");
        }
        return data.readNBytes(length);
    }

    /**
     * Runs the command with its output also recorded, and keeps the answer when the command line service said it
     * depended only on the arguments. {@code trustworthy} is false when some bundle did not start (a command may be missing).
     */
    int run(IntSupplier command, boolean trustworthy) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        Tee stdout = new Tee(realOut);
        Tee stderr = new Tee(realErr);
        System.clearProperty(OUTCOME_PROPERTY);
        System.setOut(new PrintStream(stdout, true));
        System.setErr(new PrintStream(stderr, true));
        int exit;
        try {
            exit = command.getAsInt();
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(realOut);
            System.setErr(realErr);
        }
        byte[] out = stdout.recorded();
        byte[] err = stderr.recorded();
        if (trustworthy && PURE.equals(System.getProperty(OUTCOME_PROPERTY)) && out != null && err != null) {
            keep(exit, out, err);
        }
        return exit;
    }

    /** Writes the entry beside and moves it in, so a reader never sees half of one; a failure only means no answer kept. */
    private void keep(int exit, byte[] stdout, byte[] stderr) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream file = Files.newOutputStream(temporary); DataOutputStream data = new DataOutputStream(file)) {
                data.writeInt(MAGIC);
                byte[] asked = question.getBytes(StandardCharsets.UTF_8);
                data.writeInt(asked.length);
                data.write(asked);
                data.writeInt(exit);
                data.writeInt(stdout.length);
                data.write(stdout);
                data.writeInt(stderr.length);
                data.write(stderr);
                data.writeInt(MAGIC);
            }
            Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // only speed is lost: the next run asks the product again
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(Files::isRegularFile).sorted(Comparator.comparingLong(UsageAnswers::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Writes to the real stream and records up to {@link #MAX_BYTES}: every command's output passes through here, and
     * one that prints a large export must not be held in memory as well (an answer that long is never kept).
     */
    private static final class Tee extends OutputStream {
        private final OutputStream real;
        private final ByteArrayOutputStream record = new ByteArrayOutputStream();
        private boolean overflow;

        Tee(OutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            real.write(b, off, len);
            if (!overflow && record.size() + len <= MAX_BYTES) {
                record.write(b, off, len);
            } else {
                overflow = true;
                record.reset();
            }
        }

        @Override
        public void flush() throws IOException {
            real.flush();
        }

        /** What was written, or null when it was more than an answer may be. */
        byte[] recorded() {
            return overflow ? null : record.toByteArray();
        }
    }
}
