package org.bridgework.assembly.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bridgework.assembly.api.AppendixProvider;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Variant;
import org.bridgework.assembly.api.AssemblyException;
import org.bridgework.assembly.api.AssemblyException.Kind;
import org.bridgework.assembly.api.AssemblyOptions;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyResult;
import org.bridgework.assembly.api.AssemblyResult.OutputFile;
import org.bridgework.assembly.api.AssemblyResult.SectionSummary;
import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.CitationService;
import org.bridgework.core.api.ExtensionGuard;
import org.bridgework.core.api.PublicationGate;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ValidationService;
import org.bridgework.model.Adaptation;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.derive.PageEstimate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Assembles projects: validates, builds the {@link AssembledDocument}, renders every requested format into temporary
 * files in the output folder and moves them into place only when all succeeded. Renderers, the citation service, the
 * validation service, variant providers and appendix providers are dynamic references: they may come and go while the product runs.
 */
@Component(service = AssemblyService.class)
public class AssemblyServiceImpl implements AssemblyService {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Renderer> renderers = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<VariantProvider> variantProviders = List.of();

    /** Appendices other bundles contribute (consensus report, evidence gap map ...). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<AppendixProvider> appendixProviders = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile CitationService citationService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ValidationService validationService;

    /** The publication gate a release must pass; without one nothing is released. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile PublicationGate publicationGate;

    /**
     * How long to wait for a requested renderer that is not registered yet: right after the product starts, Felix SCR
     * may still be activating renderer components on a busy machine. Only the error path waits. None in plain Java.
     */
    long rendererGraceMillis = 10_000;

    /** Appendix providers answer quickly (they only build blocks); renderers write whole documents. */
    ExtensionGuard appendixGuard = new ExtensionGuard("appendix provider", "appendix", ExtensionGuard.limit(ExtensionGuard.TIMEOUT_PROPERTY, 5000));
    ExtensionGuard rendererGuard = new ExtensionGuard("renderer", "renderer", ExtensionGuard.limit(ExtensionGuard.LONG_TIMEOUT_PROPERTY, 120_000));

    /** How long deactivation waits for loading ahead that is still running. */
    static final long WARM_UP_JOIN_MILLIS = 3000;

    @Deactivate
    void deactivate() {
        appendixGuard.close();
        rendererGuard.close();
        // a warm-up still loading classes when the framework closes the bundles' jars makes Felix print read errors
        // (an assembly that failed its validation returns before its renderers have loaded): let them end first
        long until = System.nanoTime() + WARM_UP_JOIN_MILLIS * 1_000_000;
        for (Thread thread : warmUps) {
            long left = (until - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            try {
                thread.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        warmUps.clear();
    }

    /** Threads loading ahead (renderers, citation styles); ended ones are dropped as new ones start. */
    private final java.util.Queue<Thread> warmUps = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private void startWarmUp(String name, Runnable task) {
        warmUps.removeIf(thread -> !thread.isAlive());
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        warmUps.add(thread);
        thread.start();
    }

    public AssemblyServiceImpl() {
    }

    /** Plain-Java use (tests, benchmarks): the given collaborators instead of services. */
    public AssemblyServiceImpl(List<Renderer> renderers, CitationService citations, ValidationService validation,
            List<VariantProvider> variants) {
        this(renderers, citations, validation, variants, List.of());
    }

    /** Plain-Java use with contributed appendices. */
    public AssemblyServiceImpl(List<Renderer> renderers, CitationService citations, ValidationService validation,
            List<VariantProvider> variants, List<AppendixProvider> appendices) {
        this.appendixProviders = List.copyOf(appendices);
        this.renderers = List.copyOf(renderers);
        this.citationService = citations;
        this.validationService = validation;
        this.variantProviders = List.copyOf(variants);
        this.rendererGraceMillis = 0;
    }

    @Override
    public List<FormatInfo> formats() {
        Map<String, FormatInfo> byFormat = new TreeMap<>();
        for (Renderer r : renderers) {
            byFormat.putIfAbsent(r.format().toLowerCase(Locale.ROOT),
                    new FormatInfo(r.format().toLowerCase(Locale.ROOT), r.fileExtension(), r.description(), r.deterministic()));
        }
        return List.copyOf(byFormat.values());
    }

    @Override
    public List<VariantProvider.Context> contexts(GuidanceProject project) {
        Map<String, VariantProvider.Context> byId = new TreeMap<>();
        for (VariantProvider provider : variantProviders) {
            try {
                for (VariantProvider.Context c : provider.contexts()) {
                    byId.putIfAbsent(c.id(), c);
                }
            } catch (RuntimeException e) {
                // a broken provider must not stop assembly of the national guidance or of other contexts
            }
        }
        for (Adaptation a : project.getAdaptations()) {
            if (a.getContextId() != null && !a.getContextId().isBlank()) {
                byId.putIfAbsent(a.getContextId(), new VariantProvider.Context(a.getContextId(), humanise(a.getContextId()), null));
            }
        }
        return List.copyOf(byId.values());
    }

    private static String humanise(String id) {
        String s = id.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? id : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public AssembledDocument build(GuidanceProject project, String contextId, AssemblyProgress progress) throws AssemblyException {
        AssemblyProgress p = progress == null ? AssemblyProgress.NONE : progress;
        VariantProvider.Applied applied = null;
        Variant variant = null;
        GuidanceProject source = project;
        if (contextId != null) {
            VariantProvider.Context context = null;
            for (VariantProvider provider : variantProviders) {
                List<VariantProvider.Context> known;
                try {
                    known = provider.contexts();
                } catch (RuntimeException e) {
                    continue;
                }
                if (known.stream().anyMatch(c -> c.id().equals(contextId))) {
                    applied = provider.apply(project, contextId);
                    if (applied != null) {
                        context = applied.context();
                        source = applied.project();
                        break;
                    }
                }
            }
            if (context == null) {
                context = contexts(project).stream().filter(c -> c.id().equals(contextId)).findFirst()
                        .orElseThrow(() -> new AssemblyException(Kind.USAGE, unknownContext(project, contextId)));
            }
            variant = new Variant(context.id(), "Local variant: " + context.label());
        }
        List<Adaptation> adaptations = contextId == null ? List.of()
                : source.getAdaptations().stream().filter(a -> contextId.equals(a.getContextId())).toList();
        p.subTask("Building the document" + (variant == null ? "" : " (" + variant.label() + ")"));
        return new DocumentBuilder(source, citationService, applied, variant, adaptations, appendixProviders, appendixGuard).build();
    }

    private Optional<String> unavailable(String contextId) {
        for (VariantProvider provider : variantProviders) {
            try {
                Optional<String> why = provider.unavailable(contextId);
                if (why.isPresent()) {
                    return why;
                }
            } catch (RuntimeException e) {
                // a broken provider is no reason; the context is then unknown
            }
        }
        return Optional.empty();
    }

    private String unknownContext(GuidanceProject project, String contextId) {
        List<VariantProvider.Context> known = contexts(project);
        return "Unknown local context '" + contextId + "'. "
                + (known.isEmpty() ? "None is known: the project has no adaptations and no local context is installed."
                        : "Known contexts: " + known.stream().map(c -> c.id() + " (" + c.label() + ")").collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public AssemblyResult assemble(GuidanceProject project, AssemblyOptions options, AssemblyProgress progress) throws AssemblyException {
        AssemblyProgress p = progress == null ? AssemblyProgress.NONE : progress;
        List<Renderer> chosen = choose(options.formats());
        p.begin("Assembling " + (project.getTitle() == null ? project.getId() : project.getTitle()), 3 + chosen.size());
        try {
            if (options.contextId() != null && contexts(project).stream().noneMatch(c -> c.id().equals(options.contextId()))) {
                Optional<String> why = unavailable(options.contextId());
                if (why.isPresent()) {
                    // installed but broken: an error for this variant only (without --context it is a warning)
                    throw new AssemblyException(Kind.VALIDATION, why.get(), List.of(new Problem(Problem.Severity.ERROR, "context-unavailable", null,
                            why.get())), null);
                }
                throw new AssemblyException(Kind.USAGE, unknownContext(project, options.contextId()));
            }
            if (options.release()) {
                // before anything touches the disk: a blocked release leaves no trace
                p.subTask("Checking the publication gate");
                PublicationGate gate = publicationGate;
                if (gate == null) {
                    throw new AssemblyException(Kind.USAGE, "No publication gate is installed (bundle org.bridgework.core), so nothing can be released.");
                }
                List<Blocker> blockers = gate.blockers(project, ReleaseScope.release(options.contextId()));
                if (!blockers.isEmpty()) {
                    throw new AssemblyException(blockers.size() + " thing" + (blockers.size() == 1 ? " stops" : "s stop") + " the release", blockers);
                }
            }
            // past the checks that answer at once: loading ahead now overlaps the validation and the build
            prepare(chosen);
            prepareCitations(project);
            Path outDir = prepareOutDir(options.outDir());
            p.worked(1);

            List<Problem> forced = new ArrayList<>();
            ValidationService validation = validationService;
            if (validation != null) {
                p.subTask("Validating the project");
                List<Problem> problems = validation.validate(project);
                List<Problem> errors = problems.stream().filter(x -> x.severity() == Problem.Severity.ERROR).toList();
                if (!errors.isEmpty()) {
                    if (!options.force() || options.release()) {
                        // a draft can be forced out for a look; a release never goes out with errors
                        throw new AssemblyException(Kind.VALIDATION, "The project has " + errors.size() + " validation error"
                                + (errors.size() == 1 ? "" : "s") + ": fix " + (errors.size() == 1 ? "it" : "them")
                                + (options.release() ? " before the release (a release cannot be forced)." : " or assemble anyway with --force."), errors, null);
                    }
                    forced.addAll(errors);
                }
            }
            // TODO(core validation): when no ValidationService is installed nothing is validated here; the
            // assembly-specific checks (alt text, unknown citation keys, broken references) still run in the builder.
            cancelled(p);
            p.worked(1);

            AssembledDocument document = build(project, options.contextId(), p);
            cancelled(p);
            p.worked(1);

            String baseName = baseName(project, options, document);
            List<OutputFile> files = new ArrayList<>();
            List<TempSink> sinks = new ArrayList<>();
            try {
                for (Renderer renderer : chosen) {
                    sinks.add(new TempSink(outDir, baseName, renderer.fileExtension()));
                }
                renderAll(chosen, sinks, document, p);
                // renderers working at once each look before they finish; a cancel during the last one still stops the commit
                cancelled(p);
                checkNoClash(sinks);
                for (TempSink sink : sinks) {
                    files.addAll(sink.commit());
                }
            } catch (IOException e) {
                throw new AssemblyException(Kind.OUTPUT, "Cannot write into " + outDir + ": " + describe(e), List.of(), e);
            } finally {
                for (TempSink sink : sinks) {
                    sink.discard();
                }
            }
            List<Problem> warnings = new ArrayList<>(forced);
            warnings.addAll(document.warnings());
            Integer realPages = files.stream().filter(f -> f.main() && f.pages() != null).map(OutputFile::pages).findFirst().orElse(null);
            int target = project.getDocument() == null ? 0 : project.getDocument().getLengthTargetWords();
            return new AssemblyResult(outDir, files, summaries(document), document.wordCount(), pages(document), warnings,
                    document.metadata().variant(), appendixWords(document), target, realPages);
        } finally {
            p.done();
        }
    }

    /** Renderers that have prepared once: what they load stays loaded, so later assemblies need not do it again. */
    private final Set<Renderer> prepared = java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());

    /**
     * Lets each renderer load ahead on a background thread while the project is validated and the document built,
     * the first time it is used (a resident product or the workbench does not pay for it again).
     */
    private void prepare(List<Renderer> renderers) {
        List<Renderer> first = renderers.stream().filter(prepared::add).toList();
        if (first.isEmpty()) {
            return;
        }
        startWarmUp("bridgework-renderer-prepare", () -> {
            for (Renderer renderer : first) {
                try {
                    renderer.prepare();
                } catch (RuntimeException | LinkageError e) {
                    // the render itself will say what is wrong
                }
            }
        });
    }

    /**
     * Parses the project's citation style on a background thread while the project is validated: the document's
     * first citation otherwise waits for it (~150 ms of a cold 'assemble'). Nothing when it is ready already.
     */
    private void prepareCitations(GuidanceProject project) {
        CitationService citations = citationService;
        if (citations == null) {
            return;
        }
        String style = DocumentBuilder.citationStyle(project.getDocument());
        startWarmUp("bridgework-citations-prepare", () -> citations.prepare(project, style));
    }

    /**
     * Renders every format, at once when there are cores for it (renderers are thread-safe and each writes its own
     * temporary files); the first failure in the order asked is the one reported, after all have ended.
     */
    private void renderAll(List<Renderer> renderers, List<TempSink> sinks, AssembledDocument document, AssemblyProgress progress)
            throws AssemblyException {
        AssemblyProgress p = renderers.size() > 1 ? synchronizedProgress(progress) : progress;
        if (renderers.size() == 1 || Runtime.getRuntime().availableProcessors() < 2) {
            for (int i = 0; i < renderers.size(); i++) {
                render(renderers.get(i), sinks.get(i), document, p);
            }
            return;
        }
        List<java.util.concurrent.CompletableFuture<Void>> others = new ArrayList<>();
        for (int i = 1; i < renderers.size(); i++) {
            Renderer renderer = renderers.get(i);
            TempSink sink = sinks.get(i);
            java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    render(renderer, sink, document, p);
                    done.complete(null);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            }, "bridgework-render-" + renderer.format());
            thread.setDaemon(true);
            thread.start();
            others.add(done);
        }
        AssemblyException first = null;
        try {
            render(renderers.get(0), sinks.get(0), document, p);
        } catch (AssemblyException e) {
            first = e;
        }
        for (java.util.concurrent.CompletableFuture<Void> other : others) {
            try {
                other.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof AssemblyException assembly ? assembly
                            : new AssemblyException(Kind.RENDER, "Rendering failed: " + e.getCause(), List.of(), e.getCause());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void render(Renderer renderer, TempSink sink, AssembledDocument document, AssemblyProgress p) throws AssemblyException {
        p.subTask("Rendering " + renderer.format().toUpperCase(Locale.ROOT));
        long start = System.nanoTime();
        try {
            rendererGuard.run(renderer, renderer.format().toUpperCase(Locale.ROOT) + " (" + renderer.getClass().getName() + ")", () -> {
                renderer.render(document, sink, p);
                return null;
            });
            sink.close();
        } catch (ExtensionGuard.Unavailable e) {
            throw new AssemblyException(Kind.RENDER, e.problem().message(), List.of(e.problem()), e.getCause());
        } catch (IOException | RuntimeException e) {
            throw new AssemblyException(Kind.RENDER, renderer.format().toUpperCase(Locale.ROOT) + " rendering failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), List.of(), e);
        }
        sink.millis = (System.nanoTime() - start) / 1_000_000;
        sink.format = renderer.format();
        cancelled(p);
        p.worked(1);
    }

    /** Progress reported by renderers working at once, one report at a time. */
    private static AssemblyProgress synchronizedProgress(AssemblyProgress progress) {
        return new AssemblyProgress() {
            @Override
            public synchronized void begin(String name, int totalWork) {
                progress.begin(name, totalWork);
            }

            @Override
            public synchronized void subTask(String name) {
                progress.subTask(name);
            }

            @Override
            public synchronized void worked(int units) {
                progress.worked(units);
            }

            @Override
            public synchronized void done() {
                progress.done();
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static void cancelled(AssemblyProgress p) throws AssemblyException {
        if (p.isCancelled()) {
            throw new AssemblyException(Kind.CANCELLED, "Assembly was cancelled; nothing was written.");
        }
    }

    /** Renderers for the requested formats, in the order asked; duplicates ignored. */
    private List<Renderer> choose(List<String> formats) throws AssemblyException {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            if (f != null && !f.isBlank()) {
                wanted.add(f.strip().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Renderer> byFormat = renderersByFormat();
        long deadline = System.nanoTime() + rendererGraceMillis * 1_000_000;
        while (!byFormat.keySet().containsAll(wanted) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            byFormat = renderersByFormat();
        }
        Map<String, Renderer> installed = byFormat;
        String known = byFormat.isEmpty() ? "none is installed" : String.join(", ", new TreeMap<>(byFormat).keySet());
        if (wanted.isEmpty()) {
            throw new AssemblyException(Kind.USAGE, "No output format given. Known formats: " + known + ".");
        }
        List<String> unknown = wanted.stream().filter(f -> !installed.containsKey(f)).toList();
        if (!unknown.isEmpty()) {
            throw new AssemblyException(Kind.USAGE, "Unknown output format" + (unknown.size() == 1 ? " '" : "s '")
                    + String.join("', '", unknown) + "'. Known formats: " + known + ".");
        }
        return wanted.stream().map(installed::get).toList();
    }

    private Map<String, Renderer> renderersByFormat() {
        Map<String, Renderer> byFormat = new LinkedHashMap<>();
        for (Renderer r : renderers) {
            byFormat.putIfAbsent(r.format().toLowerCase(Locale.ROOT), r);
        }
        return byFormat;
    }

    private static Path prepareOutDir(Path requested) throws AssemblyException {
        Path dir = requested.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new AssemblyException(Kind.OUTPUT, "Cannot write the documents into " + dir + ": it is a file, not a folder.");
            }
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".bridgework-", ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw new AssemblyException(Kind.OUTPUT, "Cannot write the documents into " + dir + ": " + describe(e), List.of(), e);
        }
        return dir;
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ").";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT) + " (" + f.getFile() + ").";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String baseName(GuidanceProject project, AssemblyOptions options, AssembledDocument document) throws AssemblyException {
        String base = options.baseName();
        if (base == null || base.isBlank()) {
            base = DocumentBuilder.slug(document.metadata().identifier());
            if (document.metadata().variant() != null) {
                base = base + "-" + DocumentBuilder.slug(document.metadata().variant().contextId());
            }
        }
        if (!OutputSink.SIDE_FILE_NAME.matcher(base).matches()) {
            throw new AssemblyException(Kind.USAGE, "'" + base + "' cannot be a file name: use letters, digits, '.', '-' and '_'.");
        }
        return base;
    }

    private static void checkNoClash(List<TempSink> sinks) throws AssemblyException {
        Map<String, String> owners = new TreeMap<>();
        for (TempSink s : sinks) {
            for (String name : s.names()) {
                String previous = owners.putIfAbsent(name, s.format);
                if (previous != null) {
                    throw new AssemblyException(Kind.RENDER, "The " + previous + " and " + s.format + " renderers both write " + name + ".");
                }
            }
        }
    }

    static List<SectionSummary> summaries(AssembledDocument document) {
        List<SectionSummary> list = new ArrayList<>();
        for (AssembledDocument.Section s : document.allSections()) {
            list.add(new SectionSummary(s.anchor(), s.heading(), s.level(), s.wordCount(), pages(s)));
        }
        return list;
    }

    static int appendixWords(AssembledDocument document) {
        return document.appendices().stream().mapToInt(a -> Words.count(a.blocks())).sum();
    }

    static double pages(AssembledDocument document) {
        PageEstimate pages = new PageEstimate();
        for (AssembledDocument.Section s : document.sections()) {
            pages.add(estimate(s));
        }
        return pages.pages();
    }

    private static double pages(AssembledDocument.Section s) {
        return estimate(s).pages();
    }

    /** The model's one page estimate ({@link PageEstimate}, as {@code check} counts), over the assembled blocks. */
    private static PageEstimate estimate(AssembledDocument.Section s) {
        PageEstimate pages = new PageEstimate().section(s.wordCount());
        blocks(pages, s.blocks());
        for (AssembledDocument.Section sub : s.subsections()) {
            nested(pages, sub);
        }
        return pages;
    }

    private static void nested(PageEstimate pages, AssembledDocument.Section s) {
        pages.subsection();
        blocks(pages, s.blocks());
        for (AssembledDocument.Section sub : s.subsections()) {
            nested(pages, sub);
        }
    }

    /** Space blocks take beyond their words: boxes, tables, pictures. */
    private static void blocks(PageEstimate pages, List<Block> blocks) {
        for (Block b : blocks) {
            switch (b) {
                case AssembledDocument.Image i -> pages.image();
                case AssembledDocument.Table t -> pages.table(t.rows().size());
                case AssembledDocument.ChallengeTable t -> pages.challengeTable(t.rows().size());
                case AssembledDocument.CaseStudySummary c -> pages.caseStudy(c.benefits().size() + c.outcomes().size());
                case AssembledDocument.Callout c -> pages.callout();
                case AssembledDocument.Checklist c -> pages.checklist(c.items().size());
                default -> {
                }
            }
        }
    }

    /** Streams to temporary files in the output folder; {@link #commit()} moves them to their names. */
    static final class TempSink implements OutputSink {
        private final Path dir;
        private final String baseName;
        private final String mainName;
        private final Map<String, Path> temps = new LinkedHashMap<>();
        private final Map<String, OutputStream> streams = new LinkedHashMap<>();
        String format;
        long millis;
        private Integer pages;

        TempSink(Path dir, String baseName, String extension) {
            this.dir = dir;
            this.baseName = baseName;
            this.mainName = baseName + "." + extension;
        }

        @Override
        public String baseName() {
            return baseName;
        }

        @Override
        public synchronized OutputStream main() throws IOException {
            return open(mainName);
        }

        @Override
        public synchronized OutputStream side(String fileName) throws IOException {
            if (fileName == null || !SIDE_FILE_NAME.matcher(fileName).matches() || fileName.equals(mainName)) {
                throw new IllegalArgumentException("Not a plain file name for a side file: " + fileName);
            }
            return open(fileName);
        }

        private OutputStream open(String name) throws IOException {
            OutputStream existing = streams.get(name);
            if (existing != null) {
                return existing;
            }
            // not createTempFile: that makes the file owner-only; this keeps the folder's usual permissions
            Path temp = Files.createFile(dir.resolve("." + name + "." + java.util.UUID.randomUUID() + ".tmp"));
            temps.put(name, temp);
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        super.close();
                    }
                }
            };
            streams.put(name, stream);
            return stream;
        }

        @Override
        public synchronized void pages(int count) {
            pages = count;
        }

        List<String> names() {
            return List.copyOf(temps.keySet());
        }

        void close() throws IOException {
            for (OutputStream s : streams.values()) {
                s.close();
            }
            if (!temps.containsKey(mainName)) {
                throw new IOException("the renderer wrote nothing");
            }
        }

        List<OutputFile> commit() throws IOException {
            List<OutputFile> files = new ArrayList<>();
            List<String> names = new ArrayList<>(temps.keySet());
            names.sort(Comparator.comparing((String n) -> !n.equals(mainName)).thenComparing(n -> n));
            for (String name : names) {
                Path temp = temps.get(name);
                Path target = dir.resolve(name);
                long bytes = Files.size(temp);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                temps.remove(name);
                files.add(new OutputFile(format, target, bytes, name.equals(mainName), millis, name.equals(mainName) ? pages : null));
            }
            return files;
        }

        void discard() {
            for (OutputStream s : streams.values()) {
                try {
                    s.close();
                } catch (IOException e) {
                    // the temporary file is deleted next
                }
            }
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // best effort: a leftover .tmp file is hidden and harmless
                }
            }
            temps.clear();
        }
    }
}
