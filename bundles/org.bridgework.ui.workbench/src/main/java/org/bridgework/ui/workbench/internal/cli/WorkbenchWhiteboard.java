package org.bridgework.ui.workbench.internal.cli;

import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.ProblemReports;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.ValidationService;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.PropertySection;
import org.bridgework.ui.api.QuickSearchProvider;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.AboutInfo;
import org.bridgework.ui.workbench.internal.ContributionRegistry;
import org.bridgework.ui.workbench.internal.OpenWorkbench;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The workbench's whiteboard, apart from its command ({@link WorkbenchCommand}) so that the window's display can open
 * while it is activated on another thread: it tracks the views, editors,
 * commands, property sections and quick-search providers registered as services (dynamically, so an open window
 * follows bundles as they start and stop) and the core services the workbench uses (optional: without them the
 * window still opens, and says what is missing).
 */
@Component(service = WorkbenchWhiteboard.class)
public class WorkbenchWhiteboard {

    private final BundleContext context;
    private final ContributionRegistry registry = new ContributionRegistry();
    private volatile ProjectService projects;
    private volatile ValidationService validation;
    private volatile ProblemReports reports;

    @Activate
    public WorkbenchWhiteboard(BundleContext context) {
        this.context = context;
    }

    /** What the window is made with: the contributions installed now and the core services, as they come and go. */
    public OpenWorkbench.Wiring wiring() {
        return new OpenWorkbench.Wiring(new AboutInfo(productVersion(), () -> List.of(context.getBundles()), () -> Optional.ofNullable(reports)),
                registry, () -> Optional.ofNullable(projects), () -> Optional.ofNullable(validation));
    }

    /** The product version the launcher set, or this bundle's when run without it. */
    private String productVersion() {
        return System.getProperty("bridgework.version", context.getBundle().getVersion().toString());
    }

    // --- core services

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setProjectService(ProjectService service) {
        projects = service;
    }

    void unsetProjectService(ProjectService service) {
        if (projects == service) {
            projects = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setValidationService(ValidationService service) {
        validation = service;
    }

    void unsetValidationService(ValidationService service) {
        if (validation == service) {
            validation = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setProblemReports(ProblemReports service) {
        reports = service;
    }

    void unsetProblemReports(ProblemReports service) {
        if (reports == service) {
            reports = null;
        }
    }

    // --- the whiteboard

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        registry.add(ContributionRegistry.Kind.VIEW, view);
    }

    void removeView(ViewContribution view) {
        registry.remove(ContributionRegistry.Kind.VIEW, view);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEditor(EditorContribution editor) {
        registry.add(ContributionRegistry.Kind.EDITOR, editor);
    }

    void removeEditor(EditorContribution editor) {
        registry.remove(ContributionRegistry.Kind.EDITOR, editor);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(org.bridgework.ui.api.CommandContribution command) {
        registry.add(ContributionRegistry.Kind.COMMAND, command);
    }

    void removeCommand(org.bridgework.ui.api.CommandContribution command) {
        registry.remove(ContributionRegistry.Kind.COMMAND, command);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPropertySection(PropertySection section) {
        registry.add(ContributionRegistry.Kind.PROPERTY_SECTION, section);
    }

    void removePropertySection(PropertySection section) {
        registry.remove(ContributionRegistry.Kind.PROPERTY_SECTION, section);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addQuickSearch(QuickSearchProvider provider) {
        registry.add(ContributionRegistry.Kind.QUICK_SEARCH, provider);
    }

    void removeQuickSearch(QuickSearchProvider provider) {
        registry.remove(ContributionRegistry.Kind.QUICK_SEARCH, provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTitleDecoration(org.bridgework.ui.api.TitleDecoration decoration) {
        registry.add(ContributionRegistry.Kind.TITLE, decoration);
    }

    void removeTitleDecoration(org.bridgework.ui.api.TitleDecoration decoration) {
        registry.remove(ContributionRegistry.Kind.TITLE, decoration);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addComparer(org.bridgework.ui.api.compare.ProjectComparer comparer) {
        registry.add(ContributionRegistry.Kind.COMPARER, comparer);
    }

    void removeComparer(org.bridgework.ui.api.compare.ProjectComparer comparer) {
        registry.remove(ContributionRegistry.Kind.COMPARER, comparer);
    }
}
