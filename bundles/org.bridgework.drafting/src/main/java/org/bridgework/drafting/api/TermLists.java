package org.bridgework.drafting.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Sector;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The terms the reader lens knows: Bridgework's shipped lists of higher education and NHS terms (each with plain
 * wording and an official page that explains it) beside the project's own glossary. A project adapts a shipped term
 * with a glossary term of the same name (or one of its other names): its own plain wording, or {@code disabled} to
 * turn the shipped term off. The same service backs {@code bridgework terms}, the Reader Lens view and the checks.
 *
 * @since 1.5
 */
@ProviderType
public interface TermLists {

    /** Where a term the lens uses comes from. */
    enum Origin {
        /** Bridgework's shipped lists, not adapted by the project. */
        SHIPPED,
        /** The project's glossary only. */
        PROJECT,
        /** A shipped term the project's glossary adapts (its own wording, or turned off). */
        ADAPTED
    }

    /**
     * A term as the reader lens uses it.
     *
     * @param id            the shipped term's id ({@code nhs-icb}) or the project term's id
     * @param term          the term as written
     * @param otherNames    other names it is found by ("IAPT" for NHS Talking Therapies)
     * @param sector        whose term it is
     * @param expansion     what an acronym stands for, or null
     * @param plainWording  plain words to use instead or beside it (the project's when it gives its own), or null
     * @param definition    what it means, or null
     * @param sourceUrl     an official page explaining it, or null
     * @param sourceName    that page's publisher and title, or null
     * @param sourceChecked true when the page was found at that address when the list was made
     * @param origin        where it comes from
     * @param disabled      true when the project turned it off
     * @param projectTermId the id of the project's glossary term for it, or null
     */
    record LensTerm(String id, String term, List<String> otherNames, Sector sector, String expansion, String plainWording, String definition,
            String sourceUrl, String sourceName, boolean sourceChecked, Origin origin, boolean disabled, String projectTermId) {
        public LensTerm {
            otherNames = List.copyOf(otherNames);
        }
    }

    /** The shipped HE and NHS terms, in the lists' order. */
    List<LensTerm> shipped();

    /** The project's glossary terms and the shipped terms it does not adapt, turned-off ones included (flagged). */
    List<LensTerm> effective(GuidanceProject project);

    /**
     * The command adapting a term for the project: sets the plain wording and/or turns it off or on, on the project's
     * glossary term of that name, or on a new glossary term made from the shipped one.
     *
     * @param term         the term or one of its other names (case ignored)
     * @param plainWording the project's plain wording ("" clears it), or null to leave it
     * @param disabled     true to turn the term off, false on, null to leave it
     * @throws IllegalArgumentException when neither the glossary nor the shipped lists have the term
     */
    Command adapt(EditingDomain domain, GuidanceProject project, String term, String plainWording, Boolean disabled);
}
