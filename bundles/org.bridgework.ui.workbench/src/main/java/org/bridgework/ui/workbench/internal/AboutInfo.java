package org.bridgework.ui.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;

/**
 * What Help &gt; About shows.
 *
 * @param productVersion the product's version
 * @param bundles the bundles installed now; asked each time the dialog opens
 */
public record AboutInfo(String productVersion, Supplier<List<Bundle>> bundles) {
    public AboutInfo {
        Objects.requireNonNull(productVersion);
        Objects.requireNonNull(bundles);
    }

    /** The commit the product was built from (its product.properties), or "unknown". */
    static String commitOf(Path productHome) {
        Path file = productHome.resolve("product.properties");
        if (!Files.isRegularFile(file)) {
            return "unknown";
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        String commit = properties.getProperty("commit", "").trim();
        return commit.isEmpty() ? "unknown" : commit;
    }
}
