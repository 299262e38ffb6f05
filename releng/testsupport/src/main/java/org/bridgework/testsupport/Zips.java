package org.bridgework.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office files (zip packages) changed for a test: a returned review pack or template with some parts replaced, as the
 * fuzz tests and the hostile-input tests make them.
 */
public final class Zips {

    private Zips() {
    }

    /**
     * The package {@code zip} with the parts named in {@code parts} replaced, in their places, and the ones it lacks
     * added at the end (in name order); every other part unchanged.
     */
    public static byte[] withParts(byte[] zip, Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            Map<String, byte[]> added = new TreeMap<>(parts);
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] body = parts.containsKey(e.getName()) ? parts.get(e.getName()) : in.readAllBytes();
                added.remove(e.getName());
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(body);
                out.closeEntry();
            }
            for (var part : added.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@link #withParts(byte[], Map)} of a seed package that is a resource beside {@code anchor} (a fuzz test's inputs). */
    public static byte[] withParts(Class<?> anchor, String seedResource, Map<String, byte[]> parts) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(seedResource)) {
            if (in == null) {
                throw new IOException("no resource " + seedResource + " beside " + anchor.getName());
            }
            return withParts(in.readAllBytes(), parts);
        }
    }

    /** One part of a package as text (UTF-8), or null when it has none of that name. */
    public static String part(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
