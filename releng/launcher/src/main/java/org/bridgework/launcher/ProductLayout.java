package org.bridgework.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the product's parts are on disk: the product folder (bundles, the product's
 * {@code extensions/}), the user's extensions folder and the per-user cache.
 */
public record ProductLayout(Path home, String version, Path bundles, Path productExtensions, Path userExtensions, Path cacheRoot) {

    /** The layout of an installed product, with the user's folders in the platform's places ({@link UserFolders}). */
    public static ProductLayout of(Path home) throws IOException {
        return of(home, UserFolders.current());
    }

    /** The layout of an installed product with the given per-user folders. */
    public static ProductLayout of(Path home, UserFolders user) throws IOException {
        Properties product = new Properties();
        Path productFile = home.resolve("product.properties");
        if (Files.isRegularFile(productFile)) {
            try (InputStream in = Files.newInputStream(productFile)) {
                product.load(in);
            }
        }
        String version = product.getProperty("version", "development");
        return new ProductLayout(home, version, home.resolve("bundles"), home.resolve("extensions"), user.data().resolve("extensions"), user.cache());
    }

    /** The cache of this product version; other versions' caches are removed when it is first made. */
    public Path versionCache() {
        return cacheRoot.resolve(version);
    }

    public ProductLayout withUserExtensions(Path folder) {
        return new ProductLayout(home, version, bundles, productExtensions, folder, cacheRoot);
    }

    public ProductLayout withCacheRoot(Path folder) {
        return new ProductLayout(home, version, bundles, productExtensions, userExtensions, folder);
    }

    public ProductLayout withProductExtensions(Path folder) {
        return new ProductLayout(home, version, bundles, folder, userExtensions, cacheRoot);
    }
}
