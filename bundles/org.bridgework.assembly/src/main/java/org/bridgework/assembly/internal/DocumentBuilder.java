package org.bridgework.assembly.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bridgework.assembly.api.AppendixContext;
import org.bridgework.assembly.api.AppendixProvider;
import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssembledDocument.Appendix;
import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Callout;
import org.bridgework.assembly.api.AssembledDocument.CalloutKind;
import org.bridgework.assembly.api.AssembledDocument.CaseStudySummary;
import org.bridgework.assembly.api.AssembledDocument.ChallengeRow;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.GlossaryEntry;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.Metadata;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Table;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.assembly.api.AssembledDocument.Variant;
import org.bridgework.assembly.api.AssemblyException;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.core.api.CitationService;
import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.ExtensionGuard;
import org.bridgework.core.api.Problem;
import org.bridgework.model.Adaptation;
import org.bridgework.model.AdaptationKind;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.Challenge;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Issuer;
import org.bridgework.model.Publication;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.Section;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.Term;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Builds the {@link AssembledDocument} of one project (optionally adapted to a local context). Reads the model only.
 * Two passes: anchors first (so element references can point forward), then content in reading order (so numeric
 * citation styles number in order of first citation).
 */
final class DocumentBuilder {

    private static final Set<String> RESERVED = Set.of(AssembledDocument.MAIN_ANCHOR, AssembledDocument.CONTENTS_ANCHOR,
            AssembledDocument.BIBLIOGRAPHY_ANCHOR, AssembledDocument.GLOSSARY_ANCHOR, "title", "contents-heading");

    private final GuidanceProject project;
    private final CitationService citationService;
    private final VariantProvider.Applied applied;
    private final List<AppendixProvider> appendixProviders;
    private final ExtensionGuard appendixGuard;
    private final Variant variant;
    private final InlineMarkdown markdown = new InlineMarkdown();
    private final List<Problem> warnings = new ArrayList<>();

    /** Model element → its anchor in the document (first occurrence for case studies and challenges). */
    private final Map<EObject, String> anchors = new IdentityHashMap<>();
    /** Model id → anchor, for element references. */
    private final Map<String, String> anchorsById = new HashMap<>();
    private final Set<String> usedAnchors = new HashSet<>();
    private final Map<String, Identified> elementsById = new HashMap<>();

    /** Adaptations of the applied context by target. */
    private final Map<EObject, List<Adaptation>> adaptations = new IdentityHashMap<>();
    private final Map<String, List<VariantProvider.Note>> providerNotes = new HashMap<>();

    private CitationEngine citations;
    /** A top-level section headed "Glossary": the glossary goes there instead of into the back matter. */
    private Section glossarySection;
    private boolean glossaryPlaced;
    private String currentElement;

    /**
     * @param project         the project, or the provider's adapted copy
     * @param citationService may be null
     * @param applied         what a variant provider returned, or null
     * @param variant         the variant being built, or null
     * @param modelAdaptations the project's own adaptations of that context, in order
     * @param appendixProviders contributed appendices (any order: sorted here)
     */
    DocumentBuilder(GuidanceProject project, CitationService citationService, VariantProvider.Applied applied, Variant variant,
            List<Adaptation> modelAdaptations, List<AppendixProvider> appendixProviders, ExtensionGuard appendixGuard) {
        this.appendixGuard = appendixGuard;
        this.project = project;
        this.appendixProviders = List.copyOf(appendixProviders);
        this.citationService = citationService;
        this.applied = applied;
        this.variant = variant;
        for (Adaptation a : modelAdaptations) {
            if (a.getTarget() == null || a.getTarget().eIsProxy()) {
                warnings.add(new Problem(Problem.Severity.WARNING, "adaptation-target", a.getId(),
                        "Adaptation " + a.getId() + " of context " + a.getContextId() + " has no target element (or its target does not exist); it is not applied."));
                continue;
            }
            if (a.getKind() == AdaptationKind.APPEND && a.getTarget() instanceof org.bridgework.model.Block == false
                    && a.getTarget() instanceof Section == false && a.getTarget() instanceof GuidanceDocument == false) {
                warnings.add(new Problem(Problem.Severity.WARNING, "adaptation-target", a.getId(),
                        "Adaptation " + a.getId() + " appends to " + a.getTarget().getId() + ", which is neither a section nor a block; it is not applied."));
                continue;
            }
            adaptations.computeIfAbsent(a.getTarget(), k -> new ArrayList<>()).add(a);
        }
        if (applied != null) {
            for (VariantProvider.Note note : applied.notes()) {
                providerNotes.computeIfAbsent(note.targetId(), k -> new ArrayList<>()).add(note);
            }
            warnings.addAll(applied.problems());
        }
    }

    /** The citation style the document asks for, or the default one. */
    static String citationStyle(GuidanceDocument document) {
        return document != null && document.getCitationStyle() != null && !document.getCitationStyle().isBlank()
                ? document.getCitationStyle() : "harvard-cite-them-right";
    }

    AssembledDocument build() throws AssemblyException {
        GuidanceDocument document = project.getDocument();
        String style = citationStyle(document);
        citations = new CitationEngine(project, citationService, style, warnings);
        indexIds(project);
        assignAnchors(document);

        Metadata metadata = metadata(document, style);
        List<Block> frontMatter = frontMatter();
        List<AssembledDocument.Section> sections = new ArrayList<>();
        if (document != null) {
            glossarySection = document.getSections().stream()
                    .filter(s -> !omitted(s) && s.getHeading() != null && s.getHeading().strip().equalsIgnoreCase("glossary"))
                    .findFirst().orElse(null);
            for (Section s : document.getSections()) {
                sections.addAll(section(s, 1));
            }
            for (Adaptation a : adaptationsOf(document, AdaptationKind.APPEND)) {
                sections.addAll(appendedSections(a, 1));
            }
        } else {
            warnings.add(new Problem(Problem.Severity.WARNING, "no-document", project.getId(),
                    "The project has no guidance document yet: only the title page and back matter are assembled."));
        }
        List<AssembledDocument.BibliographyEntry> bibliography = citations.bibliography();
        List<GlossaryEntry> glossary = glossaryPlaced ? List.of() : glossary();
        List<Appendix> appendices = appendices();
        List<ContentsEntry> contents = contents(sections, !bibliography.isEmpty(), !glossary.isEmpty(), appendices);
        // typographic quotes are made here, at render time: the model keeps what people typed
        // figures: a table right after an SVG figure is its twin; captions numbered "Figure N." in reading order
        return Typography.apply(Figures.apply(new AssembledDocument(metadata, frontMatter, contents, sections, bibliography, glossary,
                appendices, warnings)));
    }

    // ---------------------------------------------------------------- ids and anchors

    private void indexIds(GuidanceProject p) {
        for (var it = p.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Identified i && i.getId() != null) {
                elementsById.putIfAbsent(i.getId(), i);
            }
        }
    }

    private String anchorFor(EObject element, String id, String fallback) {
        String base = slug(id == null || id.isBlank() ? fallback : id);
        String anchor = base;
        int n = 2;
        while (RESERVED.contains(anchor) || !usedAnchors.add(anchor)) {
            anchor = base + "-" + n++;
        }
        if (element != null) {
            anchors.putIfAbsent(element, anchor);
        }
        if (id != null) {
            anchorsById.putIfAbsent(id, anchor);
        }
        return anchor;
    }

    /** An id usable as an HTML id, a Word bookmark and a pandoc identifier: letters, digits, '-', '_', starting with a letter. */
    static String slug(String id) {
        String s = id == null ? "" : id.strip().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "id-" + s;
        }
        return s;
    }

    private void assignAnchors(GuidanceDocument document) {
        if (document == null) {
            return;
        }
        for (Section s : document.getSections()) {
            assignAnchors(s);
        }
        for (Term t : project.getTerms()) {
            if (!omitted(t) && !selfEvident(t)) {
                anchorFor(t, t.getId(), "term-" + t.getTerm());
            }
        }
        for (Criterion c : criteria()) {
            anchorFor(c, c.getId(), "criterion");
        }
    }

    /** The criteria a model of good practice must meet, as the guidance states them: all but those agreed to be excluded. */
    private List<Criterion> criteria() {
        return project.getCriteria().stream()
                .filter(c -> !omitted(c) && c.getConsensusStatus() != org.bridgework.model.ConsensusStatus.EXCLUDE).toList();
    }

    private void assignAnchors(Section section) {
        if (omitted(section)) {
            return;
        }
        anchorFor(section, section.getId(), "section");
        for (org.bridgework.model.Block b : section.getBlocks()) {
            if (omitted(b)) {
                continue;
            }
            String a = anchorFor(b, b.getId(), "block");
            if (b instanceof CaseStudyEmbed e && e.getCaseStudy() != null && !omitted(e.getCaseStudy())) {
                anchors.putIfAbsent(e.getCaseStudy(), a);
                anchorsById.putIfAbsent(e.getCaseStudy().getId(), a);
            } else if (b instanceof ExtractQuote q && q.getExtract() != null) {
                anchorsById.putIfAbsent(q.getExtract().getId(), a);
            } else if (b instanceof org.bridgework.model.ChallengeTable t) {
                for (Challenge c : t.getChallenges()) {
                    if (!omitted(c) && !anchors.containsKey(c)) {
                        String row = anchorFor(c, c.getId(), "challenge");
                        // a solution is shown in the rows of the challenges it addresses: link to the first
                        for (Solution s : project.getSolutions()) {
                            if (s.getAddresses().contains(c) && s.getId() != null && !omitted(s)) {
                                anchorsById.putIfAbsent(s.getId(), row);
                            }
                        }
                    }
                }
            }
        }
        for (Section sub : section.getSections()) {
            assignAnchors(sub);
        }
    }

    private boolean omitted(EObject element) {
        // a glossary term the project turned off (it only switches off a shipped reader-lens term) is no glossary entry
        return element instanceof Term t && t.isDisabled() || !adaptationsOf(element, AdaptationKind.OMIT).isEmpty();
    }

    private List<Adaptation> adaptationsOf(EObject element, AdaptationKind kind) {
        List<Adaptation> all = adaptations.get(element);
        if (all == null) {
            return List.of();
        }
        return all.stream().filter(a -> a.getKind() == kind).toList();
    }

    // ---------------------------------------------------------------- metadata and front matter

    private Metadata metadata(GuidanceDocument document, String style) throws AssemblyException {
        String title = firstNonBlank(document == null ? null : document.getTitle(), project.getTitle(), project.getId(), "Guidance");
        String subtitle = document == null ? null : blankToNull(document.getSubtitle());
        String language = firstNonBlank(document == null ? null : document.getLocale(), "en-GB");
        Publication publication = project.getPublication();
        // the description readers see comes from the summary written for them, never from the internal brief (purpose)
        String subject = publication == null ? null : blankToNull(InlineText.plain(publication.getReaderSummary()));
        List<AssembledDocument.Issuer> issuers = issuers(publication);
        String publisher = issuers.isEmpty()
                ? project.getOrganisations().stream().filter(o -> o.getKind() == org.bridgework.model.OrganisationKind.TASKFORCE)
                        .map(o -> firstNonBlank(o.getName(), o.getShortName())).filter(n -> n != null).findFirst().orElse(null)
                : Releases.joined(issuers.stream().map(AssembledDocument.Issuer::name).toList());
        String identifier = firstNonBlank(document == null ? null : document.getId(), project.getId(), "guidance");
        AssembledDocument.Status status = Releases.status(publication);
        LocalDate date = publication != null && publication.getPublicationDate() != null ? publication.getPublicationDate() : date();
        return new Metadata(replaced(document, title), subtitle, language, subject, List.of(), date, variant, style,
                identifier, publisher, status, Releases.version(project), Releases.assembledDate(), issuers,
                publication != null && publication.isToolColophon());
    }

    /** The confirmed issuers in order, with their logos read from the project folder. */
    private List<AssembledDocument.Issuer> issuers(Publication publication) throws AssemblyException {
        List<AssembledDocument.Issuer> issuers = new ArrayList<>();
        if (publication == null) {
            return issuers;
        }
        for (Issuer issuer : publication.getIssuers()) {
            if (!issuer.isConfirmed()) {
                continue;
            }
            String name = issuer.getOrganisation() == null ? issuer.getId()
                    : firstNonBlank(issuer.getOrganisation().getName(), issuer.getOrganisation().getShortName(), issuer.getOrganisation().getId());
            if (name == null) {
                continue;
            }
            byte[] logo = null;
            String mediaType = null;
            String alt = blankToNull(issuer.getLogoAltText());
            if (issuer.getLogoPath() != null && !issuer.getLogoPath().isBlank()) {
                if (alt == null) {
                    throw new AssemblyException(AssemblyException.Kind.CONTENT, "The logo of issuer " + issuer.getId()
                            + " has no alt text: give it one (for example the organisation's name and 'logo'), then assemble again.");
                }
                logo = readFile(issuer.getLogoPath(), "The logo of issuer " + issuer.getId());
                mediaType = Labels.mediaType(logo);
                if (!"image/png".equals(mediaType) && !"image/svg+xml".equals(mediaType)) {
                    throw new AssemblyException(AssemblyException.Kind.CONTENT, "The logo of issuer " + issuer.getId()
                            + " (" + issuer.getLogoPath() + ") is not an SVG or PNG picture.");
                }
            }
            issuers.add(new AssembledDocument.Issuer(name, logo, mediaType, alt));
        }
        return issuers;
    }

    private byte[] readFile(String path, String what) throws AssemblyException {
        Path file = Path.of(path);
        Resource resource = project.eResource();
        if (!file.isAbsolute() && resource != null && resource.getURI() != null && resource.getURI().isFile()) {
            file = Path.of(resource.getURI().toFileString()).toAbsolutePath().getParent().resolve(path);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssemblyException(AssemblyException.Kind.CONTENT, what + ": cannot read " + file + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", List.of(), e);
        }
    }

    /** The publication date: the final milestone's date, else the latest milestone date; never the clock. */
    private LocalDate date() {
        LocalDate finalDate = null;
        LocalDate latest = null;
        for (Milestone m : project.getMilestones()) {
            if (m.getDate() == null) {
                continue;
            }
            if (m.getKind() == MilestoneKind.FINAL && (finalDate == null || m.getDate().isAfter(finalDate))) {
                finalDate = m.getDate();
            }
            if (latest == null || m.getDate().isAfter(latest)) {
                latest = m.getDate();
            }
        }
        return finalDate != null ? finalDate : latest;
    }

    private List<Block> frontMatter() {
        List<Block> blocks = new ArrayList<>();
        currentElement = project.getId();
        if (variant != null) {
            blocks.add(new Callout("variant-note", CalloutKind.LOCAL_NOTE, "About this variant", "About this variant",
                    List.of(new Paragraph("variant-note-text", List.of(Text.plain("This is the national guidance adapted for one local context: "
                            + variant.label().replaceFirst("^Local variant: ", "") + ". Notes and text added for this setting are marked “Local note”; "
                            + "the rest is the national guidance, with some passages changed or left out for this setting."))))));
        }
        return blocks;
    }

    // ---------------------------------------------------------------- sections and blocks

    private List<AssembledDocument.Section> section(Section section, int level) throws AssemblyException {
        if (omitted(section)) {
            return List.of();
        }
        currentElement = section.getId();
        String anchor = anchors.get(section);
        String heading = replaced(section, firstNonBlank(section.getHeading(), section.getId()));
        List<Block> blocks = new ArrayList<>(notes(section));
        // one length everywhere (check, milestones, assemble): the model's count of the blocks shown, plus the words a
        // local variant adds (notes, appended text); generated entries (glossary) are not body text
        int words = words(blocks);
        for (org.bridgework.model.Block b : section.getBlocks()) {
            List<Block> shown = blockWithAdaptations(b, level);
            if (!shown.isEmpty()) {
                words += org.bridgework.model.derive.Derived.wordCount(b) + addedWords;
            }
            blocks.addAll(shown);
        }
        List<AssembledDocument.Section> siblingsAfter = new ArrayList<>();
        for (Adaptation a : adaptationsOf(section, AdaptationKind.APPEND)) {
            Appended appended = appended(a, level);
            blocks.addAll(appended.blocks());
            words += words(appended.blocks());
            siblingsAfter.addAll(appended.sections());
        }
        if (section == glossarySection) {
            List<GlossaryEntry> entries = glossary();
            for (GlossaryEntry g : entries) {
                List<Inline> runs = new ArrayList<>();
                runs.add(new Text(g.term(), Set.of(Style.STRONG)));
                if (g.expansion() != null && !g.expansion().equalsIgnoreCase(g.term())) {
                    runs.add(Text.plain(" (" + g.expansion() + ")"));
                }
                if (!g.definition().isEmpty()) {
                    runs.add(Text.plain(": "));
                    runs.addAll(g.definition());
                }
                blocks.add(new Paragraph(g.anchor(), InlineMarkdown.merge(runs)));
            }
            glossaryPlaced = true;
        }
        List<AssembledDocument.Section> subsections = new ArrayList<>();
        for (Section sub : section.getSections()) {
            subsections.addAll(section(sub, level + 1));
        }
        words += subsections.stream().mapToInt(AssembledDocument.Section::wordCount).sum();
        Integer budget = section.getWordBudget() > 0 ? section.getWordBudget() : null;
        List<AssembledDocument.Section> result = new ArrayList<>();
        result.add(new AssembledDocument.Section(anchor, level, heading, blocks, subsections, words, budget));
        result.addAll(siblingsAfter);
        return result;
    }

    private record Appended(List<Block> blocks, List<AssembledDocument.Section> sections) {
    }

    /**
     * An APPEND adaptation: its text as blocks; when the text starts with a Markdown heading ({@code # Heading}) it is
     * a new section (following the target section) instead.
     */
    private Appended appended(Adaptation a, int level) {
        currentElement = a.getId();
        String text = a.getText() == null ? "" : a.getText().strip();
        if (text.startsWith("#")) {
            return new Appended(List.of(), appendedSections(a, level));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Callout(anchorFor(a, a.getId(), "local"), CalloutKind.LOCAL_NOTE, null, CalloutKind.LOCAL_NOTE.label(),
                markdown.blocks(text, anchorFor(null, a.getId() + "-text", "local-text"), resolver())));
        return new Appended(blocks, List.of());
    }

    private List<AssembledDocument.Section> appendedSections(Adaptation a, int level) {
        currentElement = a.getId();
        String text = a.getText() == null ? "" : a.getText().strip();
        String heading;
        String body;
        if (text.startsWith("#")) {
            int nl = text.indexOf('\n');
            heading = (nl < 0 ? text : text.substring(0, nl)).replaceFirst("^#+\\s*", "").strip();
            body = nl < 0 ? "" : text.substring(nl + 1);
        } else {
            heading = "Local information";
            body = text;
        }
        String anchor = anchorFor(a, a.getId(), "local-section");
        List<Block> blocks = markdown.blocks(body, anchorFor(null, a.getId() + "-text", "local-text"), resolver());
        return List.of(new AssembledDocument.Section(anchor, level, heading, blocks, List.of(), words(blocks), null));
    }

    /** A block, then its notes and appended content; nothing when omitted. */
    private List<Block> blockWithAdaptations(org.bridgework.model.Block b, int level) throws AssemblyException {
        addedWords = 0;
        if (omitted(b)) {
            return List.of();
        }
        currentElement = b.getId();
        List<Block> out = new ArrayList<>(block(b, level));
        evidenceLink(b, out);
        List<Block> added = new ArrayList<>(notes(b));
        if (b instanceof CaseStudyEmbed e && e.getCaseStudy() != null) {
            added.addAll(notes(e.getCaseStudy()));
        }
        if (b instanceof org.bridgework.model.ChallengeTable t) {
            for (Challenge c : t.getChallenges()) {
                added.addAll(notes(c));
            }
        }
        for (Adaptation a : adaptationsOf(b, AdaptationKind.APPEND)) {
            added.addAll(appended(a, level).blocks());
        }
        addedWords = words(added);
        out.addAll(added);
        return out;
    }

    /** Blocks with evidence links, in document order, and the anchor of their entry in the evidence appendix. */
    private final Map<org.bridgework.model.Block, String> evidenceEntries = new java.util.LinkedHashMap<>();

    /**
     * A block resting on linked evidence ends with a small "evidence" link to its entry in the evidence appendix, so a
     * reader can follow the claim without notes cluttering the text.
     */
    private void evidenceLink(org.bridgework.model.Block b, List<Block> out) {
        if (b.getEvidenceLinks().isEmpty() || out.isEmpty()) {
            return;
        }
        String anchor = anchorFor(null, "evidence-" + b.getId(), "evidence");
        evidenceEntries.put(b, anchor);
        ElementRef ref = new ElementRef("evidence-" + b.getId(), anchor, "evidence", "The evidence behind this text");
        Block last = out.get(out.size() - 1);
        if (last instanceof Paragraph p) {
            List<Inline> content = new ArrayList<>(p.content());
            content.add(Text.plain(" ("));
            content.add(ref);
            content.add(Text.plain(")"));
            out.set(out.size() - 1, new Paragraph(p.anchor(), content));
        } else {
            out.add(new Paragraph(anchorFor(null, b.getId() + "-evidence-link", "evidence-link"), List.of(Text.plain("Evidence for this: "), ref)));
        }
    }

    /** The appendix listing, for each block resting on linked evidence, the extracts, case studies and criteria behind it. */
    private Appendix evidenceAppendix() {
        if (evidenceEntries.isEmpty()) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(anchorFor(null, "evidence-intro", "evidence-intro"), List.of(Text.plain(
                "The evidence behind statements in this guidance, in the order they appear. Each entry links back to the text."))));
        for (Map.Entry<org.bridgework.model.Block, String> e : evidenceEntries.entrySet()) {
            org.bridgework.model.Block b = e.getKey();
            currentElement = b.getId();
            List<List<Inline>> items = new ArrayList<>();
            for (org.bridgework.model.EvidenceLink link : b.getEvidenceLinks()) {
                Identified evidence = link.getEvidence();
                if (evidence == null) {
                    continue;
                }
                StringBuilder md = new StringBuilder();
                switch (evidence) {
                    case Extract x -> {
                        String text = x.getText() == null ? "" : x.getText().strip().replaceAll("\\s+", " ");
                        md.append("Extract: “").append(text.length() > 240 ? text.substring(0, 239) + "…" : text).append("”");
                        if (x.getSource() != null && x.getSource().getCitationKey() != null) {
                            md.append(" [@").append(x.getSource().getCitationKey())
                                    .append(x.getLocator() == null || x.getLocator().isBlank() ? "" : ", " + x.getLocator().strip()).append("]");
                        }
                    }
                    case CaseStudy cs -> md.append("Case study: [").append(firstNonBlank(cs.getTitle(), cs.getId())).append("](#").append(cs.getId()).append(")")
                            .append(link.getField() == null ? "" : " (" + link.getField().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")");
                    case Criterion c -> md.append("Criterion: [").append(firstNonBlank(c.getCode(), c.getId())).append("](#").append(c.getId()).append(") ")
                            .append(firstNonBlank(c.getTitle(), c.getStatement(), ""));
                    default -> md.append(org.bridgework.model.derive.Provenance.kind(evidence).substring(0, 1).toUpperCase(Locale.ROOT))
                            .append(org.bridgework.model.derive.Provenance.kind(evidence).substring(1)).append(": ")
                            .append(firstNonBlank(org.bridgework.model.derive.Derived.label(evidence), evidence.getId()));
                }
                items.add(markdown.inline(md.toString(), resolver()));
            }
            String target = anchors.get(b);
            Section section = null;
            for (EObject c = b.eContainer(); c != null && section == null; c = c.eContainer()) {
                section = c instanceof Section s ? s : null;
            }
            String where = section == null ? "Text" : firstNonBlank(section.getHeading(), section.getId());
            List<Inline> head = new ArrayList<>();
            head.add(new Text(where + ": ", Set.of(Style.STRONG)));
            head.add(target == null ? Text.plain("back to the text") : new ElementRef(b.getId(), target, "back to the text", where));
            blocks.add(new Paragraph(e.getValue(), head));
            if (!items.isEmpty()) {
                blocks.add(new AssembledDocument.ListBlock(anchorFor(null, e.getValue() + "-items", "evidence-items"), false, items));
            }
        }
        return new Appendix(anchorFor(null, "evidence-appendix", "evidence-appendix"), "Appendix: the evidence behind the guidance", blocks);
    }

    /** NOTE adaptations (model and provider) on an element, as local-note callouts. */
    private List<Block> notes(EObject element) {
        List<Block> out = new ArrayList<>();
        for (Adaptation a : adaptationsOf(element, AdaptationKind.NOTE)) {
            String saved = currentElement;
            currentElement = a.getId();
            out.add(new Callout(anchorFor(a, a.getId(), "note"), CalloutKind.LOCAL_NOTE, null, CalloutKind.LOCAL_NOTE.label(),
                    markdown.blocks(a.getText(), anchorFor(null, a.getId() + "-text", "note-text"), resolver())));
            currentElement = saved;
        }
        if (element instanceof Identified i && i.getId() != null) {
            for (VariantProvider.Note note : providerNotes.getOrDefault(i.getId(), List.of())) {
                out.add(new Callout(anchorFor(null, note.id(), "note"), CalloutKind.LOCAL_NOTE, null, CalloutKind.LOCAL_NOTE.label(),
                        markdown.blocks(note.text(), anchorFor(null, note.id() + "-text", "note-text"), resolver())));
            }
        }
        return out;
    }

    private List<Block> block(org.bridgework.model.Block b, int level) throws AssemblyException {
        String anchor = anchors.get(b);
        return switch (b) {
            case org.bridgework.model.Paragraph p -> markdown.blocks(replaced(p, p.getText()), anchor, resolver());
            case org.bridgework.model.ListBlock l -> {
                List<List<Inline>> items = new ArrayList<>();
                for (String item : l.getItems()) {
                    List<Inline> runs = markdown.inline(replaced(l, item), resolver());
                    if (!runs.isEmpty()) {
                        items.add(runs);
                    }
                }
                yield items.isEmpty() ? List.of() : List.of(new AssembledDocument.ListBlock(anchor, l.isOrdered(), items));
            }
            case org.bridgework.model.Callout c -> {
                CalloutKind kind = switch (c.getKind() == null ? org.bridgework.model.CalloutKind.KEY_MESSAGE : c.getKind()) {
                    case KEY_MESSAGE -> CalloutKind.KEY_MESSAGE;
                    case FOR_NHS_READERS -> CalloutKind.FOR_NHS_READERS;
                    case FOR_HE_READERS -> CalloutKind.FOR_HE_READERS;
                };
                String title = blankToNull(replaced(c, c.getTitle()));
                yield List.of(new Callout(anchor, kind, title, title != null ? title : kind.label(),
                        markdown.blocks(replaced(c, c.getText()), anchor + "-text", resolver())));
            }
            case org.bridgework.model.Checklist c -> {
                List<List<Inline>> items = new ArrayList<>();
                for (ChecklistItem item : c.getItems()) {
                    List<Inline> runs = markdown.inline(replaced(c, item.getText()), resolver());
                    if (!runs.isEmpty()) {
                        items.add(runs);
                    }
                }
                yield List.of(new AssembledDocument.Checklist(anchor, blankToNull(replaced(c, c.getTitle())), items));
            }
            case ExtractQuote q -> quote(q, anchor);
            case CaseStudyEmbed e -> caseStudy(e, anchor);
            case org.bridgework.model.ChallengeTable t -> challengeTable(t, anchor);
            case org.bridgework.model.Image i -> List.of(image(i, anchor));
            default -> {
                warnings.add(new Problem(Problem.Severity.WARNING, "unsupported-block", b.getId(),
                        "Block " + b.getId() + " (" + b.eClass().getName() + ") cannot be assembled yet and is left out."));
                yield List.of();
            }
        };
    }

    private List<Block> quote(ExtractQuote q, String anchor) {
        Extract extract = q.getExtract();
        if (extract == null || extract.eIsProxy()) {
            warnings.add(new Problem(Problem.Severity.WARNING, "quote-extract", q.getId(),
                    "Quote " + q.getId() + " does not point at an extract; it is left out."));
            return List.of();
        }
        List<Inline> text = markdown.inline(replaced(extract, extract.getText()), resolver());
        Citation citation = null;
        Source source = extract.getSource();
        if (source != null && source.getCitationKey() != null && !source.getCitationKey().isBlank()) {
            citation = citations.cite(List.of(new CiteItem(source.getCitationKey(), blankToNull(extract.getLocator()), null, null)), q.getId());
        }
        return List.of(new AssembledDocument.Quote(anchor, extract.getId(), text, citation));
    }

    private List<Block> caseStudy(CaseStudyEmbed embed, String anchor) {
        CaseStudy cs = embed.getCaseStudy();
        if (cs == null || cs.eIsProxy()) {
            warnings.add(new Problem(Problem.Severity.WARNING, "case-study-embed", embed.getId(),
                    "Case study embed " + embed.getId() + " does not point at a case study; it is left out."));
            return List.of();
        }
        if (omitted(cs)) {
            return List.of();
        }
        if (cs.getCollectionStatus() == CollectionStatus.WITHDRAWN) {
            warnings.add(new Problem(Problem.Severity.WARNING, "case-study-withdrawn", cs.getId(),
                    "Case study " + cs.getId() + " is withdrawn; it is left out of the document (embedded in " + embed.getId() + ")."));
            return List.of();
        }
        String saved = currentElement;
        currentElement = cs.getId();
        List<String> partners = cs.getPartners().stream().filter(o -> o != null && !o.eIsProxy())
                .map(o -> firstNonBlank(o.getName(), o.getShortName(), o.getId())).toList();
        List<String> contexts = cs.getContexts().stream().map(Labels::context).toList();
        List<Block> description = markdown.blocks(replaced(cs, cs.getDescription()), anchor + "-description", resolver());
        List<AssembledDocument.Benefit> benefits = new ArrayList<>();
        for (org.bridgework.model.Benefit b : cs.getBenefits()) {
            benefits.add(new AssembledDocument.Benefit(Labels.beneficiary(b.getBeneficiary()),
                    markdown.inline(b.getDescription(), resolver()), Labels.evidence(b.getEvidenceType(), b.getEvidenceStrength())));
        }
        List<AssembledDocument.Outcome> outcomes = new ArrayList<>();
        for (org.bridgework.model.Outcome o : cs.getOutcomes()) {
            List<Inline> source = new ArrayList<>();
            if (o.getSource() != null && !o.getSource().eIsProxy() && o.getSource().getCitationKey() != null) {
                source.add(citations.cite(List.of(CiteItem.of(o.getSource().getCitationKey())), cs.getId()));
            }
            if (o.getSourceNote() != null && !o.getSourceNote().isBlank()) {
                if (!source.isEmpty()) {
                    source.add(Text.plain(" "));
                }
                source.addAll(markdown.inline(o.getSourceNote(), resolver()));
            }
            outcomes.add(new AssembledDocument.Outcome(blankToNull(o.getMeasure()), blankToNull(o.getValue()),
                    blankToNull(o.getPeriod()), InlineMarkdown.merge(source)));
        }
        List<String> challenges = cs.getChallengesAddressed().stream().filter(c -> c != null && !c.eIsProxy())
                .map(c -> firstNonBlank(c.getTitle(), c.getId())).toList();
        currentElement = saved;
        return List.of(new CaseStudySummary(anchor, cs.getId(), firstNonBlank(cs.getTitle(), cs.getId()), partners,
                Labels.serviceModel(cs.getServiceModel()), blankToNull(cs.getRegion()), contexts, description,
                blankToNull(cs.getPopulationServed()), blankToNull(cs.getReferralRoute()), benefits, outcomes,
                Labels.collectionStatus(cs.getCollectionStatus()), challenges));
    }

    private List<Block> challengeTable(org.bridgework.model.ChallengeTable table, String anchor) {
        List<ChallengeRow> rows = new ArrayList<>();
        // the matrix's columns: each solution that helps with a row, in the project's order, described once
        Map<Solution, AssembledDocument.SolutionEntry> columns = new LinkedHashMap<>();
        for (Challenge c : table.getChallenges()) {
            if (c == null || c.eIsProxy() || omitted(c)) {
                continue;
            }
            String saved = currentElement;
            currentElement = c.getId();
            List<List<Inline>> solutions = new ArrayList<>();
            List<String> solutionIds = new ArrayList<>();
            for (Solution s : project.getSolutions()) {
                if (s.getAddresses().contains(c) && !omitted(s)) {
                    solutionIds.add(s.getId());
                    List<Inline> runs = new ArrayList<>();
                    String title = firstNonBlank(s.getTitle(), s.getId());
                    List<Inline> description = markdown.inline(replaced(s, s.getDescription()), resolver());
                    runs.add(new Text(title, description.isEmpty() ? Set.of() : Set.of(Style.STRONG)));
                    if (!description.isEmpty()) {
                        runs.add(Text.plain(": "));
                        runs.addAll(description);
                    }
                    solutions.add(InlineMarkdown.merge(runs));
                    if (!columns.containsKey(s)) {
                        columns.put(s, new AssembledDocument.SolutionEntry(s.getId(), anchorFor(null, anchor + "-" + s.getId(), "solution"),
                                columns.size() + 1, title, description));
                    }
                }
            }
            String rowAnchor = anchors.containsKey(c) && !rowAnchorTaken(c) ? anchors.get(c) : anchorFor(null, anchor + "-" + c.getId(), "row");
            rows.add(new ChallengeRow(rowAnchor, c.getId(), replaced(c, firstNonBlank(c.getTitle(), c.getId())),
                    markdown.inline(replaced(c, c.getDescription()), resolver()), solutions, solutionIds));
            currentElement = saved;
        }
        if (rows.isEmpty()) {
            warnings.add(new Problem(Problem.Severity.WARNING, "empty-challenge-table", table.getId(),
                    "Challenge table " + table.getId() + " lists no challenges; it is left out."));
            return List.of();
        }
        return List.of(new AssembledDocument.ChallengeTable(anchor, blankToNull(replaced(table, table.getCaption())), rows,
                List.copyOf(columns.values())));
    }

    private final Set<EObject> rowAnchorsUsed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private boolean rowAnchorTaken(EObject challenge) {
        return !rowAnchorsUsed.add(challenge);
    }

    private AssembledDocument.Image image(org.bridgework.model.Image image, String anchor) throws AssemblyException {
        String where = image.eContainer() instanceof Section s ? " in section " + s.getId() : "";
        if (image.getAltText() == null || image.getAltText().isBlank()) {
            throw new AssemblyException(AssemblyException.Kind.CONTENT, "Image " + image.getId() + where
                    + " has no alt text: give it a short description of what it shows (or what it is for), then assemble again.");
        }
        // there, a picture by its bytes, not too big: the same check as validate's, so the message is the same
        java.util.Optional<String> unusable = org.bridgework.core.api.ImageFiles.problem(image);
        if (unusable.isPresent()) {
            throw new AssemblyException(AssemblyException.Kind.CONTENT, unusable.get() + (where.isEmpty() ? "" : " (" + where.strip() + ")"));
        }
        byte[] data = image.getData();
        if (data == null || data.length == 0) {
            data = readImage(image, where);
        }
        String mediaType = Labels.mediaType(data);
        if (mediaType == null) {
            throw new AssemblyException(AssemblyException.Kind.CONTENT, "Image " + image.getId() + where
                    + " is not a PNG, JPEG, GIF, WebP or SVG picture.");
        }
        return new AssembledDocument.Image(anchor, image.getAltText().strip(), data, mediaType,
                markdown.inline(replaced(image, image.getCaption()), resolver()));
    }

    private byte[] readImage(org.bridgework.model.Image image, String where) throws AssemblyException {
        // ImageFiles.problem found a path: absolute, or relative to a project file
        Path file = org.bridgework.core.api.ImageFiles.file(image).orElse(null);
        if (file == null) {
            throw new AssemblyException(AssemblyException.Kind.CONTENT, "Image " + image.getId() + where + ": its path " + image.getPath()
                    + " is relative, and the project is not a file to find it from.");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssemblyException(AssemblyException.Kind.CONTENT, "Image " + image.getId() + where + ": cannot read "
                    + file + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", List.of(), e);
        }
    }

    // ---------------------------------------------------------------- back matter

    private List<GlossaryEntry> glossary() {
        List<Term> terms = new ArrayList<>(project.getTerms());
        terms.removeIf(this::omitted);
        terms.removeIf(DocumentBuilder::selfEvident);
        terms.sort(Comparator.comparing((Term t) -> firstNonBlank(t.getTerm(), t.getId()).toLowerCase(Locale.ROOT))
                .thenComparing(t -> t.getId() == null ? "" : t.getId()));
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Term t : terms) {
            currentElement = t.getId();
            String anchor = anchors.containsKey(t) ? anchors.get(t) : anchorFor(t, t.getId(), "term");
            entries.add(new GlossaryEntry(anchor, firstNonBlank(t.getTerm(), t.getId()), blankToNull(t.getExpansion()),
                    markdown.inline(replaced(t, t.getDefinition()), resolver()), Labels.sector(t.getSector())));
        }
        return entries;
    }

    /**
     * A term whose definition only spells out its abbreviation ("UK (United Kingdom): The United Kingdom.") tells the
     * reader nothing: it is left out of the glossary (a link to it is then plain text, with a warning).
     */
    static boolean selfEvident(Term t) {
        String expansion = t.getExpansion();
        String definition = t.getDefinition();
        if (definition == null || definition.isBlank() || expansion == null || expansion.isBlank()) {
            return false;
        }
        return normalisedPhrase(definition).equals(normalisedPhrase(expansion));
    }

    private static String normalisedPhrase(String s) {
        String n = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private List<Appendix> appendices() {
        List<Appendix> appendices = new ArrayList<>();
        Appendix criteria = criteriaAppendix();
        if (criteria != null) {
            appendices.add(criteria);
        }
        for (AppendixProvider provider : sortedProviders()) {
            Appendix contributed = contributed(provider);
            if (contributed != null) {
                appendices.add(contributed);
            }
        }
        if (applied != null) {
            appendices.addAll(applied.appendices());
        }
        Appendix responses = youSaidWeDid();
        if (responses != null) {
            appendices.add(responses);
        }
        Appendix evidence = evidenceAppendix();
        if (evidence != null) {
            appendices.add(evidence);
        }
        return appendices;
    }

    /**
     * "You said, we did": the review comments that have been answered (accepted, done or not taken up, with a
     * response), one table per review milestone in the project's order, then any without a milestone. Reviewers
     * see what became of what they said; open comments and comments without a response are left out. Who said it
     * is not printed.
     */
    private Appendix youSaidWeDid() {
        Map<org.bridgework.model.Milestone, List<org.bridgework.model.ReviewComment>> byMilestone = new LinkedHashMap<>();
        for (org.bridgework.model.Milestone m : project.getMilestones()) {
            byMilestone.put(m, new ArrayList<>());
        }
        List<org.bridgework.model.ReviewComment> other = new ArrayList<>();
        for (org.bridgework.model.ReviewComment c : project.getReviewComments()) {
            if (c.getStatus() == null || c.getStatus() == org.bridgework.model.ReviewStatus.OPEN || blankToNull(c.getResponse()) == null
                    || blankToNull(c.getText()) == null) {
                continue;
            }
            List<org.bridgework.model.ReviewComment> list = c.getMilestone() == null ? null : byMilestone.get(c.getMilestone());
            (list == null ? other : list).add(c);
        }
        if (byMilestone.values().stream().allMatch(List::isEmpty) && other.isEmpty()) {
            return null;
        }
        String anchor = anchorFor(null, org.bridgework.assembly.api.YouSaidWeDid.ANCHOR, "appendix");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(anchorFor(null, null, anchor + "-intro"), List.of(Text.plain(
                "What reviewers told us about the drafts of this guidance, and what we did about it, for each review, grouped by theme."))));
        int n = 0;
        for (Map.Entry<org.bridgework.model.Milestone, List<org.bridgework.model.ReviewComment>> e : byMilestone.entrySet()) {
            if (!e.getValue().isEmpty()) {
                String title = firstNonBlank(e.getKey().getTitle(), e.getKey().getId());
                blocks.add(responsesTable(anchorFor(null, null, anchor + "-" + (++n)), "Review: " + title, e.getValue()));
            }
        }
        if (!other.isEmpty()) {
            blocks.add(responsesTable(anchorFor(null, null, anchor + "-" + (++n)), "Other comments", other));
        }
        return new Appendix(anchor, "Appendix: you said, we did", blocks);
    }

    /**
     * One review's answered comments, grouped by theme (themes alphabetically, comments without one last under
     * "General", the project's order kept within a theme): the theme is each row's header.
     */
    private static AssembledDocument.Table responsesTable(String anchor, String caption, List<org.bridgework.model.ReviewComment> comments) {
        Map<String, List<org.bridgework.model.ReviewComment>> byTheme = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<org.bridgework.model.ReviewComment> general = new ArrayList<>();
        for (org.bridgework.model.ReviewComment c : comments) {
            String theme = blankToNull(c.getTheme());
            (theme == null ? general : byTheme.computeIfAbsent(theme.strip(), t -> new ArrayList<>())).add(c);
        }
        Map<String, List<org.bridgework.model.ReviewComment>> ordered = new LinkedHashMap<>(byTheme);
        if (!general.isEmpty()) {
            // comments without a theme last (a theme that someone called "General" joins them)
            List<org.bridgework.model.ReviewComment> last = ordered.remove(GENERAL_THEME);
            ordered.put(GENERAL_THEME, last == null ? general : java.util.stream.Stream.concat(last.stream(), general.stream()).toList());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<org.bridgework.model.ReviewComment>> e : ordered.entrySet()) {
            for (org.bridgework.model.ReviewComment c : e.getValue()) {
                String where = c.getTarget() == null ? "The whole guidance" : firstNonBlank(c.getTarget().getLabel(), c.getTarget().getId());
                String outcome = switch (c.getStatus()) {
                    case ACCEPTED -> "Accepted";
                    case DONE -> "Done";
                    case REJECTED -> "Not taken up";
                    default -> "Open";
                };
                rows.add(List.of(e.getKey(), InlineText.plain(c.getText()), InlineText.plain(c.getResponse()), outcome, where));
            }
        }
        return new AssembledDocument.Table(anchor, caption, List.of("Theme", "You said", "We did", "Outcome", "Where"), rows, true);
    }

    /** The theme of answered comments that have none. */
    static final String GENERAL_THEME = "General";

    /** The providers in the order their appendices appear: {@link AppendixProvider#order()}, then id. */
    private List<AppendixProvider> sortedProviders() {
        record Keyed(AppendixProvider provider, int order, String id) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (AppendixProvider provider : appendixProviders) {
            try {
                keyed.add(appendixGuard.call(provider, provider.getClass().getName(),
                        () -> new Keyed(provider, provider.order(), String.valueOf(provider.id()))));
            } catch (ExtensionGuard.Unavailable e) {
                warnings.add(new Problem(Problem.Severity.WARNING, e.problem().code(), null, e.problem().message() + " Its appendix is left out."));
            }
        }
        keyed.sort(Comparator.comparingInt(Keyed::order).thenComparing(Keyed::id));
        return keyed.stream().map(Keyed::provider).toList();
    }

    /**
     * The appendix of one provider, or null when it has none, failed (a warning) or used anchors it did not reserve
     * (a warning: a duplicate anchor would break links and bookmarks).
     */
    private Appendix contributed(AppendixProvider provider) {
        String id = String.valueOf(provider.id());
        Set<String> issued = new HashSet<>();
        List<Problem> own = new ArrayList<>();
        boolean[] open = {true};
        AppendixContext context = new AppendixContext() {
            @Override
            public String anchor(String preferred) {
                if (!open[0]) {
                    throw new IllegalStateException("the appendix context of " + id + " is used after its call");
                }
                String anchor = anchorFor(null, null, preferred == null || preferred.isBlank() ? "appendix" : preferred);
                issued.add(anchor);
                return anchor;
            }

            @Override
            public Variant variant() {
                return variant;
            }

            @Override
            public void warning(String elementId, String message) {
                if (open[0] && message != null && !message.isBlank()) {
                    own.add(new Problem(Problem.Severity.WARNING, "appendix-" + id, elementId, message.strip()));
                }
            }
        };
        Optional<Appendix> result;
        try {
            result = appendixGuard.call(provider, "'" + id + "'", () -> provider.appendix(project, context));
        } catch (ExtensionGuard.Unavailable e) {
            warnings.add(new Problem(Problem.Severity.WARNING, e.problem().code(), project.getId(),
                    "The appendix '" + id + "' could not be made: " + e.problem().message() + " It is left out."));
            return null;
        } finally {
            open[0] = false;
        }
        warnings.addAll(own);
        if (result == null || result.isEmpty()) {
            return null;
        }
        Appendix appendix = result.get();
        List<String> used = new ArrayList<>();
        used.add(appendix.anchor());
        for (Block b : appendix.blocks()) {
            used.add(b.anchor());
        }
        Set<String> seen = new HashSet<>();
        for (String anchor : used) {
            if (anchor == null || !issued.contains(anchor) || !seen.add(anchor)) {
                warnings.add(new Problem(Problem.Severity.WARNING, "appendix-failed", project.getId(),
                        "The appendix '" + id + "' uses the anchor '" + anchor + "', which it did not reserve or uses twice; it is left out."));
                return null;
            }
        }
        if (appendix.title() == null || appendix.title().isBlank()) {
            warnings.add(new Problem(Problem.Severity.WARNING, "appendix-failed", project.getId(),
                    "The appendix '" + id + "' has no title; it is left out."));
            return null;
        }
        return appendix;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The criteria, one paragraph each, anchored at the criterion's id so references to criteria link here. */
    private Appendix criteriaAppendix() {
        List<Criterion> criteria = criteria();
        if (criteria.isEmpty()) {
            return null;
        }
        String anchor = anchorFor(null, "appendix-criteria", "appendix");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(anchorFor(null, null, anchor + "-intro"), List.of(Text.plain(
                "The criteria a partnership must meet to be described in this guidance as a model of good practice."))));
        for (Criterion c : criteria) {
            currentElement = c.getId();
            List<Inline> runs = new ArrayList<>();
            String code = blankToNull(c.getCode());
            String title = firstNonBlank(replaced(c, c.getTitle()), c.getId());
            runs.add(new Text((code == null ? "" : code + " ") + title, Set.of(Style.STRONG)));
            List<Inline> statement = markdown.inline(replaced(c, c.getStatement()), resolver());
            if (!statement.isEmpty()) {
                runs.add(Text.plain(": "));
                runs.addAll(statement);
            }
            blocks.add(new Paragraph(anchors.get(c), InlineMarkdown.merge(runs)));
            blocks.addAll(notes(c));
        }
        return new Appendix(anchor, "Appendix: criteria for models of good practice", blocks);
    }

    private List<ContentsEntry> contents(List<AssembledDocument.Section> sections, boolean bibliography, boolean glossary,
            List<Appendix> appendices) {
        List<ContentsEntry> entries = new ArrayList<>();
        for (AssembledDocument.Section s : sections) {
            entries.add(contents(s));
        }
        if (glossary) {
            entries.add(new ContentsEntry(AssembledDocument.GLOSSARY_ANCHOR, "Glossary", 1, List.of()));
        }
        if (bibliography) {
            entries.add(new ContentsEntry(AssembledDocument.BIBLIOGRAPHY_ANCHOR, "References", 1, List.of()));
        }
        for (Appendix a : appendices) {
            entries.add(new ContentsEntry(a.anchor(), a.title(), 1, List.of()));
        }
        return entries;
    }

    private static ContentsEntry contents(AssembledDocument.Section s) {
        return new ContentsEntry(s.anchor(), s.heading(), s.level(), s.subsections().stream().map(DocumentBuilder::contents).toList());
    }

    // ---------------------------------------------------------------- helpers

    /** REPLACE adaptations on the element applied to one of its texts. */
    private String replaced(EObject element, String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Adaptation a : adaptationsOf(element, AdaptationKind.REPLACE)) {
            String replacement = a.getText() == null ? "" : a.getText();
            if (a.getFindText() == null || a.getFindText().isEmpty()) {
                result = replacement;
            } else if (result.contains(a.getFindText())) {
                result = result.replace(a.getFindText(), replacement);
            }
        }
        return result;
    }

    private InlineMarkdown.Resolver resolver() {
        return new InlineMarkdown.Resolver() {
            @Override
            public Citation cite(List<CiteItem> items) {
                return citations.cite(items, currentElement);
            }

            @Override
            public ElementRef reference(String targetId, String text) {
                String anchor = anchorsById.get(targetId);
                Identified target = elementsById.get(targetId);
                if (target == null) {
                    warnings.add(new Problem(Problem.Severity.WARNING, "unknown-reference", currentElement,
                            "Element " + currentElement + " refers to #" + targetId + ", which does not exist; the text is shown without a link."));
                } else if (anchor == null) {
                    warnings.add(new Problem(Problem.Severity.WARNING, "reference-not-in-document", currentElement,
                            "Element " + currentElement + " refers to " + targetId + ", which is not part of this document; the text is shown without a link."));
                }
                String label = target == null ? targetId : firstNonBlank(target.getLabel(), targetId);
                return new ElementRef(targetId, anchor, text, label);
            }

            @Override
            public void badLink(String destination) {
                warnings.add(new Problem(Problem.Severity.WARNING, "bad-link", currentElement,
                        "Element " + currentElement + " links to '" + destination + "', which is neither a web address nor #element-id; only its text is shown."));
            }
        };
    }

    /** Words the last {@link #blockWithAdaptations} added beside the block itself (a variant's notes and appended text). */
    private int addedWords;

    private static int words(List<Block> blocks) {
        return Words.count(blocks);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For tests: the problems so far. */
    List<Problem> warnings() {
        return warnings;
    }
}
