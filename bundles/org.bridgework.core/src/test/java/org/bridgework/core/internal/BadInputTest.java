package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file: a ProjectLoadException with a clear one-paragraph message, and the file untouched. */
class BadInputTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl service = new ProjectServiceImpl();
    String valid;

    @BeforeEach
    void writeValidProject() throws IOException {
        try (Project project = service.create(dir.resolve("valid.guidance"), "test-project", "Test project")) {
            TestProjects.fill(project.root());
            service.save(project);
            valid = Files.readString(project.file());
        }
    }

    /** Opens the file, expects failure, checks the file is unchanged and the message is one paragraph naming the file. */
    private ProjectLoadException fails(Path file) throws IOException {
        byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(file).close());
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(file), "the file is never changed by a failed open");
        }
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath().toString()), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one paragraph: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no exception class names: " + e.getMessage());
        return e;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void truncatedFile() throws IOException {
        Path file = write("truncated.guidance", valid.substring(0, valid.length() * 2 / 3));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.line() > 1 && e.column() > 0, "line and column: " + e.line() + ":" + e.column());
        assertTrue(e.getMessage().contains("line " + e.line()), e.getMessage());
    }

    @Test
    void malformedXmlHasLineAndColumn() throws IOException {
        Path file = write("malformed.guidance", valid.replaceFirst("<challenges\n", "<challenges <<\n"));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("not well-formed XML at line " + e.line() + ", column " + e.column()), e.getMessage());
        assertTrue(e.line() > 1);
    }

    @Test
    void xxePayloadIsRejectedWithoutReadingTheFile() throws IOException {
        Path file = write("xxe.guidance", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE guidance:GuidanceProject [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <guidance:GuidanceProject xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guidance="https://bridgework.org/model/guidance/1.0" id="p" title="&xxe;"/>
                """);
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.line());
        assertFalse(e.getMessage().contains("root:"), "the contents of /etc/passwd never appear");
    }

    @Test
    void xxePayloadIsAlsoRejectedByTheModelParserItself() throws IOException {
        // the first look rejects DOCTYPEs; this checks the EMF parser's own settings as a second line of defence
        Path file = write("xxe2.guidance", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE guidance:GuidanceProject [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <guidance:GuidanceProject xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guidance="https://bridgework.org/model/guidance/1.0" id="p" title="&xxe;"/>
                """);
        Resource resource = new GuidanceResourceFactory().createResource(URI.createFileURI(file.toString()));
        IOException e = assertThrows(IOException.class, () -> {
            try (var in = Files.newInputStream(file)) {
                resource.load(in, ProjectLoader.loadOptions());
            }
        });
        assertTrue(String.valueOf(e.getCause()).contains("DOCTYPE"), String.valueOf(e.getCause()));
        assertTrue(resource.getContents().isEmpty() || !String.valueOf(resource.getContents()).contains("root:"));
    }

    @Test
    void billionLaughsFailsFast() throws IOException {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        doc.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            doc.append(" <!ENTITY lol").append(i).append(" \"");
            doc.append(("&lol" + (i - 1) + ";").repeat(10));
            doc.append("\">\n");
        }
        doc.append("]>\n<guidance:GuidanceProject xmlns:guidance=\"https://bridgework.org/model/guidance/1.0\" id=\"p\" title=\"&lol9;\"/>\n");
        Path file = write("lolz.guidance", doc.toString());
        long start = System.nanoTime();
        ProjectLoadException e = fails(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "fails fast: " + millis + " ms");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void fileOverTheConfiguredLimitIsRefusedBeforeReading() throws IOException {
        ProjectServiceImpl small = new ProjectServiceImpl(new GuidanceResourceFactory(), 4096, ProjectService.FORMAT_VERSION, new ProjectWriter());
        Path file = write("big.guidance", valid + "<!--" + "x".repeat(8192) + "-->");
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> small.open(file));
        assertTrue(e.getMessage().contains("over the limit of 0.0 MB") || e.getMessage().contains("over the limit"), e.getMessage());
        assertTrue(e.getMessage().contains("maxFileMegabytes"), "says how to raise it: " + e.getMessage());
    }

    @Test
    void fileOverTheDefaultLimitOf200MegabytesIsRefused() throws IOException {
        Path file = dir.resolve("huge.guidance");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII));
            sparse.setLength(ProjectService.DEFAULT_MAX_FILE_BYTES + 1); // sparse: takes no disk space
        }
        var modified = Files.getLastModifiedTime(file);
        long start = System.nanoTime();
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> service.open(file));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "refused without reading it");
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(ProjectService.DEFAULT_MAX_FILE_BYTES + 1, Files.size(file));
        assertTrue(e.getMessage().contains("200.0 MB, over the limit of 200.0 MB"), e.getMessage());
    }

    @Test
    void danglingReferenceNamesTheIdAndWhereItIsUsed() throws IOException {
        String broken = valid.replace("addresses=\"ch-roles ch-data\"", "addresses=\"ch-roles ch-missing\"");
        assertFalse(broken.equals(valid), "the fixture has the reference");
        Path file = write("dangling.guidance", broken);
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("'ch-missing'"), e.getMessage());
        assertTrue(e.getMessage().contains("'addresses'") && e.getMessage().contains("sol-protocol"), e.getMessage());
        assertTrue(e.line() > 1, "line of the reference");
    }

    @Test
    void unknownElementIsReportedWithItsPosition() throws IOException {
        Path file = write("unknown.guidance", valid.replaceFirst("  <challenges\n", "  <gadgets id=\"g\"/>\n  <challenges\n"));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("unknown element or attribute 'gadgets'"), e.getMessage());
        int line = valid.substring(0, valid.indexOf("  <challenges\n")).split("\n").length + 1;
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("line " + line), e.getMessage());
    }

    @Test
    void unknownAttributeIsReported() throws IOException {
        Path file = write("unknown-attr.guidance", valid.replaceFirst("      title=\"Roles are unclear\"", "      colour=\"red\"\n      title=\"Roles are unclear\""));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("'colour'") && e.getMessage().contains("ch-roles"), e.getMessage());
    }

    @Test
    void invalidValuesSayWhatIsExpected() throws IOException {
        Path file = write("bad-date.guidance", valid.replace("date=\"2026-01-31\"", "date=\"31/01/2026\""));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("'31/01/2026'") && e.getMessage().contains("2026-03-31"), e.getMessage());
        Path enumFile = write("bad-enum.guidance", valid.replace("kind=\"nhs-trust\"", "kind=\"university\""));
        ProjectLoadException e2 = fails(enumFile);
        assertTrue(e2.getMessage().contains("'university'") && e2.getMessage().contains("hep, nhs-trust"), e2.getMessage());
    }

    @Test
    void anIdReferencedTwiceInOneListIsExplained() throws IOException {
        String twice = valid.replace("addresses=\"ch-roles ch-data\"", "addresses=\"ch-roles ch-roles\"");
        ProjectLoadException e = fails(write("twice.guidance", twice));
        assertTrue(e.getMessage().contains("'ch-roles'") && e.getMessage().contains("'addresses'") && !e.getMessage().contains("Impl@"),
                e.getMessage());
    }

    @Test
    void binaryFileIsNotXml() throws IOException {
        byte[] bytes = new byte[2048];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0x50; // "PK": looks like a zip
        bytes[1] = 0x4b;
        bytes[2] = 0x03;
        Path file = Files.write(dir.resolve("binary.guidance"), bytes);
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("not an XML file (it holds binary data)"), e.getMessage());
    }

    @Test
    void plainTextAndEmptyFilesAreRefused() throws IOException {
        assertTrue(fails(write("text.guidance", "Dear all, the draft is attached.")).getMessage().contains("not an XML file"));
        assertTrue(fails(write("empty.guidance", "")).getMessage().contains("is empty"));
        assertTrue(fails(dir.resolve("missing.guidance")).getMessage().contains("does not exist"));
        assertTrue(fails(Files.createDirectories(dir.resolve("folder.guidance"))).getMessage().contains("is a folder"));
    }

    @Test
    void otherXmlIsNotAGuidanceProject() throws IOException {
        ProjectLoadException e = fails(write("other.guidance", "<?xml version=\"1.0\"?>\n<html><body/></html>\n"));
        assertTrue(e.getMessage().contains("root element is 'html'"), e.getMessage());
        ProjectLoadException wrongRoot = fails(write("wrong-root.guidance",
                "<guidance:Challenge xmlns:guidance=\"https://bridgework.org/model/guidance/1.0\" id=\"c\"/>"));
        assertTrue(wrongRoot.getMessage().contains("root element is 'Challenge'"), wrongRoot.getMessage());
    }

    @Test
    void newerFormatVersionIsRefused() throws IOException {
        Path file = write("newer.guidance", valid.replace("formatVersion=\"1\"", "formatVersion=\"2\""));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("format version 2 at line") && e.getMessage().contains("newer than this version of Bridgework reads (version 1)"), e.getMessage());
        assertTrue(e.getMessage().contains("update Bridgework"), e.getMessage());
        int line = valid.substring(0, valid.indexOf("formatVersion=")).split("\n").length;
        assertEquals(line, e.line(), "the line of the formatVersion attribute");
        assertTrue(e.getMessage().contains("at line " + line), e.getMessage());
    }

    @Test
    void newerModelNamespaceIsRefused() throws IOException {
        Path file = write("newer-ns.guidance", valid.replace("https://bridgework.org/model/guidance/1.0", "https://bridgework.org/model/guidance/2.0"));
        ProjectLoadException e = fails(file);
        assertTrue(e.getMessage().contains("another version of the guidance model"), e.getMessage());
    }

    @Test
    void invalidFormatVersionIsRefused() throws IOException {
        assertTrue(fails(write("v-x.guidance", valid.replace("formatVersion=\"1\"", "formatVersion=\"one\""))).getMessage()
                .contains("invalid format version 'one'"));
        assertTrue(fails(write("v-0.guidance", valid.replace("formatVersion=\"1\"", "formatVersion=\"0\""))).getMessage()
                .contains("invalid format version 0"));
    }
}
