package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.bridgework.core.api.UserFolders;

/**
 * Where the contexts runtime finds its folders and the user's settings.
 * <ul>
 * <li>Trust folders: the product's {@code trust/} ({@code bridgework.home}) and the user's data folder's
 * {@code trust/} (beside the user's {@code extensions/}: {@code ~/.local/share/bridgework/trust}).</li>
 * <li>Unsigned contexts for development: {@code contexts.allowUnsigned=true} in
 * {@code ~/.config/bridgework/settings.properties} (XDG_CONFIG_HOME), or the environment variable
 * {@code BRIDGEWORK_ALLOW_UNSIGNED=true}, or the system property {@code bridgework.contexts.allowUnsigned=true}.</li>
 * </ul>
 */
public record Settings(Path productHome, Path userExtensions, Path productExtensions, Path userConfig, boolean allowUnsigned, long timeoutMillis) {

    public static final String ALLOW_UNSIGNED_KEY = "contexts.allowUnsigned";
    public static final String ALLOW_UNSIGNED_ENV = "BRIDGEWORK_ALLOW_UNSIGNED";
    public static final String ALLOW_UNSIGNED_PROPERTY = "bridgework.contexts.allowUnsigned";
    public static final String TIMEOUT_PROPERTY = "bridgework.contexts.timeoutMillis";

    /** Reads the settings now (the launcher's system properties, the environment, the settings file). */
    public static Settings current() {
        return from(System.getProperties(), System.getenv());
    }

    static Settings from(Properties system, Map<String, String> env) {
        Path home = pathOrNull(system.getProperty("bridgework.home"));
        UserFolders user = UserFolders.of(system, env);
        Path userExtensions = pathOrNull(system.getProperty("bridgework.user.extensions"));
        if (userExtensions == null) {
            userExtensions = user.data().resolve("extensions");
        }
        Path productExtensions = pathOrNull(system.getProperty("felix.fileinstall.dir"));
        if (productExtensions == null && home != null) {
            productExtensions = home.resolve("extensions");
        }
        Path config = user.settingsFile();
        String allow = system.getProperty(ALLOW_UNSIGNED_PROPERTY);
        if (allow == null) {
            allow = env.get(ALLOW_UNSIGNED_ENV);
        }
        if (allow == null && Files.isRegularFile(config)) {
            Properties file = new Properties();
            try (InputStream in = Files.newInputStream(config)) {
                file.load(in);
                allow = file.getProperty(ALLOW_UNSIGNED_KEY);
            } catch (IOException e) {
                allow = null; // an unreadable settings file allows nothing
            }
        }
        long timeout = 5000;
        try {
            timeout = Long.parseLong(system.getProperty(TIMEOUT_PROPERTY, "5000"));
        } catch (NumberFormatException ignored) {
            // keep the default
        }
        return new Settings(home, userExtensions, productExtensions, config, "true".equalsIgnoreCase(allow == null ? "" : allow.trim()), timeout);
    }

    /** The product's trust folder, then the user's. */
    public List<Path> trustFolders() {
        Path user = userExtensions.getParent() == null ? null : userExtensions.getParent().resolve("trust");
        return productHome == null ? java.util.Arrays.asList(user) : java.util.Arrays.asList(productHome.resolve("trust"), user);
    }

    public Path userTrust() {
        return userExtensions.toAbsolutePath().getParent().resolve("trust");
    }

    private static Path pathOrNull(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

}
