package org.bridgework.literature.internal.imports;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.ImportProblem.Severity;
import org.bridgework.literature.api.Importer;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.LiteratureImporter;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.literature.api.ReferenceFormat.Entry;
import org.bridgework.literature.api.ReferenceFormat.Read;
import org.bridgework.literature.internal.TextFiles;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Source;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The {@code literature} importer: reference files of any installed {@link ReferenceFormat}. */
@Component(service = {LiteratureImporter.class, Importer.class})
public class LiteratureImporterImpl implements LiteratureImporter, Importer {

    private final List<ReferenceFormat> formats = new CopyOnWriteArrayList<>();

    public LiteratureImporterImpl() {
    }

    /** For tests and tools outside OSGi. */
    public LiteratureImporterImpl(List<ReferenceFormat> formats) {
        this.formats.addAll(formats);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(ReferenceFormat format) {
        formats.add(format);
    }

    void removeFormat(ReferenceFormat format) {
        formats.remove(format);
    }

    private List<ReferenceFormat> formatsNow() {
        List<ReferenceFormat> copy = new ArrayList<>(formats);
        copy.sort(Comparator.comparing(ReferenceFormat::id));
        return copy;
    }

    @Override
    public String id() {
        return "literature";
    }

    @Override
    public String description() {
        return "references (" + String.join(", ", formatsNow().stream().map(ReferenceFormat::name).toList()) + ")";
    }

    @Override
    public List<String> formats() {
        return formatsNow().stream().map(ReferenceFormat::id).toList();
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (head == null || head.length == 0 || TextFiles.isBinary(head)) {
            return false;
        }
        String text = TextFiles.decode(head).text();
        return detect(formatsNow(), file, text) != null;
    }

    private static ReferenceFormat detect(List<ReferenceFormat> formats, Path file, String head) {
        for (ReferenceFormat f : formats) {
            try {
                if (f.accepts(file, head)) {
                    return f;
                }
            } catch (RuntimeException e) {
                // a format that cannot judge does not accept
            }
        }
        return null;
    }

    @Override
    public LiteratureImportPreview preview(List<Path> files, GuidanceProject project) throws ImportException {
        List<ReferenceFormat> available = formatsNow();
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            parsed.add(parse(available, file, bytes));
        }
        return build(parsed, project);
    }

    @Override
    public LiteratureImportPreview preview(String name, String text, GuidanceProject project) throws ImportException {
        Path file = Path.of(name == null || name.isBlank() ? "pasted text" : name);
        if (text == null || text.isBlank()) {
            throw new ImportException(file, file + " is empty: there are no references in it.");
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ReferenceFormat format = detect(formatsNow(), file, head(t));
        if (format == null) {
            throw notAFormat(file, t);
        }
        return build(List.of(new Parsed(file, format, format.read(file, t))), project);
    }

    private record Parsed(Path file, ReferenceFormat format, Read read) {
    }

    private static byte[] read(Path file) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file, file + " is a folder, not a reference file.");
            }
            String problem = InputFiles.problem(file);
            if (problem != null && problem.startsWith("is ")) {
                throw new ImportException(file, InputFiles.message(file, problem)); // a pipe or device would never end
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, file + ": no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(file, file + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new ImportException(file, file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Parsed parse(List<ReferenceFormat> available, Path file, byte[] bytes) throws ImportException {
        if (bytes.length == 0 || TextFiles.isBlank(bytes)) {
            throw new ImportException(file, file + " is empty: there are no references in it.");
        }
        if (TextFiles.isBinary(bytes)) {
            throw new ImportException(file, file + " is a binary file, not a reference file (" + names(available)
                    + "); export the references from your reference manager as one of these.");
        }
        TextFiles.Decoded decoded = TextFiles.decode(bytes);
        String text = decoded.text();
        ReferenceFormat format = detect(available, file, head(text));
        if (format == null) {
            throw notAFormat(file, text);
        }
        Read read = format.read(file, text);
        if (!"UTF-8".equals(decoded.encoding()) && !decoded.encoding().startsWith("UTF-16")) {
            List<ImportProblem> problems = new ArrayList<>(read.problems());
            problems.add(0, new ImportProblem(Severity.WARNING, file, 0,
                    "the file is not UTF-8; it was read as Windows-1252 (Latin-1): check accented names"));
            read = new Read(read.entries(), problems);
        }
        return new Parsed(file, format, read);
    }

    private ImportException notAFormat(Path file, String text) {
        String start = text.strip().lines().findFirst().orElse("");
        if (start.length() > 60) {
            start = start.substring(0, 57) + "...";
        }
        return new ImportException(file, file + " is not a reference file in a format Bridgework reads (" + names(formatsNow())
                + "): it starts with '" + start + "'.");
    }

    private static String names(List<ReferenceFormat> formats) {
        return String.join(", ", formats.stream().map(ReferenceFormat::name).toList());
    }

    private static String head(String text) {
        return text.length() > Importer.HEAD_BYTES ? text.substring(0, Importer.HEAD_BYTES) : text;
    }

    private static LiteratureImportPreview build(List<Parsed> parsed, GuidanceProject project) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Path, String> formats = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            formats.put(p.file(), p.format().id());
        }
        LiteraturePreview preview = new LiteraturePreview(project, problems, formats);
        Duplicates inProject = new Duplicates();
        for (Source s : project.getSources()) {
            inProject.add(s);
        }
        Duplicates inImport = new Duplicates();
        for (Parsed p : parsed) {
            List<ImportProblem> fileProblems = new ArrayList<>(p.read().problems());
            for (Entry e : p.read().entries()) {
                Source s = e.source();
                if (s.getTitle() == null && s.getAuthors().isEmpty() && s.getEditors().isEmpty() && s.getDoi() == null && s.getUrl() == null) {
                    fileProblems.add(new ImportProblem(Severity.ERROR, p.file(), e.line(),
                            "the entry has no title, author, DOI or URL: nothing to cite; not imported"));
                    continue;
                }
                if (s.getTitle() == null) {
                    fileProblems.add(new ImportProblem(Severity.WARNING, p.file(), e.line(), "the entry has no title"));
                }
                Duplicates.Match match = inProject.find(s);
                if (match != null) {
                    preview.merge(match.existing(), s, true, p.file(), e.line(), match.reason());
                    continue;
                }
                match = inImport.find(s);
                if (match != null) {
                    preview.merge(match.existing(), s, false, p.file(), e.line(), match.reason());
                    continue;
                }
                preview.add(s, p.file(), e.line());
                inImport.add(s);
            }
            problems.addAll(fileProblems);
        }
        // file order, then line order (the key warnings were added while reading)
        List<Path> order = new ArrayList<>(formats.keySet());
        problems.sort(Comparator.comparingInt((ImportProblem pr) -> order.indexOf(pr.file())).thenComparingInt(ImportProblem::line));
        return preview;
    }
}
