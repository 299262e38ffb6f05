package org.bridgework.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.bridgework.ui.api.keysample.Anchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    private final Messages messages = Messages.of(Anchor.class, Locale.ROOT);

    @Test
    void everyValueIsAPatternAndAMissingKeyShows() {
        assertEquals("Don't Save", messages.get("dialog.button.dontSave"));
        assertEquals("3 hits for 'care'", messages.format("search.status.hits", 3, "care"));
        assertEquals("{braces}", messages.get("plain.braces"));
        assertEquals("!no.such.key!", messages.get("no.such.key"));
        assertEquals("!no.such.key!", messages.format("no.such.key", 1));
        assertTrue(messages.has("plain.braces"));
        assertFalse(messages.has("no.such.key"));
    }

    @Test
    void findsMissingAndUnusedKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A.java"), """
                class A {
                    String a = MESSAGES.get("view.label");
                    String b = messages.format("view.missing", 1);
                    String c = messages.get("state." + s.name());
                    String d = label("view.tooltip");
                    String e = map.get("not.a.key");
                    Text f = text("form.code");
                    String g = MESSAGES.get(key + ".tip");
                }
                """);
        Properties p = new Properties();
        p.setProperty("view.label", "Label");
        p.setProperty("view.tooltip", "Tip");
        p.setProperty("state.ENABLED", "On");
        p.setProperty("view.unused", "Nobody");
        p.setProperty("form.code.tip", "Code");
        assertEquals(List.of("used in the code but not in messages.properties: view.missing",
                "in messages.properties but used nowhere: view.unused"), MessageKeys.problems(dir, p));
    }
}
