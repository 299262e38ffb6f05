package org.bridgework.ui.contexts.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.LocalContext;

/**
 * One row of the Extensions view: what the registry knows about a context bundle, the context itself when it is
 * active (for the details), and whether it can be uninstalled. Read off the UI thread (the registry may wait for
 * bundles that are starting).
 *
 * @param info      the registry's record
 * @param context   the active context, or {@code null} when it is disabled or refused
 * @param removable whether {@link ContextRegistry#uninstall(String)} can remove it
 */
record ExtensionRow(ContextInfo info, LocalContext context, boolean removable) {

    /** A key that stays the same across refreshes (for keeping the selection). */
    String key() {
        return info.bundleId() + "/" + info.id();
    }

    /** Reads every row from the registry now. */
    static List<ExtensionRow> load(ContextRegistry registry) {
        Map<String, LocalContext> enabled = registry.enabled().stream()
                .collect(Collectors.toMap(LocalContext::id, Function.identity(), (first, second) -> first));
        return registry.contexts().stream()
                .map(info -> new ExtensionRow(info, info.status() == ContextInfo.Status.ENABLED ? enabled.get(info.id()) : null,
                        registry.removable(info)))
                .toList();
    }
}
