package org.bridgework.literature.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bridgework.core.cli.ProjectSelection;

/**
 * {@code [PROJECT | --sample]} for commands whose other positional parameters come first
 * ({@code cite KEY... PROJECT}): the project is the last positional parameter when it names a
 * {@code .guidance} file or an existing file, or {@code -p FILE}.
 */
final class PositionalProject extends ProjectSelection {

    private final Path file;
    private final boolean sample;

    private PositionalProject(Path file, boolean sample) {
        this.file = file;
        this.sample = sample;
    }

    /** Splits {@code args} into the command's own arguments (left in the list) and the project (returned). */
    static PositionalProject take(List<String> args, Path option, boolean sample) {
        Path file = option;
        if (file == null && !args.isEmpty()) {
            String last = args.get(args.size() - 1);
            if (last.toLowerCase(Locale.ROOT).endsWith(".guidance") || (!last.startsWith("@") && !last.startsWith("[") && Files.isRegularFile(Path.of(last)))) {
                file = Path.of(last);
                args.remove(args.size() - 1);
            }
        }
        return new PositionalProject(file, sample);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean sample() {
        return sample;
    }

    @Override
    protected String fileLabel() {
        return "PROJECT";
    }
}
