package org.bridgework.drafting.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.bridgework.core.api.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the review pack tests start from: a copy of the sample project in a fresh folder ({@link #project}), the
 * commands over it ({@link #cli}) and {@link #export()}, the sample's review pack as {@code review export} writes it.
 */
public abstract class SamplePackTest {

    @TempDir
    protected Path dir;

    protected Cli cli;
    protected Path project;

    @BeforeEach
    void sample() throws Exception {
        cli = new Cli();
        try (Project p = cli.projects.openSample(dir)) {
            project = p.file();
        }
    }

    /** The sample's review pack, written to {@code pack.docx} in {@link #dir} by {@code review export}. */
    protected Path export() {
        Path docx = dir.resolve("pack.docx");
        Cli.Result r = cli.run("review", "export", "-p", project.toString(), "--out", docx.toString());
        assertEquals(0, r.exit(), r.err());
        return docx;
    }
}
