package org.bridgework.assembly.docx.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.*;

/** A small document with every kind of block, built by hand (the renderer only reads the API records). */
final class TestDocuments {
    static final String ALT = "Bar chart: referrals rose from 40 to 95 a term after the liaison post started";

    private TestDocuments() {
    }

    static AssembledDocument guidance() {
        Metadata meta = new Metadata("Mental health partnerships between universities and the NHS",
                "Joint guidance for higher education providers and NHS mental health services", "en-GB",
                "How universities, colleges and NHS mental health services can work together for students.",
                List.of("student mental health", "partnerships"), LocalDate.of(2026, 3, 31),
                new Variant("small-specialist", "Variant for small and specialist providers"), "harvard-cite-them-right",
                "he-nhs-partnerships", "Bridgework Taskforce");
        Citation uuk = new Citation(List.of(new CiteItem("uuk2022", "p. 4", null, null, true)),
                "(Universities UK, 2022, p. 4)", "(Universities UK, 2022, p. 4)");
        Citation nous = new Citation(List.of(new CiteItem("nous2023", null, null, null, true)),
                "(<i>Nous</i> &amp; Partners, 2023)", "(Nous & Partners, 2023)");

        Section why = new Section("why-partner", 1, "Why partnerships matter", List.of(
                new Paragraph("p-why-1", List.of(Text.plain("Students with serious mental illness fall between services "), uuk,
                        Text.plain(". See "), new ElementRef("cs-liaison", "cs-liaison", "the liaison case study", "Case study: liaison"),
                        Text.plain(" and "), new ElementRef("ch-handover", "ch-handover", "the handover challenge", "Challenge: handover"),
                        Text.plain(" for "), new Text("what works", Set.of(Style.EMPHASIS)), Text.plain("."))),
                new Callout("key-1", CalloutKind.KEY_MESSAGE, null, "Key message", List.of(
                        new Paragraph("key-1-p", List.of(new Text("Agree one referral route", Set.of(Style.STRONG)),
                                Text.plain(" and write it down."))),
                        new ListBlock("key-1-l", false, List.of(List.of(Text.plain("Name a lead on each side")),
                                List.of(Text.plain("Meet every term")))))),
                new Callout("nhs-1", CalloutKind.FOR_NHS_READERS, "For NHS readers: HE terms", "For NHS readers: HE terms",
                        List.of(new Paragraph("nhs-1-p", List.of(Text.plain("A HEP is a university or college."))))),
                new ListBlock("steps", true, List.of(List.of(Text.plain("Map the services")),
                        List.of(Text.plain("Agree data sharing "), nous), List.of(Text.plain("Review after a year")))),
                new Quote("q-1", "ex-uuk-1", List.of(Text.plain("No student should have to tell their story twice.")), uuk)),
                List.of(new Section("why-evidence", 2, "What the evidence says", List.of(
                        new Paragraph("p-ev-1", List.of(Text.plain("Read the "),
                                new Link("https://www.example.org/report", "The full report (example.org)", List.of(Text.plain("full report"))),
                                Text.plain(" and look up "), new ElementRef("term-hep", "term-hep", "HEP", "Glossary: HEP"),
                                Text.plain("."))),
                        new Image("fig-referrals", ALT, png(), "image/png", List.of(Text.plain("Figure 1: Referrals per term")))),
                        List.of(), 30, null)),
                80, 400);
        Section how = new Section("how-to", 1, "How to set up a partnership", List.of(
                new Checklist("check-1", "Before you start", List.of(List.of(Text.plain("Data sharing agreement signed")),
                        List.of(Text.plain("Named leads agreed")))),
                new ChallengeTable("challenges", "Table 1: Challenges and solutions", List.of(
                        new ChallengeRow("ch-handover", "ch-handover", "Handover at transition",
                                List.of(Text.plain("Care is lost when students move between areas.")),
                                List.of(List.of(Text.plain("Shared transition plan")), List.of(Text.plain("Named contact in each area")))),
                        new ChallengeRow("ch-waits", "ch-waits", "Long waits", List.of(), List.of()))),
                new CaseStudySummary("cs-liaison", "cs-liaison", "A university liaison post", List.of("University of Example", "Example NHS Trust"),
                        "Liaison service", "North West England", List.of("Large city with several providers"),
                        List.of(new Paragraph("cs-liaison-d", List.of(Text.plain("A mental health nurse works two days a week on campus.")))),
                        "Students aged 18 to 25", "Self-referral and GP", List.of(new Benefit("Students",
                                List.of(Text.plain("Quicker assessment")), "Service audit")),
                        List.of(new Outcome("Referrals a term", "95", "2024-25", List.of(Text.plain("Trust audit")))), "Verified",
                        List.of("Handover at transition")),
                new Table("tbl-roles", "Table 2: Who does what", List.of("Role", "University", "NHS"),
                        List.of(List.of("Lead", "Head of wellbeing", "Service manager"), List.of("Contact", "Adviser", "Nurse")), true)),
                List.of(), 120, null);
        List<ContentsEntry> contents = List.of(
                new ContentsEntry("why-partner", "Why partnerships matter", 1,
                        List.of(new ContentsEntry("why-evidence", "What the evidence says", 2, List.of()))),
                new ContentsEntry("how-to", "How to set up a partnership", 1, List.of()),
                new ContentsEntry(AssembledDocument.GLOSSARY_ANCHOR, "Glossary", 1, List.of()),
                new ContentsEntry(AssembledDocument.BIBLIOGRAPHY_ANCHOR, "References", 1, List.of()),
                new ContentsEntry("app-consensus", "Appendix A: Consensus report", 1, List.of()));
        return new AssembledDocument(meta,
                List.of(new Paragraph("purpose", List.of(Text.plain("This guidance helps partners agree how to work together.")))),
                contents, List.of(why, how),
                List.of(new BibliographyEntry("nous2023", "Nous &amp; Partners (2023) <i>Student mental health review</i>. London: Nous.",
                        "Nous & Partners (2023) Student mental health review. London: Nous.", "{\"id\":\"nous2023\"}"),
                        new BibliographyEntry("uuk2022", "Universities UK (2022) <i>Stepchange: mentally healthy universities</i>. Available at: <a href=\"https://www.example.org/stepchange\">https://www.example.org/stepchange</a>.",
                                "Universities UK (2022) Stepchange: mentally healthy universities.", "{\"id\":\"uuk2022\"}")),
                List.of(new GlossaryEntry("term-hep", "HEP", "Higher education provider",
                        List.of(Text.plain("A university or college that teaches degrees.")), "HE"),
                        new GlossaryEntry("term-icb", "ICB", "Integrated care board", List.of(Text.plain("The NHS body that plans local services.")), "NHS")),
                List.of(new Appendix("app-consensus", "Appendix A: Consensus report", List.of(
                        new Table("tbl-consensus", "Table A1: Agreement by criterion", List.of("Criterion", "Round 1", "Round 2"),
                                List.of(List.of("Named leads", "72%", "91%"), List.of("Shared records", "55%", "80%")), true)))),
                List.of());
    }

    static byte[] png() {
        BufferedImage img = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 160);
        g.setColor(new Color(0, 94, 184));
        g.fillRect(40, 100, 80, 60);
        g.fillRect(180, 20, 80, 140);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
