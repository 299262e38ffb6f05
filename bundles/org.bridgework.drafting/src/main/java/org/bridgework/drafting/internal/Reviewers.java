package org.bridgework.drafting.internal;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;

/**
 * Who made a review comment and which milestone it belongs to, as the review service and the {@code review} command
 * both read them: the author name Word or LibreOffice recorded split into role and organisation, the organisation
 * matched by name, a milestone found by id.
 */
public final class Reviewers {

    private Reviewers() {
    }

    /** "Clinical lead (Anytown NHS trust)" → role "Clinical lead", organisation "Anytown NHS trust" (null when none). */
    public static String[] roleAndOrganisation(String author) {
        String a = nz(author).strip();
        int open = a.lastIndexOf('(');
        if (open > 0 && a.endsWith(")")) {
            return new String[] {a.substring(0, open).strip(), a.substring(open + 1, a.length() - 1).strip()};
        }
        return new String[] {a, null};
    }

    /** The project's organisation whose short name or name is {@code name} (ignoring case), or null. */
    public static Organisation organisation(GuidanceProject root, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Organisation o : root.getOrganisations()) {
            if (name.equalsIgnoreCase(nz(o.getShortName())) || name.equalsIgnoreCase(nz(o.getName()))) {
                return o;
            }
        }
        return null;
    }

    /** The milestone with this id, or null. */
    public static Milestone milestoneById(GuidanceProject root, String id) {
        return root.getMilestones().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
