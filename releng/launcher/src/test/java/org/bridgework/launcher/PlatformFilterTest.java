package org.bridgework.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformFilterTest {


    private static final String WIN32 = "(& (osgi.ws=win32) (osgi.os=win32) (osgi.arch=x86_64))";
    private static final String COCOA_ARM = "(& (osgi.ws=cocoa) (osgi.os=macosx) (osgi.arch=aarch64))";
    private static final String GTK = "(& (osgi.ws=gtk) (osgi.os=linux) (osgi.arch=x86_64))";

    @Test
    void linuxOnX64MatchesOnlyTheGtkFragment() {
        PlatformFilter filter = new PlatformFilter(PlatformFilter.platformOf("Linux", "amd64"));
        assertTrue(filter.matches(GTK));
        assertFalse(filter.matches(WIN32));
        assertFalse(filter.matches(COCOA_ARM));
    }

    @Test
    void windowsAndAppleSiliconMatchTheirOwn() {
        assertTrue(new PlatformFilter(PlatformFilter.platformOf("Windows 11", "amd64")).matches(WIN32));
        assertFalse(new PlatformFilter(PlatformFilter.platformOf("Windows 11", "amd64")).matches(GTK));
        assertTrue(new PlatformFilter(PlatformFilter.platformOf("Mac OS X", "aarch64")).matches(COCOA_ARM));
        assertFalse(new PlatformFilter(PlatformFilter.platformOf("Mac OS X", "x86_64")).matches(COCOA_ARM));
    }

    @Test
    void noFilterMatchesAndABrokenOneDoesNot() {
        PlatformFilter filter = new PlatformFilter(Map.of("osgi.os", "linux"));
        assertTrue(filter.matches(null));
        assertFalse(filter.matches("(osgi.os=linux"));
    }

    @Test
    void theHeaderIsReadFromTheJarsManifest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(PlatformFilter.HEADER, WIN32);
        java.nio.file.Path jar = temp.resolve("win.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        assertEquals(WIN32, PlatformFilter.headerOf(jar));
    }

    @Test
    void theEquinoxNamesOfThePlatform() {
        assertEquals(Map.of("osgi.os", "macosx", "osgi.ws", "cocoa", "osgi.arch", "aarch64"), PlatformFilter.platformOf("Mac OS X", "aarch64"));
        assertEquals(Map.of("osgi.os", "linux", "osgi.ws", "gtk", "osgi.arch", "x86_64"), PlatformFilter.platformOf("Linux", "amd64"));
    }
}
