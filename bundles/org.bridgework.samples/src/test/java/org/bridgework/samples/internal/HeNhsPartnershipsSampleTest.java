package org.bridgework.samples.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.bridgework.core.api.SampleProject;
import org.junit.jupiter.api.Test;

class HeNhsPartnershipsSampleTest {

    private final SampleProject sample = new HeNhsPartnershipsSample();

    @Test
    void describesItself() {
        assertEquals("he-nhs-partnerships", sample.id());
        assertEquals("he-nhs-partnerships.guidance", sample.fileName());
        assertTrue(sample.fileName().startsWith(sample.id()));
        assertTrue(sample.title().contains("student mental health"), sample.title());
    }

    @Test
    void opensTheShippedFileAgainAndAgain() throws Exception {
        byte[] first;
        try (InputStream in = sample.open()) {
            first = in.readAllBytes();
        }
        byte[] second;
        try (InputStream in = sample.open()) {
            second = in.readAllBytes();
        }
        assertTrue(first.length > 10_000, "the sample is a real project, not a stub: " + first.length + " bytes");
        assertArrayEquals(first, second);
        String head = new String(first, 0, 200, StandardCharsets.UTF_8);
        assertTrue(head.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), head);
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("id=\"he-nhs-partnerships\""));
    }
}
