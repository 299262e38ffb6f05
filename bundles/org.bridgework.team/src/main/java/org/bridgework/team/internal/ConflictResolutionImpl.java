package org.bridgework.team.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.MergeConflict;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.bridgework.team.api.ConflictResolution;
import org.osgi.service.component.annotations.Component;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

@Component
public class ConflictResolutionImpl implements ConflictResolution {

    @Override
    public String resolve(GuidanceProject project, String conflictId, Take take, String value) {
        MergeConflict conflict = project.getMergeConflicts().stream().filter(c -> conflictId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no merge conflict '" + conflictId + "' in the project"
                        + (project.getMergeConflicts().isEmpty() ? " (it has none)." : "; it has " + ids(project) + ".")));
        if ((take == null) == (value == null)) {
            throw new IllegalArgumentException("choose a version with --take ours|theirs|base or give --value, not both.");
        }
        Map<String, EObject> byId = ModelKeys.index(project);
        String elementId = conflict.getElementId();
        EObject element = elementId == null || elementId.isEmpty() ? project : byId.get(elementId);
        String chosen = value != null ? value : switch (take) {
            case OURS -> conflict.getOursValue();
            case THEIRS -> conflict.getTheirsValue();
            case BASE -> conflict.getBaseValue();
        };
        String done;
        switch (conflict.getKind()) {
            case CHANGED_BOTH -> {
                requireElement(element, conflict);
                EStructuralFeature f = element.eClass().getEStructuralFeature(conflict.getFeature());
                if (f == null) {
                    throw new IllegalArgumentException(conflict.getId() + ": " + element.eClass().getName() + " has no feature '"
                            + conflict.getFeature() + "' to set; resolve it by hand in the workbench.");
                }
                set(element, f, chosen, byId);
                done = "set " + conflict.getFeature() + " of " + elementId + (value != null ? " to the value given" : " to " + name(take, conflict));
            }
            case DELETED_BY_THEIRS, DELETED_BY_OURS -> {
                if (value != null || take == Take.BASE) {
                    throw new IllegalArgumentException(conflict.getId() + ": " + elementId + " was deleted on one side and changed on the other; "
                            + "take ours or theirs (keep it or delete it).");
                }
                boolean delete = (conflict.getKind() == org.bridgework.model.MergeConflictKind.DELETED_BY_THEIRS) == (take == Take.THEIRS);
                if (delete && element != null) {
                    EcoreUtil.delete(element, true);
                    done = "deleted " + elementId;
                } else {
                    done = "kept " + elementId;
                }
            }
            case MOVED_BOTH -> {
                requireElement(element, conflict);
                if (value != null || chosen == null) {
                    throw new IllegalArgumentException(conflict.getId() + ": take ours or theirs (where " + elementId + " goes).");
                }
                int slash = chosen.lastIndexOf('/');
                EObject parent = chosen.substring(0, slash).isEmpty() ? project : byId.get(chosen.substring(0, slash));
                EStructuralFeature f = parent == null ? null : parent.eClass().getEStructuralFeature(chosen.substring(slash + 1));
                if (!(f instanceof EReference r) || !r.isContainment()) {
                    throw new IllegalArgumentException(conflict.getId() + ": " + chosen + " no longer exists; move " + elementId + " by hand.");
                }
                if (r.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> list = (EList<EObject>) parent.eGet(r);
                    list.add(element);
                } else {
                    parent.eSet(r, element);
                }
                done = "moved " + elementId + " to " + chosen;
            }
            case REORDERED_BOTH -> {
                requireElement(element, conflict);
                EStructuralFeature f = element.eClass().getEStructuralFeature(conflict.getFeature());
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) element.eGet(f);
                Map<String, EObject> present = new LinkedHashMap<>();
                for (EObject child : list) {
                    present.put(ModelKeys.targetKey(child), child);
                }
                List<EObject> ordered = new ArrayList<>();
                for (JsonElement id : JsonParser.parseString(chosen).getAsJsonArray()) {
                    EObject child = id.isJsonPrimitive() ? present.remove(id.getAsString()) : null;
                    if (child != null) {
                        ordered.add(child);
                    }
                }
                ordered.addAll(present.values());
                ECollections.setEList(list, ordered);
                done = "put " + conflict.getFeature() + " of " + elementId + " in " + (value != null ? "the order given" : name(take, conflict) + " order");
            }
            case REFERENCE_TO_DELETED -> {
                if (take != Take.THEIRS) {
                    throw new IllegalArgumentException(conflict.getId() + ": " + conflict.getOursValue()
                            + " was deleted; restore it first, then add the reference again, or accept with --take theirs.");
                }
                done = "accepted that the reference to " + conflict.getOursValue() + " is gone";
            }
            default -> throw new IllegalArgumentException("unknown kind of conflict " + conflict.getKind());
        }
        project.getMergeConflicts().remove(conflict);
        return conflict.getId() + " resolved: " + done + ".";
    }

    private static String name(Take take, MergeConflict conflict) {
        return switch (take) {
            case OURS -> MergeConflictRule.possessive(conflict.getOursLabel()) + " version";
            case THEIRS -> MergeConflictRule.possessive(conflict.getTheirsLabel()) + " version";
            case BASE -> "the common ancestor's version";
        };
    }

    private static void requireElement(EObject element, MergeConflict conflict) {
        if (element == null) {
            throw new IllegalArgumentException(conflict.getId() + ": the element " + conflict.getElementId() + " is no longer in the project; delete the conflict record by hand.");
        }
    }

    private static String ids(GuidanceProject project) {
        return String.join(", ", project.getMergeConflicts().stream().map(MergeConflict::getId).toList());
    }

    @SuppressWarnings("unchecked")
    static void set(EObject element, EStructuralFeature f, String text, Map<String, EObject> byId) {
        if (f instanceof EAttribute a) {
            if (a.isMany()) {
                List<Object> values = new ArrayList<>();
                if (text != null) {
                    for (JsonElement e : parseArray(text, f)) {
                        values.add(ModelKeys.parse(a, e.isJsonNull() ? null : e.getAsString()));
                    }
                }
                ECollections.setEList((EList<Object>) element.eGet(f), values);
            } else {
                try {
                    element.eSet(f, ModelKeys.parse(a, text));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a valid " + f.getName() + ": " + e.getMessage());
                }
            }
            return;
        }
        EReference r = (EReference) f;
        if (r.isContainment()) {
            List<EObject> children = new ArrayList<>();
            if (text != null) {
                JsonElement parsed = JsonParser.parseString(text);
                JsonArray array = parsed.isJsonArray() ? parsed.getAsJsonArray() : new JsonArray();
                if (parsed.isJsonObject()) {
                    array.add(parsed);
                }
                for (JsonElement e : array) {
                    EObject child = e.isJsonObject() ? ModelKeys.fromCanonical(r.getEReferenceType(), e.getAsJsonObject(), byId) : byId.get(e.getAsString());
                    if (child != null) {
                        children.add(child);
                    }
                }
            }
            if (r.isMany()) {
                ECollections.setEList((EList<EObject>) element.eGet(f), children);
            } else {
                element.eSet(f, children.isEmpty() ? null : children.get(0));
            }
            return;
        }
        if (r.isMany()) {
            List<EObject> targets = new ArrayList<>();
            if (text != null) {
                for (JsonElement e : parseArray(text, f)) {
                    EObject target = byId.get(e.getAsString());
                    if (target == null) {
                        throw new IllegalArgumentException("no element '" + e.getAsString() + "' in the project for " + f.getName() + ".");
                    }
                    targets.add(target);
                }
            }
            ECollections.setEList((EList<EObject>) element.eGet(f), targets);
        } else {
            EObject target = text == null ? null : byId.get(text);
            if (text != null && target == null) {
                throw new IllegalArgumentException("no element '" + text + "' in the project for " + f.getName() + ".");
            }
            element.eSet(f, target);
        }
    }

    private static JsonArray parseArray(String text, EStructuralFeature f) {
        try {
            return JsonParser.parseString(text).getAsJsonArray();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(f.getName() + " is a list: give it as a JSON array, for example [\"a\", \"b\"].");
        }
    }
}
