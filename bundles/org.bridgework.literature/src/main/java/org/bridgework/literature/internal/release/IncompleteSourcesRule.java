package org.bridgework.literature.internal.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.InlineText;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Person;
import org.bridgework.model.Source;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.osgi.service.component.annotations.Component;

/**
 * Release rule: every source the guidance cites has a title, authors (or editors, or a corporate author) and a year,
 * so the reference list readers check is complete.
 */
@Component(service = ReleaseRule.class)
public class IncompleteSourcesRule implements ReleaseRule {

    public static final String CODE = "source-incomplete";

    @Override
    public String id() {
        return "literature.sources";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        Set<String> cited = citedKeys(project);
        List<Blocker> blockers = new ArrayList<>();
        for (Source s : project.getSources()) {
            if (s.getCitationKey() == null || !cited.contains(s.getCitationKey())) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (blank(s.getTitle())) {
                missing.add("a title");
            }
            if (s.getAuthors().stream().noneMatch(IncompleteSourcesRule::named) && s.getEditors().stream().noneMatch(IncompleteSourcesRule::named)) {
                missing.add("authors");
            }
            if (s.getIssuedYear() == null) {
                missing.add("a year");
            }
            if (!missing.isEmpty()) {
                blockers.add(new Blocker(CODE, s.getId(), "The reference [@" + s.getCitationKey() + "] is missing " + String.join(", ", missing)
                        + ": the reference list would be incomplete.",
                        "Complete it from the publication (its DOI or web page) in the Source editor, or with 'bridgework import' of a corrected entry."));
            }
        }
        return blockers;
    }

    /** The citation keys used anywhere in the project's text (document, case studies, glossary ...). */
    static Set<String> citedKeys(GuidanceProject project) {
        Set<String> keys = new HashSet<>();
        for (var it = project.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            for (EAttribute a : e.eClass().getEAllAttributes()) {
                if (a.getEType() == EcorePackage.Literals.ESTRING && !a.isMany() && !a.isDerived()) {
                    Object value = e.eGet(a);
                    if (value instanceof String text && text.indexOf('@') >= 0) {
                        InlineText.citations(text).forEach(c -> c.items().forEach(i -> keys.add(i.key())));
                    }
                }
            }
        }
        return keys;
    }

    private static boolean named(Person p) {
        return !blank(p.getFamily()) || !blank(p.getLiteral());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
