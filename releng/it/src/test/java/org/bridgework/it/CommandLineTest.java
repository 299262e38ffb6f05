package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the real bin/bridgework script, as a user would. */
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void bundlesJsonListsEveryBundleActiveAndEveryComponentSatisfied() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, "bundles", "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, doc.get("problems").getAsInt(), run.out());
        boolean sawCli = false;
        for (JsonElement bundle : doc.getAsJsonArray("bundles")) {
            JsonObject b = bundle.getAsJsonObject();
            assertTrue(b.get("ok").getAsBoolean(), b.toString());
            sawCli |= b.get("symbolicName").getAsString().equals("org.bridgework.cli");
        }
        assertTrue(sawCli);
        assertFalse(doc.getAsJsonArray("components").isEmpty());
        for (JsonElement component : doc.getAsJsonArray("components")) {
            assertTrue(component.getAsJsonObject().get("ok").getAsBoolean(), component.toString());
        }
    }

    @Test
    void helpListsTheInstalledCommands() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("bundles"), run.out());
        assertTrue(run.out().contains("version"), run.out());
    }

    @Test
    void versionPrintsTheProductVersion() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, "version", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertTrue(doc.get("version").getAsString().startsWith("0."), run.out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCode2() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, "no-such-command");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no-such-command"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void withoutADisplayTheWorkbenchSaysWhatToDoAndExitsWith2() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, java.util.Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""), "workbench");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("no display") && run.err().contains("xvfb-run"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void withoutAModernJdkTheScriptSaysWhatToInstall() throws Exception {
        // only Java 17 visible: point every lookup at it and hide /usr/lib/jvm's newer ones by PATH/JAVA_HOME order
        Path fakeJvm = temp.resolve("jdk17");
        java.nio.file.Files.createDirectories(fakeJvm.resolve("bin"));
        Path fakeJava = fakeJvm.resolve("bin/java");
        java.nio.file.Files.writeString(fakeJava, "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
        java.nio.file.Files.setPosixFilePermissions(fakeJava, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        ProductFixture.Run run = ProductFixture.run(temp, java.util.Map.of("BRIDGEWORK_JVM_DIRS", fakeJvm.toString(),
                "JAVA_HOME", fakeJvm.toString(), "PATH", "/usr/bin:/bin",
                // releng/test.sh exports the JDK it found; an empty value means "not set" to the script
                "BRIDGEWORK_JAVA_HOME", ""), "version");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("21 or newer"), run.err());
    }
}
