package org.bridgework.search.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * Keys of the indexed elements (model thread only): the id, or {@code ~n} when the id is blank or another element
 * already has it.
 */
final class IndexKeys {
    private final Map<EObject, String> keyOf = new IdentityHashMap<>();
    private final Map<String, EObject> byKey = new HashMap<>();
    private long generated;
    private boolean hasGenerated;

    String assign(EObject o) {
        String id = Documents.id(o);
        String key;
        if (id != null && !id.startsWith("~") && !byKey.containsKey(id)) {
            key = id;
        } else {
            key = "~" + (++generated);
            hasGenerated = true;
        }
        keyOf.put(o, key);
        byKey.put(key, o);
        return key;
    }

    String keyFor(EObject o) {
        String key = keyOf.get(o);
        return key != null ? key : assign(o);
    }

    String remove(EObject o) {
        String key = keyOf.remove(o);
        if (key != null) {
            byKey.remove(key);
        }
        return key;
    }

    EObject element(String key) {
        return key == null ? null : byKey.get(key);
    }

    void registerAll(GuidanceProject root) {
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Documents.isDocument(o)) {
                assign(o);
            }
        }
    }

    boolean hasGenerated() {
        return hasGenerated;
    }

    int size() {
        return keyOf.size();
    }
}
