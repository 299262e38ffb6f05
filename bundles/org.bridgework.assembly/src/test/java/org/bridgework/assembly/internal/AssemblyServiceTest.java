package org.bridgework.assembly.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyException;
import org.bridgework.assembly.api.AssemblyOptions;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyResult;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.ValidationService;
import org.bridgework.model.GuidanceProject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssemblyServiceTest {

    @TempDir
    Path tmp;

    private static AssemblyServiceImpl service(Renderer... extra) {
        List<Renderer> renderers = new java.util.ArrayList<>(List.of(new HtmlRenderer(), new MarkdownRenderer()));
        renderers.addAll(List.of(extra));
        return new AssemblyServiceImpl(renderers, null, null, List.of());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEachFormatAndItsSideFiles() throws Exception {
        Path out = tmp.resolve("out");
        AssemblyResult r = service().assemble(TestProjects.rich(), AssemblyOptions.of(out, "html", "md"), AssemblyProgress.NONE);
        assertEquals(List.of("guidance-img-pathway.png", "guidance.html", "guidance.json", "guidance.md"), listing(out));
        assertEquals(List.of("html", "md", "md", "md"), r.files().stream().map(AssemblyResult.OutputFile::format).toList());
        assertTrue(r.files().get(0).main() && r.files().get(0).bytes() == Files.size(out.resolve("guidance.html")));
        assertEquals(4, r.sections().size());
        assertEquals(r.words(), r.sections().stream().filter(s -> s.level() == 1).mapToInt(AssemblyResult.SectionSummary::words).sum());
        assertTrue(r.estimatedPages() > 0);
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("unknown-citation-key")));
    }

    @Test
    void variantFilesAreNamedAfterTheContext() throws Exception {
        Path out = tmp.resolve("out");
        AssemblyResult r = service().assemble(TestProjects.rich(), AssemblyOptions.of(out, "html").withContext("small-specialist"),
                AssemblyProgress.NONE);
        assertEquals(List.of("guidance-small-specialist.html"), listing(out));
        assertEquals("small-specialist", r.variant().contextId());
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheKnownOnes() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> service().assemble(TestProjects.rich(), AssemblyOptions.of(tmp.resolve("o"), "html", "odt"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.USAGE, e.kind());
        assertEquals("Unknown output format 'odt'. Known formats: html, md.", e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("o")), "nothing created");
    }

    @Test
    void unknownContextIsAUsageError() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> service().assemble(TestProjects.rich(),
                AssemblyOptions.of(tmp.resolve("o"), "html").withContext("nowhere"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("Known contexts: small-specialist (Small specialist)."), e.getMessage());
    }

    @Test
    void unwritableOutputFolderIsAClearError() throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "running as root: permissions are not enforced");
            AssemblyException e = assertThrows(AssemblyException.class, () -> service().assemble(TestProjects.rich(),
                    AssemblyOptions.of(locked.resolve("sub"), "html"), AssemblyProgress.NONE));
            assertEquals(AssemblyException.Kind.OUTPUT, e.kind());
            assertTrue(e.getMessage().startsWith("Cannot write the documents into " + locked.resolve("sub")), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputFolderThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> service().assemble(TestProjects.rich(), AssemblyOptions.of(file, "html"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.OUTPUT, e.kind());
        assertTrue(e.getMessage().contains("it is a file, not a folder"), e.getMessage());
    }

    /** Writes half a file and a side file, then fails. */
    static final class FailingRenderer implements Renderer {
        @Override
        public String format() {
            return "broken";
        }

        @Override
        public String fileExtension() {
            return "bin";
        }

        @Override
        public String description() {
            return "fails half way";
        }

        @Override
        public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
            out.main().write(new byte[1000]);
            out.side(out.baseName() + ".extra").write(1);
            throw new IOException("no font found for U+1F600 in block img-x");
        }
    }

    @Test
    void aFailingRendererLeavesNothingBehindAndKeepsOldFiles() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("guidance.html"), "previous version");
        AssemblyException e = assertThrows(AssemblyException.class, () -> service(new FailingRenderer())
                .assemble(TestProjects.rich(), AssemblyOptions.of(out, "html", "md", "broken"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.RENDER, e.kind());
        assertEquals("BROKEN rendering failed: no font found for U+1F600 in block img-x", e.getMessage());
        assertEquals(List.of("guidance.html"), listing(out), "no temporary or partial files, the old file kept");
        assertEquals("previous version", Files.readString(out.resolve("guidance.html")));
    }

    /** Two renderers that each wait for the other to have started: they finish only when run at once. */
    static final class MeetingRenderer implements Renderer {
        private final String format;
        private final java.util.concurrent.CountDownLatch started;
        final java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();

        MeetingRenderer(String format, java.util.concurrent.CountDownLatch started) {
            this.format = format;
            this.started = started;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String fileExtension() {
            return format;
        }

        @Override
        public String description() {
            return "meets the other";
        }

        @Override
        public void prepare() {
            prepared.incrementAndGet();
        }

        @Override
        public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
            started.countDown();
            try {
                if (!started.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IOException("the other renderer did not start meanwhile");
                }
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            out.main().write(format.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void formatsRenderAtOnceAfterEachRendererPrepared() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: formats render one after another");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(2);
        MeetingRenderer one = new MeetingRenderer("one", started);
        MeetingRenderer two = new MeetingRenderer("two", started);
        Path out = tmp.resolve("out");
        AssemblyResult r = service(one, two).assemble(TestProjects.rich(), AssemblyOptions.of(out, "one", "two"), AssemblyProgress.NONE);
        assertEquals(List.of("guidance.one", "guidance.two"), listing(out));
        assertEquals(List.of("one", "two"), r.files().stream().filter(AssemblyResult.OutputFile::main).map(AssemblyResult.OutputFile::format).toList(),
                "files listed in the order asked");
        // preparing runs on its own thread: give it a moment to have been counted
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while ((one.prepared.get() == 0 || two.prepared.get() == 0) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(List.of(1, 1), List.of(one.prepared.get(), two.prepared.get()), "each renderer prepared once");
    }

    /** A renderer whose loading ahead takes a while: counts its starts and ends. */
    static final class SlowToLoadRenderer implements Renderer {
        final java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String format() {
            return "slow";
        }

        @Override
        public String fileExtension() {
            return "slow";
        }

        @Override
        public String description() {
            return "loads slowly";
        }

        @Override
        public void prepare() {
            started.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.incrementAndGet();
        }

        @Override
        public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
            out.main().write("slow".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void anAssemblyRefusedAtOnceLoadsNothingAheadAndStoppingWaitsForWhatDid() throws Exception {
        SlowToLoadRenderer slow = new SlowToLoadRenderer();
        ValidationService failing = new ValidationService() {
            @Override
            public List<Problem> validate(GuidanceProject project) {
                return List.of(new Problem(Problem.Severity.ERROR, "unique-id", "p-why", "Two elements have the id p-why."));
            }
        };
        AssemblyServiceImpl service = new AssemblyServiceImpl(List.of(new HtmlRenderer(), slow), null, failing, List.of());
        Path out = tmp.resolve("out");
        // an unknown local context is a usage error, answered before anything is loaded
        AssemblyException usage = assertThrows(AssemblyException.class, () -> service.assemble(TestProjects.rich(),
                AssemblyOptions.of(out, "slow").withContext("no-such-context"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.USAGE, usage.kind());
        service.deactivate();
        assertEquals(0, slow.started.get(), "nothing loaded ahead for an assembly refused at once");
        // validation errors come after the renderers began loading ahead: stopping the service waits for them to end
        AssemblyException invalid = assertThrows(AssemblyException.class,
                () -> service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "slow"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.VALIDATION, invalid.kind());
        service.deactivate();
        assertEquals(List.of(1, 1), List.of(slow.started.get(), slow.ended.get()), "the loading ahead ended before the service stopped");
    }

    @Test
    void aFailureWhileRenderingAtOnceLeavesNothingBehind() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        AssemblyException e = assertThrows(AssemblyException.class, () -> service(new FailingRenderer())
                .assemble(TestProjects.rich(), AssemblyOptions.of(out, "broken", "html", "md"), AssemblyProgress.NONE));
        assertEquals("BROKEN rendering failed: no font found for U+1F600 in block img-x", e.getMessage());
        assertEquals(List.of(), listing(out), "the formats that succeeded meanwhile are not written either");
    }

    /** A renderer that never finishes (until interrupted), or throws a bug. */
    static final class MisbehavingRenderer implements Renderer {
        final boolean hang;
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        MisbehavingRenderer(boolean hang) {
            this.hang = hang;
        }

        @Override
        public String format() {
            return hang ? "hang" : "bug";
        }

        @Override
        public String fileExtension() {
            return "bin";
        }

        @Override
        public String description() {
            return "misbehaves";
        }

        @Override
        public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
            calls.incrementAndGet();
            out.main().write(new byte[10]);
            if (!hang) {
                throw new NullPointerException("a bug in the renderer");
            }
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aHangingOrThrowingRendererIsReportedDisabledAndLeavesNothingBehind() throws Exception {
        MisbehavingRenderer hanging = new MisbehavingRenderer(true);
        MisbehavingRenderer throwing = new MisbehavingRenderer(false);
        AssemblyServiceImpl service = service(hanging, throwing);
        service.rendererGuard = new org.bridgework.core.api.ExtensionGuard("renderer", "renderer", 300);
        Path out = tmp.resolve("out");
        for (int round = 1; round <= 2; round++) {
            AssemblyException e = assertThrows(AssemblyException.class,
                    () -> service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html", "hang"), AssemblyProgress.NONE));
            assertEquals(AssemblyException.Kind.RENDER, e.kind());
            assertTrue(e.getMessage().contains("HANG") && e.getMessage().contains("did not answer within 300 ms"), e.getMessage());
            AssemblyException bug = assertThrows(AssemblyException.class,
                    () -> service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "bug"), AssemblyProgress.NONE));
            assertTrue(bug.getMessage().contains("NullPointerException: a bug in the renderer") && bug.getMessage().contains("disabled"), bug.getMessage());
            assertEquals(List.of(), Files.exists(out) ? listing(out) : List.of(), "nothing written, no temporary files");
        }
        assertEquals(1, hanging.calls.get(), "a renderer that timed out is not called again in this session");
        assertEquals(1, throwing.calls.get(), "a renderer that threw a bug is not called again in this session");
        // the others still work
        assertEquals(0, service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html"), AssemblyProgress.NONE).warnings().stream()
                .filter(w -> w.code().startsWith("renderer")).count());
        service.deactivate();
    }

    /** Progress that asks to cancel once {@code steps} units of work were reported (from any thread). */
    private static AssemblyProgress cancelAfter(int steps) {
        java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();
        return new AssemblyProgress() {
            @Override
            public void worked(int units) {
                worked.addAndGet(units);
            }

            @Override
            public boolean isCancelled() {
                return worked.get() >= steps;
            }
        };
    }

    private void assertCancelledLeavingNothing(AssemblyProgress progress) throws Exception {
        Path out = tmp.resolve("out");
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> service().assemble(TestProjects.rich(), AssemblyOptions.of(out, "html", "md"), progress));
        assertEquals(AssemblyException.Kind.CANCELLED, e.kind());
        assertEquals(List.of(), listing(out));
    }

    @Test
    void cancellingLeavesNothingBehind() throws Exception {
        assertCancelledLeavingNothing(cancelAfter(4)); // after the document is built
    }

    @Test
    void cancellingWhileTheLastRendererFinishesStopsTheCommit() throws Exception {
        // three steps before rendering, one per renderer: cancelled once both renderers have reported
        assertCancelledLeavingNothing(cancelAfter(5));
    }

    @Test
    void validationErrorsBlockAssemblyUnlessForced() throws Exception {
        ValidationService validation = new ValidationService() {
            @Override
            public List<Problem> validate(GuidanceProject project) {
                return List.of(new Problem(Problem.Severity.ERROR, "unique-id", "p-why", "Two elements have the id p-why."),
                        new Problem(Problem.Severity.WARNING, "word-budget", "s-intro", "Section s-intro is over its word budget."));
            }
        };
        AssemblyServiceImpl service = new AssemblyServiceImpl(List.of(new HtmlRenderer()), null, validation, List.of());
        Path out = tmp.resolve("out");
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html"), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.VALIDATION, e.kind());
        assertEquals(List.of("unique-id"), e.problems().stream().map(Problem::code).toList());
        assertTrue(Files.notExists(out.resolve("guidance.html")));
        AssemblyResult forced = service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html").withForce(true), AssemblyProgress.NONE);
        assertTrue(Files.exists(out.resolve("guidance.html")));
        assertEquals("unique-id", forced.warnings().get(0).code());
    }

    @Test
    void aReleaseRunsTheGateBeforeTouchingTheDiskAndIsNeverForced() throws Exception {
        org.bridgework.core.api.Blocker blocker = new org.bridgework.core.api.Blocker("placeholder-text", "p-why", "Placeholder 'TBC'.", "Write it.");
        java.util.concurrent.atomic.AtomicReference<List<org.bridgework.core.api.Blocker>> found = new java.util.concurrent.atomic.AtomicReference<>(List.of(blocker));
        AssemblyServiceImpl service = new AssemblyServiceImpl(List.of(new HtmlRenderer()), null, null, List.of());
        service.publicationGate = new org.bridgework.core.api.PublicationGate() {
            @Override
            public List<org.bridgework.core.api.Blocker> blockers(GuidanceProject project, org.bridgework.core.api.ReleaseScope scope) {
                assertTrue(scope.release());
                return found.get();
            }

            @Override
            public List<String> rules() {
                return List.of("test");
            }
        };
        Path out = tmp.resolve("release");
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html").withRelease(true).withForce(true), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.RELEASE_BLOCKED, e.kind());
        assertEquals(List.of(blocker), e.blockers());
        assertTrue(Files.notExists(out), "a blocked release does not even create the folder");

        found.set(List.of());
        service.validationService = project -> List.of(new Problem(Problem.Severity.ERROR, "unique-id", "p-why", "Two elements have the id p-why."));
        AssemblyException invalid = assertThrows(AssemblyException.class,
                () -> service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html").withRelease(true).withForce(true), AssemblyProgress.NONE));
        assertEquals(AssemblyException.Kind.VALIDATION, invalid.kind(), "--force does not force a release");
        assertTrue(Files.notExists(out.resolve("guidance.html")));

        service.validationService = project -> List.of();
        AssemblyResult released = service.assemble(TestProjects.rich(), AssemblyOptions.of(out, "html").withRelease(true), AssemblyProgress.NONE);
        assertTrue(Files.readString(released.files().get(0).path()).contains("Published"), "the rich test project is final: published");
    }

    @Test
    void variantProvidersAreAskedForContextsAndApplied() throws Exception {
        VariantProvider provider = new VariantProvider() {
            @Override
            public List<Context> contexts() {
                return List.of(new Context("he-in-fe", "Higher education in further education colleges", null));
            }

            @Override
            public Applied apply(GuidanceProject project, String contextId) {
                GuidanceProject copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(project);
                copy.getDocument().getSections().remove(2);
                return new Applied(copy, contexts().get(0), List.of(new Note("n1", "s-working", "Colleges often work with their local NHS talking therapies service.")),
                        List.of(), List.of());
            }
        };
        AssemblyServiceImpl service = new AssemblyServiceImpl(List.of(new HtmlRenderer()), null, null, List.of(provider));
        GuidanceProject project = TestProjects.rich();
        assertEquals(List.of("he-in-fe", "small-specialist"), service.contexts(project).stream().map(VariantProvider.Context::id).toList());
        AssembledDocument doc = service.build(project, "he-in-fe", AssemblyProgress.NONE);
        assertEquals("Local variant: Higher education in further education colleges", doc.metadata().variant().label());
        assertEquals(2, doc.sections().size());
        assertEquals("n1", doc.sections().get(1).blocks().get(0).anchor());
        assertEquals(3, project.getDocument().getSections().size(), "the project itself is unchanged");
    }
}
