package org.bridgework.contexts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.contexts.internal.JarVerifier.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarVerifierTest {

    @TempDir
    static Path temp;
    static Path trusted;
    static Path stranger;
    static TrustStores trust;

    @BeforeAll
    static void keys() throws Exception {
        trusted = TestJars.keyStore(temp, "institution", "CN=Example Institution, O=Example");
        stranger = TestJars.keyStore(temp, "stranger", "CN=Somebody Else");
        Path trustFolder = Files.createDirectories(temp.resolve("trust"));
        TestJars.trustStore(trusted, "institution", trustFolder.resolve("product-trust.p12"));
        trust = TrustStores.load(List.of(trustFolder));
        assertEquals(1, trust.certificates().size(), trust.problems().toString());
    }

    private Path jar(String name) throws Exception {
        return TestJars.bundle(temp.resolve(name), Map.of("Bundle-SymbolicName", "org.example." + name.replace(".jar", ""), "Bridgework-Context", "ctx.guidance"),
                Map.of("ctx.guidance", "<content/>", "docs/readme.txt", "hello"));
    }

    @Test
    void aJarSignedWithATrustedKeyIsTrusted() throws Exception {
        Verdict verdict = JarVerifier.verify(TestJars.sign(jar("good.jar"), trusted, "institution"), trust, false);
        assertEquals(Trust.TRUSTED, verdict.trust(), verdict.reason());
        assertTrue(verdict.signer().contains("Example Institution"));
        assertTrue(verdict.allowed());
    }

    @Test
    void anUnsignedJarIsRefusedUnlessUnsignedAreAllowed() throws Exception {
        Path jar = jar("unsigned.jar");
        Verdict refused = JarVerifier.verify(jar, trust, false);
        assertEquals(Trust.UNSIGNED, refused.trust());
        assertFalse(refused.allowed());
        assertTrue(refused.reason().contains("not signed"), refused.reason());
        assertEquals(Trust.UNSIGNED_ALLOWED, JarVerifier.verify(jar, trust, true).trust());
    }

    @Test
    void aJarSignedByAnUnknownKeyIsRefused() throws Exception {
        Verdict verdict = JarVerifier.verify(TestJars.sign(jar("stranger.jar"), stranger, "stranger"), trust, false);
        assertEquals(Trust.UNTRUSTED_SIGNER, verdict.trust(), verdict.reason());
        assertTrue(verdict.reason().contains("Somebody Else"), verdict.reason());
    }

    @Test
    void changedAddedOrRemovedEntriesAreTamperingEvenWhenUnsignedAreAllowed() throws Exception {
        Path signed = TestJars.sign(jar("signed.jar"), trusted, "institution");
        Path changed = TestJars.rewrite(signed, temp.resolve("changed.jar"), Map.of("ctx.guidance", b -> "<evil/>".getBytes(StandardCharsets.UTF_8)), Map.of());
        Path added = TestJars.rewrite(signed, temp.resolve("added.jar"), Map.of(), Map.of("extra.txt", "sneaked in"));
        Path removed = TestJars.rewrite(signed, temp.resolve("removed.jar"), Map.of("docs/readme.txt", b -> null), Map.of());
        Path manifest = TestJars.rewrite(signed, temp.resolve("manifest.jar"), Map.of("META-INF/MANIFEST.MF",
                b -> new String(b, StandardCharsets.UTF_8).replace("org.example.signed", "org.example.other").getBytes(StandardCharsets.UTF_8)), Map.of());
        for (Path jar : List.of(changed, added, removed, manifest)) {
            for (boolean allowUnsigned : new boolean[] {false, true}) {
                Verdict verdict = JarVerifier.verify(jar, trust, allowUnsigned);
                assertEquals(Trust.TAMPERED, verdict.trust(), jar.getFileName() + ": " + verdict.reason());
                assertFalse(verdict.allowed());
            }
        }
    }

    @Test
    void aMissingOrUnreadableFileCannotBeVerified() throws Exception {
        assertEquals(Trust.UNVERIFIABLE, JarVerifier.verify(temp.resolve("nothing.jar"), trust, true).trust());
        Path junk = Files.writeString(temp.resolve("junk.jar"), "not a zip");
        assertEquals(Trust.UNVERIFIABLE, JarVerifier.verify(junk, trust, true).trust());
    }

    @Test
    void certificateFilesInATrustFolderAreTrustedToo() throws Exception {
        Path userTrust = Files.createDirectories(temp.resolve("user-trust"));
        TestJars.exportCertificate(stranger, "stranger", userTrust.resolve("stranger.pem"));
        TrustStores both = TrustStores.load(List.of(temp.resolve("trust"), userTrust, temp.resolve("missing")));
        assertEquals(2, both.certificates().size());
        Verdict verdict = JarVerifier.verify(TestJars.sign(jar("stranger2.jar"), stranger, "stranger"), both, false);
        assertEquals(Trust.TRUSTED, verdict.trust(), verdict.reason());
    }
}
