package org.bridgework.assembly.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.Summary;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    @Test
    void theSamplesSummaryIsTwoPagesAtMostWithTheKeyMessagesChecklistChallengesWhatHelpsAndCaseStudies() throws Exception {
        AssembledDocument full = Samples.sampleDocument();
        PdfWriter writer = Samples.summaryWriter();
        byte[] pdf = writer.write(Summary.of(full), () -> false);
        assertTrue(writer.pages() <= 2, "the summary should fit two pages: " + writer.pages());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String heading : new String[] {"Key messages", "Checklist", "The challenges", "What helps", "Case studies", "Where to find more"}) {
                assertTrue(text.contains(heading), heading + " missing: " + text);
            }
            assertTrue(text.contains("Unclear roles and responsibilities") && text.contains("Joint clinical partnership meetings")
                    && text.contains("Liverpool: Student Liaison Service and U-COPE"), text);
            assertTrue(text.contains("Use this guidance to start a conversation between local leaders in both sectors."), text);
        }
        assertEquals(java.util.List.of(), writer.warnings());
    }
}
