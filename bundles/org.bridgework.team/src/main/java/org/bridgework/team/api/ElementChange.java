package org.bridgework.team.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element that differs between two versions of a project.
 *
 * @param id       the element's id
 * @param type     its kind in words ("paragraph", "criterion", ...)
 * @param label    its label (title, code, ...) or the id
 * @param change   added, deleted, changed or moved
 * @param features the features that changed (for "changed")
 * @param section  the id of the section it is in, or null
 * @param sectionTitle that section's title, or null
 */
public record ElementChange(String id, String type, String label, String change, List<String> features, String section, String sectionTitle) {

    /**
     * The changes in words, grouped by section: "Section 'Common challenges': paragraph p-ch-roles changed;
     * criterion C3 amended".
     */
    public static String sentence(List<ElementChange> changes) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (ElementChange c : changes) {
            String phrase = phrase(c);
            if (c.section() != null) {
                bySection.computeIfAbsent("Section '" + (c.sectionTitle() == null ? c.section() : c.sectionTitle()) + "'", k -> new ArrayList<>()).add(phrase);
            } else {
                rest.add(phrase);
            }
        }
        List<String> parts = new ArrayList<>();
        bySection.forEach((section, phrases) -> parts.add(section + ": " + String.join("; ", phrases)));
        parts.addAll(rest);
        return parts.isEmpty() ? "no changes" : String.join("; ", parts);
    }

    public static String phrase(ElementChange c) {
        String name = c.type().equals("criterion") || c.type().equals("section") || c.type().equals("project")
                ? c.type() + " " + (c.type().equals("section") ? "'" + c.label() + "'" : c.type().equals("project") ? "" : c.label())
                : c.type() + " " + c.id();
        name = name.strip();
        String verb = switch (c.change()) {
            case "changed" -> c.type().equals("criterion") && (c.features().contains("statement") || c.features().contains("title")) ? "amended"
                    : "changed" + (c.type().equals("paragraph") || c.features().isEmpty() ? "" : " (" + String.join(", ", c.features()) + ")");
            default -> c.change();
        };
        return name + " " + verb;
    }
}
