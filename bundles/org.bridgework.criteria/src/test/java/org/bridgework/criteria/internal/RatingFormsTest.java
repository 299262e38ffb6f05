package org.bridgework.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.RatingForms;
import org.bridgework.criteria.api.RatingForms.FormImport;
import org.bridgework.criteria.api.RatingForms.FormProblem;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export a form, fill it in with POI, import it; and every kind of invalid form. */
class RatingFormsTest {

    @TempDir
    Path dir;

    final Samples samples = new Samples();
    final XlsxRatingForms forms = new XlsxRatingForms();
    final ConsensusServiceImpl service = new ConsensusServiceImpl();
    Project project;
    GuidanceProject root;
    ConsensusRound r1;

    @BeforeEach
    void open() throws Exception {
        project = samples.open(samples.copy(dir));
        root = project.root();
        r1 = Samples.round(root, 1);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Path export(ConsensusRound round, String memberId) throws Exception {
        Path f = dir.resolve(memberId + "-r" + round.getNumber() + ".xlsx");
        try (OutputStream o = Files.newOutputStream(f)) {
            forms.write(root, round, Samples.member(root, memberId), o);
        }
        return f;
    }

    /** Opens, changes and saves a form as a member's spreadsheet program would. */
    private static Path edit(Path f, Consumer<Workbook> change) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(f)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            change.accept(wb);
            try (OutputStream o = Files.newOutputStream(f)) {
                wb.write(o);
            }
        }
        return f;
    }

    /** Fills every score with {@code score} (numeric cells) and a comment on the first row. */
    private static Consumer<Workbook> fill(int score) {
        return wb -> {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            for (int r = XlsxRatingForms.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                s.getRow(r).getCell(XlsxRatingForms.COL_SCORE).setCellValue(score);
            }
            s.getRow(XlsxRatingForms.HEADER_ROW + 1).getCell(XlsxRatingForms.COL_COMMENT).setCellValue("comment " + score);
        };
    }

    private static Consumer<Workbook> setKey(String key, String value) {
        return wb -> {
            for (Row row : wb.getSheet(RatingForms.KEYS_SHEET)) {
                if (row.getCell(0).getStringCellValue().equals(key)) {
                    row.getCell(1).setCellValue(value);
                }
            }
        };
    }

    private static Consumer<Workbook> setScore(int criterionRow, String text) {
        return wb -> wb.getSheet(RatingForms.FORM_SHEET).getRow(XlsxRatingForms.HEADER_ROW + 1 + criterionRow)
                .getCell(XlsxRatingForms.COL_SCORE).setCellValue(text);
    }

    /** Reads the forms, asserts exactly one problem containing {@code expected}, and that nothing can be applied. */
    private FormProblem invalid(String expected, Path... files) {
        FormImport read = forms.read(root, List.of(files));
        assertFalse(read.ok());
        assertEquals(1, read.problems().size(), () -> read.problems().toString());
        FormProblem p = read.problems().get(0);
        assertTrue(p.message().contains(expected), () -> p.toString());
        int before = r1.getRatings().size();
        assertThrows(IllegalStateException.class, () -> forms.apply(project, read));
        assertEquals(before, r1.getRatings().size(), "nothing applied");
        return p;
    }

    @Test
    void roundTrip() throws Exception {
        Path a = edit(export(r1, "mem-uuk"), fill(8));
        Path b = edit(export(r1, "mem-aoc"), fill(2).andThen(setScore(1, " 6 ")).andThen(setScore(2, "")));
        FormImport read = forms.read(root, List.of(a, b));
        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals("round-1", read.roundId());
        forms.apply(project, read);
        assertEquals(10, r1.getRatings().size());
        Rating uukC1 = r1.getRatings().stream().filter(r -> r.getMember().getId().equals("mem-uuk")
                && r.getCriterion().getId().equals("c1-benefits")).findFirst().orElseThrow();
        assertEquals(8, uukC1.getScore());
        assertEquals("comment 8", uukC1.getComment());
        Rating aocC2 = r1.getRatings().stream().filter(r -> r.getMember().getId().equals("mem-aoc")
                && r.getCriterion().getId().equals("c2-no-duplication")).findFirst().orElseThrow();
        assertEquals(6, aocC2.getScore());
        Rating aocC3 = r1.getRatings().stream().filter(r -> r.getMember().getId().equals("mem-aoc")
                && r.getCriterion().getId().equals("c3-recognisable-to-nhs")).findFirst().orElseThrow();
        assertNull(aocC3.getScore(), "a blank score is an abstention");
        // one undo reverts the whole import
        project.editingDomain().getCommandStack().undo();
        assertTrue(r1.getRatings().isEmpty());
        // importing again replaces rather than duplicates
        forms.apply(project, read);
        forms.apply(project, forms.read(root, List.of(a)));
        assertEquals(10, r1.getRatings().size());
    }

    @Test
    void formHasHiddenKeysAndFromRoundTwoTheGroupsFeedback() throws Exception {
        Path f = export(r1, "mem-uuk");
        try (InputStream in = Files.newInputStream(f); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(RatingForms.KEYS_SHEET)));
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            assertTrue(s.isColumnHidden(XlsxRatingForms.COL_ID));
            assertNull(s.getRow(XlsxRatingForms.HEADER_ROW).getCell(XlsxRatingForms.COL_GROUP), "no feedback in round 1");
            assertEquals(5, s.getLastRowNum() - XlsxRatingForms.HEADER_ROW);
        }
        // round 1 returned by everyone, then round 2
        service.open(project, r1, LocalDate.of(2026, 3, 1));
        int i = 0;
        for (Member m : r1.getPanel()) {
            for (var c : r1.getCriteria()) {
                service.rate(project, r1, m, c, c.getId().equals("c1-benefits") ? 9 : (i % 3) + 4, i == 2 ? "needs a definition" : null);
            }
            i++;
        }
        ConsensusRound r2 = service.carryOver(project, r1, LocalDate.of(2026, 4, 1)).orElseThrow();
        assertEquals(4, r2.getCriteria().size());
        Path f2 = export(r2, "mem-uuk");
        try (InputStream in = Files.newInputStream(f2); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            Row first = s.getRow(XlsxRatingForms.HEADER_ROW + 1);
            assertEquals("c2-no-duplication", first.getCell(XlsxRatingForms.COL_ID).getStringCellValue());
            String group = first.getCell(XlsxRatingForms.COL_GROUP).getStringCellValue();
            assertTrue(group.startsWith("12 raters"), group);
            assertTrue(group.contains("4: 4  5: 4  6: 4"), group);
            assertTrue(group.contains("median 5"), group);
            assertTrue(group.contains("\nBy group: HE "), "feedback split by stakeholder group: " + group);
            assertTrue(first.getCell(XlsxRatingForms.COL_GROUP_COMMENTS).getStringCellValue().contains("needs a definition"));
            assertEquals("You, last round", s.getRow(XlsxRatingForms.HEADER_ROW).getCell(XlsxRatingForms.COL_OWN_PREVIOUS).getStringCellValue());
            int uuk = r1.getPanel().indexOf(r1.getPanel().stream().filter(m -> m.getId().equals("mem-uuk")).findFirst().orElseThrow());
            assertEquals(String.valueOf(uuk % 3 + 4) + (uuk == 2 ? "\nYour comment: needs a definition" : ""),
                    first.getCell(XlsxRatingForms.COL_OWN_PREVIOUS).getStringCellValue(), "the member's own score beside the group's");
        }
        // another member sees their own score, and one who abstained sees that
        Member other = r1.getPanel().stream().filter(m -> !m.getId().equals("mem-uuk")).findFirst().orElseThrow();
        org.bridgework.model.Rating withdrawn = org.bridgework.model.GuidanceFactory.eINSTANCE.createRating();
        withdrawn.setMember(other);
        withdrawn.setCriterion(r2.getCriteria().get(0));
        r1.getRatings().add(withdrawn); // a later abstention in round 1 withdraws the member's score there
        try (InputStream in = Files.newInputStream(export(r2, other.getId())); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals("you abstained", wb.getSheet(RatingForms.FORM_SHEET).getRow(XlsxRatingForms.HEADER_ROW + 1)
                    .getCell(XlsxRatingForms.COL_OWN_PREVIOUS).getStringCellValue());
        }
        // a round-1 form is now from another round
        FormProblem p = invalid("from another round", edit(f, fill(5)));
        assertEquals("B3", p.cell());
        assertEquals(RatingForms.KEYS_SHEET, p.sheet());
        // and a round-2 form imports
        FormImport ok = forms.read(root, List.of(edit(f2, fill(7))));
        assertTrue(ok.ok(), () -> ok.problems().toString());
        forms.apply(project, ok);
        assertEquals(4, r2.getRatings().size());
    }

    @Test
    void outOfRangeScore() throws Exception {
        FormProblem p = invalid("out of range", edit(export(r1, "mem-uuk"), fill(8).andThen(wb -> wb.getSheet(RatingForms.FORM_SHEET)
                .getRow(XlsxRatingForms.HEADER_ROW + 3).getCell(XlsxRatingForms.COL_SCORE).setCellValue(12))));
        assertEquals("D9", p.cell());
        assertEquals(RatingForms.FORM_SHEET, p.sheet());
        assertTrue(p.toString().startsWith("mem-uuk-r1.xlsx, sheet 'Rating form', cell D9: "), p.toString());
        invalid("score 0 for C1 is out of range", edit(export(r1, "mem-aoc"), fill(8).andThen(setScore(0, "0"))));
    }

    @Test
    void scoreThatIsNotAWholeNumber() throws Exception {
        invalid("not a whole number", edit(export(r1, "mem-uuk"), fill(8).andThen(setScore(0, "eight"))));
        invalid("not a whole number", edit(export(r1, "mem-aoc"), fill(8).andThen(wb -> wb.getSheet(RatingForms.FORM_SHEET)
                .getRow(XlsxRatingForms.HEADER_ROW + 1).getCell(XlsxRatingForms.COL_SCORE).setCellValue(7.5))));
    }

    @Test
    void unknownMember() throws Exception {
        FormProblem p = invalid("unknown member 'mem-nobody'", edit(export(r1, "mem-uuk"), fill(8).andThen(setKey("member-id", "mem-nobody"))));
        assertEquals("B5", p.cell());
        invalid("not on the panel", edit(export(r1, "mem-aoc"), fill(8).andThen(setKey("member-id", "mem-project-lead"))));
    }

    @Test
    void missingCriterion() throws Exception {
        invalid("C3 ('c3-recognisable-to-nhs') is missing", edit(export(r1, "mem-uuk"), fill(8).andThen(wb -> {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            s.removeRow(s.getRow(XlsxRatingForms.HEADER_ROW + 3));
        })));
    }

    @Test
    void extraCriterion() throws Exception {
        invalid("extra criterion 'c9-invented'", edit(export(r1, "mem-uuk"), fill(8).andThen(wb -> {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            Row row = s.createRow(s.getLastRowNum() + 1);
            row.createCell(XlsxRatingForms.COL_ID).setCellValue("c9-invented");
            row.createCell(XlsxRatingForms.COL_SCORE).setCellValue(9);
        })));
        invalid("without a criterion id", edit(export(r1, "mem-aoc"), fill(8).andThen(wb -> {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            Row row = s.createRow(s.getLastRowNum() + 2);
            row.createCell(XlsxRatingForms.COL_CRITERION).setCellValue("My own criterion");
            row.createCell(XlsxRatingForms.COL_SCORE).setCellValue(9);
        })));
        invalid("appears twice", edit(export(r1, "mem-guildhe"), fill(8).andThen(wb -> {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            Row row = s.createRow(s.getLastRowNum() + 1);
            row.createCell(XlsxRatingForms.COL_ID).setCellValue("c1-benefits");
            row.createCell(XlsxRatingForms.COL_SCORE).setCellValue(1);
        })));
    }

    @Test
    void formFromAnotherRoundOrProject() throws Exception {
        invalid("round 'round-7', which is not in this project", edit(export(r1, "mem-uuk"), fill(8).andThen(setKey("round-id", "round-7"))));
        invalid("for project 'other-project'", edit(export(r1, "mem-aoc"), fill(8).andThen(setKey("project-id", "other-project"))));
        invalid("form version '2'", edit(export(r1, "mem-guildhe"), fill(8).andThen(setKey("form-version", "2"))));
        Path closed = edit(export(r1, "mem-taskforce"), fill(8));
        service.close(project, r1, LocalDate.of(2026, 3, 31));
        invalid("was closed", closed);
    }

    @Test
    void notAFormAtAll() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        FormProblem p = invalid("not an Excel workbook", text);
        assertNull(p.sheet());
        Path plain = dir.resolve("plain.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(plain)) {
            wb.createSheet("Sheet1");
            wb.write(o);
        }
        invalid("not a Bridgework rating form", plain);
        invalid("no such file", dir.resolve("missing.xlsx"));
    }

    @Test
    void allOrNothingAcrossFiles() throws Exception {
        Path good = edit(export(r1, "mem-uuk"), fill(8));
        Path bad = edit(export(r1, "mem-aoc"), fill(8).andThen(setScore(4, "10")));
        FormImport read = forms.read(root, List.of(good, bad));
        assertEquals(1, read.problems().size());
        assertFalse(read.ok());
        assertThrows(IllegalStateException.class, () -> forms.apply(project, read));
        assertTrue(r1.getRatings().isEmpty());
        assertFalse(project.editingDomain().getCommandStack().canUndo());
        // the same member twice
        Path again = dir.resolve("again.xlsx");
        Files.copy(good, again);
        invalid("a second form from member 'mem-uuk'", good, again);
    }
}
