package org.bridgework.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * Equinox's {@code Eclipse-PlatformFilter} for Felix, which ignores the header: the launcher does not install a bundle
 * whose filter does not match this system (SWT's win32 and cocoa fragments on Linux), so it cannot attach its classes
 * to the SWT host. (A resolver hook keeping them INSTALLED was tried: with it registered Felix resolved nothing.)
 * The platform is also given to the framework as {@code osgi.os}, {@code osgi.ws} and {@code osgi.arch}.
 */
final class PlatformFilter {

    static final String HEADER = "Eclipse-PlatformFilter";

    private final Map<String, String> platform;

    PlatformFilter(Map<String, String> platform) {
        this.platform = Map.copyOf(platform);
    }

    /** {@code osgi.os}, {@code osgi.ws}, {@code osgi.arch} in Equinox's spelling for a JVM's os.name and os.arch. */
    static Map<String, String> platformOf(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os;
        String ws;
        if (name.startsWith("windows")) {
            os = "win32";
            ws = "win32";
        } else if (name.startsWith("mac") || name.startsWith("darwin")) {
            os = "macosx";
            ws = "cocoa";
        } else {
            os = name.replace(" ", "");
            ws = "gtk";
        }
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch.toLowerCase(Locale.ROOT);
        };
        return Map.of("osgi.os", os, "osgi.ws", ws, "osgi.arch", arch);
    }

    static Map<String, String> current() {
        return platformOf(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** True when the bundle has no platform filter or its filter matches; an unreadable filter does not match. */
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        try {
            return FrameworkUtil.createFilter(filter).matches(platform);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /** The jar's Eclipse-PlatformFilter header, or null when it has none (or no manifest). */
    static String headerOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue(HEADER);
        }
    }
}
