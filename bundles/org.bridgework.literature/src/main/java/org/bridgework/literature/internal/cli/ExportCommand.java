package org.bridgework.literature.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.literature.api.EvidenceGapMaps;
import org.bridgework.literature.api.GapMap;
import org.bridgework.literature.api.LiteratureExporter;
import org.bridgework.core.api.AtomicFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework export literature --format ris|bibtex|csljson|enw|nbib|refer [--out F] [PROJECT | --sample]} and
 * {@code bridgework export gapmap --format csv|svg [--out F] [PROJECT | --sample]}.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=export", CommandContribution.SUMMARY_PROPERTY + "=" + ExportCommand.SUMMARY})
public class ExportCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Export a project's literature (RIS, BibTeX, CSL-JSON, EndNote tagged, MEDLINE, refer) or its evidence gap map (CSV, SVG).";

    private final ProjectService projects;
    private final LiteratureExporter exporter;
    private final EvidenceGapMaps maps;

    @Activate
    public ExportCommand(@Reference ProjectService projects, @Reference LiteratureExporter exporter, @Reference EvidenceGapMaps maps) {
        this.projects = projects;
        this.exporter = exporter;
        this.maps = maps;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public Object create() {
        CommandLine export = new CommandLine(new Export());
        export.addSubcommand("literature", new Literature(projects, exporter));
        export.addSubcommand("gapmap", new Gapmap(projects, maps));
        return export;
    }

    @Command(name = "export", description = SUMMARY,
            synopsisSubcommandLabel = "(literature | gapmap)")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw CommandFailure.usage("say what to export: 'export literature --format ris|bibtex|csljson' or 'export gapmap --format csv|svg'.");
        }
    }

    /** Writes to --out atomically, or to standard output. */
    static void emit(CommandSpec spec, Path out, byte[] bytes) {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(new String(bytes, StandardCharsets.UTF_8));
            w.flush();
            return;
        }
        try {
            AtomicFiles.write(out, o -> o.write(bytes));
        } catch (IOException e) {
            throw CommandFailure.usage(out + " could not be written: " + e.getMessage() + ".");
        }
        spec.commandLine().getErr().println("Wrote " + out.toAbsolutePath().normalize() + ".");
        spec.commandLine().getErr().flush();
    }

    @Command(name = "literature", description = "Write the project's sources as RIS, BibTeX, CSL-JSON, EndNote tagged, MEDLINE or refer (UTF-8).")
    static final class Literature implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = {"-f", "--format"}, required = true, paramLabel = "ris|bibtex|csljson|enw|nbib|refer",
                description = "The format: RIS, BibTeX, CSL-JSON, EndNote tagged (enw), PubMed/MEDLINE (nbib) or refer.")
        String format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
        Path out;

        private final ProjectService projects;
        private final LiteratureExporter exporter;

        Literature(ProjectService projects, LiteratureExporter exporter) {
            this.projects = projects;
            this.exporter = exporter;
        }

        @Override
        public Integer call() {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (f.equals("bib") || f.equals("biblatex")) {
                f = "bibtex";
            } else if (f.equals("json") || f.equals("csl-json") || f.equals("csl")) {
                f = "csljson";
            } else if (f.equals("endnote")) {
                f = "enw";
            } else if (f.equals("medline") || f.equals("pubmed")) {
                f = "nbib";
            }
            if (!exporter.formats().contains(f)) {
                throw CommandFailure.usage("unknown format '" + format + "'; known formats: " + String.join(", ", exporter.formats()) + ".");
            }
            try (Project opened = project.open(projects)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                exporter.export(opened.root(), f, bytes);
                emit(spec, out, bytes.toByteArray());
            } catch (IOException e) {
                throw CommandFailure.usage("the literature could not be written: " + e.getMessage());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "gapmap", description = {"Write the evidence gap map: challenges against the evidence for them (count and strength",
            "per source type and for case studies), as CSV or as an SVG heatmap."})
    static final class Gapmap implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectArguments project;

        @Option(names = {"-f", "--format"}, required = true, paramLabel = "csv|svg", description = "The format.")
        String format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
        Path out;

        private final ProjectService projects;
        private final EvidenceGapMaps maps;

        Gapmap(ProjectService projects, EvidenceGapMaps maps) {
            this.projects = projects;
            this.maps = maps;
        }

        @Override
        public Integer call() {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("svg")) {
                throw CommandFailure.usage("unknown format '" + format + "'; known formats: csv, svg.");
            }
            try (Project opened = project.open(projects)) {
                GapMap map = maps.compute(opened.root());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                if (f.equals("csv")) {
                    maps.writeCsv(map, w);
                } else {
                    maps.writeSvg(map, w);
                }
                w.flush();
                emit(spec, out, bytes.toByteArray());
            } catch (IOException e) {
                throw CommandFailure.usage("the gap map could not be written: " + e.getMessage());
            }
            return ExitCodes.OK;
        }
    }
}
