package org.bridgework.core.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * picocli mixin: {@code (-p FILE | --sample)} as options, for commands whose positional parameters are their own
 * (for example {@code search QUERY -p FILE}).
 */
public class ProjectOptions extends ProjectSelection {

    @Option(names = {"-p", "--project"}, paramLabel = "FILE", description = "The .guidance project file.")
    Path file;

    @Option(names = "--sample", description = "Use a copy of the sample project shipped with Bridgework (the shipped copy is never changed).")
    boolean sample;

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean sample() {
        return sample;
    }

    @Override
    protected String fileLabel() {
        return "--project FILE";
    }
}
