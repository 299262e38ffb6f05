package org.bridgework.core.internal.cli;



import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.core.api.ElementEdits;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ModelEditCommand;
import org.bridgework.core.cli.ProjectOptions;
import org.bridgework.core.cli.ProjectSelection;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bridgework element new|delete|rename|duplicate}: the trees' context-menu edits on the command line, each the
 * same one undoable change ({@link ElementEdits}) the workbench makes, under the project's lock, with
 * {@code --dry-run} and {@code --json}.
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=element", CommandContribution.SUMMARY_PROPERTY + "=" + ElementCommand.SUMMARY})
public class ElementCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Add, delete, rename or duplicate an element of a project by its id (see 'bridgework ids'), as the workbench's context menus do: each one undoable change, saved under the project's lock.";

    private final ProjectService projects;

    @Activate
    public ElementCommand(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return "element";
    }

    @Override
    public Object create() {
        return new Element(projects);
    }

    @picocli.CommandLine.Command(name = "element", description = {SUMMARY},
            subcommands = {ElementCommand.New.class, ElementCommand.Delete.class, ElementCommand.Rename.class, ElementCommand.Duplicate.class,
                    ElementCommand.Set.class})
    static final class Element implements Runnable {
        final ProjectService projects;

        Element(ProjectService projects) {
            this.projects = projects;
        }

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** The common part: the project options, the service from the parent command, finding elements by id. */
    abstract static class ElementEdit extends ModelEditCommand {
        @Mixin
        ProjectOptions project;

        @picocli.CommandLine.ParentCommand
        Element parent;

        @Override
        protected ProjectService projects() {
            return parent.projects;
        }

        @Override
        protected ProjectSelection selection() {
            return project;
        }

        static EObject find(GuidanceProject root, String id) {
            EObject found = root.eResource() == null ? null : root.eResource().getEObject(id);
            if (found == null) {
                throw CommandFailure.usage("the project has no element with the id '" + id + "'; list them with 'bridgework ids'. Nothing was changed.");
            }
            return found;
        }
    }

    @picocli.CommandLine.Command(name = "delete", description = {"Delete elements (and every reference to them), as Delete in the workbench's trees."})
    static final class Delete extends ElementEdit {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "The ids of the elements to delete.")
        List<String> ids;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            List<EObject> elements = new ArrayList<>();
            for (String id : ids) {
                EObject element = find(root, id);
                if (element == root) {
                    throw CommandFailure.usage("the project itself cannot be deleted. Nothing was changed.");
                }
                elements.add(element);
            }
            return ElementEdits.delete(domain, elements);
        }
    }

    @picocli.CommandLine.Command(name = "rename", description = {"Rename an element: its heading, title, name, label or code, whichever it has."})
    static final class Rename extends ElementEdit {
        @Parameters(index = "0", paramLabel = "ID", description = "The element's id.")
        String id;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new name.")
        String name;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            EObject element = find(root, id);
            if (ElementEdits.nameFeature(element) == null) {
                throw CommandFailure.usage("'" + id + "' (" + element.eClass().getName() + ") has no name to change. Nothing was changed.");
            }
            if (name.isBlank()) {
                throw CommandFailure.usage("the new name is empty. Nothing was changed.");
            }
            return ElementEdits.rename(domain, element, name.strip());
        }
    }

    @picocli.CommandLine.Command(name = "set", description = {"Set one property of an element, as the Properties view does (for example: element set sec-glossary kind glossary,",
            "element set m-nhs-lead stakeholderGroup nhs). A choice takes its word (as the project file writes it); an empty VALUE clears the property."})
    static final class Set extends ElementEdit {
        @Parameters(index = "0", paramLabel = "ID", description = "The element's id.")
        String id;

        @Parameters(index = "1", paramLabel = "PROPERTY", description = "The property, as the project file names it (kind, stakeholderGroup, title ...).")
        String property;

        @Parameters(index = "2", paramLabel = "VALUE", description = "The new value.")
        String value;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            EObject element = find(root, id);
            org.eclipse.emf.ecore.EStructuralFeature feature = element.eClass().getEStructuralFeature(property);
            List<String> settable = new ArrayList<>();
            for (org.eclipse.emf.ecore.EAttribute a : element.eClass().getEAllAttributes()) {
                if (a.isChangeable() && !a.isDerived() && !a.isMany() && !a.isID() && !a.getEAttributeType().getInstanceClass().equals(byte[].class)) {
                    settable.add(a.getName());
                }
            }
            if (!(feature instanceof org.eclipse.emf.ecore.EAttribute attribute) || !settable.contains(property)) {
                throw CommandFailure.usage("'" + id + "' (" + element.eClass().getName() + ") has no property '" + property + "' that can be set here; it has: "
                        + String.join(", ", settable) + ". Nothing was changed.");
            }
            Object newValue;
            if (value.isEmpty()) {
                newValue = attribute.getDefaultValue();
            } else if (attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum e) {
                org.eclipse.emf.ecore.EEnumLiteral literal = e.getEEnumLiteralByLiteral(value.strip().toLowerCase(Locale.ROOT));
                if (literal == null) {
                    literal = e.getEEnumLiteral(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                }
                if (literal == null) {
                    throw CommandFailure.usage("'" + value + "' is not a value of " + property + ": use one of "
                            + String.join(", ", e.getELiterals().stream().map(org.eclipse.emf.ecore.EEnumLiteral::getLiteral).toList()) + ". Nothing was changed.");
                }
                newValue = literal.getInstance();
            } else {
                try {
                    newValue = org.eclipse.emf.ecore.util.EcoreUtil.createFromString(attribute.getEAttributeType(), value);
                } catch (RuntimeException ex) {
                    throw CommandFailure.usage("'" + value + "' is not a valid " + attribute.getEAttributeType().getName() + " for " + property
                            + (attribute.getEAttributeType().getName().equals("LocalDate") ? " (write a date as YYYY-MM-DD)" : "") + ". Nothing was changed.");
                }
                if (newValue instanceof Boolean && !value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
                    throw CommandFailure.usage("'" + value + "' is not true or false (" + property + "). Nothing was changed.");
                }
            }
            org.eclipse.emf.common.command.CompoundCommand set = new org.eclipse.emf.common.command.CompoundCommand("Set " + property + " of " + id + " to "
                    + (newValue == null ? "nothing" : newValue instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : value.strip()));
            set.append(org.eclipse.emf.edit.command.SetCommand.create(domain, element, attribute, newValue));
            return set;
        }
    }

    @picocli.CommandLine.Command(name = "duplicate", description = {"Duplicate an element beside it, with fresh ids."})
    static final class Duplicate extends ElementEdit {
        @Parameters(paramLabel = "ID", description = "The element's id.")
        String id;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            EObject element = find(root, id);
            if (element == root) {
                throw CommandFailure.usage("the project itself cannot be duplicated. Nothing was changed.");
            }
            return ElementEdits.duplicate(domain, element);
        }
    }

    @picocli.CommandLine.Command(name = "new", description = {"Add a new element of a kind inside an element (for example: element new sec-purpose paragraph);",
            "the kinds an element can hold are listed when the kind is wrong."})
    static final class New extends ElementEdit {
        @Parameters(index = "0", paramLabel = "OWNER", description = "The id of the element to add to (the project's id for top-level elements).")
        String owner;

        @Parameters(index = "1", paramLabel = "KIND", description = "The kind of the new element, for example section, paragraph, challenge.")
        String kind;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            EObject container = find(root, owner);
            String wanted = normal(kind);
            List<String> offered = new ArrayList<>();
            for (CommandParameter descriptor : ElementEdits.newChildren(domain, container)) {
                if (descriptor.getValue() instanceof EObject child) {
                    String name = child.eClass().getName();
                    if (normal(name).equals(wanted)) {
                        return ElementEdits.newChild(domain, container, descriptor);
                    }
                    offered.add(name);
                }
            }
            throw CommandFailure.usage("'" + owner + "' cannot hold a " + kind + (offered.isEmpty() ? "; it holds no new elements"
                    : "; it can hold: " + String.join(", ", offered.stream().distinct().toList())) + ". Nothing was changed.");
        }

        private static String normal(String name) {
            return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        }
    }
}
