package org.bridgework.criteria.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.criteria.api.RatingForms;
import org.bridgework.criteria.internal.ConsensusServiceImpl;
import org.bridgework.criteria.internal.XlsxRatingForms;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.testsupport.Commands.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;


/** The commands as the bridgework root runs them, over the real project service and the sample. */
class CommandsTest {


    @TempDir
    Path dir;

    final Cli cli = new Cli();
    final ProjectServiceImpl projects = cli.projects;
    final ConsensusServiceImpl consensus = cli.consensus;

    Result run(String command, String... args) {
        return cli.run(command, args);
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("p.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    private static void fill(Path f, String score) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(f)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb; OutputStream o = Files.newOutputStream(f)) {
            Sheet s = wb.getSheet(RatingForms.FORM_SHEET);
            for (int r = 6; r <= s.getLastRowNum(); r++) {
                s.getRow(r).getCell(3).setCellValue(score);
            }
            wb.write(o);
        }
    }

    @Test
    void statusOfTheSample() {
        Result r = run("consensus", "status", "--sample");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("round-1"), r.out());
        assertTrue(r.out().contains("C5"), r.out());
        Result j = run("consensus", "status", "--json", "--round", "1", "--sample");
        assertEquals(0, j.exit(), j.err());
        JsonObject o = JsonParser.parseString(j.out()).getAsJsonObject();
        assertEquals(12, o.get("panel").getAsInt());
        assertEquals(5, o.getAsJsonArray("criteria").size());
        assertEquals("not-rated", o.getAsJsonArray("criteria").get(0).getAsJsonObject().get("status").getAsString());
        Result bad = run("consensus", "status", "--round", "4", "--sample");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("no round 4"), bad.err());
    }

    @Test
    void formThenImport() throws Exception {
        Path project = sample();
        Path a = dir.resolve("uuk.xlsx");
        Path b = dir.resolve("aoc.xlsx");
        assertEquals(0, run("consensus", "form", "--member", "mem-uuk", "--out", a.toString(), "-p", project.toString()).exit());
        assertEquals(0, run("consensus", "form", "--member", "mem-aoc", "--out", b.toString(), "-p", project.toString()).exit());
        Result unknown = run("consensus", "form", "--member", "mem-nobody", "--out", dir.resolve("x.xlsx").toString(), "-p", project.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown member 'mem-nobody'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
        fill(a, "9");
        fill(b, "12");
        byte[] before = Files.readAllBytes(project);
        Result rejected = run("consensus", "import", a.toString(), b.toString(), "--into", project.toString());
        assertEquals(ExitCodes.PROBLEMS, rejected.exit());
        assertTrue(rejected.err().contains("aoc.xlsx, sheet 'Rating form', cell D7: score 12 for C1 is out of range"), rejected.err());
        assertTrue(rejected.err().contains("nothing was imported"), rejected.err());
        assertArrayEquals(before, Files.readAllBytes(project), "a failed import changes nothing");
        fill(b, "2");
        Result dry = run("consensus", "import", a.toString(), b.toString(), "--into", project.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertArrayEquals(before, Files.readAllBytes(project), "--dry-run changes nothing");
        Result ok = run("consensus", "import", a.toString(), b.toString(), "--into", project.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("10 rating(s)"), ok.out());
        Result j = run("consensus", "status", "--json", project.toString());
        JsonObject c1 = JsonParser.parseString(j.out()).getAsJsonObject().getAsJsonArray("criteria").get(0).getAsJsonObject();
        assertEquals(2, c1.get("raters").getAsInt());
        assertEquals(50.0, c1.get("agreePercent").getAsDouble());
        assertEquals("no-consensus", c1.get("status").getAsString());
    }

    @Test
    void assessmentsMatrix() {
        Result r = run("assessments", "--json", "--sample");
        assertEquals(0, r.exit(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(5, o.getAsJsonArray("criteria").size());
        assertEquals(3, o.getAsJsonArray("caseStudies").size());
        Result t = run("assessments", "--sample");
        assertTrue(t.out().contains("Good practice"), t.out());
    }
}
