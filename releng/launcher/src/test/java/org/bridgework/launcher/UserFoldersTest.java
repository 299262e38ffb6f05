package org.bridgework.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserFoldersTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesTheXdgDefaults() {
        UserFolders folders = UserFolders.of("Linux", Map.of(), home);
        assertEquals(home.resolve(".config/bridgework"), folders.config());
        assertEquals(home.resolve(".local/share/bridgework"), folders.data());
        assertEquals(home.resolve(".cache/bridgework"), folders.cache());
    }

    @Test
    void xdgVariablesWinOnLinux() {
        UserFolders folders = UserFolders.of("Linux", Map.of("XDG_CACHE_HOME", "/tmp/c", "XDG_DATA_HOME", "/tmp/d", "XDG_CONFIG_HOME", "/tmp/k"), home);
        assertEquals(Path.of("/tmp/k/bridgework"), folders.config());
        assertEquals(Path.of("/tmp/d/bridgework"), folders.data());
        assertEquals(Path.of("/tmp/c/bridgework"), folders.cache());
    }

    @Test
    void blankXdgVariablesAreIgnored() {
        assertEquals(home.resolve(".cache/bridgework"), UserFolders.of("Linux", Map.of("XDG_CACHE_HOME", " "), home).cache());
    }

    @Test
    void windowsUsesRoamingAppDataAndLocalAppDataForTheCache() {
        UserFolders folders = UserFolders.of("Windows 11", Map.of("APPDATA", "/users/ana/AppData/Roaming", "LOCALAPPDATA", "/users/ana/AppData/Local"), home);
        assertEquals(Path.of("/users/ana/AppData/Roaming/Bridgework"), folders.config());
        assertEquals(Path.of("/users/ana/AppData/Roaming/Bridgework"), folders.data());
        assertEquals(Path.of("/users/ana/AppData/Local/Bridgework/Cache"), folders.cache());
    }

    @Test
    void windowsWithoutTheVariablesFallsBackToTheProfileFolders() {
        UserFolders folders = UserFolders.of("Windows Server 2022", Map.of(), home);
        assertEquals(home.resolve("AppData/Roaming/Bridgework"), folders.data());
        assertEquals(home.resolve("AppData/Local/Bridgework/Cache"), folders.cache());
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        UserFolders folders = UserFolders.of("Mac OS X", Map.of(), home);
        assertEquals(home.resolve("Library/Application Support/Bridgework"), folders.config());
        assertEquals(home.resolve("Library/Application Support/Bridgework"), folders.data());
        assertEquals(home.resolve("Library/Caches/Bridgework"), folders.cache());
    }

    @Test
    void anExplicitXdgCacheIsHonouredOnMacOsToo() {
        assertEquals(Path.of("/tmp/c/bridgework"), UserFolders.of("Mac OS X", Map.of("XDG_CACHE_HOME", "/tmp/c"), home).cache());
    }

    @Test
    void productLayoutPutsUserExtensionsInTheDataFolder() throws Exception {
        UserFolders folders = UserFolders.of("Windows 10", Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"), home);
        ProductLayout layout = ProductLayout.of(Path.of("/nonexistent-product"), folders);
        assertEquals(Path.of("/r/Bridgework/extensions"), layout.userExtensions());
        assertEquals(Path.of("/l/Bridgework/Cache"), layout.cacheRoot());
        assertEquals("development", layout.version());
    }
}
