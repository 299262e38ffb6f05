package org.bridgework.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What the index remembers of the project file it was built from (in its commit's user data): path, size,
 * modification time and a CRC-32C of the content. The cheap ones decide first; the content is hashed only when the
 * time differs (a copy or a touch leaves the content the same).
 */
record Fingerprint(String path, long size, long modified, String crc) {

    static final String PATH = "bridgework.project";
    static final String SIZE = "bridgework.size";
    static final String MODIFIED = "bridgework.modified";
    static final String CRC = "bridgework.crc32c";

    /** The file as it is now. */
    static Fingerprint of(Path file) throws IOException {
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        return new Fingerprint(file.toString(), size, modified, crc(file));
    }

    static String crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                crc.update(buffer, 0, n);
            }
        }
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Read back from commit user data, or null when something is missing. */
    static Fingerprint from(Map<String, String> data) {
        try {
            String path = data.get(PATH);
            String crc = data.get(CRC);
            if (path == null || crc == null) {
                return null;
            }
            return new Fingerprint(path, Long.parseLong(data.get(SIZE)), Long.parseLong(data.get(MODIFIED)), crc);
        } catch (RuntimeException e) {
            return null;
        }
    }

    Map<String, String> toMap() {
        Map<String, String> data = new HashMap<>();
        data.put(PATH, path);
        data.put(SIZE, Long.toString(size));
        data.put(MODIFIED, Long.toString(modified));
        data.put(CRC, crc);
        return data;
    }

    /**
     * Null when {@code file} still is what this fingerprint describes, else why not. Hashes the file only when its
     * modification time changed.
     */
    String differences(Path file) throws IOException {
        if (!file.toString().equals(path)) {
            return "the cache belongs to " + path;
        }
        if (!Files.isRegularFile(file)) {
            return "the project file is gone";
        }
        long nowSize = Files.size(file);
        if (nowSize != size) {
            return "the project file changed (" + size + " bytes when indexed, " + nowSize + " now)";
        }
        long nowModified = Files.getLastModifiedTime(file).toMillis();
        if (nowModified != modified && !crc(file).equals(crc)) {
            return "the project file changed (same size, different content)";
        }
        return null;
    }
}
