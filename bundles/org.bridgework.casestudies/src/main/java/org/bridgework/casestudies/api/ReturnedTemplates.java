package org.bridgework.casestudies.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportPreview;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A returned case-study template read in two steps, for tools that show the changes before applying them (the
 * workbench's diff dialog): {@link #read} the file (untrusted input, the slow part: on any thread, needs no project),
 * then {@link #review} it against the project (quick: on the thread that owns the project). The same checks and the
 * same command as {@code bridgework import F.docx --into PROJECT}.
 *
 * @since 1.1
 */
@ProviderType
public interface ReturnedTemplates {

    /** A returned template as read from its file, not yet compared with a project. */
    @ProviderType
    interface Returned {

        /** The file it was read from. */
        Path file();

        /** The case study it was made for ({@code template.case}); empty for a blank template. */
        String caseStudyId();
    }

    /**
     * One field the import would change.
     *
     * @param caseStudyId the case study (for a blank template, the id the new one gets)
     * @param key         the template key, for example {@code cs.region} or {@code benefit.2.description}
     * @param field       the question as the template asks it, for example {@code Region}
     * @param current     the value in the project, {@code null} when there is none (or the element is new)
     * @param proposed    the value in the template
     */
    record Difference(String caseStudyId, String key, String field, String current, String proposed) {
    }

    /**
     * What importing {@code file} into a project would do.
     *
     * @param differences every field that would change, also when there are errors (then nothing is applied)
     * @param preview     the problems (rows that could not be read as warnings; validation errors) and the command
     *                    (one compound command; it cannot execute when there are errors or no changes)
     */
    record Review(Path file, String caseStudyId, List<Difference> differences, ImportPreview preview) {

        public List<ImportProblem> errors() {
            return preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList();
        }

        public List<ImportProblem> warnings() {
            return preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList();
        }
    }

    /**
     * Reads a returned template, refusing hostile files (zip bombs, too many entries, DOCTYPE/XXE, huge files, not a
     * DOCX) with a message saying why.
     *
     * @throws ImportException when the file cannot be read as a case-study template at all
     */
    Returned read(Path file) throws ImportException;

    /**
     * Compares a returned template with {@code project} without changing it: the differences, what could not be read,
     * validation errors (required answers missing, answers over the word limit, unknown partners or choices) and the
     * command that applies it.
     *
     * @throws ImportException when the template cannot go into this project at all: a template version this
     *                         Bridgework does not read, or a case study the project does not have
     */
    Review review(Returned returned, GuidanceProject project) throws ImportException;

    /**
     * As {@link #review(Returned, GuidanceProject)}, recording the template as returned on {@code date} (the day it came
     * back) instead of today; a date before the case study's last status change is an error in the review.
     *
     * @since 1.2
     */
    Review review(Returned returned, GuidanceProject project, LocalDate date) throws ImportException;
}
