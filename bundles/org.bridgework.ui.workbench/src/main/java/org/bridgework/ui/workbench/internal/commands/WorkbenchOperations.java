package org.bridgework.ui.workbench.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bridgework.core.api.Project;
import org.bridgework.ui.workbench.internal.Screenshots;
import org.bridgework.ui.workbench.internal.WorkbenchWindow;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The workbench driven by words: what scripts ({@code BRIDGEWORK_WORKBENCH_SCRIPT}) and the Gogo commands
 * ({@code workbench:set ...}) do, through the same command stack, selection and layout as the user. UI thread
 * only; each returns a line saying what happened, or throws {@link IllegalArgumentException} saying what was wrong.
 */
public final class WorkbenchOperations {
    private final WorkbenchWindow window;

    public WorkbenchOperations(WorkbenchWindow window) {
        this.window = window;
    }

    String run(String line) {
        List<String> words = List.of(line.strip().split("\\s+", 4));
        String op = words.get(0);
        return switch (op) {
            case "select" -> select(arg(words, 1));
            case "set" -> set(arg(words, 1), arg(words, 2), words.size() > 3 ? words.get(3) : "");
            case "get" -> get(arg(words, 1), arg(words, 2));
            case "undo" -> {
                window.undo();
                yield "undone; " + dirty();
            }
            case "redo" -> {
                window.redo();
                yield "redone; " + dirty();
            }
            case "save" -> window.files().save() ? "saved " + window.session().saveTarget().map(Path::toString).orElse("") : "not saved";
            case "perspective" -> {
                window.showPerspective(arg(words, 1));
                yield "perspective " + arg(words, 1);
            }
            case "show" -> window.showView(arg(words, 1)) ? "shown " + arg(words, 1) : "no view " + arg(words, 1);
            case "close" -> window.stacks().view(arg(words, 1)).map(site -> {
                window.stacks().close(site);
                return "closed " + site.id;
            }).orElse("not open: " + arg(words, 1));
            case "views" -> views();
            case "title" -> window.getShell().getText();
            case "screenshot" -> {
                Path file = Path.of(arg(words, 1)).toAbsolutePath();
                try {
                    java.nio.file.Files.createDirectories(file.getParent());
                    window.getShell().update();
                    Screenshots.writePng(Screenshots.capture(window.getShell()), file);
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage());
                }
                yield "screenshot " + file;
            }
            case "exit" -> {
                window.getShell().getDisplay().asyncExec(window::close);
                yield "closing";
            }
            case "journal" -> {
                window.journal().writeNow(window.session());
                window.journal().flush();
                yield "journal written to " + window.journal().folder();
            }
            default -> throw new IllegalArgumentException("unknown operation '" + op
                    + "'; known: select ID, set ID FEATURE VALUE, get ID FEATURE, undo, redo, save, perspective ID, show VIEW, close VIEW, views, title, journal, screenshot FILE, exit");
        };
    }

    private String select(String id) {
        EObject element = element(id);
        window.selectionService().set(null, new StructuredSelection(element));
        return "selected " + id;
    }

    private String set(String id, String featureName, String value) {
        EObject element = element(id);
        EStructuralFeature feature = feature(element, featureName);
        if (feature.isMany() || !(feature.getEType() instanceof EDataType type)) {
            throw new IllegalArgumentException(featureName + " of " + id + " is not a single-valued attribute");
        }
        Object converted = value.isEmpty() && type.getInstanceClass() != String.class ? null : EcoreUtil.createFromString(type, value);
        var domain = project().editingDomain();
        if (!window.session().execute(SetCommand.create(domain, element, feature, converted))) {
            throw new IllegalArgumentException(featureName + " of " + id + " cannot be set to '" + value + "'");
        }
        return "set " + id + " " + featureName + "; " + dirty();
    }

    private String get(String id, String featureName) {
        EObject element = element(id);
        Object value = element.eGet(feature(element, featureName));
        return value == null ? "" : value.toString();
    }

    private String views() {
        Map<String, List<String>> arrangement = window.stacks().arrangement();
        return window.stacks().perspective() + ": " + arrangement.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue())).collect(Collectors.joining(" "));
    }

    private String dirty() {
        return window.session().isDirty() ? "dirty" : "clean";
    }

    private Project project() {
        return window.session().project().orElseThrow(() -> new IllegalArgumentException("no project is open"));
    }

    private EObject element(String id) {
        EObject element = project().resource().getEObject(id);
        if (element == null) {
            throw new IllegalArgumentException("no element with id " + id + " in " + project().file());
        }
        return element;
    }

    private static EStructuralFeature feature(EObject element, String name) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " has no feature " + name);
        }
        return feature;
    }

    private static String arg(List<String> words, int index) {
        if (words.size() <= index) {
            throw new IllegalArgumentException("'" + words.get(0) + "' needs more arguments");
        }
        return words.get(index);
    }
}
