package org.bridgework.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a project file on disk was when it was opened or last saved: size, modification time and a SHA-256 of its
 * content. A save compares it with the file now: a different size or content means someone else wrote it (the time
 * alone may change without the content, when a file is copied back or touched, and is only reported).
 */
record DiskState(long size, FileTime modified, String sha256) {

    /** The state of {@code file} now, or null when there is no such file. */
    static DiskState of(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            return null;
        }
        return new DiskState(size, attributes.lastModifiedTime(), HexFormat.of().formatHex(digest.digest()));
    }

    /** Same content as {@code other}. */
    boolean sameContent(DiskState other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }
}
