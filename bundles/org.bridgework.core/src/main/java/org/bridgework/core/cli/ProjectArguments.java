package org.bridgework.core.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * picocli mixin: {@code [PROJECT | --sample]}, the project file as the command's first positional parameter.
 * Use {@link ProjectOptions} instead when the command has positional parameters of its own.
 */
public class ProjectArguments extends ProjectSelection {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
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
        return "PROJECT";
    }
}
