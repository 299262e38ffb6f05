package org.bridgework.literature.internal.cli;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.ExtensionGuard;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportPreview;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.Importer;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.LiteratureImportPreview.Merge;
import org.bridgework.literature.api.LiteratureImportPreview.Resolution;
import org.bridgework.literature.internal.TextFiles;
import org.eclipse.emf.common.command.CompoundCommand;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework import FILE... --into PROJECT [--dry-run] [--json]}: each file goes to the {@link Importer}
 * service that accepts its content; the previews are shown, then (unless a dry run) applied as one command and the
 * project saved atomically. Nothing is written on a dry run or when any file cannot be read.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=import", CommandContribution.SUMMARY_PROPERTY + "=" + ImportCommand.SUMMARY})
public class ImportCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Import files into a project: references (RIS, BibTeX/BibLaTeX, CSL-JSON, EndNote .enw, PubMed .nbib, refer) and whatever else the installed bundles read.";

    private record Ranked(Importer importer, int ranking) {
    }

    private final ProjectService projects;
    private final List<Ranked> importers = new CopyOnWriteArrayList<>();
    /** Importers are extensions: judging a file's head must be quick; reading whole files may take a while. */
    private final ExtensionGuard acceptGuard = new ExtensionGuard("importer", "importer", ExtensionGuard.limit(ExtensionGuard.TIMEOUT_PROPERTY, 5000));
    private final ExtensionGuard readGuard;

    @Activate
    public ImportCommand(@Reference ProjectService projects) {
        this(projects, ExtensionGuard.limit(ExtensionGuard.LONG_TIMEOUT_PROPERTY, 120_000));
    }

    ImportCommand(ProjectService projects, long readTimeoutMillis) {
        this.projects = projects;
        this.readGuard = new ExtensionGuard("importer", "importer", readTimeoutMillis);
    }

    @Deactivate
    void deactivate() {
        acceptGuard.close();
        readGuard.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(Importer importer, Map<String, Object> properties) {
        Object r = properties.get(Constants.SERVICE_RANKING);
        importers.add(new Ranked(importer, r instanceof Integer i ? i : 0));
    }

    void removeImporter(Importer importer) {
        importers.removeIf(r -> r.importer() == importer);
        acceptGuard.forget(importer);
        readGuard.forget(importer);
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public Object create() {
        List<Ranked> copy = new ArrayList<>(importers);
        copy.sort(Comparator.comparingInt((Ranked r) -> -r.ranking()).thenComparing(r -> r.importer().id()));
        return new Import(projects, copy.stream().map(Ranked::importer).toList(), acceptGuard, readGuard);
    }

    @Command(name = "import", description = {SUMMARY + " The format is found from each file's content. Duplicates are merged into the existing",
            "source (its empty fields filled), never dropped; malformed entries are listed with file and line while the",
            "good ones import. Exits 1 when some entries could not be imported, 2 when a file or the project cannot be read",
            "(then nothing is written)."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--into", paramLabel = "PROJECT", required = true, description = "The .guidance project to import into.")
        Path into;

        @Option(names = "--dry-run", description = "Show what would be added and merged; write nothing.")
        boolean dryRun;

        @Option(names = "--duplicates", paramLabel = "merge|keep|skip", defaultValue = "merge",
                description = "What to do with duplicates: merge (fill the existing source's empty fields; default), keep (add as separate sources), skip.")
        String duplicates;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = {"When what the files record happened (for example the day a case-study template came back);",
                "default today. Refused when it would put a history out of order."})
        java.time.LocalDate date;

        private final ProjectService projects;
        private final List<Importer> importers;
        private final ExtensionGuard acceptGuard;
        private final ExtensionGuard readGuard;

        Import(ProjectService projects, List<Importer> importers, ExtensionGuard acceptGuard, ExtensionGuard readGuard) {
            this.projects = projects;
            this.importers = importers;
            this.acceptGuard = acceptGuard;
            this.readGuard = readGuard;
        }

        private static String name(Importer importer) {
            try {
                return "'" + importer.id() + "' (" + importer.getClass().getName() + ")";
            } catch (RuntimeException e) {
                return importer.getClass().getName();
            }
        }

        /** Whether the importer reads the file; an importer that hangs or breaks here does not, and is reported once. */
        private boolean accepts(Importer importer, Path file, byte[] head) {
            try {
                return acceptGuard.call(importer, name(importer), () -> importer.accepts(file, head));
            } catch (ExtensionGuard.Unavailable e) {
                if (reported.add(e.problem().message())) {
                    spec.commandLine().getErr().println("bridgework import: warning: " + e.problem().message());
                }
                return false;
            }
        }

        private final java.util.Set<String> reported = new java.util.HashSet<>();

        @Override
        public Integer call() {
            Resolution resolution = switch (duplicates.strip().toLowerCase(Locale.ROOT)) {
                case "merge" -> Resolution.MERGE;
                case "keep", "keep-both" -> Resolution.KEEP_BOTH;
                case "skip" -> Resolution.SKIP;
                default -> throw CommandFailure.usage("--duplicates takes merge, keep or skip, not '" + duplicates + "'.");
            };
            Map<Importer, List<Path>> groups = new LinkedHashMap<>();
            for (Path file : files) {
                groups.computeIfAbsent(choose(file), k -> new ArrayList<>()).add(file);
            }
            ProjectSelection selection = new ProjectSelection() {
                @Override
                public Path file() {
                    return into;
                }

                @Override
                public boolean sample() {
                    return false;
                }

                @Override
                protected String fileLabel() {
                    return "--into PROJECT";
                }
            };
            try (Project project = selection.openForEditing(projects, "bridgework import")) {
                List<ImportPreview> previews = new ArrayList<>();
                Map<ImportPreview, Importer> by = new LinkedHashMap<>();
                for (Map.Entry<Importer, List<Path>> g : groups.entrySet()) {
                    ImportPreview preview;
                    try {
                        Importer importer = g.getKey();
                        preview = readGuard.call(importer, name(importer),
                                () -> date == null ? importer.preview(g.getValue(), project.root()) : importer.preview(g.getValue(), project.root(), date));
                    } catch (ImportException e) {
                        throw CommandFailure.usage(e.getMessage() + " Nothing was imported.");
                    } catch (ExtensionGuard.Unavailable e) {
                        throw new CommandFailure(ExitCodes.USAGE, "the " + g.getKey().id() + " importer could not read " + g.getValue()
                                + ": " + e.problem().message() + " Nothing was imported.");
                    } catch (RuntimeException e) {
                        throw new CommandFailure(ExitCodes.USAGE, "the " + g.getKey().id() + " importer could not read " + g.getValue()
                                + ": " + e + ". Nothing was imported.", e);
                    }
                    if (preview instanceof LiteratureImportPreview lit) {
                        for (Merge m : lit.merges()) {
                            lit.resolve(m, resolution);
                        }
                    }
                    previews.add(preview);
                    by.put(preview, g.getKey());
                }
                List<ImportChange> changes = new ArrayList<>();
                List<ImportProblem> problems = new ArrayList<>();
                for (ImportPreview p : previews) {
                    changes.addAll(p.changes());
                    problems.addAll(p.problems());
                }
                boolean saved = false;
                if (!dryRun && !changes.isEmpty()) {
                    CompoundCommand all = new CompoundCommand("Import");
                    for (ImportPreview p : previews) {
                        org.eclipse.emf.common.command.Command c = p.command(project.editingDomain(), project.root());
                        if (c.canExecute()) {
                            all.append(c);
                        }
                    }
                    if (!all.isEmpty()) {
                        project.editingDomain().getCommandStack().execute(all.unwrap());
                        try {
                            projects.save(project);
                        } catch (IOException e) {
                            throw CommandFailure.usage(into + " could not be saved: " + e.getMessage() + " The file on disk is unchanged.");
                        }
                        saved = true;
                    }
                }
                print(project, previews, by, changes, problems, saved);
                boolean errors = problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
                return errors ? ExitCodes.PROBLEMS : ExitCodes.OK;
            }
        }

        private Importer choose(Path file) {
            String problem = InputFiles.problem(file);
            if (problem != null) {
                throw CommandFailure.usage(InputFiles.message(file, problem) + " Nothing was imported.");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(Importer.HEAD_BYTES);
            } catch (IOException e) {
                throw CommandFailure.usage(file + " cannot be read: " + e.getMessage() + ". Nothing was imported.");
            }
            if (head.length == 0 || (!TextFiles.isBinary(head) && TextFiles.isBlank(head))) {
                throw CommandFailure.usage(file + " is empty: there is nothing in it to import. Nothing was imported.");
            }
            for (Importer i : importers) {
                if (accepts(i, file, head)) {
                    return i;
                }
            }
            String known = String.join("; ", importers.stream().map(Importer::description).toList());
            if (TextFiles.isBinary(head)) {
                throw CommandFailure.usage(file + " is a binary file that no installed importer reads (" + known + "). Nothing was imported.");
            }
            String start = TextFiles.decode(head).text().strip().lines().findFirst().orElse("");
            throw CommandFailure.usage(file + " is in no format Bridgework imports (" + known + "); it starts with '"
                    + (start.length() > 60 ? start.substring(0, 57) + "..." : start) + "'. Nothing was imported.");
        }

        private void print(Project project, List<ImportPreview> previews, Map<ImportPreview, Importer> by, List<ImportChange> changes,
                List<ImportProblem> problems, boolean saved) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("project", project.file().toString());
                doc.put("dryRun", dryRun);
                doc.put("saved", saved);
                List<Map<String, Object>> files = new ArrayList<>();
                for (ImportPreview p : previews) {
                    for (Path f : filesOf(p, by)) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("file", f.toString());
                        row.put("importer", by.get(p).id());
                        row.put("format", p instanceof LiteratureImportPreview lit ? lit.formats().get(f) : by.get(p).id());
                        files.add(row);
                    }
                }
                doc.put("files", files);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ImportChange c : changes) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
                    row.put("elementId", c.elementId());
                    row.put("label", c.label());
                    row.put("file", c.file() == null ? null : c.file().toString());
                    row.put("line", c.line());
                    row.put("detail", c.detail());
                    rows.add(row);
                }
                doc.put("changes", rows);
                List<Map<String, Object>> merges = new ArrayList<>();
                for (ImportPreview p : previews) {
                    if (p instanceof LiteratureImportPreview lit) {
                        for (Merge m : lit.merges()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("file", m.file().toString());
                            row.put("line", m.line());
                            row.put("duplicateOf", m.existing().getCitationKey());
                            row.put("inProject", m.existingInProject());
                            row.put("reason", m.reason());
                            row.put("fills", m.fills());
                            row.put("resolution", lit.resolution(m).name().toLowerCase(Locale.ROOT));
                            merges.add(row);
                        }
                    }
                }
                doc.put("duplicates", merges);
                List<Map<String, Object>> prows = new ArrayList<>();
                for (ImportProblem p : problems) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
                    row.put("file", p.file() == null ? null : p.file().toString());
                    row.put("line", p.line());
                    row.put("message", p.message());
                    prows.add(row);
                }
                doc.put("problems", prows);
                out.println(Json.write(doc));
                out.flush();
                return;
            }
            for (ImportPreview p : previews) {
                for (Path f : filesOf(p, by)) {
                    String format = p instanceof LiteratureImportPreview lit ? lit.formats().get(f) : by.get(p).id();
                    out.println("Read " + f + " (" + format + ").");
                }
            }
            long adds = changes.stream().filter(c -> c.kind() == ImportChange.Kind.ADD).count();
            long mergesCount = changes.stream().filter(c -> c.kind() == ImportChange.Kind.MERGE).count();
            long updates = changes.stream().filter(c -> c.kind() == ImportChange.Kind.UPDATE).count();
            if (!changes.isEmpty()) {
                out.println();
            }
            for (ImportChange c : changes) {
                String where = (c.file() == null ? "" : c.file().getFileName() + (c.line() > 0 ? ":" + c.line() : "")) + "  ";
                out.println("  " + c.kind().name().toLowerCase(Locale.ROOT) + "  " + c.label() + "  (" + where.strip() + ")"
                        + (c.detail() == null ? "" : "\n         " + c.detail()));
            }
            for (ImportPreview p : previews) {
                if (p instanceof LiteratureImportPreview lit) {
                    for (Merge m : lit.merges()) {
                        if (lit.resolution(m) == Resolution.SKIP) {
                            out.println("  skip  duplicate of " + m.existing().getCitationKey() + " (" + m.file().getFileName() + ":" + m.line() + "): " + m.reason());
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                out.println();
                out.println("Problems:");
                for (ImportProblem p : problems) {
                    out.println("  " + p);
                }
            }
            out.println();
            String summary = adds + " added" + (mergesCount > 0 || updates == 0 ? ", " + mergesCount + " merged into existing sources" : "")
                    + (updates > 0 ? ", " + updates + " updated" : "");
            if (dryRun) {
                out.println("Dry run: " + summary + " if imported. Nothing was written.");
            } else if (saved) {
                out.println("Imported into " + project.file() + ": " + summary + ".");
            } else {
                out.println("Nothing new for " + project.file() + " (" + summary + ", with nothing to fill in); the file is unchanged.");
            }
            out.flush();
        }

        private List<Path> filesOf(ImportPreview p, Map<ImportPreview, Importer> by) {
            if (p instanceof LiteratureImportPreview lit) {
                return new ArrayList<>(lit.formats().keySet());
            }
            List<Path> out = new ArrayList<>();
            for (Path f : files) {
                try {
                    byte[] head;
                    try (InputStream in = Files.newInputStream(f)) {
                        head = in.readNBytes(Importer.HEAD_BYTES);
                    }
                    if (accepts(by.get(p), f, head)) {
                        out.add(f);
                    }
                } catch (IOException e) {
                    // listed elsewhere
                }
            }
            return out;
        }
    }
}
