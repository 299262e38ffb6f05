package org.bridgework.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.Paragraph;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer's one-pass plain text reads as the core's InlineText.plain. */
class PlainTextTest {

    @TempDir
    Path dir;

    @Test
    void sameAsInlineTextOnExamples() {
        for (String text : new String[] {"Plain text.", "Roles differ [@uuk2020, p. 4].", "See [the roles challenge](#ch-roles) first.",
                "Some *emphasis* and `code` and _this_.", "Two [@a; @b] and [see @c] cites.", "An [unclosed bracket", "A [plain] bracket.",
                "Mixed [@k] then [link](#x), end."}) {
            assertEquals(InlineText.plain(text), Documents.plain(text), text);
        }
    }

    @Test
    void sameAsInlineTextOnEveryParagraphOfTheSample() throws Exception {
        Path file = dir.resolve("s.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        int n = 0;
        try (Project project = new ProjectServiceImpl().open(file)) {
            for (var it = project.root().eAllContents(); it.hasNext();) {
                if (it.next() instanceof Paragraph p && p.getText() != null) {
                    assertEquals(InlineText.plain(p.getText()), Documents.plain(p.getText()), p.getId());
                    n++;
                }
            }
        }
        assertEquals(true, n > 10, "paragraphs checked: " + n);
    }
}
