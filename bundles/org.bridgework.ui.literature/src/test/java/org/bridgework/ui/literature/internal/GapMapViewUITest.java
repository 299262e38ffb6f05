package org.bridgework.ui.literature.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.internal.gapmap.EvidenceGapMapService;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceProject;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The Evidence Gap Map view over the sample: cells, a click lists the cell's extracts, exports. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class GapMapViewUITest {
    @TempDir
    Path home;
    @TempDir
    Path out;
    WorkbenchFixture f;
    final EvidenceGapMapService service = new EvidenceGapMapService();

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new LiteratureView(CoreServices.importer()), new GapMapView(service), new SourceEditorContribution());
        f.open();
        f.openSample();
        f.window.showPerspective(Perspectives.LITERATURE);
        settle();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void click(GapMapPart part, int row, int column) {
        Rectangle b = part.cellBounds(row, column);
        Event down = new Event();
        down.x = b.x + b.width / 2;
        down.y = b.y + b.height / 2;
        down.button = 1;
        part.canvas.notifyListeners(SWT.MouseDown, down);
        settle(50);
    }

    @Test
    void clickACellToListItsExtractsAndFollowEdits() throws Exception {
        GapMapPart part = f.showView(GapMapView.ID, GapMapPart.class);
        GuidanceProject root = f.project().root();
        GapMap expected = service.compute(root);
        assertEquals(root.getChallenges().size(), part.map.rows().size());
        assertEquals(expected.columns(), part.map.columns());
        assertEquals("Case studies", part.map.columns().get(part.map.columns().size() - 1).label());

        // the cell with the most extracts
        int bestRow = 0;
        int bestColumn = 0;
        for (int r = 0; r < expected.rows().size(); r++) {
            for (int c = 0; c < expected.columns().size() - 1; c++) {
                if (expected.cell(r, c).count() > expected.cell(bestRow, bestColumn).count()) {
                    bestRow = r;
                    bestColumn = c;
                }
            }
        }
        GapMap.Cell cell = expected.cell(bestRow, bestColumn);
        assertTrue(cell.count() >= 2, "the sample has a cell with several extracts: " + cell);
        click(part, bestRow, bestColumn);
        assertEquals(bestRow, part.selectedRow);
        assertEquals(bestColumn, part.selectedColumn);
        assertEquals(cell.count(), part.items.getTable().getItemCount());
        Extract first = (Extract) f.project().resource().getEObject(cell.extractIds().get(0));
        assertEquals(first.getText(), part.items.getTable().getItem(0).getText(2));
        assertTrue(part.cellTitle.getText().startsWith(expected.rows().get(bestRow).title() + " \u00d7 "), part.cellTitle.getText());
        assertTrue(part.cellTitle.getText().contains(cell.count() + " extracts"), part.cellTitle.getText());

        // hovering a cell describes it
        Rectangle hb = part.cellBounds(bestRow, bestColumn);
        Event hover = new Event();
        hover.x = hb.x + 5;
        hover.y = hb.y + 5;
        part.canvas.notifyListeners(SWT.MouseHover, hover);
        assertEquals(part.describeSelection() + " Click to list the evidence.", part.canvas.getToolTipText());

        // the selected extract is the workbench selection (Properties shows it)
        part.items.getTable().setSelection(0);
        part.items.getTable().notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(first, ((IStructuredSelection) ((org.bridgework.ui.api.SelectionService) f.window.selectionService()).getSelection()).getFirstElement());
        f.screenshot("gap-map");

        // arrow keys move between cells
        Event right = new Event();
        right.keyCode = bestColumn + 1 < expected.columns().size() ? SWT.ARROW_RIGHT : SWT.ARROW_LEFT;
        part.canvas.notifyListeners(SWT.KeyDown, right);
        settle(30);
        assertEquals(bestColumn + (right.keyCode == SWT.ARROW_RIGHT ? 1 : -1), part.selectedColumn);
        GapMap.Cell next = part.map.cell(bestRow, part.selectedColumn);
        assertEquals(next.extractIds().size() + next.caseStudyIds().size(), part.items.getTable().getItemCount());

        // the map follows the model: unmapping an extract lowers the count; undo restores it
        click(part, bestRow, bestColumn);
        org.bridgework.model.Challenge challenge = root.getChallenges().get(bestRow);
        f.project().editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(f.project().editingDomain(), first,
                org.bridgework.model.GuidancePackage.Literals.EXTRACT__CHALLENGES, challenge));
        settle();
        assertEquals(cell.count() - 1, part.map.cell(bestRow, bestColumn).count());
        assertEquals(cell.count() - 1, part.items.getTable().getItemCount());
        f.menu("Edit", "Undo");
        assertEquals(cell.count(), part.map.cell(bestRow, bestColumn).count());
    }

    @Test
    void exportsCsvSvgAndPng() throws Exception {
        GapMapPart part = f.showView(GapMapView.ID, GapMapPart.class);
        GapMap expected = service.compute(f.project().root());
        StringWriter csv = new StringWriter();
        service.writeCsv(expected, csv);
        StringWriter svg = new StringWriter();
        service.writeSvg(expected, svg);

        part.export(out.resolve("map.csv"), "csv");
        part.export(out.resolve("map.svg"), "svg");
        part.export(out.resolve("map.png"), "png");
        assertEquals(csv.toString(), Files.readString(out.resolve("map.csv"), StandardCharsets.UTF_8));
        assertEquals(svg.toString(), Files.readString(out.resolve("map.svg"), StandardCharsets.UTF_8));
        byte[] png = Files.readAllBytes(out.resolve("map.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        ImageData image = new ImageLoader().load(out.resolve("map.png").toString())[0];
        assertEquals(part.preferredSize().x, image.width);
        assertEquals(part.preferredSize().y, image.height);
        // the strongest cell is drawn in its colour
        int strongRow = -1;
        int strongColumn = -1;
        for (int r = 0; r < expected.rows().size() && strongRow < 0; r++) {
            for (int c = 0; c < expected.columns().size(); c++) {
                if (expected.cell(r, c).strength() != GapMap.Strength.NONE) {
                    strongRow = r;
                    strongColumn = c;
                    break;
                }
            }
        }
        Rectangle b = part.cellBounds(strongRow, strongColumn);
        int pixel = image.getPixel(b.x + 3, b.y + 3);
        assertEquals(GapMapPart.FILL.get(expected.cell(strongRow, strongColumn).strength().ordinal()), image.palette.getRGB(pixel));
        assertEquals(List.of("map.csv", "map.png", "map.svg"), Files.list(out).map(p -> p.getFileName().toString()).sorted().toList(),
                "no partial files left");
        Files.copy(out.resolve("map.png"), Files.createDirectories(Path.of("target", "screenshots")).resolve("gap-map-export.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void confidenceIsEnteredHereAndColoursTheChallengesEvidence() throws Exception {
        GapMapPart part = f.showView(GapMapView.ID, GapMapPart.class);
        assertTrue(!part.applyConfidence.isEnabled(), "nothing selected");
        GuidanceProject root = f.project().root();
        int row = -1;
        int column = -1;
        for (int r = 0; r < part.map.rows().size() && row < 0; r++) {
            for (int c = 0; c < part.map.columns().size(); c++) {
                if (part.map.cell(r, c).count() > 0) {
                    row = r;
                    column = c;
                    break;
                }
            }
        }
        click(part, row, column);
        assertTrue(part.applyConfidence.isEnabled());
        assertEquals("Not assessed", part.level.getText());
        org.bridgework.model.Challenge challenge = root.getChallenges().get(row);
        assertEquals("This cell", part.scope.getText(), "a cell is judged unless the whole challenge is chosen");
        part.scope.select(1);
        part.scope.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        part.level.select(2); // Moderate
        part.concerns.get(2).select(3); // adequacy: moderate
        part.applyConfidence();
        settle();
        assertEquals(null, challenge.getConfidence(), "no reasons, nothing recorded");
        assertTrue(part.confidenceTitle.getText().startsWith("Say why"), part.confidenceTitle.getText());
        part.reasons.setText("Two UK studies; small samples.");
        part.applyConfidence();
        settle();
        assertEquals(org.bridgework.model.EvidenceConfidenceLevel.MODERATE, challenge.getConfidence().getLevel());
        assertEquals(org.bridgework.model.CerqualConcern.MODERATE, challenge.getConfidence().getAdequacy());
        assertEquals("Two UK studies; small samples.", challenge.getConfidence().getReasons());
        assertTrue(part.map.rows().get(row).assessed(), "the map follows the model");
        click(part, row, column);
        assertTrue(part.cellTitle.getText().endsWith("; confidence moderate (the challenge overall)."), part.cellTitle.getText());
        part.export(out.resolve("confidence.png"), "png");
        ImageData image = new ImageLoader().load(out.resolve("confidence.png").toString())[0];
        Rectangle b = part.cellBounds(row, column);
        assertEquals(GapMapPart.CONFIDENCE_FILL.get(1), image.palette.getRGB(image.getPixel(b.x + 3, b.y + 3)), "colour = confidence");
        f.menu("Edit", "Undo");
        assertEquals(null, challenge.getConfidence(), "one undoable step");
        assertTrue(!part.map.rows().get(row).assessed());
    }

    @Test
    void confidenceOfOneCellColoursThatCellAndIsUndoneInOneStep() throws Exception {
        GapMapPart part = f.showView(GapMapView.ID, GapMapPart.class);
        GuidanceProject root = f.project().root();
        // a challenge with evidence in two cells: judge one, the other keeps its strength colour
        int row = -1;
        int column = -1;
        int other = -1;
        for (int r = 0; r < part.map.rows().size() && row < 0; r++) {
            List<Integer> filled = new java.util.ArrayList<>();
            boolean judged = part.map.rows().get(r).assessed();
            for (int c = 0; c < part.map.columns().size(); c++) {
                if (part.map.cell(r, c).count() > 0) {
                    filled.add(c);
                }
                judged |= part.map.cell(r, c).assessed();
            }
            if (filled.size() >= 2 && !judged) {
                row = r;
                column = filled.get(0);
                other = filled.get(1);
            }
        }
        assertTrue(row >= 0, "the sample has an unjudged challenge with two kinds of evidence");
        click(part, row, column);
        assertEquals("This cell", part.scope.getText());
        assertTrue(part.confidenceTitle.getText().startsWith("Confidence in the " + part.map.columns().get(column).label().toLowerCase()), part.confidenceTitle.getText());
        part.level.select(1); // High
        part.concerns.get(0).select(2); // limitations: minor
        part.reasons.setText("Three UK reports agree.");
        // through the real button, as a keyboard or mouse user presses it
        part.applyConfidence.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        org.bridgework.model.Challenge challenge = root.getChallenges().get(row);
        assertEquals(1, challenge.getCellConfidences().size());
        assertEquals(part.map.columns().get(column).id(), challenge.getCellConfidences().get(0).getEvidenceKind());
        assertEquals(null, challenge.getConfidence(), "the challenge's overall judgement is untouched");
        assertTrue(part.map.cell(row, column).assessed(), "the map follows the model");
        click(part, row, column);
        assertTrue(part.cellTitle.getText().endsWith("; confidence high."), part.cellTitle.getText());
        assertEquals("High", part.level.getText(), "the fields show the cell's judgement");
        part.export(out.resolve("cell.png"), "png");
        ImageData image = new ImageLoader().load(out.resolve("cell.png").toString())[0];
        Rectangle judged = part.cellBounds(row, column);
        assertEquals(GapMapPart.CONFIDENCE_FILL.get(0), image.palette.getRGB(image.getPixel(judged.x + 3, judged.y + 3)), "colour = the cell's confidence");
        Rectangle unjudged = part.cellBounds(row, other);
        assertEquals(GapMapPart.FILL.get(part.map.cell(row, other).strength().ordinal()), image.palette.getRGB(image.getPixel(unjudged.x + 3, unjudged.y + 3)),
                "the other cell keeps the strength colour");
        f.menu("Edit", "Undo");
        assertTrue(challenge.getCellConfidences().isEmpty(), "one undoable step");
        assertTrue(!part.map.cell(row, column).assessed());
    }
}
