package org.bridgework.assembly.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bridgework.assembly.api.AppendixContext;
import org.bridgework.assembly.api.AppendixProvider;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Appendices contributed by {@link AppendixProvider} services: order, anchors, failures. */
class AppendixProviderTest {

    /** A provider made of a lambda, as another bundle would register one. */
    private record Fake(String id, int order, BiFunction<GuidanceProject, AppendixContext, Optional<Appendix>> body)
            implements AppendixProvider {
        @Override
        public Optional<Appendix> appendix(GuidanceProject project, AppendixContext context) {
            return body.apply(project, context);
        }
    }

    /** An appendix with an intro paragraph and one table, every anchor reserved from {@code preferred}. */
    private static Fake table(String id, int order, String preferred, String title) {
        return new Fake(id, order, (p, ctx) -> {
            String anchor = ctx.anchor(preferred);
            return Optional.of(new Appendix(anchor, title, List.of(
                    new Paragraph(ctx.anchor(anchor + "-intro"), List.of(Text.plain("About " + title + " of " + p.getId()))),
                    new Table(ctx.anchor(anchor + "-table"), title, List.of("Key", "Value"), List.of(List.of("a", "1")), true))));
        });
    }

    private static AssembledDocument build(String context, AppendixProvider... providers) throws Exception {
        return new AssemblyServiceImpl(List.of(), null, null, List.of(), List.of(providers))
                .build(TestProjects.rich(), context, AssemblyProgress.NONE);
    }

    private static List<String> anchors(AssembledDocument doc) {
        return doc.appendices().stream().map(Appendix::anchor).toList();
    }

    @Test
    void noProviderGivesNoAppendixAndAnEmptyOneIsLeftOut() throws Exception {
        assertEquals(List.of(), build(null).appendices());
        AssembledDocument doc = build(null, new Fake("nothing", 0, (p, ctx) -> Optional.empty()));
        assertEquals(List.of(), doc.appendices());
        assertTrue(doc.warnings().stream().noneMatch(w -> w.code().startsWith("appendix")), doc.warnings().toString());
    }

    @Test
    void appendicesComeInOrderThenIdAndAreListedInTheContents() throws Exception {
        AssembledDocument doc = build(null, table("zeta", 200, "appendix-zeta", "Zeta"), table("beta", 100, "appendix-beta", "Beta"),
                table("alpha", 200, "appendix-alpha", "Alpha"));
        assertEquals(List.of("appendix-beta", "appendix-alpha", "appendix-zeta"), anchors(doc));
        List<String> contents = doc.contents().stream().map(AssembledDocument.ContentsEntry::anchor).toList();
        assertEquals(List.of("references", "appendix-beta", "appendix-alpha", "appendix-zeta"), contents.subList(contents.size() - 4, contents.size()));
        assertEquals("Beta", doc.contents().get(contents.indexOf("appendix-beta")).text());
        Paragraph intro = (Paragraph) doc.appendices().get(0).blocks().get(0);
        assertEquals("About Beta of test-guidance", AssembledDocument.plainText(intro.content()), "the provider gets the project");
    }

    @Test
    void anchorsAreMadeUniqueAgainstTheBodyAndEachOther() throws Exception {
        // "s-intro" is a section of the body; "glossary" is reserved; two providers want the same anchor
        AssembledDocument doc = build(null, table("one", 1, "s-intro", "One"), table("two", 2, "glossary", "Two"),
                table("three", 3, "appendix-same", "Three"), table("four", 4, "appendix-same", "Four"),
                table("five", 5, "Appendix: 5 / odd id!", "Five"));
        assertEquals(List.of("s-intro-2", "glossary-2", "appendix-same", "appendix-same-2", "Appendix-5-odd-id-"), anchors(doc));
        assertEquals("s-intro", doc.sections().get(0).anchor(), "the body keeps its anchors");
        Set<String> all = new HashSet<>();
        for (AssembledDocument.Section s : doc.allSections()) {
            assertTrue(all.add(s.anchor()), s.anchor());
            s.blocks().forEach(b -> assertTrue(all.add(b.anchor()), b.anchor()));
        }
        for (Appendix a : doc.appendices()) {
            assertTrue(all.add(a.anchor()), a.anchor());
            a.blocks().forEach(b -> assertTrue(all.add(b.anchor()), b.anchor()));
        }
        // and the HTML has no duplicate id
        OutputSink.InMemory sink = OutputSink.inMemory("test");
        new HtmlRenderer().render(doc, sink, AssemblyProgress.NONE);
        String html = new String(sink.mainBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        Set<String> ids = new HashSet<>();
        int count = 0;
        while (m.find()) {
            count++;
            assertTrue(ids.add(m.group(1)), "duplicate id " + m.group(1));
        }
        assertTrue(count > 20, "ids found: " + count);
        assertTrue(html.contains("id=\"appendix-same-2\""), "the second appendix is rendered under its own anchor");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(sink.mainBytes()));
    }

    @Test
    void aThrowingProviderIsAWarningAndTheOthersStillContribute() throws Exception {
        AppendixProvider broken = new Fake("broken", 1, (p, ctx) -> {
            ctx.anchor("appendix-broken");
            throw new IllegalStateException("no rounds table");
        });
        AssembledDocument doc = build(null, broken, table("fine", 2, "appendix-fine", "Fine"));
        assertEquals(List.of("appendix-fine"), anchors(doc));
        Problem w = doc.warnings().stream().filter(x -> x.code().equals("appendix-failed")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.WARNING, w.severity());
        assertTrue(w.message().contains("'broken'") && w.message().contains("IllegalStateException: no rounds table")
                && w.message().contains("left out"), w.message());
    }

    @Test
    void aHangingProviderIsReportedAndDisabledAndTheOthersStillContribute() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        AppendixProvider hanging = new Fake("hanging", 1, (p, ctx) -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        });
        AssemblyServiceImpl service = new AssemblyServiceImpl(List.of(), null, null, List.of(), List.of(hanging, table("fine", 2, "appendix-fine", "Fine")));
        service.appendixGuard = new org.bridgework.core.api.ExtensionGuard("appendix provider", "appendix", 300);
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            AssembledDocument doc = service.build(TestProjects.rich(), null, AssemblyProgress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("appendix-fine"), anchors(doc));
            Problem w = doc.warnings().stream().filter(x -> x.code().equals("appendix-timeout")).findFirst().orElseThrow(() -> new AssertionError(doc.warnings()));
            assertTrue(w.message().contains("'hanging'") && w.message().contains("300 ms") && w.message().contains("left out"), w.message());
            assertTrue(round == 1 || millis < 250, "round " + round + " waited " + millis + " ms for a disabled provider");
        }
        assertEquals(1, calls.get(), "a provider that timed out is not called again in this session");
        service.deactivate();
    }

    @Test
    void aProviderWhoseIdOrOrderThrowsIsAWarning() throws Exception {
        AppendixProvider badId = new AppendixProvider() {
            @Override
            public String id() {
                throw new UnsupportedOperationException("gone");
            }

            @Override
            public Optional<Appendix> appendix(GuidanceProject project, AppendixContext context) {
                return Optional.empty();
            }
        };
        AssembledDocument doc = build(null, badId, table("fine", 0, "appendix-fine", "Fine"));
        assertEquals(List.of("appendix-fine"), anchors(doc));
        assertTrue(doc.warnings().stream().anyMatch(x -> x.code().equals("appendix-failed") && x.message().contains("gone")),
                doc.warnings().toString());
    }

    @Test
    void anAppendixWithAnchorsItDidNotReserveIsLeftOut() throws Exception {
        AppendixProvider sloppy = new Fake("sloppy", 1, (p, ctx) -> Optional.of(new Appendix(ctx.anchor("appendix-sloppy"), "Sloppy",
                List.of(new Paragraph("s-intro", List.of(Text.plain("clashes with the body")))))));
        AppendixProvider twice = new Fake("twice", 2, (p, ctx) -> {
            String a = ctx.anchor("appendix-twice");
            return Optional.of(new Appendix(a, "Twice", List.of(new Paragraph(a, List.of(Text.plain("same anchor as the appendix"))))));
        });
        AssembledDocument doc = build(null, sloppy, twice);
        assertEquals(List.of(), doc.appendices());
        List<String> messages = doc.warnings().stream().filter(x -> x.code().equals("appendix-failed")).map(Problem::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("'sloppy'") && messages.get(0).contains("'s-intro'"), messages.get(0));
        assertTrue(messages.get(1).contains("'twice'"), messages.get(1));
    }

    @Test
    void providersSeeTheVariantAndMayAddWarnings() throws Exception {
        List<AssembledDocument.Variant> seen = new ArrayList<>();
        AppendixProvider watcher = new Fake("watcher", 0, (p, ctx) -> {
            seen.add(ctx.variant());
            ctx.warning("ch-roles", "Challenge ch-roles has no evidence.");
            return Optional.empty();
        });
        AssembledDocument national = build(null, watcher);
        AssembledDocument local = build("small-specialist", watcher);
        assertNull(seen.get(0));
        assertEquals("small-specialist", seen.get(1).contextId());
        assertSame(local.metadata().variant(), seen.get(1));
        Problem w = national.warnings().stream().filter(x -> x.code().equals("appendix-watcher")).findFirst().orElseThrow();
        assertEquals("ch-roles", w.elementId());
        assertEquals("Challenge ch-roles has no evidence.", w.message());
    }

    @Test
    void aVariantProvidersAdaptedCopyIsWhatTheAppendixProviderSees() throws Exception {
        GuidanceProject project = TestProjects.rich();
        List<GuidanceProject> copies = new ArrayList<>();
        VariantProvider variants = new VariantProvider() {
            @Override
            public List<Context> contexts() {
                return List.of(new Context("he-in-fe", "Higher education in further education colleges", null));
            }

            @Override
            public Applied apply(GuidanceProject p, String contextId) {
                GuidanceProject copy = EcoreUtil.copy(p);
                copy.getChallenges().remove(0);
                copies.add(copy);
                return new Applied(copy, contexts().get(0), List.of(), List.of(), List.of());
            }
        };
        List<GuidanceProject> seen = new ArrayList<>();
        AppendixProvider counter = new Fake("counter", 0, (p, ctx) -> {
            seen.add(p);
            String anchor = ctx.anchor("appendix-count");
            return Optional.of(new Appendix(anchor, "Challenges", List.of(new Paragraph(ctx.anchor(anchor + "-n"),
                    List.of(Text.plain(p.getChallenges().size() + " challenges"))))));
        });
        AssemblyServiceImpl service = new AssemblyServiceImpl(List.of(), null, null, List.of(variants), List.of(counter));
        AssembledDocument national = service.build(project, null, AssemblyProgress.NONE);
        AssembledDocument local = service.build(project, "he-in-fe", AssemblyProgress.NONE);
        assertSame(project, seen.get(0));
        assertSame(copies.get(0), seen.get(1));
        assertEquals("2 challenges", AssembledDocument.plainText(((Paragraph) national.appendices().get(0).blocks().get(0)).content()));
        assertEquals("1 challenges", AssembledDocument.plainText(((Paragraph) local.appendices().get(0).blocks().get(0)).content()));
    }

    @Test
    void theContextCannotBeUsedAfterTheCall() throws Exception {
        List<AppendixContext> kept = new ArrayList<>();
        build(null, new Fake("keeper", 0, (p, ctx) -> {
            kept.add(ctx);
            return Optional.empty();
        }));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> kept.get(0).anchor("late"));
        assertTrue(e.getMessage().contains("keeper"), e.getMessage());
    }
}
