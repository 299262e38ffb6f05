package org.bridgework.core.api;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.eclipse.emf.ecore.EObject;

/**
 * Element ids, made one way everywhere: a slug from a title, and a variant of it that no element of the project has
 * yet ({@code base}, {@code base-2}, {@code base-3} ...).
 *
 * @since 1.2
 */
public final class Ids {

    /** Longest slug made from a title (a longer title is cut at a hyphen). */
    public static final int MAX_SLUG = 40;

    private Ids() {
    }

    /** "Crisis care — who does what?" becomes {@code crisis-care-who-does-what}; an empty result becomes {@code item}. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "").replaceAll("-$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The ids in use anywhere in the project (the root included). */
    public static Set<String> used(EObject root) {
        Set<String> ids = new HashSet<>();
        if (root instanceof Identified i && i.getId() != null) {
            ids.add(i.getId());
        }
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
            }
        });
        return ids;
    }

    /** True when some element of the project has this id. */
    public static boolean exists(GuidanceProject root, String id) {
        return used(root).contains(id);
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... whichever no element of the project has as its id. */
    public static String unique(EObject root, String base) {
        return unique(used(root), base);
    }

    /** As {@link #unique(EObject, String)} against a set of ids in use (which the new id is not added to). */
    public static String unique(Set<String> used, String base) {
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
