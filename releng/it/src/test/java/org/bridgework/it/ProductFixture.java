package org.bridgework.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bridgework.launcher.ProductLayout;

/** The assembled product, and ways to run it: in this JVM (Felix embedded) or as the real bin/bridgework process. */
final class ProductFixture {

    static Path home() {
        Path home = Path.of(System.getProperty("bridgework.product", "../product/target/bridgework")).toAbsolutePath().normalize();
        if (!Files.isDirectory(home.resolve("bundles"))) {
            throw new IllegalStateException("The product is not assembled at " + home + "; run mvn install from the top folder.");
        }
        return home;
    }

    /** A layout whose cache and extension folders are private to one test. */
    static ProductLayout isolatedLayout(Path temp) throws IOException {
        return ProductLayout.of(home())
                .withCacheRoot(temp.resolve("cache"))
                .withUserExtensions(temp.resolve("user-extensions"))
                .withProductExtensions(temp.resolve("product-extensions"));
    }

    record Run(int exitCode, String out, String err) {
    }

    /** Runs bin/bridgework with the user's folders (cache, data) inside {@code temp}. */
    static Run run(Path temp, String... args) throws IOException, InterruptedException {
        return run(temp, Map.of(), args);
    }

    static Run run(Path temp, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(temp, env, 120, args);
    }

    /** As {@link #run(Path, Map, String...)}, with a time limit in seconds (many at once on a small machine take long). */
    static Run run(Path temp, Map<String, String> env, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home().resolve("bin/bridgework").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
        // an empty value removes the variable, so tests can run without DISPLAY or an inherited JDK choice
        env.forEach((key, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bridgework " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
