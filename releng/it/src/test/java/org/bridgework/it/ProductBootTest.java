package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.launcher.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** Boots the assembled product with all its features inside this JVM. */
class ProductBootTest {

    /** SWT's fragments for the other systems the product ships for; on Linux they are left out by their platform filter. */
    private static final List<String> OTHER_PLATFORMS = List.of("org.eclipse.swt.win32.win32.x86_64", "org.eclipse.swt.cocoa.macosx.aarch64");

    @TempDir
    Path temp;

    @Test
    void everyBundleIsActiveAndNoFrameworkErrorIsLogged() throws Exception {
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of())) {
            assertEquals(List.of(), product.startFailures(), "bundles that failed to install or start");
            List<String> wrong = new ArrayList<>();
            for (Bundle bundle : product.context().getBundles()) {
                boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
                int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
                if (bundle.getState() != expected) {
                    wrong.add(bundle.getSymbolicName() + " is in state " + bundle.getState());
                }
            }
            assertEquals(List.of(), wrong);
            // SWT's Windows and macOS fragments ship in bundles/ but must never attach to the SWT host here
            for (String other : OTHER_PLATFORMS) {
                assertTrue(product.otherPlatformBundles().stream().anyMatch(jar -> jar.startsWith(other + "-")), other + " in " + product.otherPlatformBundles());
                assertTrue(java.util.Arrays.stream(product.context().getBundles()).noneMatch(b -> other.equals(b.getSymbolicName())), other + " is installed");
            }
            assertTrue(product.context().getBundles().length > 10, "the product should have its features' bundles");
            assertNotNull(product.command(5_000), "the bridgework command service");
            assertEquals(List.of(), product.frameworkErrors(), "errors logged by the framework");
        }
    }

    @Test
    void aSecondProcessGetsItsOwnCacheAndBothBoot() throws Exception {
        var layout = ProductFixture.isolatedLayout(temp);
        try (Product first = Product.boot(layout, Map.of()); Product second = Product.boot(layout, Map.of())) {
            assertNotNull(first.command(5_000));
            assertNotNull(second.command(5_000));
        }
    }
}
