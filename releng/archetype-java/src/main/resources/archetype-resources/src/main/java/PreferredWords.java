package ${package};

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The words ${contextName} uses instead of others, and where a project's text (paragraphs, callouts, ...) uses the others. */
public final class PreferredWords {

    /** Word used in the guidance → the word the institution uses. Edit to suit. */
    static final Map<String, String> PREFERRED = Map.of(
            "wellbeing service", "Student Wellbeing Team",
            "personal tutor", "academic adviser");

    /** One element (a paragraph, a callout, ...) whose text uses a word the institution does not. */
    public record Use(String elementId, String word, String preferred) {
    }

    private PreferredWords() {
    }

    public static List<Use> uses(GuidanceProject project) {
        List<Use> uses = new ArrayList<>();
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            EStructuralFeature textFeature = o.eClass().getEStructuralFeature("text");
            if (o instanceof Identified element && textFeature != null && o.eGet(textFeature) instanceof String value) {
                String text = value.toLowerCase(Locale.ROOT);
                PREFERRED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .filter(e -> text.contains(e.getKey()))
                        .forEach(e -> uses.add(new Use(element.getId(), e.getKey(), e.getValue())));
            }
        }
        return uses;
    }
}
