package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The user guide (docs/user-guide, a Bridgework project) as the build left it in the product: it validates with
 * 0 errors, its HTML and PDF are in doc/ (what Help &gt; User Guide and F1 open, offline), and the HTML passes the
 * accessibility test the sample's does.
 */
class UserGuideTest {
    static final Path GUIDE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../../docs/user-guide/user-guide.guidance").normalize();

    @TempDir
    Path temp;

    @Test
    void theGuideValidatesWithNoErrors() throws Exception {
        ProductFixture.Run run = ProductFixture.run(temp, "validate", GUIDE.toString(), "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, doc.getAsJsonObject("counts").get("errors").getAsInt(), run.out());
    }

    @Test
    void theProductCarriesTheAssembledGuide() throws Exception {
        Path doc = ProductFixture.home().resolve("doc");
        Path html = doc.resolve("user-guide.html");
        assertTrue(Files.isRegularFile(html) && Files.isRegularFile(doc.resolve("user-guide.pdf")), "the guide in " + doc);
        String text = Files.readString(html);
        for (String anchor : List.of("getting-started", "perspective-scope", "perspective-literature", "perspective-criteria",
                "perspective-case-studies", "perspective-drafting", "perspective-review", "perspective-assembly", "command-line",
                "team-working", "releasing", "local-contexts", "troubleshooting", "glossary")) {
            assertTrue(text.contains("id=\"" + anchor + "\""), "the section " + anchor + " in " + html);
        }
        assertTrue(text.contains("<img") && text.contains("data:image/png;base64,"), "the screenshots are inside the page");
        assertTrue(!text.contains("src=\"http") && !text.contains("href=\"http"), "nothing is fetched from the network");
    }

    @Test
    void theGuidesHtmlPassesAxeCoreWcag22AaInChromium() throws Exception {
        Tools.assertAccessible(temp, List.of(ProductFixture.home().resolve("doc/user-guide.html")));
    }
}
