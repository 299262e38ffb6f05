package org.bridgework.literature.internal.formats;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.bridgework.literature.api.ReferenceFormat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the reference readers: whatever the text, a reader returns entries and problems (with a line) and
 * never throws. {@code mvn verify} runs the committed corpus in src/test/resources/...Inputs/ as regression tests;
 * {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class ReferenceFormatsFuzzTest {

    private static final Path FILE = Path.of("fuzz.txt");

    private static void read(ReferenceFormat format, byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        format.accepts(FILE, text);
        ReferenceFormat.Read read = format.read(FILE, text);
        assertNotNull(read.entries());
        assertNotNull(read.problems());
    }

    @FuzzTest(maxDuration = "60s")
    void ris(byte[] data) {
        read(new RisFormat(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void bibtex(byte[] data) {
        read(new BibTexFormat(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void cslJson(byte[] data) {
        read(new CslJsonFormat(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void endNote(byte[] data) {
        read(new EndNoteTaggedFormat(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void refer(byte[] data) {
        read(new ReferFormat(), data);
    }

    @FuzzTest(maxDuration = "60s")
    void medline(byte[] data) {
        read(new MedlineFormat(), data);
    }

    /** LaTeX in any BibTeX value: decoded to text, never a stack overflow however deep the braces or accents. */
    @FuzzTest(maxDuration = "60s")
    void latex(byte[] data) {
        assertNotNull(Latex.decode(new String(data, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
