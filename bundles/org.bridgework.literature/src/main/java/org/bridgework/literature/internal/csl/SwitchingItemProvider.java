package org.bridgework.literature.internal.csl;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

/** The items of whichever renderer currently owns an engine. */
final class SwitchingItemProvider implements ItemDataProvider {

    private Map<String, CSLItemData> items = Map.of();

    void use(Map<String, CSLItemData> items) {
        this.items = items;
    }

    @Override
    public CSLItemData retrieveItem(String id) {
        return items.get(id);
    }

    @Override
    public Collection<String> getIds() {
        return List.copyOf(items.keySet());
    }
}
