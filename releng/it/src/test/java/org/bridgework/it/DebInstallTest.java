package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The .deb (releng/installer, -Pinstallers, where dpkg-deb and fakeroot are installed) installs with
 * {@code dpkg --root=DIR -i} into a throw-away root: dpkg unpacks it, records it in that root's database and runs
 * its maintainer scripts chrooted there (the root holds a shell, ln, readlink and rm from this system, and stand-ins
 * for xdg-utils that record how they were called: a desktop database does not exist in a throw-away root). Then the
 * installed product runs with PATH and JAVA_HOME emptied. Needs root (dpkg chroots); skipped otherwise, unless
 * bridgework.requireTools=true. Run only by the installers profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebInstallTest {
    @TempDir
    static Path temp;
    Path root;
    Path installed;
    String dpkgOutput;

    static Path deb() {
        return Path.of(System.getProperty("bridgework.appImage", "../installer/target/installer/bridgework")).toAbsolutePath().normalize()
                .resolveSibling("bridgework_0.1.0_amd64.deb");
    }

    @BeforeAll
    void install() throws Exception {
        String dpkg = Tools.onPath("dpkg");
        if (!Files.isRegularFile(deb()) || dpkg == null || !"0".equals(Tools.exec(temp, temp, List.of("id", "-u"), 10).out().strip())) {
            Tools.missingTools("No .deb at " + deb() + ", no dpkg, or not root (dpkg -i --root chroots into the root for the package's scripts)");
            return;
        }
        root = Files.createDirectories(temp.resolve("root"));
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createDirectories(root.resolve("var/log"));
        Files.createDirectories(root.resolve("usr/bin"));
        Files.createDirectories(root.resolve("tmp"));
        Files.writeString(root.resolve("var/lib/dpkg/status"), "");
        copy(Path.of("/bin/sh").toRealPath(), root.resolve("bin/sh"));
        for (String tool : List.of("ln", "readlink", "rm")) {
            copy(Path.of(Tools.onPath(tool)).toRealPath(), root.resolve("bin/" + tool));
        }
        // the C library and loader those programs need (ldd names them)
        for (String line : Tools.exec(temp, temp, List.of("ldd", Path.of("/bin/sh").toRealPath().toString(), Path.of(Tools.onPath("ln")).toRealPath().toString()), 10).out().split("\n")) {
            for (String word : line.strip().split("\\s+")) {
                if (word.startsWith("/") && Files.isRegularFile(Path.of(word))) {
                    copy(Path.of(word), root.resolve(word.substring(1)));
                }
            }
        }
        for (String xdg : List.of("xdg-desktop-menu", "xdg-mime", "xdg-icon-resource")) {
            Path stub = root.resolve("bin/" + xdg);
            Files.writeString(stub, "#!/bin/sh\necho \"" + xdg + " $*\" >> /var/log/xdg-calls.txt\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProductFixture.Run run = Tools.exec(temp, temp, List.of(dpkg, "--root=" + root, "--force-depends", "-i", deb().toString()), 300);
        dpkgOutput = run.out() + run.err();
        assertEquals(0, run.exitCode(), dpkgOutput);
        installed = root.resolve("opt/bridgework");
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void dpkgRecordsItInstalledAndItsScriptsRan() throws Exception {
        ProductFixture.Run status = Tools.exec(temp, temp, List.of("dpkg", "--root=" + root, "-s", "bridgework"), 30);
        assertTrue(status.out().contains("Status: install ok installed"), status.out() + status.err());
        assertTrue(status.out().contains("libgtk-3-0"), "it depends on GTK 3: " + status.out());
        assertEquals(Path.of("/opt/bridgework/bin/bridgework"), Files.readSymbolicLink(root.resolve("usr/bin/bridgework")), "bridgework on the PATH");
        String xdg = Files.readString(root.resolve("var/log/xdg-calls.txt"));
        assertTrue(xdg.contains("xdg-desktop-menu install /opt/bridgework/lib/bridgework-bridgework.desktop"), xdg);
        assertTrue(xdg.contains("xdg-mime install"), xdg);
        String desktop = Files.readString(installed.resolve("lib/bridgework-bridgework.desktop"));
        assertTrue(desktop.contains("Exec=/opt/bridgework/bin/bridgework workbench %f"), desktop);
        assertTrue(desktop.contains("MimeType=application/x-bridgework-guidance"), desktop);
        assertTrue(Files.isRegularFile(installed.resolve("lib/app/doc/user-guide.html")), "the user guide is installed for Help > User Guide");
    }

    @Test
    void versionRunsOnTheInstalledRuntime() throws Exception {
        ProductFixture.Run run = AppImageTest.runWithoutJava(installed.resolve("bin/bridgework"), temp, "version", "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertTrue(Path.of(doc.get("javaHome").getAsString()).toAbsolutePath().normalize().startsWith(installed), run.out());
    }

    @Test
    void validatesAndAssemblesTheSample() throws Exception {
        ProductFixture.Run validate = AppImageTest.runWithoutJava(installed.resolve("bin/bridgework"), temp, "validate", "--sample");
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        Path out = temp.resolve("out");
        ProductFixture.Run assemble = AppImageTest.runWithoutJava(installed.resolve("bin/bridgework"), temp, "assemble", "--sample", "-f", "html", "--out", out.toString());
        assertEquals(0, assemble.exitCode(), assemble.out() + assemble.err());
        try (var files = Files.list(out)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".html")), "an HTML file in " + out);
        }
    }
}
