package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bridgework.launcher.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'contexts check' judges a context jar against a project without installing it (the institution's developer path). */
class ContextCheckTest {

    @TempDir
    Path temp;

    @Test
    void aContextJarIsCheckedAgainstTheSampleWithoutBeingInstalled() throws Exception {
        Path good = ContextJars.dataContext(temp.resolve("good.jar"), "org.example.good", "good-college");
        Path bad = ContextJars.dataContext(temp.resolve("bad.jar"), "org.example.bad", "bad-college", "p-no-such-paragraph");
        try (Product product = Product.boot(ProductFixture.isolatedLayout(temp), Map.of())) {
            ProductFixture.Run ok = ContextJars.command(product, "contexts", "check", good.toString());
            assertEquals(0, ok.exitCode(), ok.out());
            assertTrue(ok.out().contains("The context good-college checked against the sample project: every target exists"), ok.out());

            ProductFixture.Run broken = ContextJars.command(product, "contexts", "check", bad.toString(), "--json");
            assertEquals(1, broken.exitCode(), broken.out());
            assertTrue(broken.out().contains("p-no-such-paragraph"), broken.out());

            ProductFixture.Run listed = ContextJars.command(product, "contexts", "--json");
            assertTrue(!listed.out().contains("good-college") && !listed.out().contains("bad-college"), "nothing was installed: " + listed.out());
            try (var files = Files.list(ProductFixture.isolatedLayout(temp).userExtensions())) {
                assertEquals(0, files.count(), "nothing copied into the extensions folder");
            } catch (java.nio.file.NoSuchFileException e) {
                // no extensions folder at all: nothing was installed
            }
        }
    }
}
