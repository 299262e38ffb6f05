package ${package};

import java.util.List;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.osgi.service.component.annotations.Component;

/**
 * ${contextName}: what changes in the national guidance for this setting. Targets are ids of the national guidance
 * ({@code bridgework ids --sample --kind paragraph} lists them); the tests check each one exists.
 */
@Component(service = LocalContext.class)
public class InstitutionContext implements LocalContext {

    static final String ID = "${contextId}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "${contextName}";
    }

    @Override
    public String description() {
        return "The national guidance as it applies to ${contextName}.";
    }

    @Override
    public String vendor() {
        return "${vendor}";
    }

    @Override
    public Applicability applicability() {
        return Applicability.ANY;
    }

    @Override
    public List<LocalAdaptation> adaptations() {
        return List.of(new LocalAdaptation.Note(ID + "-note-planning", "p-sol-icb",
                "At ${contextName}, name the person who speaks for our students to the integrated care board (ICB)."));
    }
}
