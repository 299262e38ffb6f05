package org.bridgework.contexts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.ContextRegistry.Adapted;
import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalContext;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The installed contexts as variants for {@code assemble --context ID}: the registry's adapted copy, its notes
 * (criterion notes become notes on the criterion) and the local service directory as an appendix.
 */
@Component
public class AssemblyVariantProvider implements VariantProvider {

    private final ContextRegistry registry;

    @Activate
    public AssemblyVariantProvider(@Reference ContextRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Context> contexts() {
        return registry.enabled().stream().map(AssemblyVariantProvider::context).toList();
    }

    private static Context context(LocalContext context) {
        return new Context(context.id(), context.name(), context.description());
    }

    @Override
    public Applied apply(GuidanceProject project, String contextId) {
        LocalContext context = registry.get(contextId).orElse(null);
        if (context == null) {
            return null;
        }
        Adapted adapted = registry.apply(project, context);
        List<Note> notes = new ArrayList<>();
        adapted.notes().forEach(n -> notes.add(new Note(n.id(), n.targetId(), n.text())));
        int i = 0;
        for (CriterionNote note : adapted.criterionNotes()) {
            Criterion criterion = Checks.criterion(adapted.project(), note);
            notes.add(new Note(contextId + "-criterion-note-" + (++i), criterion.getId(), note.text()));
        }
        List<AssembledDocument.Appendix> appendices = new ArrayList<>();
        if (!adapted.services().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (ServiceEntry service : adapted.services()) {
                rows.add(List.of(service.name(), kind(service.kind()), service.contact() + (service.url() == null ? "" : " " + service.url()),
                        service.note() == null ? "" : service.note()));
            }
            appendices.add(new AssembledDocument.Appendix(contextId + "-services", "Local services", List.of(new AssembledDocument.Table(
                    contextId + "-services-table", "Local services for this variant: complete the details locally before publishing",
                    List.of("Service", "Kind", "How to contact", "When to use it"), rows, true))));
        }
        return new Applied(adapted.project(), context(context), notes, appendices, adapted.problems());
    }

    @Override
    public Optional<String> unavailable(String contextId) {
        return registry.info(contextId).filter(info -> info.status() != Status.ENABLED).map(info -> "The local context '" + contextId + "' ("
                + info.bundle() + " " + info.version() + ") is " + info.status().name().toLowerCase(Locale.ROOT) + ": "
                + info.problems().stream().filter(p -> p.severity() != Severity.INFO).map(Problem::message).collect(Collectors.joining("; ")));
    }

    static String kind(ServiceEntry.Kind kind) {
        return switch (kind) {
            case NHS_TRUST -> "NHS trust";
            case INTEGRATED_CARE_BOARD -> "Integrated care board";
            case GP_PRACTICE -> "GP practice";
            case CRISIS_LINE -> "Crisis line";
            case VOLUNTARY_SECTOR -> "Voluntary sector";
            case HEP_SERVICE -> "Provider's own service";
            case OTHER -> "Other";
        };
    }
}
