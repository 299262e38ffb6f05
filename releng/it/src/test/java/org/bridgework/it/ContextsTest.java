package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
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

/** Local contexts in the assembled product: the shipped examples, install and uninstall without a restart, trust, isolation. */
class ContextsTest {

    @TempDir
    static Path keys;
    static Path institution;
    static Path stranger;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeKeys() throws Exception {
        institution = ContextJars.keyStore(keys, "institution", "CN=Example Institution, O=Example");
        stranger = ContextJars.keyStore(keys, "stranger", "CN=Somebody Else");
    }

    /** The user's folders as bin/bridgework derives them from XDG_DATA_HOME=temp/data, so in-process and process runs share them. */
    private ProductLayout layout() throws Exception {
        return ProductFixture.isolatedLayout(temp).withUserExtensions(temp.resolve("data/bridgework/extensions"));
    }

    private Path userTrust() {
        return temp.resolve("data/bridgework/trust");
    }

    private static Map<String, JsonObject> contexts(String json) {
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonElement element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("contexts")) {
            byId.put(element.getAsJsonObject().get("id").getAsString(), element.getAsJsonObject());
        }
        return byId;
    }

    private static Bundle bundle(Product product, String symbolicName) {
        for (Bundle bundle : product.context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    @Test
    void theShippedExamplesAreSignedTrustedAndEnabled() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, "contexts", "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Map<String, JsonObject> contexts = contexts(run.out());
        for (String id : new String[] {"small-specialist", "he-in-fe"}) {
            JsonObject context = contexts.get(id);
            assertNotNull(context, run.out());
            assertEquals("ENABLED", context.get("status").getAsString(), context.toString());
            assertEquals("TRUSTED", context.get("signature").getAsString(), context.toString());
            assertTrue(context.get("signer").getAsString().contains("Bridgework development build"), context.toString());
        }
        assertEquals("DATA", contexts.get("small-specialist").get("style").getAsString());
        assertEquals("JAVA", contexts.get("he-in-fe").get("style").getAsString());
        ProductFixture.Run show = ProductFixture.run(temp, "contexts", "show", "small-specialist", "--json");
        assertEquals(0, show.exitCode(), show.out() + show.err());
        JsonObject doc = JsonParser.parseString(show.out()).getAsJsonObject();
        assertEquals(5, doc.getAsJsonArray("adaptations").size(), show.out());
        assertTrue(show.out().contains("CRISIS_LINE") && show.out().contains("To be completed locally"), show.out());
    }

    @Test
    void theExamplesChangeTheAssembledDocument() throws Exception {
        Path out = temp.resolve("out");
        ProductFixture.Run national = ProductFixture.run(temp, "assemble", "--sample", "-f", "md", "-o", out.resolve("national").toString());
        assertEquals(0, national.exitCode(), national.out() + national.err());
        ProductFixture.Run variant = ProductFixture.run(temp, "assemble", "--sample", "--context", "small-specialist", "-f", "md", "-o",
                out.resolve("small").toString());
        assertEquals(0, variant.exitCode(), variant.out() + variant.err());
        String before;
        String after;
        try (var files = Files.list(out.resolve("national")); var files2 = Files.list(out.resolve("small"))) {
            before = Files.readString(files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow());
            after = Files.readString(files2.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow());
        }
        String replaced = "may need changes for a small or specialist HEP.";
        // straight quotes typed in the project come out typographic in every format
        String omitted = "This model links universities, students\u2019 unions, an NHS service and GP practices.";
        assertTrue(before.contains(replaced) && before.contains(omitted), "the sample changed: pick new targets");
        assertFalse(after.contains(replaced), "replacement");
        assertTrue(after.contains("This version is adapted for small and specialist HEPs"), "replacement");
        assertFalse(after.contains(omitted), "omitted block");
        assertTrue(after.contains("{#sec-small-specialist}") && after.contains("Questions for a small or specialist provider"), "added section");
        assertTrue(after.contains("With few in-house clinicians"), "note");
        assertTrue(after.contains("**conservatoire**"), "glossary term");
        assertTrue(after.contains("Local services") && after.contains("To be completed locally"), "service directory");
        assertTrue(after.indexOf("{#sec-small-specialist}") > after.indexOf("Make the way in clear"), "added after its target");
    }

    @Test
    void aSignedContextInstallsAndUninstallsWithoutARestartAndStaysInstalledAcrossStarts() throws Exception {
        ContextJars.trust(institution, "institution", userTrust());
        Path jar = ContextJars.sign(ContextJars.dataContext(temp.resolve("mine.jar"), "org.example.it.mine", "it-mine"), institution, "institution");
        try (Product product = Product.boot(layout(), Map.of())) {
            ProductFixture.Run install = ContextJars.command(product, "contexts", "install", jar.toString());
            assertEquals(0, install.exitCode(), install.out());
            assertTrue(install.out().contains("Installed the context it-mine"), install.out());
            assertTrue(install.out().contains("Example Institution"), install.out());
            assertEquals(Bundle.ACTIVE, bundle(product, "org.example.it.mine").getState());
            assertTrue(Files.exists(layout().userExtensions().resolve("org.example.it.mine.jar")));
            Map<String, JsonObject> contexts = contexts(ContextJars.command(product, "contexts", "--json").out());
            assertEquals("ENABLED", contexts.get("it-mine").get("status").getAsString());
            assertEquals("TRUSTED", contexts.get("it-mine").get("signature").getAsString());
        }
        // a new process (a restart) still has it
        ProductFixture.Run list = ProductFixture.run(temp, "contexts", "--json");
        assertEquals(0, list.exitCode(), list.out() + list.err());
        assertEquals("ENABLED", contexts(list.out()).get("it-mine").get("status").getAsString());
        try (Product product = Product.boot(layout(), Map.of())) {
            ProductFixture.Run uninstall = ContextJars.command(product, "contexts", "uninstall", "it-mine");
            assertEquals(0, uninstall.exitCode(), uninstall.out());
            assertNull(bundle(product, "org.example.it.mine"));
            assertFalse(Files.exists(layout().userExtensions().resolve("org.example.it.mine.jar")));
            assertNull(contexts(ContextJars.command(product, "contexts", "--json").out()).get("it-mine"));
            // the product's own contexts cannot be uninstalled
            ProductFixture.Run refused = ContextJars.command(product, "contexts", "uninstall", "small-specialist");
            assertEquals(2, refused.exitCode());
            assertNotNull(bundle(product, "org.bridgework.context.smallspecialist"));
        }
    }

    @Test
    void unsignedForeignAndTamperedJarsAreRefusedWithTheBundleAndTheReason() throws Exception {
        ContextJars.trust(institution, "institution", userTrust());
        Path unsigned = ContextJars.dataContext(temp.resolve("unsigned.jar"), "org.example.it.unsigned", "it-unsigned");
        Path foreign = ContextJars.sign(ContextJars.dataContext(temp.resolve("foreign.jar"), "org.example.it.foreign", "it-foreign"), stranger, "stranger");
        Path signed = ContextJars.sign(ContextJars.dataContext(temp.resolve("signed.jar"), "org.example.it.tampered", "it-tampered"), institution, "institution");
        Path tampered = ContextJars.tamper(signed, temp.resolve("tampered.jar"), "context/test.guidance");
        Map<Path, String> reasons = Map.of(unsigned, "not signed", foreign, "Somebody Else", tampered, "changed after it was signed");
        try (Product product = Product.boot(layout(), Map.of())) {
            for (Map.Entry<Path, String> jar : reasons.entrySet()) {
                ProductFixture.Run run = ContextJars.command(product, "contexts", "install", jar.getKey().toString());
                assertEquals(1, run.exitCode(), run.out());
                assertTrue(run.out().contains("Not installed") && run.out().contains("org.example.it.") && run.out().contains(jar.getValue()), run.out());
            }
            try (var files = Files.list(layout().userExtensions())) {
                assertEquals(0, files.count(), "nothing refused is copied");
            }
            // a jar dropped into extensions/ is installed by FileInstall but never resolves, so none of its code runs
            Files.copy(unsigned, temp.resolve("staged.jar"));
            Files.move(temp.resolve("staged.jar"), layout().productExtensions().resolve("unsigned.jar"), StandardCopyOption.ATOMIC_MOVE);
            long deadline = System.currentTimeMillis() + 15_000;
            while (bundle(product, "org.example.it.unsigned") == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1500); // FileInstall tries to start it meanwhile
            assertEquals(Bundle.INSTALLED, bundle(product, "org.example.it.unsigned").getState());
            ProductFixture.Run list = ContextJars.command(product, "contexts", "--json");
            assertEquals(1, list.exitCode(), list.out());
            JsonObject refused = contexts(list.out()).get("org.example.it.unsigned");
            assertEquals("REFUSED", refused.get("status").getAsString(), list.out());
            assertEquals("UNSIGNED", refused.get("signature").getAsString(), list.out());
            assertEquals("ENABLED", contexts(list.out()).get("small-specialist").get("status").getAsString(), "the others go on");
            // and it is reported with the project's problems (the workbench's Problems view, validate)
            ProductFixture.Run validate = ContextJars.command(product, "validate", "--sample");
            assertTrue(validate.out().contains("org.example.it.unsigned") && validate.out().contains("not signed"), validate.out());
        }
        // for development, unsigned contexts can be allowed; tampered ones never
        ProductFixture.Run allowed = ProductFixture.run(temp, Map.of("BRIDGEWORK_ALLOW_UNSIGNED", "true"), "contexts", "install", unsigned.toString());
        assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
        assertTrue(allowed.out().contains("UNSIGNED_ALLOWED"), allowed.out());
        ProductFixture.Run stillRefused = ProductFixture.run(temp, Map.of("BRIDGEWORK_ALLOW_UNSIGNED", "true"), "contexts", "install", tampered.toString());
        assertEquals(1, stillRefused.exitCode(), stillRefused.out() + stillRefused.err());
    }

    @Test
    void aJavaContextThatThrowsOrHangsIsDisabledAndTheOthersGoOn() throws Exception {
        ContextJars.trust(institution, "institution", userTrust());
        Path bundles = layout().bundles();
        Path thrower = ContextJars.sign(ContextJars.javaContext(temp.resolve("thrower.jar"), temp, "org.example.it.thrower", "Thrower",
                """
                public Thrower() { throw new IllegalStateException("broken on purpose"); }
                public String id() { return "it-thrower"; }
                public String name() { return "Thrower"; }
                public String description() { return ""; }
                public String vendor() { return "tests"; }
                """, bundles), institution, "institution");
        Path hanger = ContextJars.sign(ContextJars.javaContext(temp.resolve("hanger.jar"), temp, "org.example.it.hanger", "Hanger",
                """
                public String id() { try { Thread.sleep(60_000); } catch (InterruptedException e) { } return "it-hanger"; }
                public String name() { return "Hanger"; }
                public String description() { return ""; }
                public String vendor() { return "tests"; }
                """, bundles), institution, "institution");
        Path badData = ContextJars.sign(ContextJars.javaContext(temp.resolve("bad.jar"), temp, "org.example.it.bad", "BadData",
                """
                public String id() { return "Not A Slug"; }
                public String name() { return ""; }
                public String description() { return ""; }
                public String vendor() { return "tests"; }
                """, bundles), institution, "institution");
        System.setProperty("bridgework.contexts.timeoutMillis", "2000");
        try (Product product = Product.boot(layout(), Map.of())) {
            for (Path jar : new Path[] {thrower, hanger, badData}) {
                Files.copy(jar, layout().userExtensions().resolve(jar.getFileName()));
            }
            long deadline = System.currentTimeMillis() + 30_000;
            Map<String, JsonObject> contexts = Map.of();
            while (System.currentTimeMillis() < deadline) {
                contexts = contexts(ContextJars.command(product, "contexts", "--json").out());
                // all three listed, and the hanging one past its time limit (until then it is listed as pending)
                if (contexts.values().stream().filter(c -> c.get("bundle").getAsString().startsWith("org.example.it.")).count() == 3
                        && !contexts.toString().contains("context-pending")) {
                    break;
                }
                Thread.sleep(200);
            }
            String all = contexts.toString();
            JsonObject throwing = contexts.values().stream().filter(c -> c.get("bundle").getAsString().equals("org.example.it.thrower")).findFirst().orElseThrow();
            assertEquals("DISABLED", throwing.get("status").getAsString(), all);
            assertTrue(throwing.toString().contains("could not be activated"), all);
            JsonObject hanging = contexts.values().stream().filter(c -> c.get("bundle").getAsString().equals("org.example.it.hanger")).findFirst().orElseThrow();
            assertEquals("DISABLED", hanging.get("status").getAsString(), all);
            assertTrue(hanging.toString().contains("did not answer within 2000 ms"), all);
            JsonObject bad = contexts.values().stream().filter(c -> c.get("bundle").getAsString().equals("org.example.it.bad")).findFirst().orElseThrow();
            assertEquals("DISABLED", bad.get("status").getAsString(), all);
            assertTrue(bad.toString().contains("is not a slug"), all);
            assertEquals("ENABLED", contexts.get("small-specialist").get("status").getAsString(), all);
            assertEquals("ENABLED", contexts.get("he-in-fe").get("status").getAsString(), all);
        } finally {
            System.clearProperty("bridgework.contexts.timeoutMillis");
        }
    }
}
