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
     * The user's folders (core.api UserFolders: the launcher's choice for the platform, else XDG, else {@code ~/.config}, {@code ~/.cache});
     * the system properties {@value #CONFIG_PROPERTY} and {@value #RECOVERY_PROPERTY} override them.
     */
    public static WorkbenchPaths fromEnvironment() {
        org.bridgework.core.api.UserFolders user = org.bridgework.core.api.UserFolders.current();
        WorkbenchPaths paths = new WorkbenchPaths(user.config(), user.cache().resolve("recovery"));
        String config = System.getProperty(CONFIG_PROPERTY);
        String recovery = System.getProperty(RECOVERY_PROPERTY);
        return new WorkbenchPaths(config == null || config.isBlank() ? paths.config() : Path.of(config),
                recovery == null || recovery.isBlank() ? paths.recovery() : Path.of(recovery));
    }

    static WorkbenchPaths of(Map<String, String> env, Path home) {
        java.util.Properties system = new java.util.Properties();
        system.setProperty("user.home", home.toString());
        org.bridgework.core.api.UserFolders user = org.bridgework.core.api.UserFolders.of(system, env);
        return new WorkbenchPaths(user.config(), user.cache().resolve("recovery"));
    }

    /** The layout, perspectives and recent files. */
    public Path layoutFile() {
        return config.resolve("workbench.json");
    }

}
