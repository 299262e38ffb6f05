package org.bridgework.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.core.api.ExtensionGuard;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.core.api.ValidationRule;
import org.bridgework.core.api.ValidationService;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Runs EMF's {@link Diagnostician} with {@link GuidanceValidator} registered for the guidance package (in a registry of
 * its own, not EMF's global one), then every {@link ValidationRule} service, and turns it all into {@link Problem}s.
 */
@Component(service = ValidationService.class)
public class ValidationServiceImpl implements ValidationService {

    private final EValidator.Registry registry = new EValidatorRegistryImpl();
    private final List<ValidationRule> rules = new CopyOnWriteArrayList<>();
    // rules run after every edit, on the workbench's UI thread too: one that hangs or breaks must cost that once
    private final ExtensionGuard guard;

    public ValidationServiceImpl() {
        this(ExtensionGuard.limit(ExtensionGuard.TIMEOUT_PROPERTY, 5000));
    }

    public ValidationServiceImpl(long ruleTimeoutMillis) {
        registry.put(GuidancePackage.eINSTANCE, new GuidanceValidator());
        guard = new ExtensionGuard("check", "rule", ruleTimeoutMillis);
    }

    @Deactivate
    void deactivate() {
        guard.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(ValidationRule rule) {
        rules.add(rule);
    }

    public void removeRule(ValidationRule rule) {
        rules.remove(rule);
        guard.forget(rule);
    }

    /** The validator registry this service validates with. */
    EValidator.Registry registry() {
        return registry;
    }

    @Override
    public List<Problem> validate(GuidanceProject project) {
        List<Problem> problems = new ArrayList<>();
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        Diagnostic result = diagnostician.validate(project, context);
        collect(result, problems);
        long limit = guard.limitMillisFor(elements(project));
        for (ValidationRule rule : List.copyOf(rules)) {
            try {
                List<Problem> found = guard.call(rule, rule.getClass().getName(), limit, () -> rule.check(project));
                if (found != null) {
                    found.stream().filter(p -> p != null).forEach(problems::add);
                }
            } catch (ExtensionGuard.Unavailable e) {
                problems.add(e.problem()); // reported at every validation while it is disabled, so it stays in the Problems view
            }
        }
        problems.sort(Comparator.comparing(Problem::severity)); // stable: model order within a severity
        return problems;
    }

    /** The elements of a project: what its checks read (a very large project gets them more time). */
    static int elements(GuidanceProject project) {
        int elements = 1;
        for (var all = project.eAllContents(); all.hasNext(); all.next()) {
            elements++;
        }
        return elements;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        List<?> data = diagnostic.getData();
        if (GuidanceValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && data.size() >= 2
                && data.get(0) instanceof EObject element && data.get(1) instanceof String code) {
            problems.add(new Problem(severity(diagnostic.getSeverity()), code, GuidanceValidator.elementId(element), diagnostic.getMessage()));
        } else if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
            EObject element = !data.isEmpty() && data.get(0) instanceof EObject e ? e : null;
            problems.add(new Problem(severity(diagnostic.getSeverity()), "emf", element == null ? null : GuidanceValidator.elementId(element),
                    diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    private static Severity severity(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
            case Diagnostic.WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
