package org.bridgework.ui.workbench.internal;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the workbench keeps its per-user files: the layout and recent files
 * ({@code $XDG_CONFIG_HOME/bridgework/workbench.json}) and the crash-recovery journal
 * ({@code $XDG_CACHE_HOME/bridgework/recovery/}).
 *
 * @param config   the configuration folder ({@code .../bridgework})
 * @param recovery the recovery journal's folder
 */
public record WorkbenchPaths(Path config, Path recovery) {

    /** System property: the configuration folder instead of {@code $XDG_CONFIG_HOME/bridgework} (tests). */
    public static final String CONFIG_PROPERTY = "bridgework.workbench.config";
    /** System property: the recovery folder instead of {@code $XDG_CACHE_HOME/bridgework/recovery} (tests). */
    public static final String RECOVERY_PROPERTY = "bridgework.workbench.recovery";

    /**
     * The folders of the XDG base directory specification, falling back to {@code ~/.config} and {@code ~/.cache};
     * the system properties {@value #CONFIG_PROPERTY} and {@value #RECOVERY_PROPERTY} override them.
     */
    public static WorkbenchPaths fromEnvironment() {
        WorkbenchPaths paths = of(System.getenv(), Path.of(System.getProperty("user.home")));
        String config = System.getProperty(CONFIG_PROPERTY);
        String recovery = System.getProperty(RECOVERY_PROPERTY);
        return new WorkbenchPaths(config == null || config.isBlank() ? paths.config() : Path.of(config),
                recovery == null || recovery.isBlank() ? paths.recovery() : Path.of(recovery));
    }

    static WorkbenchPaths of(Map<String, String> env, Path home) {
        Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("bridgework");
        Path cache = xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("bridgework");
        return new WorkbenchPaths(config, cache.resolve("recovery"));
    }

    /** The layout, perspectives and recent files. */
    public Path layoutFile() {
        return config.resolve("workbench.json");
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        // the specification says relative paths are invalid and must be ignored
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
