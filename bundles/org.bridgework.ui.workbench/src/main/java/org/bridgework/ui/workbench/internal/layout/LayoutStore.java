package org.bridgework.ui.workbench.internal.layout;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/** Reads and writes {@link LayoutState} as JSON; a missing, unreadable or foreign file gives the defaults. */
public final class LayoutStore {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;

    public LayoutStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The remembered state, or a fresh one (the defaults) when there is none that this version can read. */
    public LayoutState load() {
        if (!Files.isRegularFile(file)) {
            return new LayoutState();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LayoutState state = GSON.fromJson(reader, LayoutState.class);
            return state == null || state.version != LayoutState.VERSION ? new LayoutState() : normalise(state);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // a damaged layout file must not stop the workbench: start from the defaults, overwrite it on exit
            return new LayoutState();
        }
    }

    /** Writes the state atomically (temporary file, then rename). */
    public void save(LayoutState state) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            GSON.toJson(state, writer);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static LayoutState normalise(LayoutState state) {
        LayoutState defaults = new LayoutState();
        if (state.perspectives == null) {
            state.perspectives = defaults.perspectives;
        }
        if (state.recent == null) {
            state.recent = defaults.recent;
        }
        state.perspectives.values().removeIf(p -> p == null);
        for (LayoutState.PerspectiveState p : state.perspectives.values()) {
            if (p.closed == null) {
                p.closed = new java.util.LinkedHashSet<>();
            }
            if (p.minimized == null) {
                p.minimized = new java.util.LinkedHashSet<>();
            }
            if (p.selected == null) {
                p.selected = new java.util.LinkedHashMap<>();
            }
            if (p.shown != null) {
                p.shown.removeIf(v -> v == null || v.view == null || v.stack == null);
            }
        }
        return state;
    }
}
