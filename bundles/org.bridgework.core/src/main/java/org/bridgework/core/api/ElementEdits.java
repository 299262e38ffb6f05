package org.bridgework.core.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.bridgework.model.Identified;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The structural edits of any model element — New (a child), Duplicate, Rename, Delete — each as one undoable EMF
 * command for the project's command stack, made the same way for the workbench's trees and for scripts. New and
 * duplicated elements get ids no element of the project has ({@link Ids#unique}).
 *
 * @since 1.5
 */
public final class ElementEdits {

    /** The attributes that name an element, in the order they are looked for. */
    private static final List<String> NAME_FEATURES = List.of("heading", "title", "name", "label", "code");

    private ElementEdits() {
    }

    /** The project root: elements without a container cannot be deleted, duplicated or renamed here. */
    private static boolean isRoot(EObject element) {
        return element.eContainer() == null;
    }

    /** Deletes the elements and every reference to them (one command); unexecutable for the root or nothing. */
    public static Command delete(EditingDomain domain, Collection<? extends EObject> elements) {
        if (elements.isEmpty() || elements.stream().anyMatch(ElementEdits::isRoot)) {
            return UnexecutableCommand.INSTANCE;
        }
        return DeleteCommand.create(domain, List.copyOf(elements));
    }

    /**
     * A copy of {@code element} (and everything it contains) just after it, with fresh ids; references from the copy
     * to other elements are kept. Unexecutable for the root or an element held by a single-valued containment.
     */
    public static Command duplicate(EditingDomain domain, EObject element) {
        if (isRoot(element) || !element.eContainmentFeature().isMany()) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject copy = EcoreUtil.copy(element);
        Set<String> used = Ids.used(EcoreUtil.getRootContainer(element));
        List<EObject> all = new ArrayList<>();
        all.add(copy);
        copy.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            if (o instanceof Identified i && i.getId() != null) {
                String id = Ids.unique(used, i.getId() + "-copy");
                used.add(id);
                i.setId(id);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> siblings = (List<Object>) element.eContainer().eGet(element.eContainmentFeature());
        Command add = AddCommand.create(domain, element.eContainer(), element.eContainmentFeature(), copy, siblings.indexOf(element) + 1);
        return new CommandWrapper("Duplicate", "Duplicate " + describe(element), add) {
            @Override
            public Collection<?> getAffectedObjects() {
                return List.of(copy);
            }
        };
    }

    /** The attribute that names {@code element} (heading, title, name, label or code), or null when it has none. */
    public static EAttribute nameFeature(EObject element) {
        for (String name : NAME_FEATURES) {
            if (element.eClass().getEStructuralFeature(name) instanceof EAttribute a && a.getEType() == EcorePackage.Literals.ESTRING
                    && !a.isMany() && a.isChangeable()) {
                return a;
            }
        }
        return null;
    }

    /** Sets the element's name ({@link #nameFeature}); unexecutable when it has none or the name is blank. */
    public static Command rename(EditingDomain domain, EObject element, String name) {
        EAttribute feature = nameFeature(element);
        if (feature == null || name == null || name.isBlank()) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, element, feature, name.strip());
    }

    /** The kinds of child that can be added to {@code owner}, as EMF.Edit describes them (one per containment and class). */
    public static List<CommandParameter> newChildren(EditingDomain domain, EObject owner) {
        List<CommandParameter> out = new ArrayList<>();
        for (Object d : domain.getNewChildDescriptors(owner, null)) {
            if (d instanceof CommandParameter p && p.getEStructuralFeature() instanceof EReference r && r.isContainment()
                    && p.getValue() instanceof EObject) {
                out.add(p);
            }
        }
        return out;
    }

    /** Adds the child a descriptor of {@link #newChildren} describes, with a fresh id; one command. */
    public static Command newChild(EditingDomain domain, EObject owner, CommandParameter descriptor) {
        if (descriptor.getValue() instanceof Identified child && child.getId() == null) {
            child.setId(Ids.unique(EcoreUtil.getRootContainer(owner), Ids.slug(child.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2"))));
        }
        return CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
    }

    /** A short description for a command's label: the element's kind and id. */
    private static String describe(EObject element) {
        return element.eClass().getName() + (element instanceof Identified i && i.getId() != null ? " " + i.getId() : "");
    }
}
