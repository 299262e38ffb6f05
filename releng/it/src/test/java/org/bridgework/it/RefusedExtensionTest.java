package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.launcher.Product;
import org.bridgework.launcher.ProductLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One refused (unsigned or tampered) context jar in an extensions folder is contained: it stays unresolved alone,
 * every other bundle resolves and starts, the product's commands work, and the jar is reported with its reason.
 * Felix 7.0.5 once let the trust hook's refusal hide every resolved bundle from later resolves, which left the UI,
 * drafting, search and JFace unresolved at each start.
 */
class RefusedExtensionTest {

    @TempDir
    static Path keys;
    static Path institution;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeKeys() throws Exception {
        institution = ContextJars.keyStore(keys, "institution", "CN=Example Institution, O=Example");
    }

    private Path unsigned() throws Exception {
        Files.createDirectories(temp.resolve("made"));
        return ContextJars.dataContext(temp.resolve("made/unsigned.jar"), "org.example.it.unsigned", "it-unsigned");
    }

    private Path tampered() throws Exception {
        // signed by a key nobody trusts here would be refused too; a tampered jar is refused even when its signer is trusted
        Files.createDirectories(temp.resolve("made"));
        ContextJars.trust(institution, "institution", temp.resolve("data/bridgework/trust"));
        Path signed = ContextJars.sign(ContextJars.dataContext(temp.resolve("made/signed.jar"), "org.example.it.tampered", "it-tampered"), institution,
                "institution");
        return ContextJars.tamper(signed, temp.resolve("made/tampered.jar"), "context/test.guidance");
    }

    /** The bundles that are not as they should be, from {@code bundles --json}. */
    private static List<String> unhealthy(String json) {
        List<String> names = new ArrayList<>();
        JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
        for (JsonElement element : doc.getAsJsonArray("bundles")) {
            JsonObject bundle = element.getAsJsonObject();
            if (!bundle.get("ok").getAsBoolean()) {
                names.add(bundle.get("symbolicName").getAsString() + " " + bundle.get("state").getAsString());
            }
        }
        for (JsonElement element : doc.getAsJsonArray("components")) {
            JsonObject component = element.getAsJsonObject();
            if (!component.get("ok").getAsBoolean()) {
                names.add("component " + component.get("name").getAsString());
            }
        }
        return names;
    }

    private static JsonObject context(String json, String bundle) {
        for (JsonElement element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("contexts")) {
            if (element.getAsJsonObject().get("bundle").getAsString().equals(bundle)) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no context of bundle " + bundle + " in " + json);
    }

    @Test
    void refusedJarsPresentAtStartStayUnresolvedAloneAndTheProductWorks() throws Exception {
        Path extensions = Files.createDirectories(temp.resolve("data/bridgework/extensions"));
        Files.copy(unsigned(), extensions.resolve("unsigned.jar"));
        Files.copy(tampered(), extensions.resolve("tampered.jar"));
        // the first start installs the jars (FileInstall, while the product's bundles start); the second finds them in the bundle cache
        for (String start : List.of("first start", "cached start")) {
            ProductFixture.Run bundles = ProductFixture.run(temp, "bundles", "--json");
            assertEquals(List.of("org.example.it.tampered INSTALLED", "org.example.it.unsigned INSTALLED"),
                    unhealthy(bundles.out()).stream().sorted().toList(), start + ": " + bundles.err());
            assertFalse(bundles.err().contains("framework error"), start + ": " + bundles.err());
        }
        ProductFixture.Run contexts = ProductFixture.run(temp, "contexts", "--json");
        JsonObject unsigned = context(contexts.out(), "org.example.it.unsigned");
        assertEquals("REFUSED", unsigned.get("status").getAsString(), contexts.out());
        assertTrue(unsigned.toString().contains("not signed"), contexts.out());
        JsonObject tampered = context(contexts.out(), "org.example.it.tampered");
        assertEquals("REFUSED", tampered.get("status").getAsString(), contexts.out());
        assertTrue(tampered.toString().contains("changed after it was signed"), contexts.out());

        // a project that does not use them: a warning, and the work goes on
        ProductFixture.Run validate = ProductFixture.run(temp, "validate", "--sample");
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("warning: The context bundle org.example.it.unsigned"), validate.out());
        assertFalse(validate.out().lines().anyMatch(l -> l.startsWith("error") && l.contains("org.example.it.")), validate.out());
        Path out = temp.resolve("out");
        ProductFixture.Run assemble = ProductFixture.run(temp, "assemble", "--sample", "-f", "html", "--out", out.toString());
        assertEquals(0, assemble.exitCode(), assemble.out() + assemble.err());
        try (var files = Files.list(out)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".html")), "the HTML was written");
        }
        // asked for by name, it is an error that says why
        ProductFixture.Run variant = ProductFixture.run(temp, "assemble", "--sample", "--context", "org.example.it.unsigned", "-f", "html", "--out",
                temp.resolve("variant").toString());
        assertEquals(1, variant.exitCode(), variant.out() + variant.err());
        assertTrue(variant.err().contains("is refused") && variant.err().contains("not signed"), variant.err());
        assertFalse(Files.exists(temp.resolve("variant").resolve("guidance.html")), "nothing written for the refused variant");
    }

    @Test
    void aRefusedJarDroppedInWhileRunningLeavesLaterBundlesResolvable() throws Exception {
        ProductLayout layout = ProductFixture.isolatedLayout(temp);
        Path unsignedJar = unsigned();
        try (Product product = Product.boot(layout, Map.of())) {
            product.command(30_000);
            Path staged = temp.resolve("staged.jar");
            Files.copy(unsignedJar, staged);
            Files.move(staged, layout.productExtensions().resolve("unsigned.jar"), StandardCopyOption.ATOMIC_MOVE);
            await(product, "org.example.it.unsigned", Bundle.INSTALLED);
            Thread.sleep(1500); // FileInstall tries to start it meanwhile
            assertEquals(Bundle.INSTALLED, find(product, "org.example.it.unsigned").getState());

            // a good bundle dropped in afterwards resolves and starts (each resolve once lost the system bundle's packages)
            ExtensionsFolderTest.writeBundle(staged, "org.example.it.good");
            Files.move(staged, layout.userExtensions().resolve("good.jar"), StandardCopyOption.ATOMIC_MOVE);
            await(product, "org.example.it.good", Bundle.ACTIVE);

            ProductFixture.Run bundles = ContextJars.command(product, "bundles", "--json");
            assertEquals(List.of("org.example.it.unsigned INSTALLED"), unhealthy(bundles.out()));
            ProductFixture.Run contexts = ContextJars.command(product, "contexts", "--json");
            assertEquals("REFUSED", context(contexts.out(), "org.example.it.unsigned").get("status").getAsString(), contexts.out());
            Path out = temp.resolve("out");
            ProductFixture.Run assemble = ContextJars.command(product, "assemble", "--sample", "-f", "html", "--out", out.toString());
            assertEquals(0, assemble.exitCode(), assemble.out());
        }
        // and at the next start of this product it is still contained
        try (Product product = Product.boot(layout, Map.of())) {
            product.command(30_000);
            ProductFixture.Run bundles = ContextJars.command(product, "bundles", "--json");
            assertEquals(List.of("org.example.it.unsigned INSTALLED"), unhealthy(bundles.out()));
            assertEquals(List.of(), product.startFailures());
        }
    }

    private static Bundle find(Product product, String symbolicName) {
        for (Bundle bundle : product.context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private static void await(Product product, String symbolicName, int state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Bundle bundle = find(product, symbolicName);
            if (bundle != null && bundle.getState() == state) {
                return;
            }
            Thread.sleep(100);
        }
        Bundle bundle = find(product, symbolicName);
        throw new AssertionError(symbolicName + " is " + (bundle == null ? "not installed" : "in state " + bundle.getState()) + " after 15 s");
    }
}
