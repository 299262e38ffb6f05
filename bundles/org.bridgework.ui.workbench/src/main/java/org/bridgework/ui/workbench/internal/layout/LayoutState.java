package org.bridgework.ui.workbench.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the workbench remembers per user between runs (written as JSON by {@link LayoutStore}): the active
 * perspective, each perspective's arrangement of views as the user left it, the window's bounds and the
 * recently opened projects. Plain fields so that the JSON stays readable and old files keep loading.
 */
public final class LayoutState {
    /** Version of this file's layout; a file with another version is ignored. */
    public static final int VERSION = 1;

    int version = VERSION;
    String perspective;
    Map<String, PerspectiveState> perspectives = new LinkedHashMap<>();
    public List<String> recent = new ArrayList<>();
    int[] windowBounds;
    public boolean windowMaximized;

    /** One perspective as the user arranged it; null fields mean "the perspective's default". */
    static final class PerspectiveState {
        /** The views shown, in tab order, with their stack. */
        List<Placement> shown;
        /** Views of the perspective's default that the user closed. */
        Set<String> closed = new LinkedHashSet<>();
        /** Stacks the user minimised. */
        Set<String> minimized = new LinkedHashSet<>();
        /** Sash weights: left/centre/right columns, editor area/bottom. */
        int[] columns;
        int[] rows;
        /** The selected view per stack. */
        Map<String, String> selected = new LinkedHashMap<>();
    }

    /** A view in a stack. */
    static final class Placement {
        String view;
        String stack;

        Placement() {
        }

        Placement(String view, String stack) {
            this.view = view;
            this.stack = stack;
        }
    }

    PerspectiveState perspective(String id) {
        return perspectives.computeIfAbsent(id, k -> new PerspectiveState());
    }
}
