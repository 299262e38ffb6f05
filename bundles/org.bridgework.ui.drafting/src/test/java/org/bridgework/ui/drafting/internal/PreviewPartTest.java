package org.bridgework.ui.drafting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.assembly.internal.AssemblyServiceImpl;
import org.bridgework.assembly.internal.HtmlRenderer;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The live preview follows the outline's selection and the model's changes. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class PreviewPartTest {
    @TempDir
    Path home;
    WorkbenchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new OutlineView(), new PreviewView(new AssemblyServiceImpl(List.of(), null, null, List.of()), new HtmlRenderer(), (ContextChanges) null));
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.DRAFTING);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void showsTheSelectedSectionAndFollowsEdits() throws Exception {
        PreviewPart preview = f.showView(PreviewView.ID, PreviewPart.class);
        WorkbenchFixture.waitFor("the whole document to render", 10000, () -> preview.html.contains("<h1"));
        List<Section> sections = f.project().root().getDocument().getSections();
        Section other = sections.get(0);
        Section section = sections.stream().filter(s -> s.getBlocks().stream().anyMatch(b -> b instanceof Paragraph)).skip(1).findFirst().orElseThrow();
        assertTrue(preview.html.contains(other.getHeading()) && preview.html.contains(section.getHeading()), "the whole document at first");

        OutlinePart outline = f.showView(OutlineView.ID, OutlinePart.class);
        outline.viewer.getControl().setFocus();
        outline.viewer.setSelection(new StructuredSelection(section), true);
        WorkbenchFixture.waitFor("the section's preview", 10000, () -> preview.section() == section && preview.caption.getText().equals("Section '" + section.getHeading() + "'"));
        assertTrue(preview.html.contains(section.getHeading()));
        assertFalse(preview.html.contains(">" + other.getHeading() + "<"), "only the selected section");

        Paragraph p = (Paragraph) section.getBlocks().stream().filter(b -> b instanceof Paragraph).findFirst().orElseThrow();
        f.project().editingDomain().getCommandStack().execute(SetCommand.create(f.project().editingDomain(), p, GuidancePackage.Literals.PARAGRAPH__TEXT,
                "A **fresh** sentence for the preview."));
        WorkbenchFixture.waitFor("the edit in the preview", 10000, () -> preview.html.contains("<strong>fresh</strong> sentence for the preview"));
        if (preview.browser == null) {
            assertTrue(preview.text.getText().contains("A fresh sentence for the preview."), preview.text.getText());
            assertTrue(preview.text.getText().startsWith(section.getHeading()) || preview.text.getText().contains("\n" + section.getHeading() + "\n"),
                    preview.text.getText());
            assertTrue(preview.text.getStyleRanges().length > 0, "headings in bold");
            assertTrue(preview.notice.getText().startsWith("Plain-text preview"), "the fallback says so");
        }
        f.screenshot("drafting-preview");
        preview.whole.setSelection(true);
        preview.render();
        WorkbenchFixture.waitFor("the whole document again", 10000, () -> preview.html.contains(">" + other.getHeading() + "<") || preview.html.contains(other.getHeading()));
        assertEquals(false, preview.caption.getText().contains("could not render"), preview.caption.getText());
    }

    @Test
    void htmlAsTextKeepsHeadingsApartAndReadsNoDoctype() {
        HtmlText.Result r = HtmlText.of("<!DOCTYPE html><html><head><style>p{}</style><title>T</title></head><body><h1>Title</h1><p>One &amp; two.</p>"
                + "<ul><li>a</li><li>b</li></ul><h2>Next</h2><p>Three.</p></body></html>");
        assertEquals("Title\n\nOne & two.\n\n  • a\n  • b\n\nNext\n\nThree.", r.text());
        assertEquals(2, r.headings().size());
        assertEquals("Next", r.text().substring(r.headings().get(1).start(), r.headings().get(1).start() + r.headings().get(1).length()));
        // an external entity is not read
        HtmlText.Result evil = HtmlText.of("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html><body><p>&e;</p></body></html>");
        assertFalse(evil.text().contains("root:"), evil.text());
    }
}
