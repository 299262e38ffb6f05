package org.bridgework.drafting.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.bridgework.core.api.Problem.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Per-project settings of the drafting checks. The model has no place for them, so they live in a sidecar file next
 * to the project: {@code NAME.guidance} → {@code NAME.checks.properties} (UTF-8 properties). Keys:
 * <ul>
 * <li>{@code CODE.enabled=false} turns a check off (all are on by default);</li>
 * <li>{@code CODE.severity=info|warning|error} changes how serious its problems are;</li>
 * <li>thresholds: {@code long-sentence.maxWords} (25), {@code readability.maxGrade} (9), {@code readability.minEase} (50),
 * {@code readability.minWords} (100: shorter sections are not scored) (pages are the model's one {@code PageEstimate}, not a setting).</li>
 * </ul>
 * A missing file means the defaults.
 */
public final class CheckSettings {

    /** Suffix replacing {@code .guidance} for the settings file. */
    public static final String SUFFIX = ".checks.properties";

    private final Properties properties;

    public CheckSettings(Properties properties) {
        this.properties = properties == null ? new Properties() : properties;
    }

    /** All defaults. */
    public static CheckSettings defaults() {
        return new CheckSettings(new Properties());
    }

    /** The settings file for a project file. */
    public static Path sidecar(Path projectFile) {
        String name = projectFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return projectFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    /** Reads the sidecar of a project file (defaults when it does not exist). */
    public static CheckSettings load(Path projectFile) throws IOException {
        Path file = sidecar(projectFile);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return new CheckSettings(p);
    }

    /** The settings of the project holding {@code element}: its resource's file sidecar, or defaults (unreadable file too). */
    public static CheckSettings of(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return defaults();
        }
        try {
            return load(Path.of(uri.toFileString()));
        } catch (IOException | RuntimeException e) {
            return defaults();
        }
    }

    /**
     * These settings with one key set ({@code null} removes it: the default applies).
     *
     * @since 1.1
     */
    public CheckSettings with(String key, String value) {
        Properties p = new Properties();
        p.putAll(properties);
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
        return new CheckSettings(p);
    }

    /**
     * Writes these settings to the sidecar of a project file (replacing it; written to a temporary file first, so it
     * is whole or unchanged), keys sorted.
     *
     * @since 1.1
     */
    public void store(Path projectFile) throws IOException {
        Path file = sidecar(projectFile);
        StringBuilder b = new StringBuilder("# Bridgework drafting check settings for ").append(projectFile.getFileName()).append('\n')
                .append("# CODE.enabled=false turns a check off; CODE.severity=info|warning|error; thresholds such as long-sentence.maxWords\n");
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        for (String k : properties.stringPropertyNames()) {
            sorted.put(k, properties.getProperty(k));
        }
        for (var e : sorted.entrySet()) {
            b.append(escape(e.getKey(), true)).append('=').append(escape(e.getValue(), false)).append('\n');
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".checks-", ".tmp");
        try {
            Files.writeString(temp, b, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The value of a key as written, or {@code null} when it is not set.
     *
     * @since 1.1
     */
    public String get(String key) {
        return properties.getProperty(key);
    }

    public boolean enabled(String code) {
        return !"false".equalsIgnoreCase(properties.getProperty(code + ".enabled", "true").strip());
    }

    public Severity severity(String code, Severity fallback) {
        String value = properties.getProperty(code + ".severity");
        if (value == null) {
            return fallback;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** A numeric threshold {@code key} (for example {@code long-sentence.maxWords}), or {@code fallback} when absent or not a number. */
    public double number(String key, double fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
