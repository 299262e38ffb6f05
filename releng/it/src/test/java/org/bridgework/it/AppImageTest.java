package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The jpackage app image (releng/installer, built only with -Pinstallers) runs as a user without Java would run it:
 * PATH and JAVA_HOME emptied, so nothing but the image's own runtime can be used. Run only by the installers profile.
 */
class AppImageTest {

    @TempDir
    Path temp;

    static Path image() {
        Path image = Path.of(System.getProperty("bridgework.appImage", "../installer/target/installer/bridgework")).toAbsolutePath().normalize();
        if (!Files.isExecutable(image.resolve("bin/bridgework"))) {
            throw new IllegalStateException("No app image at " + image + "; build it with mvn -Pinstallers package.");
        }
        return image;
    }

    private ProductFixture.Run run(String... args) throws Exception {
        return runWithoutJava(image().resolve("bin/bridgework"), temp, args);
    }

    /** Runs an installed launcher as a user without Java: PATH and JAVA_HOME emptied, the user's folders in {@code temp}. */
    static ProductFixture.Run runWithoutJava(Path launcher, Path temp, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Files.createDirectories(temp.resolve("home"));
        return Tools.exec(temp, temp, command, 180, env -> {
            env.remove("JAVA_HOME");
            env.remove("BRIDGEWORK_JAVA_HOME");
            env.remove("JDK_JAVA_OPTIONS");
            env.put("PATH", "");
            env.put("HOME", temp.resolve("home").toString());
            env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
            env.put("XDG_DATA_HOME", temp.resolve("data").toString());
            env.put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        });
    }

    @Test
    void versionRunsOnTheImagesOwnRuntime() throws Exception {
        ProductFixture.Run run = run("version", "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertTrue(doc.get("version").getAsString().startsWith("0."), run.out());
        Path javaHome = Path.of(doc.get("javaHome").getAsString()).toAbsolutePath().normalize();
        assertTrue(javaHome.startsWith(image()), "the runtime should be the image's own, not " + javaHome);
        assertTrue(run.err().isBlank(), "nothing on stderr: " + run.err());
    }

    @Test
    void validatesTheSample() throws Exception {
        ProductFixture.Run run = run("validate", "--sample");
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void assemblesTheSampleToHtml() throws Exception {
        Path out = temp.resolve("out");
        ProductFixture.Run run = run("assemble", "--sample", "-f", "html", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (var files = Files.walk(out)) {
            assertTrue(files.anyMatch(file -> file.toString().endsWith(".html")), "an HTML file in " + out);
        }
    }

    @Test
    void theImageNamesAnAotCacheRecordedOnItsOwnRuntime() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() >= 25 && !Boolean.getBoolean("bridgework.skipAot"),
                "the AOT cache needs JDK 25 or newer at build time");
        String cfg = Files.readString(image().resolve("lib/app/bridgework.cfg"));
        assertTrue(cfg.contains("java-options=-XX:AOTCache=$APPDIR/lib/bridgework-runtime.aot"), cfg);
        assertTrue(Files.size(image().resolve("lib/app/lib/bridgework-runtime.aot")) > 1_000_000, "the cache is there");
        assertTrue(Files.notExists(image().resolve("lib/app/lib/bridgework.aot")), "not the product's cache, recorded on another JDK");
    }
}
