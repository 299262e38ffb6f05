package org.bridgework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class UserFoldersTest {

    private static Properties system(String... pairs) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ann");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void theLaunchersChoiceWinsThenXdgThenTheHomeFolder() {
        UserFolders chosen = UserFolders.of(system(UserFolders.CONFIG_PROPERTY, "C:\\Users\\ann\\AppData\\Roaming\\Bridgework"),
                Map.of("XDG_CONFIG_HOME", "/xdg/config", "XDG_CACHE_HOME", "/xdg/cache"));
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Roaming\\Bridgework"), chosen.config());
        assertEquals(Path.of("/xdg/cache/bridgework"), chosen.cache());
        assertEquals(Path.of("/home/ann/.local/share/bridgework"), chosen.data());
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Roaming\\Bridgework").resolve("settings.properties"), chosen.settingsFile());
    }

    @Test
    void aRelativeXdgVariableIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of("/home/ann/.config/bridgework"), UserFolders.of(system(), Map.of("XDG_CONFIG_HOME", "relative/dir")).config());
    }
}
