package org.bridgework.team.api;

import java.util.List;

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
}
