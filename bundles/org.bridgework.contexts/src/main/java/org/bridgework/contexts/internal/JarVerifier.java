package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.bridgework.context.api.ContextInfo.Trust;

/**
 * Checks a jar's signature with the JDK's own verification ({@code JarFile} opened with {@code verify=true}):
 * every entry is read in full, which makes the JDK compare it with the digests in the signed manifest; then
 * every entry must carry a code signer whose certificate chain holds a trusted certificate, and every entry the
 * signed manifest lists must still be in the jar.
 */
public final class JarVerifier {

    /**
     * The verdict on one jar.
     *
     * @param trust  the verdict
     * @param signer subject of the (first) signing certificate, or {@code null}
     * @param reason a sentence for people: why it is (not) trusted
     */
    public record Verdict(Trust trust, String signer, String reason) {
        public boolean allowed() {
            return trust.allowed();
        }
    }

    private JarVerifier() {
    }

    public static Verdict verify(Path jar, TrustStores trust, boolean allowUnsigned) {
        if (!Files.isRegularFile(jar)) {
            return new Verdict(Trust.UNVERIFIABLE, null, "the file " + jar + " does not exist, so its signature cannot be checked");
        }
        String signer = null;
        boolean someUnsigned = false;
        String firstUnsigned = null;
        boolean someSigned = false;
        boolean untrusted = false;
        String expired = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return new Verdict(Trust.UNVERIFIABLE, null, "it has no META-INF/MANIFEST.MF, so it is not a bundle");
            }
            byte[] buffer = new byte[16384];
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading to the end is what makes the JDK check the entry's digest
                    }
                } catch (SecurityException e) {
                    return new Verdict(Trust.TAMPERED, signer, "its content no longer matches its signature ("
                            + e.getMessage() + "): it was changed after it was signed");
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    someUnsigned = true;
                    if (firstUnsigned == null) {
                        firstUnsigned = entry.getName();
                    }
                    continue;
                }
                someSigned = true;
                boolean trustedSigner = false;
                for (CodeSigner codeSigner : signers) {
                    for (Certificate certificate : codeSigner.getSignerCertPath().getCertificates()) {
                        if (trust.trusts(certificate)) {
                            trustedSigner = true;
                            if (signer == null && certificate instanceof X509Certificate x509) {
                                signer = x509.getSubjectX500Principal().getName();
                                expired = validity(x509, codeSigner);
                            }
                        }
                    }
                    if (signer == null && codeSigner.getSignerCertPath().getCertificates().get(0) instanceof X509Certificate x509) {
                        signer = x509.getSubjectX500Principal().getName();
                    }
                }
                if (!trustedSigner) {
                    untrusted = true;
                }
            }
            // an entry removed after signing leaves its digest behind in the manifest
            for (Map.Entry<String, Attributes> section : manifest.getEntries().entrySet()) {
                boolean hasDigest = section.getValue().keySet().stream()
                        .anyMatch(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
                if (someSigned && hasDigest && file.getEntry(section.getKey()) == null) {
                    return new Verdict(Trust.TAMPERED, signer, "the signed entry " + section.getKey()
                            + " was removed after the jar was signed");
                }
            }
        } catch (SecurityException e) {
            return new Verdict(Trust.TAMPERED, signer, "its signature is invalid (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Verdict(Trust.UNVERIFIABLE, null, "it could not be read as a jar (" + e.getMessage() + ")");
        }
        if (!someSigned) {
            return allowUnsigned
                    ? new Verdict(Trust.UNSIGNED_ALLOWED, null, "it is not signed; allowed because unsigned contexts are allowed (contexts.allowUnsigned)")
                    : new Verdict(Trust.UNSIGNED, null, "it is not signed; sign it with a key in the trust store, or allow unsigned contexts for development (contexts.allowUnsigned=true)");
        }
        if (someUnsigned) {
            // entries added after signing (or a partly signed jar): never allowed, whatever the setting
            return new Verdict(Trust.TAMPERED, signer, "the entry " + firstUnsigned + " is not covered by the signature: it was added after signing");
        }
        if (untrusted) {
            return allowUnsigned
                    ? new Verdict(Trust.UNTRUSTED_ALLOWED, signer, "signed by " + signer + ", a key the trust store does not hold; allowed because unsigned contexts are allowed (contexts.allowUnsigned)")
                    : new Verdict(Trust.UNTRUSTED_SIGNER, signer, "it is signed by " + signer + ", a key the trust store does not hold; add that certificate to the trust folder if you trust it");
        }
        if (expired != null) {
            return new Verdict(Trust.UNTRUSTED_SIGNER, signer, expired);
        }
        return new Verdict(Trust.TRUSTED, signer, "signed by " + signer + ", a trusted key");
    }

    /** A certificate outside its validity is refused unless the signature was time-stamped inside it. */
    private static String validity(X509Certificate certificate, CodeSigner signer) {
        try {
            if (signer.getTimestamp() != null) {
                certificate.checkValidity(signer.getTimestamp().getTimestamp());
            } else {
                certificate.checkValidity();
            }
            return null;
        } catch (CertificateExpiredException e) {
            return "its signing certificate (" + certificate.getSubjectX500Principal().getName() + ") has expired";
        } catch (CertificateNotYetValidException e) {
            return "its signing certificate (" + certificate.getSubjectX500Principal().getName() + ") is not valid yet";
        }
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }
}
