package org.bridgework.contexts.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Release rule for a local context's variant: every entry of its service directory has real contact details, crisis
 * lines first (a reader in crisis must never meet "To be completed locally").
 */
@Component(service = ReleaseRule.class)
public class ServiceDirectoryReleaseRule implements ReleaseRule {

    public static final String CODE = "service-entry-incomplete";

    private final ContextRegistry registry;

    @Activate
    public ServiceDirectoryReleaseRule(@Reference ContextRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String id() {
        return "contexts.services";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        if (scope.contextId() == null) {
            return blockers;
        }
        LocalContext context = registry.get(scope.contextId()).orElse(null);
        if (context == null) {
            return blockers;
        }
        List<ServiceEntry> entries = new ArrayList<>(context.services());
        // crisis contacts above all
        entries.sort((a, b) -> Boolean.compare(b.kind() == ServiceEntry.Kind.CRISIS_LINE, a.kind() == ServiceEntry.Kind.CRISIS_LINE));
        for (ServiceEntry entry : entries) {
            String contact = entry.contact() == null ? "" : entry.contact().strip();
            if (contact.isEmpty() || contact.equalsIgnoreCase(ServiceEntry.TO_BE_COMPLETED) || contact.toLowerCase().contains("to be completed")) {
                boolean crisis = entry.kind() == ServiceEntry.Kind.CRISIS_LINE;
                blockers.add(new Blocker(CODE, context.id() + "/" + entry.id(), (crisis ? "The crisis contact '" : "The service '") + entry.name()
                        + "' of local context " + context.id() + " has no contact details ('" + ServiceEntry.TO_BE_COMPLETED + "').",
                        "Fill in the checked contact details in the context's service directory (context.guidance in its bundle), rebuild and reinstall it."));
            }
        }
        return blockers;
    }
}
