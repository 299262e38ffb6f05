package org.bridgework.ui.casestudies.internal;

import org.bridgework.core.api.Ids;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Every change this bundle makes: an EMF command executed through the workbench (undo, dirty marker, recovery). */
final class Edits {

    private final WorkbenchContext context;

    Edits(WorkbenchContext context) {
        this.context = context;
    }

    /** Sets a single value; nothing when it is unchanged. Returns whether the model changed. */
    boolean set(EObject owner, EStructuralFeature feature, Object value) {
        if (Objects.equals(owner.eGet(feature), value)) {
            return false;
        }
        return run(d -> SetCommand.create(d, owner, feature, value));
    }

    /** Sets a text: blank text clears the value. */
    boolean setText(EObject owner, EStructuralFeature feature, String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        Object old = owner.eGet(feature);
        if (Objects.equals(old, value) || (value == null && (old == null || ((String) old).isBlank()))) {
            return false;
        }
        return set(owner, feature, value);
    }

    boolean add(EObject owner, EStructuralFeature feature, Object value) {
        return run(d -> AddCommand.create(d, owner, feature, value));
    }

    boolean remove(EObject owner, EStructuralFeature feature, Collection<?> values) {
        if (values.isEmpty()) {
            return false;
        }
        return run(d -> RemoveCommand.create(d, owner, feature, List.copyOf(values)));
    }

    boolean execute(Command command) {
        return context.execute(command);
    }

    private boolean run(java.util.function.Function<EditingDomain, Command> command) {
        return context.editingDomain().map(d -> context.execute(command.apply(d))).orElse(false);
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... whichever no element of the resource has as its id. */
    static String uniqueId(Resource resource, String base) {
        return resource == null || resource.getContents().isEmpty() ? base : Ids.unique(resource.getContents().get(0), base);
    }
}
