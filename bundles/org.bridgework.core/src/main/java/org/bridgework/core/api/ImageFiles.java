package org.bridgework.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.bridgework.model.Image;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Pictures of image blocks: what kind of picture bytes are (by their first bytes, never the file name), where an
 * image's path points (relative to the project file), and whether it can be used (there, a picture, not too big).
 * Validation and assembly ask the same questions here, so {@code validate} says beforehand what would stop
 * {@code assemble}.
 *
 * @since 1.7
 */
public final class ImageFiles {

    /** The largest picture an image block may hold or point at: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ImageFiles() {
    }

    /**
     * The media type of picture bytes by their signature: {@code image/png}, {@code image/jpeg}, {@code image/gif},
     * {@code image/webp} or {@code image/svg+xml}; null for anything else.
     */
    public static String mediaType(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') {
            return "image/gif";
        }
        if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F' && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
            return "image/webp";
        }
        String head = new String(d, 0, Math.min(d.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!--")) && head.contains("<svg"))) {
            return "image/svg+xml";
        }
        return null;
    }

    /**
     * The file an image's path names: as it is when absolute, else relative to the folder of the project file; empty
     * when the image has no path, or a relative one in a project that is not a file.
     */
    public static Optional<Path> file(Image image) {
        String path = image.getPath();
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = Path.of(path.strip());
        } catch (RuntimeException bad) {
            return Optional.empty();
        }
        if (file.isAbsolute()) {
            return Optional.of(file);
        }
        Resource resource = image.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve(file));
    }

    /**
     * What keeps an image's picture from being used, as one sentence naming the block, or empty when it can be used:
     * no data and no path, a path to nothing (or to a folder), bytes that are no PNG, JPEG, GIF, WebP or SVG picture,
     * more than {@link #MAX_BYTES}. A relative path in a project that is not a file is not checked.
     */
    public static Optional<String> problem(Image image) {
        String name = "Image " + image.getId();
        byte[] data = image.getData();
        if (data != null && data.length > 0) {
            if (data.length > MAX_BYTES) {
                return Optional.of(name + " holds " + megabytes(data.length) + ", more than the " + megabytes(MAX_BYTES)
                        + " a picture may have: make it smaller (fewer pixels, or JPEG for photographs).");
            }
            return mediaType(data) == null
                    ? Optional.of(name + " holds data that is not a PNG, JPEG, GIF, WebP or SVG picture.")
                    : Optional.empty();
        }
        String path = image.getPath();
        if (path == null || path.isBlank()) {
            return Optional.of(name + " has neither data nor a path: give it the path of a picture file (relative to the project file).");
        }
        Optional<Path> file = file(image);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path f = file.get();
        if (!Files.exists(f)) {
            return Optional.of(name + ": its picture " + path + " does not exist (looked for " + f + ").");
        }
        if (!Files.isRegularFile(f)) {
            return Optional.of(name + ": its picture " + path + " is not a file (" + f + ").");
        }
        try {
            long size = Files.size(f);
            if (size > MAX_BYTES) {
                return Optional.of(name + ": its picture " + path + " has " + megabytes(size) + ", more than the " + megabytes(MAX_BYTES)
                        + " a picture may have: make it smaller (fewer pixels, or JPEG for photographs).");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(f)) {
                head = in.readNBytes(512);
            }
            if (mediaType(head) == null) {
                return Optional.of(name + ": " + path + " is not a PNG, JPEG, GIF, WebP or SVG picture (judged by its content, not its name).");
            }
        } catch (IOException e) {
            return Optional.of(name + ": its picture " + path + " cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
