package org.bridgework.assembly.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * veraPDF (greenfield, from Maven) validates the sample's PDF as PDF/UA-1 and PDF/A-2u, in a JVM of its own so its
 * libraries stay off the test class path; its log files go to a temporary folder.
 */
class VeraPdfTest {

    @TempDir
    static Path tmp;
    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = tmp.resolve("sample.pdf");
        Files.write(pdf, Samples.writer(true).write(Samples.withImage(Samples.sampleDocument()), () -> false));
        // the short summary is a PDF of its own
        Files.write(tmp.resolve("summary.pdf"), Samples.summaryWriter().write(org.bridgework.assembly.api.Summary.of(Samples.sampleDocument()), () -> false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ua1 sample.pdf", "2u sample.pdf", "ua1 summary.pdf", "2u summary.pdf"})
    void sampleIsCompliant(String flavourAndFile) throws Exception {
        String flavour = flavourAndFile.split(" ")[0];
        Path pdf = tmp.resolve(flavourAndFile.split(" ")[1]);
        String jar = System.getProperty("verapdf.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "veraPDF jar not found (system property verapdf.jar, set by the pom): " + jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path report = tmp.resolve(flavour + "-" + pdf.getFileName() + ".json");
        Process p = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp, "-Xmx512m", "-cp", jar,
                "org.verapdf.apps.GreenfieldCliWrapper", "--flavour", flavour, "--format", "json", pdf.toString())
                .redirectOutput(report.toFile()).redirectError(tmp.resolve(flavour + "-" + pdf.getFileName() + ".err").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("veraPDF did not finish in 5 minutes");
        }
        String json = Files.readString(report);
        Matcher compliant = Pattern.compile("\"compliant\"\\s*:\\s*(true|false)").matcher(json);
        assertTrue(compliant.find(), "no verdict from veraPDF: " + json + Files.readString(tmp.resolve(flavour + "-" + pdf.getFileName() + ".err")));
        List<String> failed = new ArrayList<>();
        Matcher rule = Pattern.compile("\"clause\"\\s*:\\s*\"([^\"]+)\",\\s*\"testNumber\"\\s*:\\s*(\\d+),\\s*\"status\"\\s*:\\s*\"failed\""
                + "[^}]*?\"description\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        while (rule.find()) {
            failed.add(rule.group(1) + "-" + rule.group(2) + " " + rule.group(3));
        }
        assertEquals(List.of(), failed, "veraPDF " + flavour + " failed rules");
        assertEquals("true", compliant.group(1), "veraPDF " + flavour + " says not compliant");
    }
}
