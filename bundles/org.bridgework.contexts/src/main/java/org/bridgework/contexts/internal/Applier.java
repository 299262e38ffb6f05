package org.bridgework.contexts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.context.api.ContextRegistry.Adapted;
import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.core.api.Problem;
import org.bridgework.model.Block;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.bridgework.model.Term;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Applies a context to a copy of a project: the model-level half of a local variant (notes are left to renderers). */
final class Applier {

    private Applier() {
    }

    static Adapted apply(GuidanceProject project, LocalContext context) {
        GuidanceProject copy = EcoreUtil.copy(project);
        List<Problem> problems = new ArrayList<>();
        List<LocalAdaptation.Note> notes = new ArrayList<>();
        String cid = context.id();
        for (LocalAdaptation adaptation : context.adaptations()) {
            Map<String, EObject> index = Checks.index(copy);
            EObject target = index.get(adaptation.targetId());
            if (target == null) {
                problems.add(Checks.warning(adaptation.id(), "context " + cid + ": adaptation " + adaptation.id() + " was not applied: the project has no element '"
                        + adaptation.targetId() + "'"));
                continue;
            }
            switch (adaptation) {
                case LocalAdaptation.Note note -> notes.add(note);
                case LocalAdaptation.Omit omit -> EcoreUtil.delete(target, true);
                case LocalAdaptation.Replace replace -> {
                    if (replace(target, replace.find(), replace.replacement()) == 0) {
                        problems.add(Checks.warning(adaptation.id(), "context " + cid + ": replacement " + adaptation.id() + " found no '" + replace.find()
                                + "' in " + adaptation.targetId()));
                    }
                }
                case LocalAdaptation.Insert insert -> insert(target, insert, cid, problems);
            }
        }
        for (Term term : context.terms()) {
            if (Checks.index(copy).containsKey(term.getId())) {
                problems.add(Checks.warning(term.getId(), "context " + cid + ": the term " + term.getId() + " was not added: the project already has that id"));
            } else {
                copy.getTerms().add(term);
            }
        }
        for (CaseStudy caseStudy : context.caseStudies()) {
            if (Checks.index(copy).containsKey(caseStudy.getId())) {
                problems.add(Checks.warning(caseStudy.getId(), "context " + cid + ": the case study " + caseStudy.getId() + " was not added: the project already has that id"));
            } else {
                copy.getCaseStudies().add(caseStudy);
            }
        }
        List<CriterionNote> criterionNotes = new ArrayList<>();
        for (CriterionNote note : context.criterionNotes()) {
            if (Checks.criterion(copy, note) == null) {
                problems.add(Checks.warning(null, "context " + cid + ": the note on criterion '" + note.criterion() + "' was not applied: no such criterion"));
            } else {
                criterionNotes.add(note);
            }
        }
        return new Adapted(copy, cid, notes, criterionNotes, context.services(), problems);
    }

    private static void insert(EObject target, LocalAdaptation.Insert insert, String cid, List<Problem> problems) {
        if (target instanceof Section section) {
            section.getBlocks().addAll(insert.blocks());
            if (!insert.sections().isEmpty()) {
                siblings(section).addAll(siblings(section).indexOf(section) + 1, insert.sections());
            }
        } else if (target instanceof Block block && block.eContainer() instanceof Section holder) {
            holder.getBlocks().addAll(holder.getBlocks().indexOf(block) + 1, insert.blocks());
            if (!insert.sections().isEmpty()) {
                siblings(holder).addAll(siblings(holder).indexOf(holder) + 1, insert.sections());
            }
        } else {
            problems.add(Checks.warning(insert.id(), "context " + cid + ": addition " + insert.id() + " was not applied: " + insert.targetId()
                    + " is not a section or a block of a section"));
        }
    }

    @SuppressWarnings("unchecked")
    private static EList<Section> siblings(Section section) {
        EObject container = section.eContainer();
        return (EList<Section>) container.eGet(section.eContainmentFeature());
    }

    /** Occurrences of {@code find} in the target's own text attributes (not its id). */
    static int count(EObject target, String find) {
        int count = 0;
        for (String value : texts(target)) {
            for (int i = value.indexOf(find); i >= 0; i = value.indexOf(find, i + find.length())) {
                count++;
            }
        }
        // a checklist's items are objects of their own
        for (EObject child : target.eContents()) {
            if (!(child instanceof org.bridgework.model.Identified)) {
                count += count(child, find);
            }
        }
        return count;
    }

    static int replace(EObject target, String find, String replacement) {
        int count = 0;
        for (EAttribute attribute : target.eClass().getEAllAttributes()) {
            if (!editableText(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                @SuppressWarnings("unchecked")
                EList<String> values = (EList<String>) target.eGet(attribute);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (value != null && value.contains(find)) {
                        count += occurrences(value, find);
                        values.set(i, value.replace(find, replacement));
                    }
                }
            } else {
                Object value = target.eGet(attribute);
                if (value instanceof String text && text.contains(find)) {
                    count += occurrences(text, find);
                    target.eSet(attribute, text.replace(find, replacement));
                }
            }
        }
        for (EObject child : target.eContents()) {
            if (!(child instanceof org.bridgework.model.Identified)) {
                count += replace(child, find, replacement);
            }
        }
        return count;
    }

    private static int occurrences(String value, String find) {
        int count = 0;
        for (int i = value.indexOf(find); i >= 0; i = value.indexOf(find, i + find.length())) {
            count++;
        }
        return count;
    }

    private static List<String> texts(EObject target) {
        List<String> texts = new ArrayList<>();
        for (EAttribute attribute : target.eClass().getEAllAttributes()) {
            if (!editableText(attribute)) {
                continue;
            }
            Object value = target.eGet(attribute);
            if (value instanceof String text) {
                texts.add(text);
            } else if (value instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
            }
        }
        return texts;
    }

    private static boolean editableText(EAttribute attribute) {
        return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && attribute.isChangeable() && !attribute.isDerived()
                && !attribute.isID() && !attribute.isTransient();
    }
}
