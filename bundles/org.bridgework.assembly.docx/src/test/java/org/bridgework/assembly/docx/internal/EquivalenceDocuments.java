package org.bridgework.assembly.docx.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.Summary;
import org.bridgework.assembly.api.YouSaidWeDid;

/**
 * Every document the renderer tests build, by name: what the writer's output is compared on (old writer against new,
 * and the durable expected parts of the small one).
 */
final class EquivalenceDocuments {
    private EquivalenceDocuments() {
    }

    static Map<String, AssembledDocument> all() throws Exception {
        Map<String, AssembledDocument> docs = new LinkedHashMap<>();
        AssembledDocument guidance = TestDocuments.guidance();
        docs.put("guidance", guidance);
        docs.put("guidance-release", released(guidance));
        AssembledDocument s = SampleDocuments.sample();
        docs.put("sample", s);
        docs.put("sample-release", released(s));
        docs.put("summary", Summary.of(s));
        docs.put("you-said", YouSaidWeDid.of(s).orElseThrow());
        java.util.function.BiFunction<Integer, Integer, byte[]> svg = (w, h) -> ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w
                + "\" height=\"" + h + "\"><rect width=\"" + w / 2 + "\" height=\"" + h + "\" fill=\"#2171b5\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
        List<AssembledDocument.Appendix> appendices = new ArrayList<>(s.appendices());
        appendices.add(new AssembledDocument.Appendix("appendix-figures", "Appendix: figures", List.of(
                new AssembledDocument.Image("fig-wide", "A wide figure", svg.apply(300, 100), "image/svg+xml", List.of()),
                new AssembledDocument.Image("fig-broken", "A broken figure", "<svg".getBytes(StandardCharsets.UTF_8),
                        "image/svg+xml", List.of()),
                new AssembledDocument.Image("fig-small", "A small figure", svg.apply(200, 50), "image/svg+xml", List.of()))));
        docs.put("sample-figures", new AssembledDocument(s.metadata(), s.frontMatter(), s.contents(), s.sections(),
                s.bibliography(), s.glossary(), appendices, s.warnings()));
        return docs;
    }

    /** The same document as the final release, with a version: the title page's other branch, the header without status. */
    static AssembledDocument released(AssembledDocument d) {
        AssembledDocument.Metadata m = d.metadata();
        AssembledDocument.Metadata r = new AssembledDocument.Metadata(m.title(), m.subtitle(), m.language(), m.subject(), m.keywords(),
                LocalDate.of(2026, 4, 1), m.variant(), m.citationStyle(), m.identifier(), m.publisher(),
                new AssembledDocument.Status("final", "Final", true), "1.0", m.assembled(), m.issuers(), m.colophon());
        return new AssembledDocument(r, d.frontMatter(), d.contents(), d.sections(), d.bibliography(), d.glossary(), d.appendices(),
                d.warnings());
    }
}
