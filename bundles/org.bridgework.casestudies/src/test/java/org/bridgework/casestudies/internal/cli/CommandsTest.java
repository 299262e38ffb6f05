package org.bridgework.casestudies.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bridgework.casestudies.internal.CollectionPipelineImpl;
import org.bridgework.casestudies.internal.TemplateWriter;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

class CommandsTest {

    record Result(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();

    CommandsTest() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
    }

    Result run(String command, String... args) {
        Object cmd = command.equals("template") ? new TemplateCommand(projects, new TemplateWriter()).create()
                : new CaseStudiesCommand(projects, new CollectionPipelineImpl(org.bridgework.drafting.internal.MilestoneReadinessImpl.withBuiltInRules())).create();
        CommandLine cl = cmd instanceof CommandLine c ? c : new CommandLine(cmd);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            if (e instanceof CommandFailure f) {
                line.getErr().println("bridgework " + line.getCommandName() + ": " + f.getMessage());
                return f.exitCode();
            }
            throw e;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        });
        return new Result(cl.execute(args), out.toString(), err.toString());
    }

    Path sample() throws Exception {
        Path file = dir.resolve("p.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void template() throws Exception {
        Path out = dir.resolve("t.docx");
        Result r = run("template", "case-study", "--case", "cs-north-london", "--sample", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(out) > 1000);
        try (var z = new java.util.zip.ZipFile(out.toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("cs-north-london") && xml.contains("criterion.c4-adaptable.evidence"));
        }
        Result bad = run("template", "case-study", "--case", "cs-nowhere", "--sample", "--out", dir.resolve("x.docx").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("no case study 'cs-nowhere'") && bad.err().contains("cs-liverpool"), bad.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
        Path xlsx = dir.resolve("t.xlsx");
        Result x = run("template", "case-study", "--case", "cs-north-london", "--sample", "--out", xlsx.toString());
        assertEquals(0, x.exit(), x.err());
        try (var z = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertTrue(z.getEntry("xl/worksheets/sheet1.xml") != null && z.getEntry("word/document.xml") == null, "--out F.xlsx writes a workbook");
        }
        Result blank = run("template", "case-study", "-p", sample().toString(), "--out", dir.resolve("blank.docx").toString());
        assertEquals(0, blank.exit(), blank.err());
        assertTrue(blank.out().contains("blank"));
    }

    @Test
    void boardAndAdvance() throws Exception {
        Result j = run("case-studies", "--json", "--today", "2027-03-01", "--sample");
        assertEquals(0, j.exit(), j.err());
        JsonObject o = JsonParser.parseString(j.out()).getAsJsonObject();
        assertEquals("2027-04-19", o.getAsJsonObject("deadline").get("date").getAsString());
        assertEquals(3, o.getAsJsonArray("caseStudies").size());
        assertEquals("identified", o.getAsJsonArray("caseStudies").get(0).getAsJsonObject().get("status").getAsString());
        Result late = run("case-studies", "--today", "2027-05-01", "--sample");
        assertEquals(1, late.exit());
        assertTrue(late.out().contains("OVERDUE"), late.out());

        Path p = sample();
        Result adv = run("case-studies", "advance", "cs-liverpool", "template-sent", "--date", "2027-03-02", "--into", p.toString());
        assertEquals(0, adv.exit(), adv.err());
        assertTrue(adv.out().contains("identified → template-sent"), adv.out());
        byte[] saved = Files.readAllBytes(p);
        Result back = run("case-studies", "advance", "cs-liverpool", "engaged", "--into", p.toString());
        assertEquals(2, back.exit());
        assertTrue(back.err().contains("cannot go back to engaged"), back.err());
        assertArrayEquals(saved, Files.readAllBytes(p), "a refused move changes nothing");
        Result unknown = run("case-studies", "advance", "cs-liverpool", "finished", "--into", p.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("not a collection status"));
        Result board = run("case-studies", "--today", "2027-03-03", p.toString());
        assertTrue(board.out().contains("cs-liverpool  template-sent since 2027-03-02"), board.out());
        Result backwards = run("case-studies", "advance", "cs-liverpool", "returned", "--date", "2027-03-01", "--into", p.toString());
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("history would run backwards") && backwards.err().contains("2027-03-02"), backwards.err());
        assertArrayEquals(saved, Files.readAllBytes(p), "a refused move changes nothing");
        Result wd = run("case-studies", "advance", "cs-liverpool", "withdrawn", "--date", "2027-03-04", "--into", p.toString(), "--note", "partner left");
        assertEquals(0, wd.exit(), wd.err());
    }
}
