package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The certificates whose keys may sign context bundles, read from trust folders: the product's {@code trust/}
 * and the user's {@code ~/.local/share/bridgework/trust/}. A folder may hold key stores ({@code .p12}/{@code .pfx}
 * PKCS12, {@code .jks}; password {@value #STORE_PASSWORD}: they hold public certificates only, the password just
 * protects their integrity) and certificate files ({@code .pem}, {@code .crt}, {@code .cer}; PEM or DER).
 */
public final class TrustStores {

    /** The password of trust stores (not a secret: they hold certificates, never private keys). */
    public static final String STORE_PASSWORD = "bridgework";

    private final List<X509Certificate> certificates;
    private final List<String> problems;

    private TrustStores(List<X509Certificate> certificates, List<String> problems) {
        this.certificates = List.copyOf(certificates);
        this.problems = List.copyOf(problems);
    }

    /** Reads every store and certificate file in these folders (missing folders are skipped). */
    public static TrustStores load(List<Path> folders) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try {
                files = filesIn(folder);
            } catch (IOException e) {
                problems.add("Could not list the trust folder " + folder + ": " + e.getMessage());
                continue;
            }
            for (Path file : files) {
                try {
                    certificates.addAll(read(file));
                } catch (IOException | GeneralSecurityException e) {
                    problems.add("Could not read the trusted certificates in " + file + ": " + e.getMessage());
                }
            }
        }
        return new TrustStores(certificates, problems);
    }

    /** A trust folder's entries in name order. */
    private static List<Path> filesIn(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(files::add);
        }
        Collections.sort(files);
        return files;
    }

    static List<X509Certificate> read(Path file) throws IOException, GeneralSecurityException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<X509Certificate> found = new ArrayList<>();
        if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".jks")) {
            KeyStore store = KeyStore.getInstance(name.endsWith(".jks") ? "JKS" : "PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, STORE_PASSWORD.toCharArray());
            }
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    found.add(x509);
                }
            }
        } else if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : factory.generateCertificates(in)) {
                    if (certificate instanceof X509Certificate x509) {
                        found.add(x509);
                    }
                }
            }
        }
        return found;
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** Stores or files that could not be read (reported, never fatal). */
    public List<String> problems() {
        return problems;
    }

    /**
     * What the folders hold now: each file's name and a digest of its bytes (trust files are a few KB). Equal
     * fingerprints mean the stores need not be read again (a PKCS12 store's integrity check alone costs 0.3-1.5 s on
     * this machine kind), and a jar's verdict made against them still holds.
     */
    public static String fingerprint(List<Path> folders) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
        for (Path folder : folders) {
            digest.update(String.valueOf(folder).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try {
                files = filesIn(folder);
            } catch (IOException e) {
                return null; // unreadable now: read the stores again, which reports why
            }
            for (Path file : files) {
                try {
                    digest.update(("\n" + file.getFileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (Files.isRegularFile(file) && Files.size(file) < 1 << 20) {
                        digest.update(Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    public boolean trusts(Certificate certificate) {
        return certificates.contains(certificate);
    }
}
