package org.bridgework.contexts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.CriterionNote;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.ServiceEntry;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.model.Adaptation;
import org.bridgework.model.Block;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.HepProfile;
import org.bridgework.model.HepSize;
import org.bridgework.model.Identified;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.bridgework.model.util.GuidanceResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Reads a data-only context: a {@code .guidance} file whose root project carries the context (see
 * {@link org.bridgework.context.api.LocalContext} for the mapping).
 */
public final class DataContexts {

    /** What reading gave: the context (null when it could not be read) and the problems found. */
    public record Result(Snapshot context, List<Problem> problems) {
    }

    private DataContexts() {
    }

    /**
     * @param in     the file's bytes
     * @param where  for messages and the resource URI, for example {@code org.example.ctx/OSGI-INF/bridgework/context.guidance}
     * @param vendor the bundle's vendor
     */
    public static Result read(InputStream in, String where, String vendor) {
        List<Problem> problems = new ArrayList<>();
        // the .guidance resource (XXE-hardened, ids as references) whatever the file is called
        Resource resource = new GuidanceResourceFactory().createResource(URI.createURI("context:/" + where.replace(' ', '_')));
        GuidanceResources.newResourceSet().getResources().add(resource);
        try {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(Severity.ERROR, "context-bad-data", null, where + " could not be read: " + firstLine(e)));
            return new Result(null, problems);
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(new Problem(Severity.ERROR, "context-bad-data", null,
                    where + " line " + error.getLine() + ", column " + error.getColumn() + ": " + error.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GuidanceProject project)) {
            problems.add(new Problem(Severity.ERROR, "context-bad-data", null, where + " does not hold a guidance project (the root element must be guidance:GuidanceProject)"));
            return new Result(null, problems);
        }
        String id = project.getId();
        List<LocalAdaptation> adaptations = new ArrayList<>();
        List<CriterionNote> criterionNotes = new ArrayList<>();
        for (Adaptation adaptation : project.getAdaptations()) {
            String aid = adaptation.getId();
            if (adaptation.getContextId() != null && id != null && !adaptation.getContextId().equals(id)) {
                problems.add(new Problem(Severity.WARNING, "context-bad-data", aid, "adaptation " + aid + " in " + where + " says contextId '"
                        + adaptation.getContextId() + "' but the context is '" + id + "'; it is applied with this context"));
            }
            EObject target = (EObject) adaptation.eGet(GuidancePackage.Literals.ADAPTATION__TARGET, false);
            String targetId = targetId(target);
            if (targetId == null) {
                problems.add(new Problem(Severity.ERROR, "context-bad-data", aid, "adaptation " + aid + " in " + where
                        + " has no target: write <target xsi:type=\"guidance:Section\" href=\"guidance.guidance#element-id\"/>"));
                continue;
            }
            String text = adaptation.getText() == null ? "" : adaptation.getText();
            switch (adaptation.getKind()) {
                case NOTE -> {
                    if (target instanceof Criterion) {
                        criterionNotes.add(new CriterionNote(targetId, text));
                    } else {
                        adaptations.add(new LocalAdaptation.Note(aid, targetId, text));
                    }
                }
                case REPLACE -> {
                    if (adaptation.getFindText() == null || adaptation.getFindText().isEmpty()) {
                        problems.add(new Problem(Severity.ERROR, "context-bad-data", aid, "replacement " + aid + " in " + where + " has no findText"));
                    } else {
                        adaptations.add(new LocalAdaptation.Replace(aid, targetId, adaptation.getFindText(), text));
                    }
                }
                case OMIT -> adaptations.add(new LocalAdaptation.Omit(aid, targetId, text));
                case APPEND -> {
                    LocalAdaptation insert = insert(project, adaptation, targetId, text, where, problems);
                    if (insert != null) {
                        adaptations.add(insert);
                    }
                }
                default -> problems.add(new Problem(Severity.ERROR, "context-bad-data", aid, "adaptation " + aid + " has an unknown kind"));
            }
        }
        Applicability applicability = Applicability.ANY;
        List<ServiceEntry> services = new ArrayList<>();
        Set<HepSize> sizes = EnumSet.noneOf(HepSize.class);
        Set<String> specialisms = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        Boolean specialist = null;
        Boolean fe = null;
        String summary = null;
        boolean anyProfile = false;
        for (Organisation organisation : project.getOrganisations()) {
            if (organisation.getKind() == OrganisationKind.HEP && organisation.getHepProfile() != null) {
                anyProfile = true;
                HepProfile profile = organisation.getHepProfile();
                if (profile.getSize() != null && profile.getSize() != HepSize.UNKNOWN) {
                    sizes.add(profile.getSize());
                }
                if (profile.isSpecialist()) {
                    specialist = Boolean.TRUE;
                }
                if (profile.isFurtherEducationCollege()) {
                    fe = Boolean.TRUE;
                }
                if (profile.getSpecialism() != null && !profile.getSpecialism().isBlank()) {
                    specialisms.add(profile.getSpecialism());
                }
                if (organisation.getRegion() != null && !organisation.getRegion().isBlank()) {
                    regions.add(organisation.getRegion());
                }
                if (summary == null) {
                    summary = organisation.getDescription();
                }
                continue;
            }
            services.add(service(resource, organisation));
        }
        if (anyProfile) {
            applicability = new Applicability(sizes, specialist, List.copyOf(specialisms), List.copyOf(regions), fe, summary);
        }
        Snapshot snapshot;
        try {
            snapshot = new Snapshot(id, project.getTitle(), project.getPurpose(), vendor, applicability, adaptations,
                    List.copyOf(project.getTerms()), List.copyOf(project.getCaseStudies()), criterionNotes, services);
        } catch (RuntimeException e) {
            problems.add(new Problem(Severity.ERROR, "context-bad-data", null, where + ": " + firstLine(e)));
            return new Result(null, problems);
        }
        return new Result(snapshot, problems);
    }

    private static LocalAdaptation insert(GuidanceProject project, Adaptation adaptation, String targetId, String text, String where, List<Problem> problems) {
        String aid = adaptation.getId();
        if (text.isBlank()) {
            problems.add(new Problem(Severity.ERROR, "context-bad-data", aid, "addition " + aid + " in " + where
                    + " has no text: give a paragraph, or #id of a section or block of the file's document"));
            return null;
        }
        if (text.startsWith("#") && !text.contains(" ")) {
            String contentId = text.substring(1);
            EObject content = project.getDocument() == null ? null : find(project.getDocument(), contentId);
            if (content instanceof Section section) {
                return new LocalAdaptation.Insert(aid, targetId, List.of(section), List.of());
            }
            if (content instanceof Block block) {
                return new LocalAdaptation.Insert(aid, targetId, List.of(), List.of(block));
            }
            problems.add(new Problem(Severity.ERROR, "context-bad-data", aid, "addition " + aid + " in " + where + " names " + text
                    + ", but the file's document has no section or block with that id"));
            return null;
        }
        Paragraph paragraph = GuidanceFactory.eINSTANCE.createParagraph();
        paragraph.setId(aid + "-text");
        paragraph.setText(text);
        return new LocalAdaptation.Insert(aid, targetId, List.of(), List.of(paragraph));
    }

    private static EObject find(EObject root, String id) {
        for (var it = root.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Identified identified && id.equals(identified.getId())) {
                return next;
            }
        }
        return null;
    }

    static String targetId(EObject target) {
        if (target == null) {
            return null;
        }
        if (target.eIsProxy()) {
            URI uri = ((InternalEObject) target).eProxyURI();
            String fragment = uri == null ? null : uri.fragment();
            return fragment == null || fragment.isBlank() ? null : fragment;
        }
        return target instanceof Identified identified ? identified.getId() : null;
    }

    private static ServiceEntry service(Resource resource, Organisation organisation) {
        ServiceEntry.Kind kind = switch (organisation.getKind()) {
            case NHS_TRUST -> ServiceEntry.Kind.NHS_TRUST;
            case ICB -> ServiceEntry.Kind.INTEGRATED_CARE_BOARD;
            case GP_PRACTICE -> ServiceEntry.Kind.GP_PRACTICE;
            case VOLUNTARY_SECTOR -> ServiceEntry.Kind.VOLUNTARY_SECTOR;
            case HEP -> ServiceEntry.Kind.HEP_SERVICE;
            default -> ServiceEntry.Kind.OTHER;
        };
        String serviceKind = extra(resource, organisation, "serviceKind");
        if ("crisis-line".equals(serviceKind)) {
            kind = ServiceEntry.Kind.CRISIS_LINE;
        }
        String contact = extra(resource, organisation, "contact");
        String name = organisation.getName() == null ? organisation.getId() : organisation.getName();
        return new ServiceEntry(organisation.getId() == null ? "" : organisation.getId(), name == null ? "" : name, kind, contact,
                organisation.getWebsite(), organisation.getDescription());
    }

    /** An attribute the model does not have yet, kept by the resource (it records unknown features). */
    static String extra(Resource resource, EObject object, String name) {
        if (!(resource instanceof XMLResource xml)) {
            return null;
        }
        AnyType any = xml.getEObjectToExtensionMap().get(object);
        if (any == null) {
            return null;
        }
        for (FeatureMap.Entry entry : any.getAnyAttribute()) {
            if (name.equals(entry.getEStructuralFeature().getName())) {
                return String.valueOf(entry.getValue());
            }
        }
        return null;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
