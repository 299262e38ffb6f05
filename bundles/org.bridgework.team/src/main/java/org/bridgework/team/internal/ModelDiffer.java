package org.bridgework.team.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bridgework.model.Criterion;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Identified;
import org.bridgework.model.Section;
import org.bridgework.team.api.ElementChange;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Differences by element between two versions of a project (matched by id). */
public final class ModelDiffer {

    /** Features that record governance about the content, not the content: a change to them does not supersede a sign-off. */
    static final Set<EStructuralFeature> GOVERNANCE = Set.of(GuidancePackage.Literals.GUIDANCE_PROJECT__APPROVALS,
            GuidancePackage.Literals.GUIDANCE_PROJECT__DECISIONS);

    private ModelDiffer() {
    }

    static List<ElementChange> diff(EObject older, EObject newer, boolean contentOnly) {
        ModelMerger.Side before = new ModelMerger.Side(older);
        ModelMerger.Side after = new ModelMerger.Side(newer);
        Set<String> governance = new HashSet<>();
        if (contentOnly) {
            for (var e : after.byKey.entrySet()) {
                if (isGovernance(after, e.getKey())) {
                    governance.add(e.getKey());
                }
            }
            for (var e : before.byKey.entrySet()) {
                if (isGovernance(before, e.getKey())) {
                    governance.add(e.getKey());
                }
            }
        }
        List<ElementChange> changes = new ArrayList<>();
        for (Map.Entry<String, EObject> e : after.byKey.entrySet()) {
            String key = e.getKey();
            if (governance.contains(key)) {
                continue;
            }
            EObject now = e.getValue();
            EObject then = before.get(key);
            if (then == null) {
                changes.add(change(key, now, "added", List.of()));
                continue;
            }
            List<String> features = new ArrayList<>();
            for (EStructuralFeature f : ModelKeys.features(now.eClass())) {
                if (contentOnly && GOVERNANCE.contains(f)) {
                    continue;
                }
                Object a = ModelKeys.key(then, f);
                Object b = ModelKeys.key(now, f);
                if (ModelKeys.isContainment(f)) {
                    a = commonOrValues(a, after);
                    b = commonOrValues(b, before);
                }
                if (!Objects.equals(a, b)) {
                    features.add(f.getName());
                }
            }
            if (!Objects.equals(before.where.get(key), after.where.get(key))) {
                changes.add(change(key, now, "moved", features));
            } else if (!features.isEmpty()) {
                changes.add(change(key, now, "changed", features));
            }
        }
        for (Map.Entry<String, EObject> e : before.byKey.entrySet()) {
            if (!after.has(e.getKey()) && !governance.contains(e.getKey())) {
                changes.add(change(e.getKey(), e.getValue(), "deleted", List.of()));
            }
        }
        return changes;
    }

    private static boolean isGovernance(ModelMerger.Side side, String key) {
        ModelMerger.Location place = side.where.get(key);
        while (place != null) {
            if (place.parent().equals(ModelMerger.ROOT)) {
                return place.feature().equals("approvals") || place.feature().equals("decisions");
            }
            place = side.where.get(place.parent());
        }
        return false;
    }

    /** A containment's keys without children that exist on one side only (those are reported as added/deleted themselves). */
    @SuppressWarnings("unchecked")
    private static Object commonOrValues(Object key, ModelMerger.Side other) {
        List<String> result = new ArrayList<>();
        for (String k : (List<String>) key) {
            if (ModelKeys.isValueKey(k) || other.has(k)) {
                result.add(k);
            }
        }
        return result;
    }

    private static ElementChange change(String key, EObject element, String kind, List<String> features) {
        Section section = null;
        for (EObject e = element instanceof Section ? element.eContainer() : element; e != null; e = e.eContainer()) {
            if (e instanceof Section s) {
                section = s;
                break;
            }
        }
        String label = element instanceof Identified i ? i.getLabel() : key;
        if (element instanceof Criterion c && c.getCode() != null) {
            label = c.getCode();
        }
        return new ElementChange(key.isEmpty() ? "(project)" : key, words(element.eClass().getName()), label, kind, List.copyOf(features),
                section == null ? null : section.getId(), section == null ? null : section.getHeading());
    }

    /** "ReviewComment" to "review comment". */
    static String words(String className) {
        StringBuilder sb = new StringBuilder();
        for (char c : className.toCharArray()) {
            if (Character.isUpperCase(c) && sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toLowerCase(c));
        }
        String w = sb.toString();
        return w.equals("guidance project") ? "project" : w;
    }

    public static String sentence(List<ElementChange> changes) {
        return ElementChange.sentence(changes);
    }
}
