package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code bridgework assemble} in the real product: the README's main job. The accessibility test runs axe-core's
 * WCAG 2.2 AA rules on the HTML in Debian's Chromium; without Chromium, node or the axe/ packages it is skipped, unless
 * {@code -Dbridgework.requireTools=true} (CI), which makes it fail.
 */
class AssembleTest {

    @TempDir
    Path temp;

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void assemblesTheSampleDeterministicallyWithAJsonSummary() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        ProductFixture.Run first = ProductFixture.run(temp, "assemble", "--sample", "--format", "html,md", "--out", a.toString(), "--json");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        ProductFixture.Run second = ProductFixture.run(temp, "assemble", "--sample", "--format", "html,md", "--out", b.toString());
        assertEquals(0, second.exitCode(), second.out() + second.err());
        List<String> files = listing(a);
        assertEquals(files, listing(b));
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".html")) && files.stream().anyMatch(f -> f.endsWith(".md"))
                && files.stream().anyMatch(f -> f.endsWith(".json")), files.toString());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs between two runs");
        }
        assertTrue(second.out().contains(b.toAbsolutePath().toString()), "says where the files are: " + second.out());
        assertTrue(second.err().contains("Rendering HTML"), "progress on stderr: " + second.err());

        JsonObject summary = JsonParser.parseString(first.out()).getAsJsonObject();
        assertTrue(summary.get("words").getAsInt() > 500);
        int sum = 0;
        for (JsonElement s : summary.getAsJsonArray("sections")) {
            JsonObject section = s.getAsJsonObject();
            if (section.get("level").getAsInt() == 1) {
                sum += section.get("words").getAsInt();
            }
            assertTrue(section.get("estimatedPages").getAsDouble() >= 0);
        }
        assertEquals(summary.get("words").getAsInt(), sum, "top-level sections add up to the document");
        for (JsonElement f : summary.getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            assertEquals(Files.size(Path.of(file.get("path").getAsString())), file.get("bytes").getAsLong());
        }
    }

    @Test
    void oneLengthTheBodyWordsOfCheckAndThePagesOfTheRealPdf() throws Exception {
        Path out = temp.resolve("pdf");
        ProductFixture.Run run = ProductFixture.run(temp, "assemble", "--sample", "--format", "pdf", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonObject summary = JsonParser.parseString(run.out()).getAsJsonObject();
        ProductFixture.Run check = ProductFixture.run(temp, "check", "--sample", "--json");
        JsonObject length = JsonParser.parseString(check.out()).getAsJsonObject().getAsJsonObject("length");
        assertEquals(length.get("words").getAsInt(), summary.get("words").getAsInt(), "check and assemble count the body alike");
        assertEquals(length.get("targetWords").getAsInt(), summary.get("targetWords").getAsInt());
        assertTrue(summary.get("appendixWords").getAsInt() > 0, "the sample's appendices are counted apart: " + summary);
        assertEquals("pdf", summary.get("pagesFrom").getAsString());
        JsonObject pdf = summary.getAsJsonArray("files").get(0).getAsJsonObject();
        assertTrue(pdf.get("main").getAsBoolean() && pdf.get("path").getAsString().endsWith(".pdf"), pdf.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(new File(pdf.get("path").getAsString()))) {
            assertTrue(doc.getNumberOfPages() > 1);
            assertEquals(doc.getNumberOfPages(), summary.get("pages").getAsInt(), "the pages of the PDF written");
            assertEquals(doc.getNumberOfPages(), pdf.get("pages").getAsInt());
        }
        ProductFixture.Run text = ProductFixture.run(temp, "assemble", "--sample", "--format", "md", "--out", temp.resolve("md").toString());
        assertTrue(text.out().contains(String.format(java.util.Locale.ROOT, "%,d words in the body", length.get("words").getAsInt()))
                && text.out().contains("(estimate)"), "without a PDF the pages are labelled an estimate: " + text.out());
    }

    @Test
    void withoutAPdfCheckAndAssembleEstimateTheSameWordsAndPages() throws Exception {
        ProductFixture.Run assemble = ProductFixture.run(temp, "assemble", "--sample", "--format", "html,md", "--out", temp.resolve("est").toString(),
                "--json");
        assertEquals(0, assemble.exitCode(), assemble.out() + assemble.err());
        JsonObject summary = JsonParser.parseString(assemble.out()).getAsJsonObject();
        ProductFixture.Run check = ProductFixture.run(temp, "check", "--sample", "--json");
        JsonObject length = JsonParser.parseString(check.out()).getAsJsonObject().getAsJsonObject("length");
        assertEquals("estimate", summary.get("pagesFrom").getAsString());
        assertEquals("estimate", length.get("pagesFrom").getAsString());
        assertEquals(length.get("words").getAsInt(), summary.get("words").getAsInt(), "one word count");
        double pages = summary.get("estimatedPages").getAsDouble();
        // the sample's tables, pictures and case-study boxes count beyond its words in both
        assertTrue(pages > summary.get("words").getAsInt() / 450.0 + 0.1, "pages include the space of boxes and tables: " + pages);
        assertEquals(pages, length.get("pages").getAsDouble(), "one page estimate: check " + length + ", assemble " + pages);
        ProductFixture.Run text = ProductFixture.run(temp, "check", "--sample");
        assertTrue(text.out().contains(String.format(java.util.Locale.ROOT, "about %.1f pages (estimate)", pages)), text.out());
    }

    @Test
    void unknownFormatOrContextIsAUsageErrorThatListsTheKnownOnesAndWritesNothing() throws Exception {
        Path out = temp.resolve("out");
        ProductFixture.Run format = ProductFixture.run(temp, "assemble", "--sample", "--format", "html,odt", "--out", out.toString());
        assertEquals(2, format.exitCode(), format.out() + format.err());
        assertTrue(format.err().contains("Unknown output format 'odt'. Known formats: ") && format.err().contains("html"), format.err());
        ProductFixture.Run context = ProductFixture.run(temp, "assemble", "--sample", "--context", "atlantis", "--out", out.toString());
        assertEquals(2, context.exitCode(), context.out() + context.err());
        assertTrue(context.err().contains("Unknown local context 'atlantis'. Known contexts: "), context.err());
        assertTrue(Files.notExists(out) || listing(out).isEmpty(), "nothing written");
    }

    @Test
    void helpListsTheInstalledFormats() throws Exception {
        ProductFixture.Run help = ProductFixture.run(temp, "assemble", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Formats installed:") && help.out().contains("  html ") && help.out().contains("  md "), help.out());
    }

    @Test
    void theHtmlPassesAxeCoreWcag22AaInChromium() throws Exception {
        Path out = temp.resolve("out");
        ProductFixture.Run national = ProductFixture.run(temp, "assemble", "--sample", "--format", "html,summary", "--out", out.toString());
        assertEquals(0, national.exitCode(), national.err());
        ProductFixture.Run variant = ProductFixture.run(temp, "assemble", "--sample", "--format", "html", "--context", "small-specialist",
                "--out", out.toString());
        List<Path> files = listing(out).stream().map(out::resolve).toList();
        assertEquals(variant.exitCode() == 0 ? 3 : 2, files.size(), "files checked: " + files + " " + variant.err());
        JsonObject report = Tools.assertAccessible(temp, files);
        if (report != null) {
            for (JsonElement f : report.getAsJsonArray("files")) {
                JsonObject file = f.getAsJsonObject();
                if (!file.get("file").getAsString().endsWith(".summary.html")) {
                    assertTrue(file.get("details").getAsInt() > 0, "the full guidance has disclosures (evidence on demand): " + file);
                }
            }
        }
    }

    @Test
    void theMarkdownGoesThroughPandocCiteprocAsItIs() throws Exception {
        Path out = temp.resolve("md");
        ProductFixture.Run run = ProductFixture.run(temp, "assemble", "--sample", "--format", "md", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path md;
        try (Stream<Path> s = Files.list(out)) {
            md = s.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String text = Files.readString(md);
        java.util.regex.Matcher csl = java.util.regex.Pattern.compile("\ncsl: \"([^\"]+)\"\n").matcher(text);
        assertTrue(csl.find(), "the metadata names the style file");
        assertTrue(Files.isRegularFile(out.resolve(csl.group(1))), "the style file is beside the Markdown: " + listing(out));
        java.util.regex.Matcher bib = java.util.regex.Pattern.compile("\nbibliography: \"([^\"]+)\"\n").matcher(text);
        assertTrue(bib.find() && Files.isRegularFile(out.resolve(bib.group(1))), "the CSL-JSON is beside the Markdown: " + listing(out));

        // every internal link has its anchor in the Markdown itself
        java.util.Set<String> anchors = new java.util.TreeSet<>();
        java.util.regex.Matcher a = java.util.regex.Pattern.compile("\\{#([^}\\s]+)[^}]*}").matcher(text);
        while (a.find()) {
            anchors.add(a.group(1));
        }
        java.util.Set<String> missing = new java.util.TreeSet<>();
        java.util.regex.Matcher l = java.util.regex.Pattern.compile("\\]\\(#([^)\\s]+)\\)").matcher(text);
        int links = 0;
        while (l.find()) {
            links++;
            if (!anchors.contains(l.group(1))) {
                missing.add(l.group(1));
            }
        }
        assertTrue(links > 5, "the sample has internal links: " + links);
        assertEquals(java.util.Set.of(), missing, "links to anchors the Markdown lacks");

        String pandoc = onPath("pandoc");
        if (pandoc == null) {
            missingTools("pandoc is needed (Debian: apt-get install pandoc)");
            return;
        }
        ProductFixture.Run html = exec(out, List.of(pandoc, "--citeproc", md.getFileName().toString(), "-o", "pandoc.html"), 300);
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(!html.err().contains("not found"), "pandoc found every citation: " + html.err());
        String rendered = Files.readString(out.resolve("pandoc.html"));
        assertTrue(!rendered.contains("???") && !rendered.contains("[@"), "citations resolved");
        assertTrue(rendered.contains("id=\"refs\"") && rendered.contains("csl-entry"), "a bibliography was made");
        assertTrue(!rendered.contains("{#"), "no attribute printed as text");
    }

    private static void missingTools(String message) {
        Tools.missingTools(message);
    }

    private static String onPath(String name) {
        return Tools.onPath(name);
    }

    private ProductFixture.Run exec(Path dir, List<String> command, int seconds) throws Exception {
        return Tools.exec(temp, dir, command, seconds);
    }
}
