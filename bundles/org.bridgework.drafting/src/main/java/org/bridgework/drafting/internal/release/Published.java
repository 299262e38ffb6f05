package org.bridgework.drafting.internal.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.core.api.InlineText;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Source;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/** The parts of a project that reach readers, and their texts: what the release rules look at. */
final class Published {

    /** Attributes that are notes for the team, never printed. */
    private static final Set<String> INTERNAL = Set.of("note", "audienceNotes", "abstractText", "confirmedState", "confirmedAt",
            "confirmedBy", "sentence", "evidenceId", "field", "id", "path", "citationKey", "url", "doi", "isbn", "statusLabel");

    /** One text a reader will see: the element it belongs to, the attribute and the text. */
    record Text(EObject element, String feature, String text) {
        String elementId() {
            for (EObject e = element; e != null; e = e.eContainer()) {
                if (e instanceof Identified i && i.getId() != null) {
                    return i.getId();
                }
            }
            return null;
        }
    }

    private Published() {
    }

    /** Every printed text: the document, the case studies and challenges it shows, quoted extracts, cited sources, glossary, criteria. */
    static List<Text> texts(GuidanceProject project) {
        Set<EObject> roots = new LinkedHashSet<>();
        if (project.getDocument() != null) {
            roots.add(project.getDocument());
            for (var it = project.getDocument().eAllContents(); it.hasNext();) {
                EObject e = it.next();
                if (e instanceof CaseStudyEmbed embed && embed.getCaseStudy() != null) {
                    roots.add(embed.getCaseStudy());
                } else if (e instanceof ChallengeTable table) {
                    table.getChallenges().forEach(c -> {
                        roots.add(c);
                        project.getSolutions().stream().filter(s -> s.getAddresses().contains(c)).forEach(roots::add);
                    });
                } else if (e instanceof ExtractQuote quote && quote.getExtract() != null) {
                    roots.add(quote.getExtract());
                }
            }
        }
        roots.addAll(project.getTerms());
        roots.addAll(project.getCriteria());
        Set<String> cited = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        for (EObject root : roots) {
            collect(root, texts, root instanceof org.bridgework.model.Extract);
        }
        for (Text t : texts) {
            InlineText.citations(t.text()).forEach(c -> c.items().forEach(i -> cited.add(i.key())));
        }
        for (Source s : project.getSources()) {
            if (s.getCitationKey() != null && cited.contains(s.getCitationKey())) {
                collect(s, texts, true);
            }
        }
        return texts;
    }

    private static void collect(EObject root, List<Text> texts, boolean shallow) {
        add(root, texts);
        if (shallow) {
            return;
        }
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (e instanceof org.bridgework.model.EvidenceLink || e instanceof org.bridgework.model.StatusChange
                    || e instanceof org.bridgework.model.WordingChange || e instanceof org.bridgework.model.ContactRole) {
                it.prune();
                continue;
            }
            add(e, texts);
        }
    }

    private static void add(EObject e, List<Text> texts) {
        for (EAttribute a : e.eClass().getEAllAttributes()) {
            if (a.getEType() != EcorePackage.Literals.ESTRING || a.isDerived() || a.isTransient() || INTERNAL.contains(a.getName())) {
                continue;
            }
            Object value = e.eGet(a);
            if (value instanceof String s) {
                texts.add(new Text(e, a.getName(), s));
            } else if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof String s) {
                        texts.add(new Text(e, a.getName(), s));
                    }
                }
            }
        }
    }
}
