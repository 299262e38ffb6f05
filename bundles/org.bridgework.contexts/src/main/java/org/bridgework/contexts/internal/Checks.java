package org.bridgework.contexts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.model.Block;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Section;
import org.bridgework.model.Term;
import org.eclipse.emf.ecore.EObject;

/** Checks on a context on its own (bad data disables it) and against a project (missing targets are warnings). */
public final class Checks {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Checks() {
    }

    /** What is wrong with the context itself; any ERROR disables it. */
    public static List<Problem> validate(LocalContext context) {
        List<Problem> problems = new ArrayList<>();
        String id = context.id();
        if (id == null || !SLUG.matcher(id).matches()) {
            problems.add(error(null, "the context id '" + id + "' is not a slug (lower-case letters, digits and hyphens)"));
        }
        if (context.name() == null || context.name().isBlank()) {
            problems.add(error(null, "context " + id + " has no name"));
        }
        Set<String> ids = new HashSet<>();
        for (LocalAdaptation adaptation : context.adaptations()) {
            if (adaptation.id() == null || adaptation.id().isBlank()) {
                problems.add(error(null, "context " + id + " has an adaptation without an id"));
            } else if (!ids.add(adaptation.id())) {
                problems.add(error(adaptation.id(), "context " + id + " has two adaptations with the id " + adaptation.id()));
            }
            if (adaptation.targetId() == null || adaptation.targetId().isBlank()) {
                problems.add(error(adaptation.id(), "adaptation " + adaptation.id() + " of context " + id + " has no target id"));
            }
            if (adaptation instanceof LocalAdaptation.Insert insert && insert.sections().isEmpty() && insert.blocks().isEmpty()) {
                problems.add(error(adaptation.id(), "addition " + adaptation.id() + " of context " + id + " adds nothing"));
            }
        }
        for (Term term : context.terms()) {
            if (term.getId() == null || term.getTerm() == null || term.getTerm().isBlank()) {
                problems.add(error(term.getId(), "context " + id + " has a glossary term without an id or a term"));
            } else if (!ids.add(term.getId())) {
                problems.add(error(term.getId(), "context " + id + " uses the id " + term.getId() + " twice"));
            }
        }
        for (CaseStudy caseStudy : context.caseStudies()) {
            if (caseStudy.getId() == null || caseStudy.getTitle() == null) {
                problems.add(error(caseStudy.getId(), "context " + id + " has a case study without an id or a title"));
            } else if (!ids.add(caseStudy.getId())) {
                problems.add(error(caseStudy.getId(), "context " + id + " uses the id " + caseStudy.getId() + " twice"));
            }
        }
        for (ServiceEntry service : context.services()) {
            if (service.id().isBlank() || service.name().isBlank()) {
                problems.add(error(service.id(), "context " + id + " has a service directory entry without an id or a name"));
            }
        }
        return problems;
    }

    /** Whether the context fits this project: every target exists and has the right kind, no id clashes. */
    public static List<Problem> check(LocalContext context, GuidanceProject project) {
        Map<String, EObject> index = index(project);
        List<Problem> problems = new ArrayList<>();
        String cid = context.id();
        for (LocalAdaptation adaptation : context.adaptations()) {
            EObject target = index.get(adaptation.targetId());
            if (target == null) {
                problems.add(warning(adaptation.id(), "context " + cid + ": adaptation " + adaptation.id() + " targets '" + adaptation.targetId()
                        + "', which is not in the project " + project.getId()));
                continue;
            }
            switch (adaptation) {
                case LocalAdaptation.Replace replace -> {
                    if (Applier.count(target, replace.find()) == 0) {
                        problems.add(warning(adaptation.id(), "context " + cid + ": replacement " + adaptation.id() + " looks for '" + replace.find()
                                + "' in " + adaptation.targetId() + ", which does not contain it"));
                    }
                }
                case LocalAdaptation.Insert insert -> {
                    if (!(target instanceof Section) && !(target instanceof Block)) {
                        problems.add(warning(adaptation.id(), "context " + cid + ": addition " + adaptation.id() + " targets " + adaptation.targetId()
                                + ", which is a " + target.eClass().getName() + ", not a section or block"));
                    }
                    for (EObject added : insert.sections()) {
                        clashes(added, index, cid, problems);
                    }
                    for (EObject added : insert.blocks()) {
                        clashes(added, index, cid, problems);
                    }
                }
                default -> {
                    // notes and omissions only need the target
                }
            }
        }
        for (Term term : context.terms()) {
            clashes(term, index, cid, problems);
        }
        for (CaseStudy caseStudy : context.caseStudies()) {
            clashes(caseStudy, index, cid, problems);
        }
        for (CriterionNote note : context.criterionNotes()) {
            boolean found = project.getCriteria().stream().anyMatch(c -> note.isAbout(c.getCode(), c.getId()));
            if (!found) {
                problems.add(warning(null, "context " + cid + ": a criterion note is about '" + note.criterion()
                        + "', which is neither the code nor the id of a criterion of the project " + project.getId()));
            }
        }
        return problems;
    }

    private static void clashes(EObject added, Map<String, EObject> index, String cid, List<Problem> problems) {
        List<EObject> all = new ArrayList<>();
        all.add(added);
        added.eAllContents().forEachRemaining(all::add);
        for (EObject object : all) {
            if (object instanceof Identified identified && identified.getId() != null && index.containsKey(identified.getId())) {
                problems.add(warning(identified.getId(), "context " + cid + " adds an element with the id " + identified.getId()
                        + ", which the project already uses"));
            }
        }
    }

    static Map<String, EObject> index(EObject root) {
        Map<String, EObject> index = new HashMap<>();
        if (root instanceof Identified identified && identified.getId() != null) {
            index.put(identified.getId(), root);
        }
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified identified && identified.getId() != null) {
                index.putIfAbsent(identified.getId(), o);
            }
        });
        return index;
    }

    /** A criterion of the project that a note is about, or null. */
    static Criterion criterion(GuidanceProject project, CriterionNote note) {
        return project.getCriteria().stream().filter(c -> note.isAbout(c.getCode(), c.getId())).findFirst().orElse(null);
    }

    static Problem error(String elementId, String message) {
        return new Problem(Severity.ERROR, "context-bad-data", elementId, message);
    }

    static Problem warning(String elementId, String message) {
        return new Problem(Severity.WARNING, "context-target", elementId, message);
    }
}
