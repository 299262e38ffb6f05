package org.bridgework.contexts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.contexts.internal.JarVerifier.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictCacheTest {

    @TempDir
    Path temp;

    private final AtomicInteger verified = new AtomicInteger();

    private Supplier<Verdict> verifying(Trust trust) {
        return () -> {
            verified.incrementAndGet();
            return new Verdict(trust, "CN=Someone", "because");
        };
    }

    @Test
    void aVerdictIsKeptBetweenRunsUntilTheJarTheTrustOrTheSettingChanges() throws Exception {
        Path jar = Files.writeString(temp.resolve("a.jar"), "first bytes");
        Path file = temp.resolve("cache/verdicts.properties");
        assertEquals(Trust.TRUSTED, new VerdictCache(file).verdict(jar, "trust-1", false, verifying(Trust.TRUSTED)).trust());
        // a new run (a new cache object over the same file) does not verify again, and gets the same verdict
        Verdict again = new VerdictCache(file).verdict(jar, "trust-1", false, verifying(Trust.TAMPERED));
        assertEquals(1, verified.get());
        assertEquals(Trust.TRUSTED, again.trust());
        assertEquals("CN=Someone", again.signer());

        new VerdictCache(file).verdict(jar, "trust-2", false, verifying(Trust.TRUSTED));
        assertEquals(2, verified.get(), "another trust store: verified again");
        new VerdictCache(file).verdict(jar, "trust-1", true, verifying(Trust.TRUSTED));
        assertEquals(3, verified.get(), "another setting: verified again");
        Files.writeString(jar, "first bytez"); // same size, other bytes
        new VerdictCache(file).verdict(jar, "trust-1", false, verifying(Trust.TRUSTED));
        assertEquals(4, verified.get(), "a changed jar: verified again");
    }

    @Test
    void aDamagedOrMissingCacheOnlyMeansVerifyingAgain() throws Exception {
        Path jar = Files.writeString(temp.resolve("a.jar"), "bytes");
        Path file = Files.writeString(temp.resolve("verdicts.properties"), "\\u12 not a properties file \u0000");
        assertEquals(Trust.TRUSTED, new VerdictCache(file).verdict(jar, "t", false, verifying(Trust.TRUSTED)).trust());
        new VerdictCache(null).verdict(jar, "t", false, verifying(Trust.TRUSTED));
        new VerdictCache(file).verdict(jar, null, false, verifying(Trust.TRUSTED));
        assertEquals(3, verified.get());
    }

    @Test
    void anExpiredVerdictIsVerifiedAgain() throws Exception {
        Path jar = Files.writeString(temp.resolve("a.jar"), "bytes");
        Path file = temp.resolve("verdicts.properties");
        new VerdictCache(file).verdict(jar, "t", false, verifying(Trust.TRUSTED));
        String text = Files.readString(file).replaceAll("\\.time=\\d+", ".time=" + (System.currentTimeMillis() - VerdictCache.MAX_AGE.toMillis() - 1000));
        Files.writeString(file, text);
        new VerdictCache(file).verdict(jar, "t", false, verifying(Trust.TRUSTED));
        assertEquals(2, verified.get());
    }
}
