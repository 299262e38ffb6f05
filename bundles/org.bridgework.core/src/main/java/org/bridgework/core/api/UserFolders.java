package org.bridgework.core.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The user's Bridgework folders — settings ({@link #config()}), data such as extensions ({@link #data()}) and caches
 * ({@link #cache()}) — as the launcher chose them for the platform (XDG folders on Linux, {@code %APPDATA%} and
 * {@code %LOCALAPPDATA%} on Windows, {@code ~/Library} on macOS; a set {@code XDG_*} variable wins everywhere). The
 * launcher names them in the system properties {@value #CONFIG_PROPERTY}, {@value #DATA_PROPERTY} and
 * {@value #CACHE_PROPERTY}; without it (tests, tools) they follow the XDG variables, then {@code ~/.config},
 * {@code ~/.local/share} and {@code ~/.cache}, each with {@code bridgework} appended. One place for every bundle.
 */
public record UserFolders(Path config, Path data, Path cache) {

    public static final String CONFIG_PROPERTY = "bridgework.user.config";
    public static final String DATA_PROPERTY = "bridgework.user.data";
    public static final String CACHE_PROPERTY = "bridgework.user.cache";

    /** The folders of this run. */
    public static UserFolders current() {
        return of(System.getProperties(), System.getenv());
    }

    /** The folders given these system properties and this environment. */
    public static UserFolders of(Properties system, Map<String, String> env) {
        Path home = Path.of(system.getProperty("user.home", "."));
        return new UserFolders(
                folder(system.getProperty(CONFIG_PROPERTY), env.get("XDG_CONFIG_HOME"), home.resolve(".config")),
                folder(system.getProperty(DATA_PROPERTY), env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")),
                folder(system.getProperty(CACHE_PROPERTY), env.get("XDG_CACHE_HOME"), home.resolve(".cache")));
    }

    /** The settings file shared by the bundles ({@code settings.properties} in {@link #config()}). */
    public Path settingsFile() {
        return config.resolve("settings.properties");
    }

    private static Path folder(String chosen, String xdg, Path fallbackBase) {
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        // the XDG specification says relative paths are invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : fallbackBase;
        return base.resolve("bridgework");
    }
}
