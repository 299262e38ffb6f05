package org.bridgework.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders of Bridgework in the places each platform expects them:
 * <ul>
 * <li>Linux and other Unix: the XDG base directories ({@code ~/.config}, {@code ~/.local/share}, {@code ~/.cache}).</li>
 * <li>Windows: {@code %APPDATA%\Bridgework} (roaming: settings and data follow the user) and
 * {@code %LOCALAPPDATA%\Bridgework\Cache} (this machine only).</li>
 * <li>macOS: {@code ~/Library/Application Support/Bridgework} and {@code ~/Library/Caches/Bridgework}.</li>
 * </ul>
 * An XDG variable that is set wins on every platform, so scripts and tests can isolate a run the same way everywhere.
 */
public record UserFolders(Path config, Path data, Path cache) {

    /** The folders of the user running this JVM. */
    public static UserFolders current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folders for a platform ({@code os.name}), an environment and a home folder. */
    public static UserFolders of(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path config;
        Path data;
        Path cache;
        if (os.startsWith("windows")) {
            Path roaming = variable(env, "APPDATA", userHome.resolve("AppData").resolve("Roaming")).resolve("Bridgework");
            Path local = variable(env, "LOCALAPPDATA", userHome.resolve("AppData").resolve("Local")).resolve("Bridgework");
            config = roaming;
            data = roaming;
            cache = local.resolve("Cache");
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path library = userHome.resolve("Library");
            config = library.resolve("Application Support").resolve("Bridgework");
            data = config;
            cache = library.resolve("Caches").resolve("Bridgework");
        } else {
            config = userHome.resolve(".config").resolve("bridgework");
            data = userHome.resolve(".local").resolve("share").resolve("bridgework");
            cache = userHome.resolve(".cache").resolve("bridgework");
        }
        return new UserFolders(
                xdg(env, "XDG_CONFIG_HOME", config),
                xdg(env, "XDG_DATA_HOME", data),
                xdg(env, "XDG_CACHE_HOME", cache));
    }

    private static Path variable(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static Path xdg(Map<String, String> env, String name, Path platformDefault) {
        String value = env.get(name);
        return value == null || value.isBlank() ? platformDefault : Path.of(value).resolve("bridgework");
    }
}
