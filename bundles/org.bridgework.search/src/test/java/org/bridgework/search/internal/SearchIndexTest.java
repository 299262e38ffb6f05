package org.bridgework.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Term;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.search.api.IndexInfo.Origin;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchFields;
import org.bridgework.search.api.SearchHit;
import org.bridgework.search.api.SearchIndex;
import org.bridgework.search.api.SearchRequest;
import org.bridgework.search.api.SearchResult;
import org.bridgework.search.api.Snippet;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of the shipped sample project: every kind of query, synonyms, facets, near-real-time edits, the cache. */
class SearchIndexTest {

    @TempDir
    Path dir;

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    SearchServiceImpl search;
    Path file;
    Project project;
    SearchIndex index;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("sample.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        search = new SearchServiceImpl(dir.resolve("cache"));
        project = projects.open(file);
        index = search.index(project);
    }

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    private SearchResult find(String query) throws InvalidQueryException {
        return index.search(SearchRequest.of(query).withLimit(500));
    }

    private Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static String all(SearchHit hit) {
        return (hit.title().text() + " " + hit.snippet().text()).toLowerCase(Locale.ROOT);
    }

    private void reopen() throws Exception {
        project.close();
        assertTrue(index.isClosed(), "closing the project closes its index");
        project = projects.open(file);
        index = search.index(project);
    }

    private long searchable() {
        long n = 0;
        for (var it = project.root().eAllContents(); it.hasNext();) {
            if (Documents.isDocument(it.next())) {
                n++;
            }
        }
        return n;
    }

    private void execute(Command command) {
        assertTrue(command.canExecute());
        project.editingDomain().getCommandStack().execute(command);
    }

    @Test
    void indexesEverySearchableElementOfTheSample() throws Exception {
        assertEquals(Origin.BUILT, index.info().origin());
        assertEquals(searchable(), index.info().documents());
        SearchResult everything = index.search(SearchRequest.of("").withLimit(1).withFacetLimit(50));
        assertEquals(searchable(), everything.totalHits());
        Set<String> types = everything.facet(SearchFields.TYPE).stream().map(SearchResult.FacetCount::value).collect(Collectors.toSet());
        for (String type : List.of("source", "extract", "challenge", "solution", "criterion", "casestudy", "section", "block", "term")) {
            assertTrue(types.contains(type), type + " missing from " + types);
        }
        assertEquals(everything.totalHits(), everything.facet(SearchFields.TYPE).stream().mapToLong(SearchResult.FacetCount::count).sum());
        assertSame(index, search.index(project), "one index per open project");
    }

    @Test
    void wordsAreStemmedAndMarkedInSnippets() throws Exception {
        SearchResult plural = find("partnerships");
        SearchResult singular = find("partnership");
        assertTrue(plural.totalHits() > 3);
        assertEquals(ids(plural), ids(singular), "stemming: partnership and partnerships find the same elements");
        for (SearchHit hit : plural.hits()) {
            if (!hit.type().equals("extract")) { // an extract is also found by its source's title
                assertTrue(all(hit).contains("partnership"), hit.toString());
            }
        }
        SearchHit best = plural.hits().get(0);
        Snippet marked = best.snippet().matches().isEmpty() ? best.title() : best.snippet();
        assertFalse(marked.matches().isEmpty(), "the match is marked: " + best);
        for (Snippet.Span span : marked.matches()) {
            assertTrue(marked.text().substring(span.start(), span.end()).toLowerCase(Locale.ROOT).startsWith("partnership"), marked.toString());
        }
        assertTrue(marked.marked("[", "]").toLowerCase(Locale.ROOT).contains("[partnership"));
    }

    @Test
    void phrasePrefixFuzzyAndFieldQueries() throws Exception {
        SearchResult phrase = find("\"data sharing\"");
        assertTrue(phrase.totalHits() > 0);
        SearchResult bothWords = find("data sharing");
        assertTrue(bothWords.totalHits() >= phrase.totalHits());
        for (SearchHit hit : phrase.hits()) {
            String marked = hit.snippet().marked("[", "]").toLowerCase(Locale.ROOT) + hit.title().marked("[", "]").toLowerCase(Locale.ROOT);
            assertTrue(marked.contains("[data"), marked);
        }

        SearchResult liaison = find("liaison");
        SearchResult prefix = find("liais*");
        assertTrue(liaison.totalHits() > 0);
        assertTrue(ids(prefix).containsAll(ids(liaison)), "prefix finds at least the word");
        SearchResult fuzzy = find("liasion~");
        assertTrue(ids(fuzzy).containsAll(ids(liaison)), "a typo with ~ finds the word");
        assertEquals(0, find("liasion").totalHits(), "without ~ the typo finds nothing");

        SearchResult caseStudies = find("type:casestudy liaison");
        assertTrue(caseStudies.totalHits() > 0);
        assertTrue(caseStudies.totalHits() < liaison.totalHits());
        caseStudies.hits().forEach(h -> assertEquals("casestudy", h.type()));
        assertEquals(ids(caseStudies), ids(find("type:\"case study\" liaison")), "type values are normalised");
        assertEquals(ids(caseStudies), ids(find("element:case-study liaison")), "field alias");

        SearchResult titles = find("title:liaison");
        for (SearchHit hit : titles.hits()) {
            assertTrue(hit.title().text().toLowerCase(Locale.ROOT).contains("liaison"), hit.toString());
        }
        SearchResult notLiaison = find("type:casestudy -liaison");
        assertTrue(notLiaison.hits().stream().noneMatch(h -> ids(caseStudies).contains(h.id())));
        assertEquals(find("type:casestudy").totalHits(), notLiaison.totalHits() + caseStudies.totalHits());
        assertTrue(find("-liaison").totalHits() > 0, "a purely negative query means everything but");
    }

    @Test
    void glossaryAcronymsAndExpansionsFindEachOther() throws Exception {
        // two new challenges: one says only CMHT, the other only the expansion
        GuidanceFactory f = GuidanceFactory.eINSTANCE;
        Challenge acronym = f.createChallenge();
        acronym.setId("ch-test-acronym");
        acronym.setTitle("Referral from the CMHT to the wellbeing service");
        Challenge expansion = f.createChallenge();
        expansion.setId("ch-test-expansion");
        expansion.setTitle("Referral from the community mental health team to the wellbeing service");
        execute(AddCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__CHALLENGES,
                List.of(acronym, expansion)));
        index.refresh();

        Set<String> byAcronym = ids(find("CMHT"));
        Set<String> byExpansion = ids(find("community mental health team"));
        Set<String> byPhrase = ids(find("\"community mental health team\""));
        Set<String> lowerCase = ids(find("cmht"));
        for (Set<String> found : List.of(byAcronym, byExpansion, byPhrase, lowerCase)) {
            assertTrue(found.contains("ch-test-acronym") && found.contains("ch-test-expansion"), found.toString());
        }
        assertFalse(ids(find("community health")).isEmpty());
        assertTrue(ids(find("referral cmht")).containsAll(Set.of("ch-test-acronym", "ch-test-expansion")));
        SearchHit hit = find("CMHT").hits().stream().filter(h -> "ch-test-expansion".equals(h.id())).findFirst().orElseThrow();
        assertTrue(hit.title().marked("[", "]").contains("[community") || hit.title().marked("[", "]").contains("[community mental health team]"),
                hit.title().marked("[", "]"));

        // OfS is an acronym in the glossary: it is not stemmed into "of" (which is everywhere)
        long ofs = find("OfS").totalHits();
        assertTrue(ofs < find("of").totalHits() / 2, "OfS " + ofs);

        // the glossary is read at query time: a new term works at once, without re-indexing
        assertFalse(ids(find("ZQX")).contains("ch-test-expansion"));
        Term term = f.createTerm();
        term.setId("term-zqx");
        term.setTerm("ZQX");
        term.setExpansion("wellbeing service");
        execute(AddCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__TERMS, term));
        index.refresh();
        assertTrue(ids(find("ZQX")).contains("ch-test-expansion"));
    }

    @Test
    void facetsCountAndFilter() throws Exception {
        SearchResult all = index.search(SearchRequest.of("").withLimit(1).withFacetLimit(100));
        long caseStudies = all.facet(SearchFields.TYPE).stream().filter(c -> c.value().equals("casestudy")).findFirst().orElseThrow().count();
        assertEquals(project.root().getCaseStudies().size(), caseStudies);

        SearchResult filtered = index.search(SearchRequest.of("").withFilter("type", "casestudy").withLimit(100).withFacetLimit(100));
        assertEquals(caseStudies, filtered.totalHits());
        filtered.hits().forEach(h -> assertEquals("casestudy", h.type()));
        // drill sideways: the filtered facet still shows the other types
        assertEquals(all.facet(SearchFields.TYPE), filtered.facet(SearchFields.TYPE));
        // other facets count only case studies: contexts and statuses of case studies
        long withContexts = project.root().getCaseStudies().stream().filter(c -> !c.getContexts().isEmpty()).count();
        assertTrue(withContexts == 0 || !filtered.facet(SearchFields.CONTEXT).isEmpty());
        for (SearchResult.FacetCount status : filtered.facet(SearchFields.STATUS)) {
            long expected = project.root().getCaseStudies().stream().filter(c -> c.getCollectionStatus().getLiteral().equals(status.value())).count();
            assertEquals(expected, status.count(), status.value());
        }
        // two values of one facet are alternatives; a second facet narrows
        SearchResult two = index.search(SearchRequest.of("").withFilter("type", "Case Study").withFilter("type", "challenge").withLimit(1));
        long challenges = all.facet(SearchFields.TYPE).stream().filter(c -> c.value().equals("challenge")).findFirst().orElseThrow().count();
        assertEquals(caseStudies + challenges, two.totalHits());
        CaseStudy first = project.root().getCaseStudies().get(0);
        SearchResult narrowed = index.search(SearchRequest.of("").withFilter("type", "casestudy")
                .withFilter("status", first.getCollectionStatus().getLiteral()).withLimit(100));
        assertTrue(narrowed.totalHits() >= 1 && narrowed.totalHits() <= caseStudies);
        assertTrue(ids(narrowed).contains(first.getId()));

        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of("x").withFilter("colour", "red")));
        assertTrue(e.getMessage().contains("no facet 'colour'"), e.getMessage());
    }

    @Test
    void anEditIsSearchableAfterTheNearRealTimeRefresh() throws Exception {
        Challenge challenge = project.root().getChallenges().get(0);
        assertEquals(0, find("zyzzogeton").totalHits());
        execute(SetCommand.create(project.editingDomain(), challenge, GuidancePackage.Literals.CHALLENGE__DESCRIPTION,
                "A zyzzogeton walked into the referral pathway."));
        index.refresh();
        SearchResult found = find("zyzzogeton");
        assertEquals(List.of(challenge.getId()), found.hits().stream().map(SearchHit::id).toList());
        assertEquals(challenge, index.element(found.hits().get(0)).orElseThrow());

        // without an explicit refresh the background thread makes it searchable by itself
        execute(SetCommand.create(project.editingDomain(), challenge, GuidancePackage.Literals.CHALLENGE__DESCRIPTION, "Now about a quokka."));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (find("quokka").totalHits() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(1, find("quokka").totalHits());
        assertEquals(0, find("zyzzogeton").totalHits(), "the old text is gone");

        // undo restores the old text in the index too
        project.editingDomain().getCommandStack().undo();
        index.refresh();
        assertEquals(1, find("zyzzogeton").totalHits());

        // removing an element removes its document; a new id moves it
        CaseStudy caseStudy = project.root().getCaseStudies().get(0);
        String id = caseStudy.getId();
        assertTrue(ids(find("id:" + id)).contains(id));
        execute(SetCommand.create(project.editingDomain(), caseStudy, GuidancePackage.Literals.IDENTIFIED__ID, "cs-renamed"));
        index.refresh();
        assertTrue(ids(find("id:cs-renamed")).contains("cs-renamed"));
        assertFalse(ids(find("id:" + id)).contains(id));
        execute(RemoveCommand.create(project.editingDomain(), caseStudy));
        index.refresh();
        assertEquals(0, find("id:cs-renamed").totalHits());
        assertEquals(searchable(), index.info().documents());
    }

    @Test
    void aCrashRecoveryCopyIsNotASave() throws Exception {
        Challenge challenge = project.root().getChallenges().get(0);
        execute(SetCommand.create(project.editingDomain(), challenge, GuidancePackage.Literals.CHALLENGE__DESCRIPTION, "Unsaved bilby text"));
        index.refresh();
        // the workbench's recovery journal serialises the model (EMF clears the modified flag while writing)
        boolean modified = project.resource().isModified();
        project.resource().save(new java.io.ByteArrayOutputStream(), null);
        project.resource().setModified(modified);
        index.refresh();
        reopen();
        assertEquals(Origin.REUSED, index.info().origin(), index.info().reason());
        assertEquals(0, find("bilby").totalHits(), "the cache holds only what was saved to the file");
    }

    @Test
    void theCacheIsReusedWhenCurrentAndKeepsOnlySavedChanges() throws Exception {
        Challenge challenge = project.root().getChallenges().get(0);
        execute(SetCommand.create(project.editingDomain(), challenge, GuidancePackage.Literals.CHALLENGE__TITLE, "Saved wombat title"));
        projects.save(project);
        execute(SetCommand.create(project.editingDomain(), challenge, GuidancePackage.Literals.CHALLENGE__DESCRIPTION, "Unsaved numbat text"));
        index.refresh();
        assertEquals(1, find("numbat").totalHits());
        reopen(); // the unsaved change is discarded with the project
        assertEquals(Origin.REUSED, index.info().origin(), index.info().reason());
        assertEquals(1, find("wombat").totalHits());
        assertEquals(0, find("numbat").totalHits());
        assertEquals(searchable(), index.info().documents());
    }

    @Test
    void aProjectChangedOutsideIsReindexed() throws Exception {
        project.close();
        try (Project other = projects.open(file)) {
            other.root().getChallenges().get(0).setTitle("Changed elsewhere by a platypus");
            projects.save(other);
        }
        project = projects.open(file);
        index = search.index(project);
        assertEquals(Origin.REBUILT_STALE, index.info().origin());
        assertEquals(1, find("platypus").totalHits());
        reopen();
        assertEquals(Origin.REUSED, index.info().origin());
    }

    @Test
    void aMissingCacheIsBuilt() throws Exception {
        project.close();
        deleteTree(dir.resolve("cache"));
        project = projects.open(file);
        index = search.index(project);
        assertEquals(Origin.BUILT, index.info().origin());
        assertTrue(find("liaison").totalHits() > 0);
    }

    @Test
    void aCorruptCacheIsRebuiltSilently() throws Exception {
        long expected = find("liaison").totalHits();
        Path folder = index.info().folder();
        assertNotNull(folder);
        project.close();
        Path segment;
        try (Stream<Path> files = Files.list(folder)) {
            segment = files.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(segment.toFile(), "rw")) {
            raf.setLength(raf.length() / 2); // truncate the biggest segment file
        }
        project = projects.open(file);
        index = search.index(project);
        assertEquals(Origin.REBUILT_CORRUPT, index.info().origin(), index.info().reason());
        assertTrue(index.info().reason().contains(segment.getFileName().toString()), index.info().reason());
        assertEquals(expected, find("liaison").totalHits());
        reopen();
        assertEquals(Origin.REUSED, index.info().origin(), "the rebuilt cache is sound: " + index.info().reason());

        // a damaged commit file too
        project.close();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        project = projects.open(file);
        index = search.index(project);
        assertEquals(Origin.REBUILT_CORRUPT, index.info().origin());
        assertEquals(expected, find("liaison").totalHits());
    }

    @Test
    void aSecondProcessHoldingTheCacheGetsAnIndexInMemory() throws Exception {
        // a second service with the same cache folder stands for a second process: the write lock is taken
        SearchServiceImpl other = new SearchServiceImpl(dir.resolve("cache"));
        try (Project second = projects.open(file)) {
            SearchIndex secondIndex = other.index(second);
            assertEquals(Origin.IN_MEMORY, secondIndex.info().origin());
            assertEquals(find("liaison").totalHits(), secondIndex.search("liaison").totalHits());
        }
    }

    @Test
    void invalidQueriesSayWhere() {
        assertInvalid("liaison AND", 9, "ends after 'AND'");
        assertInvalid("\"community mental", 1, "quote is never closed");
        assertInvalid("(liaison OR crisis", 1, "'(' is never closed");
        assertInvalid("liaison)", 8, "closes nothing");
        assertInvalid("colour:red liaison", 1, "no field 'colour'");
        assertInvalid("type:casestudy shade:blue", 16, "no field 'shade'");
        assertInvalid("*aison", 1, "cannot start with '*'");
        assertInvalid("liaison AND OR crisis", 13, "'OR'");
    }

    private void assertInvalid(String query, int column, String words) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(query), query);
        assertEquals(column, e.column(), query + " -> " + e.getMessage());
        assertTrue(e.getMessage().startsWith("at column " + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.pointer().endsWith("^"), e.pointer());
    }

    @Test
    void aTemporaryCopyIsIndexedInMemory() throws Exception {
        projects.addSample(new HeNhsPartnershipsSample(), java.util.Map.of(org.bridgework.core.api.SampleProject.DEFAULT_PROPERTY, true));
        try (Project copy = projects.sampleCopy()) {
            SearchIndex memory = search.index(copy);
            assertEquals(Origin.IN_MEMORY, memory.info().origin());
            assertEquals(find("liaison").totalHits(), memory.search("liaison").totalHits());
        }
    }

    @Test
    void elementsWithoutIdsAreStillFound() throws Exception {
        Challenge anonymous = GuidanceFactory.eINSTANCE.createChallenge();
        anonymous.setTitle("An anonymous echidna");
        Challenge duplicate = EcoreUtil.copy(project.root().getChallenges().get(0));
        duplicate.setTitle("A duplicate echidna");
        execute(AddCommand.create(project.editingDomain(), project.root(), GuidancePackage.Literals.GUIDANCE_PROJECT__CHALLENGES,
                List.of(anonymous, duplicate)));
        index.refresh();
        SearchResult found = find("echidna");
        assertEquals(2, found.totalHits());
        Set<EObject> elements = found.hits().stream().map(h -> index.element(h).orElseThrow()).collect(Collectors.toSet());
        assertEquals(Set.of(anonymous, duplicate), elements);
        assertTrue(find("id:" + duplicate.getId()).totalHits() >= 2, "both with the id are found by it");
    }

    static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
