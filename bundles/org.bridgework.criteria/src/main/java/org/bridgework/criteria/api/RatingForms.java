package org.bridgework.criteria.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Offline rating forms (XLSX), one per panel member and round.
 * <p>
 * A form shows each criterion of the round (code, title, statement, rationale, evidence expected) with a score and
 * a comment cell to fill in and, from round 2, the group's distribution, median and comments from the previous round
 * that rated the criterion. Hidden keyed cells (a very hidden sheet {@value #KEYS_SHEET} and a hidden criterion id
 * column) carry the project id, round id, member id, criterion ids and the form version so that returned forms can
 * be validated.
 */
@ProviderType
public interface RatingForms {

    /** Version of the form layout written (and the only one read). */
    int FORM_VERSION = 1;

    /** The name of the sheet members fill in. */
    String FORM_SHEET = "Rating form";

    /** The name of the very hidden sheet with the keys. */
    String KEYS_SHEET = "bridgework-keys";

    /**
     * Writes {@code member}'s form for {@code round}.
     *
     * @throws IllegalArgumentException when the member is not on the round's panel
     */
    void write(GuidanceProject project, ConsensusRound round, Member member, OutputStream out) throws IOException;

    /**
     * Reads and validates returned forms against the project; changes nothing. Every form must be for the project's
     * current round (the highest number), which must not be closed, from a member of its panel, with exactly the
     * round's criteria, each score blank (abstained) or a whole number on the scale, and no member twice.
     */
    FormImport read(GuidanceProject project, List<Path> files);

    /**
     * Applies a valid import as one command on the project's editing domain (one undo reverts all of it): each
     * member's rating of each criterion is recorded or replaced. Nothing is saved.
     *
     * @throws IllegalStateException when the import has problems (nothing is applied) or is for another project
     */
    void apply(Project project, FormImport forms);

    /**
     * The command {@link #apply} executes, not executed: for the workbench's {@code context.execute} (undo, the dirty
     * marker and crash recovery).
     *
     * @throws IllegalStateException when the import has problems or is for another project
     * @since 1.1
     */
    Command applyCommand(EditingDomain domain, GuidanceProject project, FormImport forms);

    /**
     * The result of reading returned forms.
     *
     * @param roundId  the round the forms are for, null when no form could be read that far
     * @param forms    the forms read without problems
     * @param problems every problem found; when not empty, nothing may be applied
     */
    record FormImport(String projectId, String roundId, List<ReturnedForm> forms, List<FormProblem> problems) {
        public FormImport {
            forms = List.copyOf(forms);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && !forms.isEmpty();
        }
    }

    /** One returned form: whose, and one entry per criterion. */
    record ReturnedForm(Path file, String memberId, List<ReturnedRating> ratings) {
        public ReturnedForm {
            ratings = List.copyOf(ratings);
        }
    }

    /** A criterion's score (null = abstained) and comment (null when blank) on a form. */
    record ReturnedRating(String criterionId, Integer score, String comment) {
    }

    /**
     * What is wrong with a returned form and where.
     *
     * @param file  the file
     * @param sheet the sheet, null when the problem is with the whole file
     * @param cell  the cell in A1 notation, null when not about one cell
     */
    record FormProblem(Path file, String sheet, String cell, String message) {
        @Override
        public String toString() {
            StringBuilder where = new StringBuilder(String.valueOf(file.getFileName()));
            if (sheet != null) {
                where.append(", sheet '").append(sheet).append('\'');
            }
            if (cell != null) {
                where.append(", cell ").append(cell);
            }
            return where + ": " + message;
        }
    }
}
