package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene wrapper inside Felix: the search command of the real product builds an index (codec, analysis and
 * query-parser classes through Lucene's SPI from the nested jars), writes it to the cache, reads it back on the next
 * run, and reports a bad query with exit code 2.
 */
class SearchProductTest {

    @TempDir
    Path temp;

    @Test
    void searchRunsInTheProductAndReusesItsCache() throws Exception {
        Path sample = Path.of("../../bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance");
        Path project = temp.resolve("project.guidance");
        Files.copy(sample, project);

        ProductFixture.Run first = ProductFixture.run(temp, "search", "CMHT", project.toString(), "--json");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("\"origin\": \"built\"") || first.out().contains("\"origin\":\"built\""), first.out());
        assertTrue(first.out().contains("**CMHT**") && first.out().contains("**community**"), "acronym and expansion: " + first.out());
        assertEquals("", first.err());

        ProductFixture.Run second = ProductFixture.run(temp, "search", "type:casestudy liaison", project.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("casestudy") && second.out().contains("**Liaison**"), second.out());
        ProductFixture.Run again = ProductFixture.run(temp, "search", "CMHT", project.toString(), "--json");
        assertTrue(again.out().contains("reused"), "the cache written by the first run is read back: " + again.out());

        ProductFixture.Run bad = ProductFixture.run(temp, "search", "liaison AND", "--sample");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("invalid query at column 9"), bad.err());
    }
}
