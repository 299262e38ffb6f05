package org.bridgework.contexts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Term;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A context as the registry keeps it: read once (from a data file or, with a time limit, from a Java service),
 * checked, and immutable. Model objects are handed out as fresh copies, so a caller may add them to a project.
 */
record Snapshot(String id, String name, String description, String vendor, Applicability applicability, List<LocalAdaptation> adaptationList,
        List<Term> termList, List<CaseStudy> caseStudyList, List<CriterionNote> criterionNoteList, List<ServiceEntry> serviceList)
        implements LocalContext {

    Snapshot {
        applicability = applicability == null ? Applicability.ANY : applicability;
        adaptationList = adaptationList.stream().map(Snapshot::copy).toList();
        termList = copies(termList);
        caseStudyList = copies(caseStudyList);
        criterionNoteList = List.copyOf(criterionNoteList);
        serviceList = List.copyOf(serviceList);
    }

    /** Reads every part of a context once (this is where a Java context's code runs). */
    static Snapshot of(LocalContext context) {
        return new Snapshot(context.id(), context.name(), context.description(), context.vendor(), context.applicability(),
                nonNull(context.adaptations()), nonNull(context.terms()), nonNull(context.caseStudies()), nonNull(context.criterionNotes()),
                nonNull(context.services()));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    @Override
    public List<LocalAdaptation> adaptations() {
        return adaptationList.stream().map(Snapshot::copy).toList();
    }

    @Override
    public List<Term> terms() {
        return copies(termList);
    }

    @Override
    public List<CaseStudy> caseStudies() {
        return copies(caseStudyList);
    }

    @Override
    public List<CriterionNote> criterionNotes() {
        return criterionNoteList;
    }

    @Override
    public List<ServiceEntry> services() {
        return serviceList;
    }

    static LocalAdaptation copy(LocalAdaptation adaptation) {
        if (adaptation instanceof LocalAdaptation.Insert insert) {
            return new LocalAdaptation.Insert(insert.id(), insert.targetId(), copies(insert.sections()), copies(insert.blocks()));
        }
        return adaptation;
    }

    static <T extends EObject> List<T> copies(Collection<T> objects) {
        List<T> list = new ArrayList<>(EcoreUtil.copyAll(objects));
        return List.copyOf(list);
    }
}
