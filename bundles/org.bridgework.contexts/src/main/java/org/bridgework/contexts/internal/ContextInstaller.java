package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextInfo.Style;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.LocalContext;
import org.bridgework.contexts.internal.JarVerifier.Verdict;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Installs a context jar into the user's extensions folder (after its signature and, for a data context, its content
 * are checked) and uninstalls one, waiting for FileInstall and the registry to see the change.
 */
public final class ContextInstaller {

    private final BundleContext bundleContext;
    private final TrustPolicy policy;
    private final ContextRegistry registry;

    ContextInstaller(BundleContext bundleContext, TrustPolicy policy, ContextRegistry registry) {
        this.bundleContext = bundleContext;
        this.policy = policy;
        this.registry = registry;
    }

    ContextInfo install(Path jar) throws IOException {
        Settings settings = policy.settings();
        Verdict verdict = policy.verify(jar, settings);
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            manifest = file.getManifest();
        }
        String bsn = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (bsn == null) {
            throw new IllegalArgumentException(jar + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        bsn = bsn.split(";")[0].trim();
        String version = manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION);
        String location = jar.toUri().toString();
        if (!verdict.allowed()) {
            return new ContextInfo(bsn, bsn, manifest.getMainAttributes().getValue(Constants.BUNDLE_VENDOR), bsn, -1, version, location, Style.DATA,
                    Status.REFUSED, verdict.trust(), verdict.signer(), List.of(new Problem(Severity.ERROR, "context-refused", null,
                            "The context bundle " + bsn + " " + version + " (" + jar + ") was refused: " + verdict.reason())));
        }
        DataContexts.Result data = readDataContext(jar, manifest, bsn);
        if (data != null) {
            List<Problem> problems = new ArrayList<>(data.problems());
            if (data.context() != null) {
                problems.addAll(Checks.validate(data.context()));
            }
            if (data.context() == null || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
                return new ContextInfo(bsn, bsn, null, bsn, -1, version, location, Style.DATA, Status.DISABLED, verdict.trust(), verdict.signer(), problems);
            }
        }
        for (Bundle bundle : bundleContext.getBundles()) {
            Path from = ContextBundles.jar(bundle.getLocation());
            boolean ours = from != null && from.toAbsolutePath().normalize().startsWith(settings.userExtensions().toAbsolutePath().normalize());
            if (bsn.equals(bundle.getSymbolicName()) && !ours) {
                throw new IllegalArgumentException("The bundle " + bsn + " is already installed from " + bundle.getLocation() + "; uninstall that one first");
            }
        }
        Path folder = settings.userExtensions();
        Files.createDirectories(folder);
        Path target = folder.resolve(bsn + ".jar");
        Path staging = Files.createTempFile(folder.getParent(), ".install-", ".jar");
        try {
            Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
        // FileInstall installs and starts it within its poll; wait for the registry to see it
        Path installed = target.toAbsolutePath().normalize();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (ContextInfo info : registry.contexts()) {
                Path at = ContextBundles.jar(info.location());
                if (at != null && at.toAbsolutePath().normalize().equals(installed) && version != null
                        && info.version().equals(org.osgi.framework.Version.parseVersion(version).toString())) {
                    return info;
                }
            }
            sleep(100);
        }
        return new ContextInfo(bsn, bsn, null, bsn, -1, version, target.toUri().toString(), Style.DATA, Status.DISABLED, verdict.trust(), verdict.signer(),
                List.of(new Problem(Severity.WARNING, "context-not-started", null, "Copied to " + target
                        + " but it was not installed within 15 s; it will be at the next start")));
    }

    /**
     * The data context a jar carries (its {@value LocalContext#CONTEXT_HEADER} file, or the default path), read without
     * installing anything; null for a Java context (one that only imports the context API).
     *
     * @throws IllegalArgumentException when the jar is not a local-context bundle or names a file it does not have
     */
    public static DataContexts.Result readDataContext(Path jar, Manifest manifest, String bsn) throws IOException {
        String header = manifest.getMainAttributes().getValue(LocalContext.CONTEXT_HEADER);
        String imports = String.valueOf(manifest.getMainAttributes().getValue(Constants.IMPORT_PACKAGE));
        String path = header != null && !header.isBlank() ? header.trim() : null;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            if (path == null && file.getEntry(LocalContext.DEFAULT_CONTEXT_PATH) != null) {
                path = LocalContext.DEFAULT_CONTEXT_PATH;
            }
            if (path == null && !ContextBundles.mentionsApi(imports)) {
                throw new IllegalArgumentException(jar + " (" + bsn + ") is not a local-context bundle: it has no " + LocalContext.CONTEXT_HEADER
                        + " header, no " + LocalContext.DEFAULT_CONTEXT_PATH + " and does not import " + ContextBundles.API_PACKAGE);
            }
            if (path == null) {
                return null;
            }
            var entry = file.getEntry(path);
            if (entry == null) {
                throw new IllegalArgumentException(jar + " names the context file " + path + ", but has no such entry");
            }
            try (InputStream in = file.getInputStream(entry)) {
                return DataContexts.read(in, bsn + "/" + path, null);
            }
        }
    }

    void uninstall(String id) throws IOException {
        ContextInfo info = registry.info(id).orElseThrow(() -> new IllegalArgumentException("No context or context bundle '" + id + "' is installed; "
                + "'bridgework contexts list' shows the installed ones"));
        Bundle bundle = bundleContext.getBundle(info.bundleId());
        Settings settings = policy.settings();
        if (bundle == null) {
            throw new IllegalArgumentException("The bundle of context " + id + " is already gone");
        }
        if (ContextBundles.inProduct(bundle, settings)) {
            throw new IllegalArgumentException("The context " + id + " is part of the product (" + bundle.getLocation() + ") and cannot be uninstalled");
        }
        Path jar = ContextBundles.jar(bundle.getLocation());
        boolean watched = jar != null && (under(jar, settings.userExtensions()) || under(jar, settings.productExtensions()));
        if (watched) {
            Files.deleteIfExists(jar); // FileInstall uninstalls it within its poll
        } else {
            try {
                bundle.uninstall();
            } catch (org.osgi.framework.BundleException e) {
                throw new IOException("Could not uninstall " + bundle.getSymbolicName() + ": " + e.getMessage(), e);
            }
        }
        long deadline = System.currentTimeMillis() + 15_000;
        while (bundleContext.getBundle(info.bundleId()) != null && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
        if (bundleContext.getBundle(info.bundleId()) != null) {
            throw new IOException("Removed " + jar + " but the bundle " + bundle.getSymbolicName() + " was not uninstalled within 15 s");
        }
    }

    private static boolean under(Path jar, Path folder) {
        return folder != null && jar.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
