package org.bridgework.literature.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.literature.Fixtures;
import org.bridgework.model.Source;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class CommandsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path sampleCopy() throws Exception {
        Path file = dir.resolve("guidance.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void citeApaOnTheSample() {
        Cli.Result r = cli.run("cite", "--style", "apa", "uuk2022", "--sample");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("[@uuk2022]  (Universities UK, 2022)"), r.out());
        assertTrue(r.out().contains("Universities UK. (2022). NHS-University Partnerships: Working Together for Student Mental Health. Universities UK."), r.out());
    }

    @Test
    void citeSeveralKeysVancouverWithAPandocCluster() throws Exception {
        Path file = sampleCopy();
        Cli.Result r = cli.run("cite", "--style", "vancouver", "nous2023", "[@uuk2022, p. 4]", file.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("vancouver", json.get("style").getAsString());
        assertEquals("(1)", json.getAsJsonArray("citations").get(0).getAsJsonObject().get("text").getAsString());
        assertEquals("(2)", json.getAsJsonArray("citations").get(1).getAsJsonObject().get("text").getAsString());
        assertEquals("(1,2)", json.getAsJsonArray("citations").get(2).getAsJsonObject().get("text").getAsString());
        assertTrue(json.getAsJsonArray("bibliography").get(0).getAsString().startsWith("1. Nous Group."));
    }

    @Test
    void unknownStyleOrKeyExitTwoListingTheKnownOnes() {
        Cli.Result style = cli.run("cite", "--style", "chicago", "uuk2022", "--sample");
        assertEquals(2, style.exit());
        assertTrue(style.err().contains("unknown citation style 'chicago'") && style.err().contains("harvard-cite-them-right") && style.err().contains("apa")
                && style.err().contains("vancouver"), style.err());
        Cli.Result key = cli.run("cite", "uuk2021", "--sample");
        assertEquals(2, key.exit());
        assertTrue(key.err().contains("unknown citation key 'uuk2021'") && key.err().contains("Did you mean uuk2022") && key.err().contains("nous2023"), key.err());
        assertEquals(2, cli.run("cite", "uuk2022").exit(), "no project");
    }

    @Test
    void importDryRunWritesNothing() throws Exception {
        Path file = sampleCopy();
        byte[] before = Files.readAllBytes(file);
        Cli.Result r = cli.run("import", Fixtures.file("zotero.ris").toString(), "--into", file.toString(), "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Dry run: 4 added, 1 merged"), r.out());
        assertTrue(r.out().contains("merge  uuk2020"), "Stepchange is in the sample already: " + r.out());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary or backup file left");
        }
    }

    @Test
    void importSavesAndReportsMalformedEntriesWithExitOne() throws Exception {
        Path file = sampleCopy();
        Path bad = Files.writeString(dir.resolve("mixed.bib"), """
                @book{fine2020, title = {A fine book}, author = {Smith, Ann}, year = {2020}}
                @article{broken, title = {No comma} author = {Jones, Bob}, year = {2021}}
                """);
        Cli.Result r = cli.run("import", Fixtures.file("mendeley.bib").toString(), bad.toString(), "--into", file.toString(), "--json");
        assertEquals(1, r.exit(), r.err() + r.out());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(json.get("saved").getAsBoolean());
        assertEquals(4, json.getAsJsonArray("changes").size());
        JsonObject problem = json.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals("error", problem.get("severity").getAsString());
        assertEquals(2, problem.get("line").getAsInt());
        assertTrue(problem.get("file").getAsString().endsWith("mixed.bib"));
        try (Project p = cli.projects.open(file)) {
            List<String> keys = p.root().getSources().stream().map(Source::getCitationKey).toList();
            assertTrue(keys.containsAll(List.of("Muller2019", "Thorley2017", "Whitaker2020", "fine2020")), keys.toString());
            assertFalse(keys.contains("broken"));
        }
        // importing the same again finds only duplicates: nothing to add
        Cli.Result again = cli.run("import", Fixtures.file("mendeley.bib").toString(), "--into", file.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("0 added, 3 merged"), again.out());
    }

    @Test
    void anEmptyOrBinaryOrUnknownFileStopsEverythingWithExitTwo() throws Exception {
        Path file = sampleCopy();
        byte[] before = Files.readAllBytes(file);
        Path empty = Files.write(dir.resolve("empty.ris"), new byte[0]);
        Cli.Result r = cli.run("import", Fixtures.file("zotero.ris").toString(), empty.toString(), "--into", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("empty.ris is empty") && r.err().contains("Nothing was imported"), r.err());
        Path png = Files.write(dir.resolve("picture.ris"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Cli.Result b = cli.run("import", png.toString(), "--into", file.toString());
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("binary file") && b.err().contains("RIS"), b.err());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Just some notes\n");
        Cli.Result n = cli.run("import", notes.toString(), "--into", file.toString());
        assertEquals(2, n.exit());
        assertTrue(n.err().contains("starts with 'Just some notes'"), n.err());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anImporterThatHangsOrThrowsIsReportedAndTheOthersStillImport() throws Exception {
        Path file = sampleCopy();
        byte[] before = Files.readAllBytes(file);
        Path hang = Files.writeString(dir.resolve("slow.txt"), "HANG forever\n");
        long start = System.nanoTime();
        Cli.Result r = cli.run("import-misbehaving", hang.toString(), "--into", file.toString());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "the hanging importer is given up on");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("'misbehaving'") && r.err().contains("did not answer within 300 ms") && r.err().contains("Nothing was imported"), r.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        // the importer whose accepts() throws is passed over (and reported) and the RIS importer reads the file
        Cli.Result ris = cli.run("import-misbehaving", Fixtures.file("zotero.ris").toString(), "--into", file.toString(), "--dry-run");
        assertEquals(0, ris.exit(), ris.err());
        assertTrue(ris.out().contains("Dry run: 4 added"), ris.out());
        assertTrue(ris.err().contains("'misbehaving'") && ris.err().contains("IllegalStateException: cannot judge"), ris.err());
    }

    @Test
    void aNamedPipeIsRefusedWithoutReadingIt() throws Exception {
        Path file = sampleCopy();
        Path fifo = dir.resolve("refs.ris");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Cli.Result r = cli.run("import", fifo.toString(), "--into", file.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("refs.ris is a named pipe (FIFO), not a regular file") && r.err().contains("Nothing was imported"), r.err());
    }

    @Test
    void importersAreChosenByContent() throws Exception {
        Path file = sampleCopy();
        // a DOCX (zip) goes to the other importer, whatever its name
        Path docx = Files.write(dir.resolve("returned.ris"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        Cli.Result r = cli.run("import", docx.toString(), "--into", file.toString(), "--dry-run");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("case-study-template importer"), r.err());
    }

    @Test
    void exportLiteratureAndGapMap() throws Exception {
        Path bib = dir.resolve("sample.bib");
        Cli.Result r = cli.run("export", "literature", "--format", "bibtex", "--out", bib.toString(), "--sample");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(bib);
        assertTrue(text.contains("@techreport{uuk2022,") && text.contains("author = {{Universities UK}}"), text);
        Cli.Result json = cli.run("export", "literature", "--format", "csljson", "--sample");
        assertEquals(0, json.exit());
        assertTrue(json.out().startsWith("[\n  {\n    \"id\": \""), json.out());
        Cli.Result csv1 = cli.run("export", "gapmap", "--format", "csv", "--sample");
        Cli.Result csv2 = cli.run("export", "gapmap", "--format", "csv", "--sample");
        assertEquals(0, csv1.exit(), csv1.err());
        assertEquals(csv1.out(), csv2.out(), "deterministic");
        assertTrue(csv1.out().startsWith("\uFEFFchallenge_id,challenge,category,"), csv1.out());
        Path svg = dir.resolve("gap.svg");
        assertEquals(0, cli.run("export", "gapmap", "--format", "svg", "--out", svg.toString(), "--sample").exit());
        assertTrue(Files.readString(svg).contains("<title id=\"gap-title\">Evidence gap map: "));
        Cli.Result enw = cli.run("export", "literature", "--format", "endnote", "--sample");
        assertEquals(0, enw.exit(), enw.err());
        assertTrue(enw.out().startsWith("%0 "), enw.out());
        Cli.Result bad = cli.run("export", "literature", "--format", "word", "--sample");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("known formats: bibtex, csljson, enw, nbib, refer, ris"), bad.err());
    }
}
