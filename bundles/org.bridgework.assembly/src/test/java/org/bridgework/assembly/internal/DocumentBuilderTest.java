package org.bridgework.assembly.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CalloutKind;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeTable;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Quote;
import org.bridgework.assembly.api.AssembledDocument.Section;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.assembly.api.AssemblyException;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.core.api.CitationService;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Image;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

class DocumentBuilderTest {

    private static AssembledDocument build(GuidanceProject p, String context) throws AssemblyException {
        return new AssemblyServiceImpl(List.of(), null, null, List.of()).build(p, context, AssemblyProgress.NONE);
    }

    @Test
    void metadataComesFromTheProjectNotTheClock() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        assertEquals("Working together for student mental health", doc.metadata().title());
        assertEquals("en-GB", doc.metadata().language());
        assertEquals("2025-05-31", doc.metadata().date().toString(), "the final milestone's date");
        assertEquals("Short joint guidance for senior leaders in higher education providers and NHS mental health services.",
                doc.metadata().subject());
        assertNull(doc.metadata().variant());
        assertEquals("guidance", doc.metadata().identifier());
    }

    @Test
    void sectionsKeepModelIdsAsAnchorsAndNestLevels() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        assertEquals(List.of("s-intro", "s-working", "s-next"), doc.sections().stream().map(Section::anchor).toList());
        Section working = doc.sections().get(1);
        assertEquals(1, working.level());
        assertEquals("s-examples", working.subsections().get(0).anchor());
        assertEquals(2, working.subsections().get(0).level());
        assertEquals(List.of("s-intro", "s-working", "s-examples", "s-next"), doc.allSections().stream().map(Section::anchor).toList());
        // contents: sections, then glossary and references (no appendix: no criteria, no appendix provider)
        assertEquals(List.of("s-intro", "s-working", "s-next", "glossary", "references"),
                doc.contents().stream().map(AssembledDocument.ContentsEntry::anchor).toList());
        assertEquals("s-examples", doc.contents().get(1).children().get(0).anchor());
    }

    @Test
    void inlineMarkdownCitationsAndReferencesAreResolved() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        Paragraph why = (Paragraph) doc.sections().get(0).blocks().get(0);
        assertEquals("p-why", why.anchor());
        Citation citation = why.content().stream().filter(Citation.class::isInstance).map(Citation.class::cast).findFirst().orElseThrow();
        assertEquals("uuk2022", citation.items().get(0).key());
        assertEquals("p. 4", citation.items().get(0).locator());
        assertTrue(citation.items().get(0).known());
        assertEquals("(Universities UK, 2022, p. 4)", citation.text(), "plain author–date fallback without a citation service");
        assertEquals("[@uuk2022, p. 4]", citation.pandoc());
        assertTrue(why.content().contains(new Text("students", java.util.Set.of(Style.STRONG))));
        List<ElementRef> refs = why.content().stream().filter(ElementRef.class::isInstance).map(ElementRef.class::cast).toList();
        assertEquals("ch-roles", refs.get(0).anchor(), "a challenge in a challenge table is linkable");
        assertEquals("Roles and responsibilities", refs.get(0).targetLabel());
        assertEquals("e-gm", refs.get(1).anchor(), "a case study links to where it is embedded");
        Link link = why.content().stream().filter(Link.class::isInstance).map(Link.class::cast).findFirst().orElseThrow();
        assertEquals("https://www.gov.uk/", link.url());
        assertEquals("https://www.gov.uk/", link.title());
    }

    @Test
    void calloutsCaseStudiesTablesAndQuotesAreExpanded() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        Callout key = (Callout) doc.sections().get(0).blocks().get(1);
        assertEquals(CalloutKind.KEY_MESSAGE, key.kind());
        assertEquals("Key message", key.label());
        Callout nhs = (Callout) doc.sections().get(0).blocks().get(2);
        assertEquals(CalloutKind.FOR_NHS_READERS, nhs.kind());
        assertEquals("What a HEP is", nhs.label());

        ChallengeTable table = (ChallengeTable) doc.sections().get(1).blocks().get(1);
        assertEquals(2, table.rows().size());
        assertEquals("A written partnership agreement", ((Text) table.rows().get(0).solutions().get(0).get(0)).text());
        assertTrue(table.rows().get(1).description().stream().anyMatch(Citation.class::isInstance));

        List<Block> examples = doc.sections().get(1).subsections().get(0).blocks();
        CaseStudySummary cs = (CaseStudySummary) examples.get(0);
        assertEquals("cs-gm", cs.caseStudyId());
        assertEquals(List.of("Greater Manchester Mental Health NHS Foundation Trust", "The University of Manchester"), cs.partners());
        assertEquals("Single point of access", cs.serviceModel());
        assertEquals("North West England", cs.region());
        assertEquals("Through university wellbeing teams.", cs.referralRoute());
        assertTrue(cs.collectionStatus().startsWith("Identified"), cs.collectionStatus());
        assertEquals("Students", cs.benefits().get(0).beneficiary());
        assertEquals("Two-year pilot", cs.outcomes().get(0).value());
        assertEquals(List.of("Roles and responsibilities"), cs.challenges());

        Quote quote = (Quote) examples.get(1);
        assertEquals("x-travel", quote.extractId());
        assertEquals("(Universities UK, 2022, p. 12)", quote.citation().text());

        AssembledDocument.Image image = (AssembledDocument.Image) examples.get(2);
        assertEquals("image/png", image.mediaType());
        // figures are numbered in reading order, in every format (the number is part of the caption)
        assertEquals("Figure 1. The referral pathway", AssembledDocument.plainText(image.caption()));
        assertEquals(new AssembledDocument.Text("Figure 1.", java.util.Set.of(AssembledDocument.Style.STRONG)), image.caption().get(0));
        assertNull(image.twin());
    }

    @Test
    void unknownCitationKeyIsAWarningAndShownRaw() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        Paragraph p = (Paragraph) doc.sections().get(2).blocks().get(1);
        Citation c = (Citation) p.content().get(1);
        assertFalse(c.items().get(0).known());
        assertEquals("[@nosuchkey]", c.text());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code().equals("unknown-citation-key") && "p-unknown".equals(w.elementId())
                && w.message().contains("nosuchkey")), doc.warnings().toString());
    }

    @Test
    void bibliographyHasCitedSourcesOnlyWithCslJson() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        assertEquals(List.of("broglia2023", "uuk2022"), doc.bibliography().stream().map(AssembledDocument.BibliographyEntry::key).toList());
        assertEquals("Broglia, E., Nisbet, K. and Barkham, M. (2023) ‘Developing regional hubs for student mental health’, BMJ Open. doi:10.1136/bmjopen-2023-077040.",
                doc.bibliography().get(0).text());
        assertTrue(doc.bibliography().get(1).html().contains("<i>NHS-University Partnerships"), doc.bibliography().get(1).html());
        JsonArray csl = JsonParser.parseString(doc.bibliographyCslJson()).getAsJsonArray();
        assertEquals(2, csl.size());
        assertEquals("broglia2023", csl.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("article-journal", csl.get(0).getAsJsonObject().get("type").getAsString());
        assertEquals(2023, csl.get(0).getAsJsonObject().getAsJsonObject("issued").getAsJsonArray("date-parts").get(0).getAsJsonArray().get(0).getAsInt());
        assertEquals("Universities UK", csl.get(1).getAsJsonObject().getAsJsonArray("author").get(0).getAsJsonObject().get("literal").getAsString());
    }

    @Test
    void wordCountsPerSectionAreTheModelsCountSoCheckAndAssembleAgree() throws Exception {
        GuidanceProject project = TestProjects.rich();
        AssembledDocument doc = build(project, null);
        Section intro = doc.sections().get(0);
        int expected = org.bridgework.model.derive.Derived.wordCount(project.getDocument().getSections().get(0));
        assertTrue(expected > 10, "the section has words: " + expected);
        assertEquals(expected, intro.wordCount());
        Section working = doc.sections().get(1);
        assertTrue(working.wordCount() > working.subsections().get(0).wordCount());
        assertEquals(doc.sections().stream().mapToInt(Section::wordCount).sum(), doc.wordCount());
        assertEquals(org.bridgework.model.derive.Derived.wordCount(project.getDocument()), doc.wordCount());
    }

    @Test
    void glossaryIsSortedByTerm() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), null);
        assertEquals(List.of("CMHT", "HEP"), doc.glossary().stream().map(AssembledDocument.GlossaryEntry::term).toList());
        assertEquals("NHS", doc.glossary().get(0).sector());
    }

    @Test
    void answeredReviewCommentsMakeAYouSaidWeDidAppendixPerMilestone() throws Exception {
        org.bridgework.model.GuidanceProject project = TestProjects.rich();
        assertTrue(build(project, null).appendices().stream().noneMatch(a -> a.anchor().equals("appendix-you-said-we-did")),
                "no answered comments: no appendix");
        var f = org.bridgework.model.GuidanceFactory.eINSTANCE;
        org.bridgework.model.Milestone first = project.getMilestones().get(0);
        org.bridgework.model.ReviewComment answered = f.createReviewComment();
        answered.setId("rc-1");
        answered.setMilestone(first);
        answered.setStatus(org.bridgework.model.ReviewStatus.ACCEPTED);
        answered.setText("Say who \"owns\" the referral.");
        answered.setResponse("The pathway section now names the lead.");
        answered.setTheme("Roles");
        org.bridgework.model.ReviewComment evidence = f.createReviewComment();
        evidence.setId("rc-4");
        evidence.setMilestone(first);
        evidence.setStatus(org.bridgework.model.ReviewStatus.DONE);
        evidence.setTheme("Evidence");
        evidence.setText("Cite the outcome data.");
        evidence.setResponse("Each outcome now names its source.");
        org.bridgework.model.ReviewComment general = f.createReviewComment();
        general.setId("rc-5");
        general.setMilestone(first);
        general.setStatus(org.bridgework.model.ReviewStatus.DONE);
        general.setText("Fewer acronyms.");
        general.setResponse("Spelt out at first use.");
        org.bridgework.model.ReviewComment open = f.createReviewComment();
        open.setId("rc-2");
        open.setMilestone(first);
        open.setStatus(org.bridgework.model.ReviewStatus.OPEN);
        open.setText("Shorter please.");
        org.bridgework.model.ReviewComment rejected = f.createReviewComment();
        rejected.setId("rc-3");
        rejected.setStatus(org.bridgework.model.ReviewStatus.REJECTED);
        rejected.setText("Add a cost model.");
        rejected.setResponse("Out of scope for this guidance.");
        project.getReviewComments().addAll(List.of(general, answered, open, rejected, evidence));
        AssembledDocument doc = build(project, null);
        AssembledDocument.Appendix a = doc.appendices().stream().filter(x -> x.anchor().equals("appendix-you-said-we-did")).findFirst().orElseThrow();
        assertEquals("Appendix: you said, we did", a.title());
        List<AssembledDocument.Table> tables = a.blocks().stream().filter(AssembledDocument.Table.class::isInstance)
                .map(AssembledDocument.Table.class::cast).toList();
        assertEquals(List.of("Review: " + first.getTitle(), "Other comments"), tables.stream().map(AssembledDocument.Table::caption).toList());
        assertEquals(List.of("Theme", "You said", "We did", "Outcome", "Where"), tables.get(0).columns());
        // grouped by theme: themes alphabetically, comments without one last as "General"
        assertEquals(List.of(
                List.of("Evidence", "Cite the outcome data.", "Each outcome now names its source.", "Done", "The whole guidance"),
                List.of("Roles", "Say who “owns” the referral.", "The pathway section now names the lead.", "Accepted", "The whole guidance"),
                List.of("General", "Fewer acronyms.", "Spelt out at first use.", "Done", "The whole guidance")),
                tables.get(0).rows());
        assertEquals("Not taken up", tables.get(1).rows().get(0).get(3));
        // the reviewers' own document: the appendix alone
        AssembledDocument forReviewers = org.bridgework.assembly.api.YouSaidWeDid.of(doc).orElseThrow();
        assertEquals("You said, we did", forReviewers.metadata().subtitle());
        assertEquals(List.of("Review: " + first.getTitle(), "Other comments"),
                forReviewers.sections().stream().map(AssembledDocument.Section::heading).toList());
        assertTrue(org.bridgework.assembly.api.YouSaidWeDid.of(build(TestProjects.rich(), null)).isEmpty());
        assertTrue(doc.contents().stream().anyMatch(e -> e.anchor().equals("appendix-you-said-we-did")));
    }

    @Test
    void aTermWhoseDefinitionOnlySpellsOutItsAbbreviationIsLeftOut() throws Exception {
        org.bridgework.model.GuidanceProject project = TestProjects.rich();
        org.bridgework.model.Term uk = org.bridgework.model.GuidanceFactory.eINSTANCE.createTerm();
        uk.setId("term-uk");
        uk.setTerm("UK");
        uk.setExpansion("United Kingdom");
        uk.setDefinition("The United Kingdom.");
        project.getTerms().add(uk);
        org.bridgework.model.Term ofs = org.bridgework.model.GuidanceFactory.eINSTANCE.createTerm();
        ofs.setId("term-ofs");
        ofs.setTerm("OfS");
        ofs.setExpansion("Office for Students");
        ofs.setDefinition("The regulator of higher education in England.");
        project.getTerms().add(ofs);
        AssembledDocument doc = build(project, null);
        assertEquals(List.of("CMHT", "HEP", "OfS"), doc.glossary().stream().map(AssembledDocument.GlossaryEntry::term).toList());
    }

    @Test
    void contextAppliesNoteReplaceOmitAndAppendAndLabelsTheVariant() throws Exception {
        AssembledDocument doc = build(TestProjects.rich(), "small-specialist");
        assertNotNull(doc.metadata().variant());
        assertEquals("small-specialist", doc.metadata().variant().contextId());
        assertEquals("Local variant: Small specialist", doc.metadata().variant().label());
        Section intro = doc.sections().get(0);
        Callout note = (Callout) intro.blocks().get(0);
        assertEquals(CalloutKind.LOCAL_NOTE, note.kind());
        assertEquals("a-note", note.anchor());
        Paragraph why = (Paragraph) intro.blocks().get(1);
        assertTrue(AssembledDocument.plainText(why.content()).startsWith("Three in four cases of mental illness start"),
                AssembledDocument.plainText(why.content()));
        List<Block> examples = doc.sections().get(1).subsections().get(0).blocks();
        assertTrue(examples.stream().noneMatch(Quote.class::isInstance), "the quote is omitted");
        assertEquals(List.of("s-intro", "s-working", "s-next", "a-append"), doc.sections().stream().map(Section::anchor).toList());
        assertEquals("Working with a specialist provider", doc.sections().get(3).heading());
        // the national guidance is unchanged
        AssembledDocument national = build(TestProjects.rich(), null);
        assertTrue(AssembledDocument.plainText(((Paragraph) national.sections().get(0).blocks().get(0)).content()).startsWith("Most"));
    }

    @Test
    void unknownContextIsAUsageErrorListingTheKnownOnes() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> build(TestProjects.rich(), "rural-coast"));
        assertEquals(AssemblyException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("'rural-coast'") && e.getMessage().contains("small-specialist"), e.getMessage());
    }

    @Test
    void imageWithoutAltTextFailsNamingTheImage() {
        GuidanceProject p = TestProjects.rich();
        Image image = (Image) p.getDocument().getSections().get(1).getSections().get(0).getBlocks().get(2);
        image.setAltText("  ");
        AssemblyException e = assertThrows(AssemblyException.class, () -> build(p, null));
        assertEquals(AssemblyException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().contains("img-pathway") && e.getMessage().contains("alt text") && e.getMessage().contains("s-examples"),
                e.getMessage());
    }

    @Test
    void citationServiceIsUsedWhenPresent() throws Exception {
        CitationService service = new CitationService() {
            @Override
            public List<String> styles() {
                return List.of("harvard-cite-them-right");
            }

            @Override
            public CitationRenderer renderer(GuidanceProject project, String styleId, Format format) {
                return new CitationRenderer() {
                    private final java.util.List<String> cited = new java.util.ArrayList<>();

                    @Override
                    public String cite(List<CiteItem> items) {
                        items.forEach(i -> { if (!cited.contains(i.key())) cited.add(i.key()); });
                        return (format == Format.HTML ? "<b>" : "") + "[" + (cited.indexOf(items.get(0).key()) + 1) + "]"
                                + (format == Format.HTML ? "</b>" : "");
                    }

                    @Override
                    public List<String> bibliography() {
                        return cited.stream().map(k -> project.getSources().stream().filter(s -> k.equals(s.getCitationKey()))
                                .findFirst().orElseThrow().getTitle()).toList();
                    }
                };
            }
        };
        AssembledDocument doc = new AssemblyServiceImpl(List.of(), service, null, List.of()).build(TestProjects.rich(), null, AssemblyProgress.NONE);
        Citation first = (Citation) ((Paragraph) doc.sections().get(0).blocks().get(0)).content().stream()
                .filter(Citation.class::isInstance).findFirst().orElseThrow();
        assertEquals("[1]", first.text());
        assertEquals("<b>[1]</b>", first.html());
        // in order of first citation: uuk2022 (intro), broglia2023 (list)
        assertEquals(List.of("uuk2022", "broglia2023"), doc.bibliography().stream().map(AssembledDocument.BibliographyEntry::key).toList());
    }

    @Test
    void aGlossarySectionReceivesTheTermsAndCriteriaGetAnAppendixToLinkTo() throws Exception {
        GuidanceProject p = TestProjects.rich();
        org.bridgework.model.Section glossary = TestProjects.section("s-glossary", "Glossary");
        glossary.getBlocks().add(TestProjects.paragraph("p-glossary-intro", "Terms from higher education and the NHS."));
        p.getDocument().getSections().add(glossary);
        org.bridgework.model.Criterion c1 = TestProjects.F.createCriterion();
        c1.setId("c1-benefits");
        c1.setCode("C1");
        c1.setTitle("Benefits");
        c1.setStatement("Delivers benefits to students, HEPs and the wider health system, with evidence.");
        p.getCriteria().add(c1);
        p.getDocument().getSections().get(2).getBlocks().add(TestProjects.paragraph("p-c1", "See [the first criterion](#c1-benefits)."));

        AssembledDocument doc = build(p, null);
        assertTrue(doc.glossary().isEmpty(), "no second glossary in the back matter");
        Section g = doc.sections().get(3);
        assertEquals(List.of("p-glossary-intro", "t-cmht", "t-hep"), g.blocks().stream().map(Block::anchor).toList());
        assertEquals("CMHT (Community mental health team): An NHS team supporting people with mental health needs in the community.",
                AssembledDocument.plainText(((Paragraph) g.blocks().get(1)).content()));
        assertTrue(doc.contents().stream().noneMatch(e -> e.anchor().equals(AssembledDocument.GLOSSARY_ANCHOR)));

        AssembledDocument.Appendix criteria = doc.appendices().get(0);
        assertEquals("appendix-criteria", criteria.anchor());
        assertEquals("c1-benefits", criteria.blocks().get(1).anchor());
        Paragraph ref = (Paragraph) doc.sections().get(2).blocks().get(2);
        assertEquals("c1-benefits", ((ElementRef) ref.content().get(1)).anchor());
    }
}
