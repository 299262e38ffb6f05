package org.bridgework.drafting.internal;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Finding elements by id and the section holding them. */
public final class Locate {

    private Locate() {
    }

    public static EObject element(GuidanceProject project, String id) {
        if (id == null) {
            return null;
        }
        Resource resource = project.eResource();
        if (resource != null) {
            EObject found = resource.getEObject(id);
            if (found != null) {
                return found;
            }
        }
        for (var it = EcoreUtil.<EObject>getAllContents(project, false); it.hasNext();) {
            EObject e = it.next();
            if (e instanceof org.bridgework.model.Identified i && id.equals(i.getId())) {
                return e;
            }
        }
        return null;
    }

    /** The innermost section holding (or being) {@code element}, or null. */
    public static Section section(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Section s) {
                return s;
            }
        }
        return null;
    }
}
