package org.bridgework.team.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.MergeConflictKind;
import org.bridgework.team.api.MergeResult;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One three-way merge (see {@link org.bridgework.team.api.ModelMerge}). Decides first, reading the three versions
 * only: which elements the result has and where each lives (parent and containment feature), then the value of every
 * feature of every element present on both sides; then applies the decisions to {@code ours}, moving elements from
 * {@code theirs} in where needed, and finally points every reference at the result's element of the same id.
 */
final class ModelMerger {

    /** Where an element lives: its parent's key and the containment feature's name. */
    record Location(String parent, String feature) {
        @Override
        public String toString() {
            return parent + "/" + feature;
        }
    }

    /** The root's key on every side (its id may differ or be missing). */
    static final String ROOT = "";

    private final GuidanceProject ours;
    private final Side base;
    private final Side mine;
    private final Side their;
    private final String oursLabel;
    private final String theirsLabel;

    /** The result's elements by key: the object that will be in the result (ours where we have it). */
    private final Map<String, EObject> result = new HashMap<>();
    private final Map<String, Location> location = new HashMap<>();
    /** Keys whose result object comes from theirs (added there, or restored after we deleted it). */
    private final Set<String> fromTheirs = new HashSet<>();
    private final List<MergeConflict> conflicts = new ArrayList<>();
    /** Values' canonical JSON, computed once per object. */
    private final Map<EObject, String> valueKeys = new java.util.IdentityHashMap<>();
    private int takenFromTheirs;

    ModelMerger(GuidanceProject base, GuidanceProject ours, GuidanceProject theirs, String oursLabel, String theirsLabel) {
        this.ours = ours;
        this.base = new Side(base);
        this.mine = new Side(ours);
        this.their = new Side(theirs);
        this.oursLabel = oursLabel == null ? "ours" : oursLabel;
        this.theirsLabel = theirsLabel == null ? "theirs" : theirsLabel;
    }

    /** One version: its elements by key and where each lives. */
    static final class Side {
        final EObject root;
        final Map<String, EObject> byKey = new LinkedHashMap<>();
        final Map<String, Location> where = new HashMap<>();

        Side(EObject root) {
            this.root = root;
            byKey.put(ROOT, root);
            walk(root, ROOT);
        }

        private void walk(EObject parent, String parentKey) {
            for (EStructuralFeature f : ModelKeys.features(parent.eClass())) {
                if (!ModelKeys.isContainment(f)) {
                    continue;
                }
                for (EObject child : ModelKeys.children(parent, (EReference) f)) {
                    String id = ModelKeys.id(child);
                    if (id != null && !byKey.containsKey(id)) {
                        byKey.put(id, child);
                        where.put(id, new Location(parentKey, f.getName()));
                        walk(child, id);
                    }
                }
            }
        }

        EObject get(String key) {
            return byKey.get(key);
        }

        boolean has(String key) {
            return byKey.containsKey(key);
        }
    }

    MergeResult merge() {
        String rootKey = ROOT;
        decidePresence(rootKey);
        List<Runnable> changes = new ArrayList<>();
        planFeatures(changes);
        planContainments(changes);
        changes.forEach(Runnable::run);
        fixReferences();
        recordConflicts(rootKey);
        return new MergeResult(List.copyOf(conflicts), takenFromTheirs);
    }

    // ---------------------------------------------------------------- presence and location

    private void decidePresence(String rootKey) {
        result.put(rootKey, ours);
        Set<String> keptWhole = new HashSet<>();
        for (Map.Entry<String, EObject> e : mine.byKey.entrySet()) {
            String key = e.getKey();
            if (key.equals(rootKey)) {
                continue;
            }
            Location ourPlace = mine.where.get(key);
            if (their.has(key)) {
                result.put(key, e.getValue());
                location.put(key, mergeLocation(key, ourPlace));
            } else if (!base.has(key)) {
                result.put(key, e.getValue()); // added by us
                location.put(key, ourPlace);
            } else if (keptWhole.contains(ourPlace.parent()) || keptWhole.contains(key)) {
                keptWhole.add(key);
                result.put(key, e.getValue());
                location.put(key, ourPlace);
            } else if (subtreeChanged(mine, key)) {
                // they deleted what we changed: keep ours, whole, and say so once for the topmost element
                keptWhole.add(key);
                result.put(key, e.getValue());
                location.put(key, ourPlace);
                conflict(MergeConflictKind.DELETED_BY_THEIRS, key, e.getValue(), "", "present", "changed", "deleted");
            }
            // else: they deleted it and we did not touch it - gone
        }
        Set<String> restoredWhole = new HashSet<>();
        for (Map.Entry<String, EObject> e : their.byKey.entrySet()) {
            String key = e.getKey();
            if (key.equals(rootKey) || mine.has(key)) {
                continue;
            }
            Location theirPlace = their.where.get(key);
            if (!base.has(key)) {
                result.put(key, e.getValue()); // added by them
                location.put(key, theirPlace);
                fromTheirs.add(key);
            } else if (restoredWhole.contains(theirPlace.parent())) {
                restoredWhole.add(key);
                result.put(key, e.getValue());
                location.put(key, theirPlace);
                fromTheirs.add(key);
            } else if (subtreeChanged(their, key)) {
                restoredWhole.add(key);
                result.put(key, e.getValue());
                location.put(key, theirPlace);
                fromTheirs.add(key);
                conflict(MergeConflictKind.DELETED_BY_OURS, key, e.getValue(), "", "present", "deleted", "changed");
            }
            // else: we deleted it and they did not touch it - gone
        }
        // an element whose parent is not in the result (its parent was deleted on the side that moved it there) goes to
        // the other side's place when that parent survives; if none does, it stays out and the conflict keeps it as text
        for (String key : new ArrayList<>(location.keySet())) {
            Location place = location.get(key);
            if (!result.containsKey(place.parent()) && result.containsKey(key)) {
                Location other = fromTheirs.contains(key) ? mine.where.get(key) : their.where.get(key);
                if (other != null && result.containsKey(other.parent())) {
                    location.put(key, other);
                } else {
                    EObject lost = result.remove(key);
                    location.remove(key);
                    conflict(MergeConflictKind.DELETED_BY_OURS, key, lost, "", "present",
                            "deleted with its parent " + place.parent(), ModelKeys.canonical(lost).toString());
                }
            }
        }
    }

    private Location mergeLocation(String key, Location ourPlace) {
        Location theirPlace = their.where.get(key);
        Location basePlace = base.where.get(key);
        if (Objects.equals(ourPlace, theirPlace)) {
            return ourPlace;
        }
        if (Objects.equals(ourPlace, basePlace)) {
            takenFromTheirs++;
            return theirPlace;
        }
        if (Objects.equals(theirPlace, basePlace)) {
            return ourPlace;
        }
        conflict(MergeConflictKind.MOVED_BOTH, key, mine.get(key), "",
                basePlace == null ? null : basePlace.toString(), ourPlace.toString(), theirPlace.toString());
        return ourPlace;
    }

    /** True when {@code side} changed the element or anything in it since the base (or added something to it). */
    private boolean subtreeChanged(Side side, String key) {
        Deque<String> todo = new ArrayDeque<>();
        todo.push(key);
        while (!todo.isEmpty()) {
            String k = todo.pop();
            EObject now = side.get(k);
            EObject then = base.get(k);
            if (then == null || !Objects.equals(side.where.get(k), base.where.get(k))) {
                return true;
            }
            for (EStructuralFeature f : ModelKeys.features(now.eClass())) {
                if (!Objects.equals(ModelKeys.key(now, f), ModelKeys.key(then, f))) {
                    return true;
                }
                if (ModelKeys.isContainment(f)) {
                    for (EObject child : ModelKeys.children(now, (EReference) f)) {
                        String id = ModelKeys.id(child);
                        if (id != null) {
                            todo.push(id);
                        }
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- features

    private void planFeatures(List<Runnable> changes) {
        for (Map.Entry<String, EObject> e : result.entrySet()) {
            String key = e.getKey();
            if (fromTheirs.contains(key) || !their.has(key)) {
                continue; // one side only: its values stand (references are re-pointed afterwards)
            }
            EObject o = e.getValue();
            EObject t = their.get(key);
            EObject b = base.get(key);
            if (o.eClass() != t.eClass()) {
                conflict(MergeConflictKind.CHANGED_BOTH, key, o, "type",
                        b == null ? null : b.eClass().getName(), o.eClass().getName(), t.eClass().getName());
                continue;
            }
            for (EStructuralFeature f : ModelKeys.features(o.eClass())) {
                if (ModelKeys.isContainment(f)) {
                    continue;
                }
                if (f instanceof EAttribute && !f.isMany() && Objects.equals(o.eGet(f), t.eGet(f))) {
                    continue;
                }
                Object ok = ModelKeys.key(o, f);
                Object tk = ModelKeys.key(t, f);
                if (Objects.equals(ok, tk)) {
                    continue;
                }
                Object bk = b == null ? null : ModelKeys.key(b, f);
                if (b != null && Objects.equals(ok, bk)) {
                    takenFromTheirs++;
                    changes.add(() -> copyValue(t, o, f));
                } else if (b != null && Objects.equals(tk, bk)) {
                    // ours stands
                } else if (f.isMany() && f instanceof EReference) {
                    List<String> merged = mergeList(asList(bk), asList(ok), asList(tk), unionMembers(asList(bk), asList(ok), asList(tk)), key, f.getName());
                    changes.add(() -> setReferences(o, (EReference) f, merged));
                } else {
                    conflict(MergeConflictKind.CHANGED_BOTH, key, o, f.getName(),
                            ModelKeys.conflictText(bk), ModelKeys.conflictText(ok), ModelKeys.conflictText(tk));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object key) {
        return key == null ? List.of() : (List<String>) key;
    }

    @SuppressWarnings("unchecked")
    private static void copyValue(EObject from, EObject to, EStructuralFeature f) {
        Object value = from.eGet(f);
        if (f.isMany()) {
            ECollections.setEList((EList<Object>) to.eGet(f), new ArrayList<>((List<Object>) value));
        } else {
            to.eSet(f, value);
        }
    }

    /** Sets a reference list to the result's elements of these ids (targets not in the result are left out here and reported). */
    @SuppressWarnings("unchecked")
    private void setReferences(EObject owner, EReference reference, List<String> ids) {
        List<EObject> targets = new ArrayList<>();
        for (String id : ids) {
            EObject target = result.get(id);
            if (target != null) {
                targets.add(target);
            }
        }
        ECollections.setEList((EList<EObject>) owner.eGet(reference), targets);
    }

    /** Three-way set membership: in both, or added by one side; what either side removed is gone. */
    private static Set<String> unionMembers(List<String> b, List<String> o, List<String> t) {
        Set<String> bs = new HashSet<>(b);
        Set<String> os = new HashSet<>(o);
        Set<String> ts = new HashSet<>(t);
        Set<String> members = new LinkedHashSet<>();
        for (String k : o) {
            if (ts.contains(k) || !bs.contains(k)) {
                members.add(k);
            }
        }
        for (String k : t) {
            if (os.contains(k) || !bs.contains(k)) {
                members.add(k);
            }
        }
        return members;
    }

    // ---------------------------------------------------------------- containment lists

    private void planContainments(List<Runnable> changes) {
        Map<Location, List<String>> placed = new HashMap<>();
        for (Map.Entry<String, Location> e : location.entrySet()) {
            if (result.containsKey(e.getKey())) {
                placed.computeIfAbsent(e.getValue(), l -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (Map.Entry<String, EObject> e : result.entrySet()) {
            String key = e.getKey();
            EObject object = e.getValue();
            boolean merged = !fromTheirs.contains(key) && their.has(key);
            EObject o = mine.get(key);
            EObject t = their.get(key);
            EObject b = base.get(key);
            for (EStructuralFeature f : ModelKeys.features(object.eClass())) {
                if (!ModelKeys.isContainment(f)) {
                    continue;
                }
                EReference containment = (EReference) f;
                List<String> ids = placed.getOrDefault(new Location(key, f.getName()), List.of());
                List<String> ok = keysOf(o, containment);
                List<String> tk = keysOf(t, containment);
                if (merged && ok.equals(tk) && sameIdentified(ids, ok)) {
                    continue; // both sides agree and every child stays: nothing to do
                }
                List<String> bk = keysOf(b, containment);
                Set<String> members = new LinkedHashSet<>();
                for (String id : ids) {
                    members.add(id);
                }
                // values (parts without ids): only where both sides have the element; else the one side's values stand
                Map<String, EObject> values = new HashMap<>();
                List<String> source = fromTheirs.contains(key) ? tk : ok;
                EObject sourceObject = fromTheirs.contains(key) ? t : o;
                collectValues(sourceObject, containment, values);
                if (merged) {
                    collectValues(t, containment, values);
                    Set<String> valueMembers = unionMembers(valuesOnly(bk), valuesOnly(ok), valuesOnly(tk));
                    members.addAll(valueMembers);
                } else {
                    members.addAll(valuesOnly(source));
                }
                List<String> order = merged
                        ? mergeList(bk, ok, tk, members, key, f.getName())
                        : mergeList(List.of(), source, fromTheirs.contains(key) ? ok : tk, members, key, f.getName());
                List<EObject> planned = new ArrayList<>(order.size());
                for (String k : order) {
                    EObject child = ModelKeys.isValueKey(k) ? values.get(k) : result.get(k);
                    if (child != null) {
                        planned.add(child);
                    }
                }
                if (!containment.isMany() && planned.size() > 1) {
                    conflict(MergeConflictKind.CHANGED_BOTH, key, object, f.getName(), ModelKeys.conflictText(bk),
                            ModelKeys.conflictText(ok), ModelKeys.conflictText(tk));
                    EObject keep = planned.get(0);
                    planned = new ArrayList<>(List.of(keep));
                }
                List<EObject> current = ModelKeys.children(object, containment);
                if (!sameObjects(current, planned)) {
                    if (merged && !order.equals(ok)) {
                        takenFromTheirs++;
                    }
                    List<EObject> finalPlanned = planned;
                    changes.add(() -> setContainment(object, containment, finalPlanned));
                }
            }
        }
    }

    /** True when the children with ids placed here are exactly those in {@code keys}. */
    private static boolean sameIdentified(List<String> placedIds, List<String> keys) {
        int identified = 0;
        for (String k : keys) {
            if (!ModelKeys.isValueKey(k)) {
                identified++;
            }
        }
        if (identified != placedIds.size()) {
            return false;
        }
        if (identified == 0) {
            return true;
        }
        Set<String> set = new HashSet<>(placedIds);
        for (String k : keys) {
            if (!ModelKeys.isValueKey(k) && !set.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private List<String> keysOf(EObject object, EReference containment) {
        if (object == null) {
            return List.of();
        }
        List<EObject> children = ModelKeys.children(object, containment);
        if (children.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(children.size());
        boolean values = false;
        for (EObject child : children) {
            String id = ModelKeys.id(child);
            if (id != null) {
                keys.add(id);
            } else {
                keys.add(valueKeys.computeIfAbsent(child, ModelKeys::childKey));
                values = true;
            }
        }
        return values ? numbered(keys) : keys;
    }

    /** Repeated values get '#2', '#3' ... after their JSON so that each occurrence has its own key. */
    private static List<String> numbered(List<String> keys) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> result = new ArrayList<>(keys.size());
        for (String k : keys) {
            if (!ModelKeys.isValueKey(k)) {
                result.add(k);
                continue;
            }
            int n = seen.merge(k, 1, Integer::sum);
            result.add(n == 1 ? k : k + "#" + n);
        }
        return result;
    }

    private static List<String> valuesOnly(List<String> keys) {
        List<String> values = new ArrayList<>();
        for (String k : keys) {
            if (ModelKeys.isValueKey(k)) {
                values.add(k);
            }
        }
        return values;
    }

    private void collectValues(EObject object, EReference containment, Map<String, EObject> values) {
        if (object == null) {
            return;
        }
        List<EObject> children = ModelKeys.children(object, containment);
        List<String> keys = keysOf(object, containment);
        for (int i = 0; i < children.size(); i++) {
            if (ModelKeys.isValueKey(keys.get(i))) {
                values.putIfAbsent(keys.get(i), children.get(i));
            }
        }
    }

    private static boolean sameObjects(List<EObject> a, List<EObject> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void setContainment(EObject owner, EReference containment, List<EObject> children) {
        if (containment.isMany()) {
            ECollections.setEList((EList<EObject>) owner.eGet(containment), children);
        } else {
            owner.eSet(containment, children.isEmpty() ? null : children.get(0));
        }
    }

    /**
     * The order of a merged list: the side that reordered what both kept leads (ours when neither did, or both did:
     * then a conflict); what only the other side has goes after its nearest predecessor there.
     */
    private List<String> mergeList(List<String> b, List<String> o, List<String> t, Set<String> members, String key, String feature) {
        Set<String> inB = new HashSet<>(b);
        Set<String> inO = new HashSet<>(o);
        Set<String> inT = new HashSet<>(t);
        List<String> bc = new ArrayList<>();
        for (String k : b) {
            if (inO.contains(k) && inT.contains(k)) {
                bc.add(k);
            }
        }
        List<String> oc = filter(o, k -> inB.contains(k) && inT.contains(k));
        List<String> tc = filter(t, k -> inB.contains(k) && inO.contains(k));
        boolean oursReordered = !oc.equals(bc);
        boolean theirsReordered = !tc.equals(bc);
        List<String> primary = o;
        List<String> secondary = t;
        if (theirsReordered && !oursReordered) {
            primary = t;
            secondary = o;
        } else if (theirsReordered && !oc.equals(tc)) {
            conflict(MergeConflictKind.REORDERED_BOTH, key, result.get(key), feature,
                    ModelKeys.conflictText(b), ModelKeys.conflictText(o), ModelKeys.conflictText(t));
        }
        List<String> merged = filter(primary, members::contains);
        if (merged.size() == members.size()) {
            return merged;
        }
        Set<String> placedKeys = new HashSet<>(merged);
        List<String> rest = new ArrayList<>();
        for (String k : secondary) {
            if (members.contains(k) && !placedKeys.contains(k)) {
                rest.add(k);
            }
        }
        for (String k : members) {
            if (!placedKeys.contains(k) && !rest.contains(k)) {
                rest.add(k);
            }
        }
        Map<String, Integer> secondaryIndex = new HashMap<>();
        for (int i = 0; i < secondary.size(); i++) {
            secondaryIndex.putIfAbsent(secondary.get(i), i);
        }
        for (String k : rest) {
            int at = -1;
            Integer idx = secondaryIndex.get(k);
            if (idx != null) {
                for (int i = idx - 1; i >= 0 && at < 0; i--) {
                    String before = secondary.get(i);
                    if (placedKeys.contains(before)) {
                        at = merged.indexOf(before) + 1;
                    }
                }
                if (at < 0) {
                    at = 0; // first in the other side's list: first here too
                }
            } else {
                at = merged.size();
            }
            merged.add(at, k);
            placedKeys.add(k);
        }
        return merged;
    }

    private static List<String> filter(List<String> list, java.util.function.Predicate<String> keep) {
        List<String> result = new ArrayList<>(list.size());
        for (String k : list) {
            if (keep.test(k)) {
                result.add(k);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- references

    /** Points every cross-reference in the result at the result's element of the same id; drops (and reports) the rest. */
    @SuppressWarnings("unchecked")
    private void fixReferences() {
        for (var it = ours.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            fixReferencesOf(object);
        }
        fixReferencesOf(ours);
    }

    @SuppressWarnings("unchecked")
    private void fixReferencesOf(EObject object) {
        for (EStructuralFeature f : ModelKeys.features(object.eClass())) {
            if (!ModelKeys.isCrossReference(f) || !object.eIsSet(f)) {
                continue;
            }
            if (f.isMany()) {
                EList<EObject> list = (EList<EObject>) object.eGet(f);
                List<EObject> fixed = null;
                for (int i = 0; i < list.size(); i++) {
                    EObject target = list.get(i);
                    EObject replacement = replacement(target);
                    if (replacement != target && fixed == null) {
                        fixed = new ArrayList<>(list.subList(0, i));
                    }
                    if (replacement == null) {
                        danglingReference(object, f, target);
                    } else if (fixed != null) {
                        fixed.add(replacement);
                    }
                }
                if (fixed != null) {
                    ECollections.setEList(list, fixed);
                }
            } else {
                EObject target = (EObject) object.eGet(f);
                EObject replacement = replacement(target);
                if (replacement != target) {
                    if (replacement == null) {
                        danglingReference(object, f, target);
                    }
                    object.eSet(f, replacement);
                }
            }
        }
    }

    private EObject replacement(EObject target) {
        if (target instanceof GuidanceProject) {
            return ours;
        }
        String id = ModelKeys.id(target);
        if (id == null) {
            return target;
        }
        EObject inResult = result.get(id);
        if (inResult != null && inResult.eClass() == target.eClass()) {
            return inResult;
        }
        return inResult != null ? inResult : null;
    }

    private void danglingReference(EObject owner, EStructuralFeature f, EObject target) {
        EObject element = owner;
        while (element != null && ModelKeys.id(element) == null) {
            element = element.eContainer();
        }
        String key = element == null ? "" : ModelKeys.elementKey(element);
        String path = element == owner ? f.getName() : owner.eClass().getName() + "." + f.getName();
        conflict(MergeConflictKind.REFERENCE_TO_DELETED, key, element, path, ModelKeys.id(target),
                ModelKeys.id(target), "(deleted)");
    }

    // ---------------------------------------------------------------- conflicts

    private void conflict(MergeConflictKind kind, String key, EObject element, String feature, String baseValue, String oursValue,
            String theirsValue) {
        MergeConflict conflict = GuidanceFactory.eINSTANCE.createMergeConflict();
        conflict.setKind(kind);
        conflict.setElementId(key);
        if (element instanceof Identified identified) {
            String label = identified.getLabel();
            conflict.setElementLabel(label == null || label.equals(key) ? element.eClass().getName() : element.eClass().getName() + " '" + label + "'");
        }
        conflict.setFeature(feature);
        conflict.setBaseValue(baseValue);
        conflict.setOursValue(oursValue);
        conflict.setTheirsValue(theirsValue);
        conflict.setOursLabel(oursLabel);
        conflict.setTheirsLabel(theirsLabel);
        conflicts.add(conflict);
    }

    private void recordConflicts(String rootKey) {
        if (conflicts.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>(ModelKeys.index(ours).keySet());
        int n = 1;
        for (MergeConflict conflict : conflicts) {
            while (used.contains("conflict-" + n)) {
                n++;
            }
            conflict.setId("conflict-" + n);
            used.add(conflict.getId());
            ours.getMergeConflicts().add(conflict);
        }
    }

    static List<MergeConflict> sorted(List<MergeConflict> conflicts) {
        List<MergeConflict> copy = new ArrayList<>(conflicts);
        Collections.sort(copy, (a, b) -> a.getId().compareTo(b.getId()));
        return copy;
    }
}
