package org.bridgework.contexts.internal;

import org.bridgework.core.api.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.contexts.internal.JarVerifier.Verdict;

/**
 * Signature verdicts kept between runs, so a start does not verify the same context jars again (an ECDSA check of
 * each jar cost 100-300 ms of every command). A verdict is keyed by a digest of the jar's bytes, the fingerprint of
 * the trust folders (their files' bytes) and the allow-unsigned setting: a changed jar, a changed trust store or a
 * changed setting is verified afresh. Verdicts expire after a day, so a certificate that expires is noticed. The file
 * lives in the product version's cache folder, which only the user can write, as with the trust folder itself.
 */
final class VerdictCache {

    static final Duration MAX_AGE = Duration.ofDays(1);
    private static final int MAX_ENTRIES = 200;

    private final Path file;

    /** A cache in this file; {@code null} keeps nothing between runs. */
    VerdictCache(Path file) {
        this.file = file;
    }

    /** The cache of the running product (the launcher names its cache folder), or none outside it. */
    static VerdictCache forProduct() {
        String cache = System.getProperty("bridgework.cache");
        return new VerdictCache(cache == null ? null : Path.of(cache).resolve("trust-verdicts.properties"));
    }

    Verdict verdict(Path jar, String trustFingerprint, boolean allowUnsigned, Supplier<Verdict> verify) {
        String key = file == null || trustFingerprint == null ? null : key(jar, trustFingerprint, allowUnsigned);
        if (key == null) {
            return verify.get();
        }
        Properties known = read();
        Verdict cached = lookup(known, key);
        if (cached != null) {
            return cached;
        }
        Verdict verdict = verify.get();
        store(known, key, verdict);
        return verdict;
    }

    private static String key(Path jar, String trustFingerprint, boolean allowUnsigned) {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            digest.update(("|" + trustFingerprint + "|" + allowUnsigned).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null; // unreadable: verify, which says why
        }
    }

    private Properties read() {
        Properties known = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                known.load(in);
            } catch (IOException | IllegalArgumentException e) {
                known.clear(); // a damaged cache is only a slower start
            }
        }
        return known;
    }

    private static Verdict lookup(Properties known, String key) {
        String when = known.getProperty(key + ".time");
        String trust = known.getProperty(key + ".trust");
        if (when == null || trust == null) {
            return null;
        }
        try {
            long age = System.currentTimeMillis() - Long.parseLong(when);
            if (age < 0 || age > MAX_AGE.toMillis()) {
                return null;
            }
            return new Verdict(Trust.valueOf(trust), known.getProperty(key + ".signer"), known.getProperty(key + ".reason", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void store(Properties known, String key, Verdict verdict) {
        long now = System.currentTimeMillis();
        // forget expired verdicts, and the oldest when there are too many
        List<String> keys = new ArrayList<>();
        for (String name : known.stringPropertyNames()) {
            if (name.endsWith(".time")) {
                keys.add(name.substring(0, name.length() - ".time".length()));
            }
        }
        keys.sort((a, b) -> Long.compare(time(known, a), time(known, b)));
        for (int i = 0; i < keys.size(); i++) {
            String old = keys.get(i);
            if (now - time(known, old) > MAX_AGE.toMillis() || keys.size() - i >= MAX_ENTRIES) {
                for (String suffix : new String[] {".time", ".trust", ".signer", ".reason"}) {
                    known.remove(old + suffix);
                }
            }
        }
        known.setProperty(key + ".time", Long.toString(now));
        known.setProperty(key + ".trust", verdict.trust().name());
        if (verdict.signer() != null) {
            known.setProperty(key + ".signer", verdict.signer());
        }
        known.setProperty(key + ".reason", verdict.reason() == null ? "" : verdict.reason());
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> known.store(out, "Bridgework: signature verdicts on context jars (a cache; safe to delete)"));
        } catch (IOException e) {
            // not kept: the next run verifies again
        }
    }

    private static long time(Properties known, String key) {
        try {
            return Long.parseLong(known.getProperty(key + ".time", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
