package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Jars, keys and signatures for tests, made with the JDK's own keytool and jarsigner. */
final class TestJars {

    static final String PASSWORD = "changeit";

    private TestJars() {
    }

    /** A bundle jar with these headers and entries (text). */
    static Path bundle(Path jar, Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** A key pair with a self-signed certificate in a new PKCS12 key store. */
    static Path keyStore(Path folder, String alias, String dname) throws IOException, InterruptedException {
        Path store = folder.resolve(alias + ".p12");
        run(tool("keytool"), "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname, "-validity", "30",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** Exports the certificate of {@code alias} as PEM into {@code target}. */
    static Path exportCertificate(Path store, String alias, Path target) throws IOException, InterruptedException {
        run(tool("keytool"), "-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASSWORD, "-file", target.toString());
        return target;
    }

    /** A trust store (PKCS12, password "bridgework") holding the certificate of {@code alias}. */
    static Path trustStore(Path store, String alias, Path target) throws IOException, InterruptedException {
        Path pem = exportCertificate(store, alias, target.resolveSibling(alias + "-export.pem"));
        run(tool("keytool"), "-importcert", "-noprompt", "-alias", alias, "-file", pem.toString(), "-keystore", target.toString(), "-storetype", "PKCS12",
                "-storepass", TrustStores.STORE_PASSWORD);
        Files.delete(pem);
        return target;
    }

    static Path sign(Path jar, Path store, String alias) throws IOException, InterruptedException {
        run(tool("jarsigner"), "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, jar.toString(), alias);
        return jar;
    }

    /** Rewrites a jar, changing entries (the function gets and returns the bytes; null removes) and adding some. */
    static Path rewrite(Path jar, Path target, Map<String, UnaryOperator<byte[]>> change, Map<String, String> add) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            List<ZipEntry> all = new ArrayList<>();
            while (entries.hasMoreElements()) {
                all.add(entries.nextElement());
            }
            for (ZipEntry entry : all) {
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (change.containsKey(entry.getName())) {
                    bytes = change.get(entry.getName()).apply(bytes);
                }
                if (bytes == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            for (Map.Entry<String, String> entry : add.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
