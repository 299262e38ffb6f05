package org.bridgework.team.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bridgework.model.Identified;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * How the merge and the differences see a model: elements with ids are matched by id; parts without ids (an author,
 * a rating, a checklist item) are values, compared and written as canonical JSON. Only persistent, changeable
 * features count.
 */
public final class ModelKeys {

    private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

    private ModelKeys() {
    }

    /** The id of an element that has one, else null (a value). */
    static String id(EObject object) {
        if (object instanceof Identified identified) {
            String id = identified.getId();
            return id == null || id.isBlank() ? null : id;
        }
        return null;
    }

    /** The features that are saved and can change, id excluded, in model order. */
    static List<EStructuralFeature> features(EClass eClass) {
        return FEATURES.computeIfAbsent(eClass, c -> {
            List<EStructuralFeature> result = new ArrayList<>();
            for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
                if (f.isTransient() || f.isDerived() || f.isVolatile() || !f.isChangeable()) {
                    continue;
                }
                if (f instanceof EAttribute a && a.isID()) {
                    continue;
                }
                if (f instanceof EReference r && r.isContainer()) {
                    continue;
                }
                result.add(f);
            }
            return List.copyOf(result);
        });
    }

    static boolean isContainment(EStructuralFeature f) {
        return f instanceof EReference r && r.isContainment();
    }

    static boolean isCrossReference(EStructuralFeature f) {
        return f instanceof EReference r && !r.isContainment();
    }

    /** An attribute value as text (null stays null). */
    static String text(EAttribute attribute, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String string) {
            return string;
        }
        EDataType type = attribute.getEAttributeType();
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return EcoreUtil.convertToString(type, value);
    }

    static Object parse(EAttribute attribute, String text) {
        if (text == null) {
            return null;
        }
        if (attribute.getEAttributeType().getInstanceClass() == byte[].class) {
            return Base64.getDecoder().decode(text);
        }
        return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
    }

    /**
     * The comparable key of one feature of an element: an attribute's text or texts, a reference's target id or ids,
     * a containment's child keys ('#id' for elements with ids, canonical JSON for values).
     */
    static Object key(EObject object, EStructuralFeature f) {
        if (object == null) {
            return null;
        }
        Object value = object.eGet(f);
        if (f instanceof EAttribute a) {
            if (a.isMany()) {
                List<String> texts = new ArrayList<>();
                for (Object v : (List<?>) value) {
                    texts.add(text(a, v));
                }
                return texts;
            }
            return text(a, value);
        }
        EReference r = (EReference) f;
        if (r.isContainment()) {
            List<String> keys = new ArrayList<>();
            for (EObject child : children(object, r)) {
                keys.add(childKey(child));
            }
            return keys;
        }
        if (r.isMany()) {
            List<String> ids = new ArrayList<>();
            for (Object v : (List<?>) value) {
                ids.add(targetKey((EObject) v));
            }
            return ids;
        }
        return value == null ? null : targetKey((EObject) value);
    }

    @SuppressWarnings("unchecked")
    static List<EObject> children(EObject object, EReference containment) {
        Object value = object.eGet(containment);
        if (containment.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /** A child's key: its id, or for a value its canonical JSON (which starts with '{', as no id does). */
    static String childKey(EObject child) {
        String id = id(child);
        return id != null ? id : canonical(child).toString();
    }

    static boolean isValueKey(String key) {
        return !key.isEmpty() && key.charAt(0) == '{';
    }

    /** A reference target's id (a value target, rare, by its canonical JSON). */
    static String targetKey(EObject target) {
        String id = id(target);
        return id != null ? id : canonical(target).toString();
    }

    /** A value (an element without an id, with what it contains) as JSON: '@' names its class. */
    static JsonObject canonical(EObject object) {
        JsonObject json = new JsonObject();
        json.addProperty("@", object.eClass().getName());
        String id = id(object);
        if (id != null) {
            json.addProperty("id", id);
        }
        for (EStructuralFeature f : features(object.eClass())) {
            if (!object.eIsSet(f)) {
                continue;
            }
            Object value = object.eGet(f);
            if (f instanceof EAttribute a) {
                if (a.isMany()) {
                    JsonArray array = new JsonArray();
                    for (Object v : (List<?>) value) {
                        array.add(text(a, v));
                    }
                    json.add(f.getName(), array);
                } else {
                    json.addProperty(f.getName(), text(a, value));
                }
            } else if (isContainment(f)) {
                JsonArray array = new JsonArray();
                for (EObject child : children(object, (EReference) f)) {
                    array.add(canonical(child));
                }
                json.add(f.getName(), f.isMany() ? array : array.get(0));
            } else if (f.isMany()) {
                JsonArray array = new JsonArray();
                for (Object v : (List<?>) value) {
                    array.add(targetKey((EObject) v));
                }
                json.add(f.getName(), array);
            } else {
                json.addProperty(f.getName(), targetKey((EObject) value));
            }
        }
        return json;
    }

    /**
     * Makes a value back from its canonical JSON; references are resolved by id with {@code byId} (unknown ids are
     * left out).
     */
    static EObject fromCanonical(EClass hint, JsonObject json, Map<String, ? extends EObject> byId) {
        String className = json.get("@").getAsString();
        EClass eClass = hint.getName().equals(className) ? hint
                : (EClass) hint.getEPackage().getEClassifier(className);
        EObject object = EcoreUtil.create(eClass);
        if (json.has("id") && object instanceof Identified identified) {
            identified.setId(json.get("id").getAsString());
        }
        for (EStructuralFeature f : features(eClass)) {
            JsonElement value = json.get(f.getName());
            if (value == null || value instanceof JsonNull) {
                continue;
            }
            set(object, f, value, byId);
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject object, EStructuralFeature f, JsonElement value, Map<String, ? extends EObject> byId) {
        if (f instanceof EAttribute a) {
            if (a.isMany()) {
                List<Object> list = (List<Object>) object.eGet(f);
                for (JsonElement e : value.getAsJsonArray()) {
                    list.add(parse(a, e.isJsonNull() ? null : e.getAsString()));
                }
            } else {
                object.eSet(f, parse(a, value.getAsString()));
            }
            return;
        }
        EReference r = (EReference) f;
        if (r.isContainment()) {
            if (r.isMany()) {
                List<EObject> list = (List<EObject>) object.eGet(f);
                for (JsonElement e : value.getAsJsonArray()) {
                    list.add(fromCanonical(r.getEReferenceType(), e.getAsJsonObject(), byId));
                }
            } else {
                object.eSet(f, fromCanonical(r.getEReferenceType(), value.getAsJsonObject(), byId));
            }
            return;
        }
        if (r.isMany()) {
            List<EObject> list = (List<EObject>) object.eGet(f);
            for (JsonElement e : value.getAsJsonArray()) {
                EObject target = byId.get(e.getAsString());
                if (target != null) {
                    list.add(target);
                }
            }
        } else {
            object.eSet(f, byId.get(value.getAsString()));
        }
    }

    /** A feature key as conflict text: plain text for single values, a JSON array for lists, null when unset. */
    @SuppressWarnings("unchecked")
    static String conflictText(Object key) {
        if (key == null) {
            return null;
        }
        if (key instanceof List<?> list) {
            JsonArray array = new JsonArray();
            for (String s : (List<String>) list) {
                if (s != null && s.startsWith("{")) {
                    array.add(JsonParser.parseString(s.replaceFirst("#\\d+$", "")));
                } else {
                    array.add(s);
                }
            }
            return array.toString();
        }
        return key.toString();
    }

    /** Every element with an id under (and including) {@code root}, by id; the first wins when ids repeat. */
    public static Map<String, EObject> index(EObject root) {
        Map<String, EObject> byId = new HashMap<>();
        String rootId = id(root);
        byId.put(rootId == null ? "" : rootId, root);
        collect(root, byId);
        return byId;
    }

    private static void collect(EObject parent, Map<String, EObject> byId) {
        for (EStructuralFeature f : features(parent.eClass())) {
            if (!isContainment(f)) {
                continue;
            }
            for (EObject child : children(parent, (EReference) f)) {
                String id = id(child);
                if (id != null) {
                    byId.putIfAbsent(id, child);
                    collect(child, byId);
                }
            }
        }
    }

    /** The key of an element (its id; "" for a root without one). */
    static String elementKey(EObject object) {
        String id = id(object);
        return id == null ? "" : id;
    }
}
