package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.ui.api.Perspectives;
import org.junit.jupiter.api.Test;

/** F1's mapping from views to the user guide's sections points at sections the guide really has. */
class UserGuideTest {
    static final Path GUIDE = Path.of("../../docs/user-guide/user-guide.guidance");

    @Test
    void everyAnchorIsASectionOfTheGuide() throws Exception {
        String guide = Files.readString(GUIDE);
        Set<String> sections = new TreeSet<>();
        Matcher m = Pattern.compile("<sections\\s+id=\"([^\"]+)\"").matcher(guide);
        while (m.find()) {
            sections.add(m.group(1));
        }
        UserGuide help = new UserGuide(Path.of("product"), null);
        for (String key : help.anchors().stringPropertyNames()) {
            String anchor = help.anchors().getProperty(key);
            assertTrue(sections.contains(anchor), key + " maps to " + anchor + ", which is not a section of " + GUIDE + ": " + sections);
        }
    }

    @Test
    void aViewItsPerspectiveOrNothing() {
        UserGuide help = new UserGuide(Path.of("product"), null);
        for (String perspective : Perspectives.IDS) {
            assertEquals("perspective-" + perspective, help.anchorFor(null, perspective));
        }
        assertEquals("perspective-literature", help.anchorFor("org.bridgework.ui.literature.gapmap", Perspectives.DRAFTING));
        assertEquals("perspective-drafting", help.anchorFor("some.unknown.view", Perspectives.DRAFTING));
        assertNull(help.anchorFor(null, null));
        assertTrue(help.uri("team-working").endsWith("/product/doc/user-guide.html#team-working"), help.uri("team-working"));
    }
}
