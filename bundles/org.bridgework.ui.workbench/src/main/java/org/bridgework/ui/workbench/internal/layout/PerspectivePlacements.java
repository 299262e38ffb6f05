package org.bridgework.ui.workbench.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;

/**
 * Where a perspective puts the views installed now: what the user left ({@link LayoutState.PerspectiveState}) over
 * the defaults (the views that name the perspective, in the stack they ask for). No widgets: split out of
 * {@link PartStacks}, which makes the tabs.
 */
final class PerspectivePlacements {
    private final Supplier<List<ViewContribution>> views;
    private final PartSites sites;

    PerspectivePlacements(Supplier<List<ViewContribution>> views, PartSites sites) {
        this.views = views;
        this.sites = sites;
    }

    /** The placements of the current perspective: what the user left, then defaults not seen before. */
    List<LayoutState.Placement> of(String perspective, LayoutState.PerspectiveState ps) {
        Map<String, ViewContribution> known = knownViews();
        List<LayoutState.Placement> result = new ArrayList<>();
        if (ps.shown != null) {
            for (LayoutState.Placement placement : ps.shown) {
                if (known.containsKey(placement.view) && PartStacks.STACKS.contains(placement.stack) && !contains(result, placement.view)) {
                    result.add(new LayoutState.Placement(placement.view, placement.stack));
                }
            }
        }
        for (ViewContribution view : known.values()) {
            String id = sites.safeId(view);
            if (isDefault(view, perspective) && !ps.closed.contains(id) && !contains(result, id)
                    && (ps.shown == null || !contains(ps.shown, id))) {
                result.add(new LayoutState.Placement(id, stackOf(view)));
            }
        }
        return result;
    }

    /** The views installed now, by id: the first registered of each id wins. */
    Map<String, ViewContribution> knownViews() {
        Map<String, ViewContribution> known = new LinkedHashMap<>();
        List<ViewContribution> all = new ArrayList<>(views.get());
        for (ViewContribution view : all) {
            String id = sites.safeId(view);
            if (id != null) {
                known.putIfAbsent(id, view);
            }
        }
        return known;
    }

    boolean isDefault(ViewContribution view, String perspectiveId) {
        Set<String> perspectives = sites.safe(view::perspectives, Set.<String>of());
        return perspectives != null && (perspectives.contains(perspectiveId) || perspectives.contains(Perspectives.ALL));
    }

    String stackOf(ViewContribution view) {
        String stack = sites.safe(view::stack, Stacks.LEFT);
        return PartStacks.STACKS.contains(stack) ? stack : Stacks.LEFT;
    }

    static boolean contains(List<LayoutState.Placement> placements, String view) {
        return placements.stream().anyMatch(p -> Objects.equals(p.view, view));
    }
}
