package org.bridgework.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Drafts and releases in the real product: what each format says it is, the publication gate of
 * {@code assemble --release} on the shipped sample and on a fixed copy, and provenance going stale when evidence changes.
 */
class ReleaseTest {

    private static final Path SAMPLE = Path.of("../../bundles/org.bridgework.samples/src/main/resources/samples/he-nhs-partnerships.guidance");
    private static final String TASKFORCE = "Higher Education Mental Health Implementation Taskforce";

    @TempDir
    Path temp;

    /** The shipped sample with every blocker fixed: what an editor would do before the release. */
    private Path fixedCopy() throws IOException {
        String xml = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        xml = xml.replaceAll("(?i)\\(to be verified\\)", "(checked with the partners)").replaceAll("(?i)to be verified", "Checked with the partners");
        xml = xml.replaceAll("<caseStudies\\s+id=\"([^\"]+)\"", "<caseStudies id=\"$1\" collectionStatus=\"verified\" consentToPublish=\"2027-05-20\"");
        // verified case studies need an evidenced benefit (the model's own validation)
        StringBuilder withBenefits = new StringBuilder();
        Matcher end = Pattern.compile("\n  </caseStudies>").matcher(xml);
        int n = 0;
        while (end.find()) {
            end.appendReplacement(withBenefits, "\n    <benefits id=\"benefit-checked-" + (++n) + "\" beneficiary=\"students\""
                    + " description=\"Quicker access to the right support.\" evidenceType=\"evaluation\" evidenceStrength=\"moderate\"/>\n  </caseStudies>");
        }
        end.appendTail(withBenefits);
        xml = withBenefits.toString();
        xml = xml.replaceAll("(?s)\\s*<rounds\\s+id=\"round-1\".*?/>", "");
        xml = xml.replace("citationKey=\"broglia2023\"", "citationKey=\"broglia2023\" title=\"Regional hubs for student mental health\"");
        xml = xml.replace("<publication\n", "<publication status=\"final\" publicationDate=\"2027-05-31\"\n");
        xml = xml.replaceAll("(?s)\\s*<issuers\\s+id=\"issuer-uuk\".*?/>", "");
        Path file = temp.resolve("fixed.guidance");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> codes(JsonObject doc) {
        List<String> codes = new ArrayList<>();
        for (JsonElement b : doc.getAsJsonArray("blockers")) {
            JsonObject o = b.getAsJsonObject();
            codes.add(o.get("code").getAsString() + "@" + (o.get("elementId").isJsonNull() ? "" : o.get("elementId").getAsString()));
            assertFalse(o.get("reason").getAsString().isBlank());
            assertFalse(o.get("fix").getAsString().isBlank(), "every blocker says how to fix it: " + o);
        }
        return codes;
    }

    @Test
    void theSampleIsBlockedWithItsRealBlockersAndNothingIsWritten() throws Exception {
        Path out = temp.resolve("out");
        ProductFixture.Run run = ProductFixture.run(temp, "assemble", "--release", "--sample", "--json", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertFalse(Files.exists(out), "a blocked release writes nothing");
        List<String> codes = codes(JsonParser.parseString(run.out()).getAsJsonObject());
        assertTrue(codes.contains("placeholder-text@cs-greater-manchester"), "its 'to be verified' marks: " + codes);
        assertTrue(codes.contains("source-incomplete@src-broglia2023"), "the reference without a title: " + codes);
        assertTrue(codes.contains("round-not-held@round-1"), "the round never opened: " + codes);
        assertTrue(codes.contains("case-study-not-verified@cs-liverpool"), codes.toString());
        assertTrue(codes.contains("issuer-incomplete@issuer-uuk"), "Universities UK is not confirmed: " + codes);
        assertTrue(codes.contains("status-not-final@he-nhs-partnerships"), codes.toString());
        assertTrue(run.err().contains("[src-broglia2023]") && run.err().contains("fix: "), run.err());

        // check shows the same blockers as warnings, any time
        ProductFixture.Run check = ProductFixture.run(temp, "check", "--sample");
        assertTrue(check.out().contains("Blocks release: The reference [@broglia2023] is missing a title"), check.out());
        assertTrue(check.out().contains("(round-not-held)"), check.out());
    }

    @Test
    void aFixedCopyReleasesAsPublishedFinalGuidance() throws Exception {
        Path file = fixedCopy();
        Path out = temp.resolve("out");
        ProductFixture.Run run = ProductFixture.run(temp, "assemble", "--release", file.toString(), "-f", "html,md", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String html = Files.readString(out.resolve("doc-guidance.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Published <time datetime=\"2027-05-31\">31 May 2027</time>"), "a release is published with its date");
        assertFalse(html.contains("not for circulation"), "no draft label on a release");
        assertTrue(html.contains("Issued by " + TASKFORCE + " and NHS England"));
    }

    @Test
    void everyFormatOfADraftSaysSoAndNamesBothIssuersButIsNeverPublished() throws Exception {
        Path out = temp.resolve("out");
        ProductFixture.Run run = ProductFixture.run(temp, "assemble", "--sample", "-f", "html,docx,pdf", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String html = Files.readString(out.resolve("doc-guidance.html"), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        String docx;
        try (ZipFile zip = new ZipFile(out.resolve("doc-guidance.docx").toFile())) {
            StringBuilder parts = new StringBuilder();
            for (String part : List.of("word/document.xml", "word/header1.xml", "docProps/core.xml")) {
                if (zip.getEntry(part) != null) {
                    parts.append(new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8)).append(' ');
                }
            }
            docx = parts.toString().replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        }
        String pdf = pdfText(out.resolve("doc-guidance.pdf")).replaceAll("\\s+", " ");
        for (String[] format : new String[][] {{"HTML", html}, {"DOCX", docx}, {"PDF", pdf}}) {
            String text = format[1];
            assertTrue(text.contains("Working draft — not for circulation"), format[0] + " says it is a draft");
            assertTrue(text.contains(TASKFORCE) && text.contains("NHS England"), format[0] + " names both issuers");
            assertFalse(text.contains("Universities UK and") || text.contains("and Universities UK"), format[0] + ": the possible issuer is not named as one");
            assertFalse(text.contains("Published"), format[0] + " of a draft never says 'Published'");
            assertTrue(text.contains("Version 0.1"), format[0] + " gives the version");
        }
        // the PDF's running header repeats the status on the pages after the cover
        String page3 = pdfText(out.resolve("doc-guidance.pdf"), 3);
        assertTrue(page3.contains("Working draft — not for circulation"), page3);
    }

    @Test
    void editingAnExtractMakesItsLinkedSentenceStaleAndBlocksTheReleaseUntilConfirmed() throws Exception {
        Path file = fixedCopy();
        ProductFixture.Run trace = ProductFixture.run(temp, "trace", "p-sol-data", file.toString(), "--json");
        assertEquals(0, trace.exitCode(), trace.out() + trace.err());
        JsonObject chain = JsonParser.parseString(trace.out()).getAsJsonObject();
        assertFalse(chain.get("stale").getAsBoolean());
        assertEquals("ex-broglia-hubs", chain.getAsJsonArray("evidence").get(0).getAsJsonObject().get("evidence").getAsString());

        // someone edits the extract (here in the file, as a merge or another tool would)
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        // the extract's own text attribute (the link's record of what it said stays as it was)
        String edited = xml.replace("text=\"A study of eight English universities building regional hubs, using a standardised data collection template.\"",
                "text=\"A study of eight English universities building regional hubs; only three used the standardised template.\"");
        assertFalse(edited.equals(xml));
        Files.writeString(file, edited, StandardCharsets.UTF_8);

        ProductFixture.Run stale = ProductFixture.run(temp, "trace", "p-sol-data", file.toString());
        assertEquals(1, stale.exitCode(), stale.out() + stale.err());
        assertTrue(stale.out().contains("STALE extract ex-broglia-hubs") && stale.out().contains("only three used"), stale.out());
        ProductFixture.Run check = ProductFixture.run(temp, "check", file.toString());
        assertTrue(check.out().contains("(evidence-stale)") && check.out().contains("p-sol-data"), check.out());
        Path out = temp.resolve("out");
        ProductFixture.Run blocked = ProductFixture.run(temp, "assemble", "--release", file.toString(), "-f", "html", "--out", out.toString(), "--json");
        assertEquals(1, blocked.exitCode(), blocked.out() + blocked.err());
        assertEquals(List.of("evidence-stale@p-sol-data"), codes(JsonParser.parseString(blocked.out()).getAsJsonObject()));

        ProductFixture.Run confirm = ProductFixture.run(temp, "trace", "p-sol-data", file.toString(), "--confirm", "--by", "editor");
        assertEquals(0, confirm.exitCode(), confirm.out() + confirm.err());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("confirmedBy=\"editor\""), "who confirmed is recorded");
        ProductFixture.Run released = ProductFixture.run(temp, "assemble", "--release", file.toString(), "-f", "html", "--out", out.toString());
        assertEquals(0, released.exitCode(), released.out() + released.err());
        String html = Files.readString(out.resolve("doc-guidance.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"#evidence-p-sol-data\""), "the reader can follow the claim to its evidence");
        assertTrue(html.contains("only three used the standardised template"), "the evidence appendix shows the extract as it is now");
    }

    private String pdfText(Path pdf) throws Exception {
        return pdfText(pdf, 0);
    }

    /** Text of the PDF (or of one page) by poppler's pdftotext, as readers' tools see it. */
    private String pdfText(Path pdf, int page) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        if (page > 0) {
            command.addAll(List.of("-f", String.valueOf(page), "-l", String.valueOf(page)));
        }
        command.addAll(List.of(pdf.toString(), "-"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftotext (poppler-utils) failed: " + text);
        Matcher ligature = Pattern.compile("\uFB01").matcher(text);
        return ligature.replaceAll("fi");
    }
}
