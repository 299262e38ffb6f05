package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.bridgework.launcher.Product;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** FileInstall: a bundle dropped into an extensions folder becomes active; removing it uninstalls it. */
class ExtensionsFolderTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"product", "user"})
    void aDroppedBundleBecomesActiveAndItsRemovalUninstallsIt(String which) throws Exception {
        var layout = ProductFixture.isolatedLayout(temp);
        try (Product product = Product.boot(layout, Map.of())) {
            Path folder = which.equals("product") ? layout.productExtensions() : layout.userExtensions();
            Path staged = temp.resolve("staged.jar");
            writeBundle(staged, "org.example.dropped." + which);
            // move in whole, as a user's file manager would, so FileInstall never sees half a jar
            Path jar = Files.move(staged, folder.resolve("dropped.jar"), StandardCopyOption.ATOMIC_MOVE);
            Bundle bundle = await(product, "org.example.dropped." + which, true);
            assertEquals(Bundle.ACTIVE, bundle.getState());
            Files.delete(jar);
            assertNull(await(product, "org.example.dropped." + which, false));
        }
    }

    @org.junit.jupiter.api.Test
    void anExtensionDeletedWhileTheProductWasNotRunningIsGoneAtTheNextStart() throws Exception {
        var layout = ProductFixture.isolatedLayout(temp);
        Path jar;
        try (Product product = Product.boot(layout, Map.of())) {
            Path staged = temp.resolve("staged.jar");
            writeBundle(staged, "org.example.offline");
            jar = Files.move(staged, layout.userExtensions().resolve("offline.jar"), StandardCopyOption.ATOMIC_MOVE);
            await(product, "org.example.offline", true);
        }
        Files.delete(jar);
        try (Product product = Product.boot(layout, Map.of())) {
            for (Bundle bundle : product.context().getBundles()) {
                org.junit.jupiter.api.Assertions.assertNotEquals("org.example.offline", bundle.getSymbolicName());
            }
            assertEquals(java.util.List.of(), product.startFailures());
        }
    }

    private static Bundle await(Product product, String symbolicName, boolean present) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Bundle found = null;
            for (Bundle bundle : product.context().getBundles()) {
                if (symbolicName.equals(bundle.getSymbolicName()) && (!present || bundle.getState() == Bundle.ACTIVE)) {
                    found = bundle;
                }
            }
            if ((found != null) == present) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(symbolicName + (present ? " did not become active" : " was not uninstalled") + " within 15 s");
    }

    static void writeBundle(Path jar, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest-only bundle is enough to be installed and started
        }
    }
}
