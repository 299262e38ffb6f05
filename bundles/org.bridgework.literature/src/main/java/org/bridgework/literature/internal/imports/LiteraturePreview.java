package org.bridgework.literature.internal.imports;

import org.bridgework.core.api.Ids;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** The result of reading reference files against a project; builds the command that applies it. */
final class LiteraturePreview implements LiteratureImportPreview {

    private static final GuidancePackage P = GuidancePackage.eINSTANCE;
    /** The attributes a merge fills when the existing source lacks them, in the order shown to people. */
    static final List<EAttribute> FILLABLE = List.of(P.getSource_Type(), P.getSource_Title(), P.getSource_ContainerTitle(),
            P.getSource_IssuedYear(), P.getSource_IssuedMonth(), P.getSource_IssuedDay(), P.getSource_Publisher(),
            P.getSource_PublisherPlace(), P.getSource_Doi(), P.getSource_Url(), P.getSource_Isbn(), P.getSource_Volume(),
            P.getSource_Issue(), P.getSource_Pages(), P.getSource_Accessed(), P.getSource_AbstractText(), P.getSource_Note());

    private final List<Source> added = new ArrayList<>();
    private final Map<Source, Path> addedFrom = new IdentityHashMap<>();
    private final Map<Source, Integer> addedLine = new IdentityHashMap<>();
    private final List<Merge> merges = new ArrayList<>();
    private final Map<Merge, Resolution> resolutions = new IdentityHashMap<>();
    private final Map<Merge, String> keepBothKeys = new IdentityHashMap<>();
    private final List<ImportProblem> problems;
    private final Map<Path, String> formats;
    private final CitationKeys keys;
    private final Set<String> ids;
    private int entriesRead;

    LiteraturePreview(GuidanceProject project, List<ImportProblem> problems, Map<Path, String> formats) {
        this.problems = problems;
        this.formats = formats;
        List<String> existingKeys = new ArrayList<>();
        ids = new HashSet<>();
        for (Source s : project.getSources()) {
            existingKeys.add(s.getCitationKey());
        }
        TreeIterator<EObject> it = project.eAllContents();
        while (it.hasNext()) {
            if (it.next() instanceof Identified i && i.getId() != null) {
                ids.add(i.getId().toLowerCase(Locale.ROOT));
            }
        }
        if (project.getId() != null) {
            ids.add(project.getId().toLowerCase(Locale.ROOT));
        }
        this.keys = new CitationKeys(existingKeys);
    }

    /** A new source: key kept if usable and free (else a warning and a new one), id assigned. */
    void add(Source s, Path file, int line) {
        entriesRead++;
        String original = s.getCitationKey();
        String key;
        if (CitationKeys.usable(original)) {
            if (keys.isTaken(original)) {
                key = keys.reserve(original);
                problems.add(new ImportProblem(ImportProblem.Severity.WARNING, file, line,
                        "the citation key '" + original + "' is already used by another source of the project; this entry gets '" + key + "'"));
            } else {
                key = keys.reserve(original);
            }
        } else {
            key = keys.generate(s);
        }
        s.setCitationKey(key);
        s.setId(newId(key));
        added.add(s);
        addedFrom.put(s, file);
        addedLine.put(s, line);
    }

    void merge(Source existing, Source incoming, boolean existingInProject, Path file, int line, String reason) {
        entriesRead++;
        Merge m = new Merge(existing, incoming, existingInProject, file, line, reason, fills(existing, incoming));
        merges.add(m);
        resolutions.put(m, Resolution.MERGE);
    }

    private String newId(String key) {
        // the sample's convention: src-<key>
        String slug = "src-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        String id = Ids.unique(ids, slug);
        ids.add(id);
        return id;
    }

    static List<String> fills(Source existing, Source incoming) {
        List<String> fills = new ArrayList<>();
        if (existing.getAuthors().isEmpty() && !incoming.getAuthors().isEmpty()) {
            fills.add("authors");
        }
        if (existing.getEditors().isEmpty() && !incoming.getEditors().isEmpty()) {
            fills.add("editors");
        }
        for (EAttribute a : FILLABLE) {
            if (isEmpty(existing.eGet(a)) && !isEmpty(incoming.eGet(a))) {
                if (a == P.getSource_IssuedMonth() || a == P.getSource_IssuedDay()) {
                    if (existing.getIssuedYear() != null && !existing.getIssuedYear().equals(incoming.getIssuedYear())) {
                        continue; // a month of another year would make a wrong date
                    }
                }
                fills.add(a.getName());
            }
        }
        for (String k : incoming.getKeywords()) {
            if (!existing.getKeywords().contains(k)) {
                fills.add("keywords");
                break;
            }
        }
        return List.copyOf(fills);
    }

    private static boolean isEmpty(Object v) {
        return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty());
    }

    @Override
    public List<Source> added() {
        return List.copyOf(added);
    }

    @Override
    public List<Merge> merges() {
        return List.copyOf(merges);
    }

    @Override
    public Map<Path, String> formats() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(formats));
    }

    @Override
    public int entriesRead() {
        return entriesRead;
    }

    @Override
    public Resolution resolution(Merge merge) {
        Resolution r = resolutions.get(merge);
        if (r == null) {
            throw new IllegalArgumentException("not a merge of this preview: " + merge);
        }
        return r;
    }

    @Override
    public void resolve(Merge merge, Resolution resolution) {
        resolution(merge);
        resolutions.put(merge, resolution);
        if (resolution == Resolution.KEEP_BOTH && !keepBothKeys.containsKey(merge)) {
            Source s = merge.incoming();
            String key = CitationKeys.usable(s.getCitationKey()) && !keys.isTaken(s.getCitationKey()) ? keys.reserve(s.getCitationKey()) : keys.generate(s);
            keepBothKeys.put(merge, key);
        }
    }

    @Override
    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public List<ImportChange> changes() {
        List<ImportChange> changes = new ArrayList<>();
        for (Source s : added) {
            changes.add(new ImportChange(ImportChange.Kind.ADD, s.getId(), label(s), addedFrom.get(s), addedLine.get(s), null));
        }
        for (Merge m : merges) {
            switch (resolutions.get(m)) {
                case MERGE -> changes.add(new ImportChange(ImportChange.Kind.MERGE, m.existing().getId(), label(m.existing()), m.file(), m.line(),
                        "duplicate (" + m.reason() + ")" + (m.fills().isEmpty() ? "; nothing to add" : "; fills in " + String.join(", ", m.fills()))));
                case KEEP_BOTH -> {
                    String key = keepBothKeys.get(m);
                    changes.add(new ImportChange(ImportChange.Kind.ADD, idFor(key), key + " " + quoted(m.incoming().getTitle()), m.file(), m.line(),
                            "kept as a separate source although it looks like " + m.existing().getCitationKey() + " (" + m.reason() + ")"));
                }
                case SKIP -> {
                    // left out on purpose: no change
                }
            }
        }
        return changes;
    }

    private final Map<String, String> keepBothIds = new HashMap<>();

    private String idFor(String key) {
        return keepBothIds.computeIfAbsent(key, this::newId);
    }

    private static String label(Source s) {
        return s.getCitationKey() + " " + quoted(s.getTitle());
    }

    private static String quoted(String title) {
        if (title == null) {
            return "(no title)";
        }
        return "'" + (title.length() > 70 ? title.substring(0, 67) + "..." : title) + "'";
    }

    @Override
    public Command command(EditingDomain editingDomain, GuidanceProject project) {
        // EMF.Edit's commands ask their domain about read-only resources: a plain one when none is given
        EditingDomain domain = editingDomain != null ? editingDomain
                : new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        CompoundCommand compound = new CompoundCommand("Import references");
        List<Source> toAdd = new ArrayList<>(added);
        for (Merge m : merges) {
            if (resolutions.get(m) == Resolution.KEEP_BOTH) {
                Source copy = EcoreUtil.copy(m.incoming());
                String key = keepBothKeys.get(m);
                copy.setCitationKey(key);
                copy.setId(idFor(key));
                toAdd.add(copy);
            }
        }
        if (!toAdd.isEmpty()) {
            compound.append(new AddCommand(domain, project, P.getGuidanceProject_Sources(), toAdd));
        }
        Map<Source, List<Merge>> byExisting = new LinkedHashMap<>();
        for (Merge m : merges) {
            if (resolutions.get(m) == Resolution.MERGE && !m.fills().isEmpty()) {
                byExisting.computeIfAbsent(m.existing(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<Source, List<Merge>> e : byExisting.entrySet()) {
            appendFills(compound, domain, e.getKey(), e.getValue());
        }
        // screening (PRISMA): every record merged into a source counts as a duplicate, whether or not it filled anything in
        long merged = merges.stream().filter(m -> resolutions.get(m) == Resolution.MERGE).count();
        if (merged > 0 && !compound.isEmpty()) {
            compound.append(new SetCommand(domain, project, P.getGuidanceProject_DuplicatesMerged(), project.getDuplicatesMerged() + (int) merged));
        }
        if (compound.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return compound.unwrap();
    }

    /** Fills the existing source's empty fields from its duplicates, first duplicate first; nothing is overwritten. */
    private static void appendFills(CompoundCommand compound, EditingDomain domain, Source existing, List<Merge> merges) {
        Set<EStructuralFeature> done = new HashSet<>();
        Set<String> keywords = new java.util.LinkedHashSet<>(existing.getKeywords());
        List<String> newKeywords = new ArrayList<>();
        for (Merge m : merges) {
            Source in = m.incoming();
            if (m.fills().contains("authors") && done.add(P.getSource_Authors())) {
                List<Person> copies = new ArrayList<>(EcoreUtil.copyAll(in.getAuthors()));
                compound.append(new AddCommand(domain, existing, P.getSource_Authors(), copies));
            }
            if (m.fills().contains("editors") && done.add(P.getSource_Editors())) {
                List<Person> copies = new ArrayList<>(EcoreUtil.copyAll(in.getEditors()));
                compound.append(new AddCommand(domain, existing, P.getSource_Editors(), copies));
            }
            for (EAttribute a : FILLABLE) {
                if (m.fills().contains(a.getName()) && done.add(a)) {
                    compound.append(new SetCommand(domain, existing, a, in.eGet(a)));
                }
            }
            for (String k : in.getKeywords()) {
                if (keywords.add(k)) {
                    newKeywords.add(k);
                }
            }
        }
        if (!newKeywords.isEmpty()) {
            compound.append(new AddCommand(domain, existing, P.getSource_Keywords(), newKeywords));
        }
    }
}
