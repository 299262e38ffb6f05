package org.bridgework.context.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed local contexts (OSGi service of the contexts runtime). Assembly and the workbench use it;
 * extension bundles never need it.
 *
 * <h2>How assembly applies {@code --context ID}</h2>
 * <pre>{@code
 * LocalContext context = registry.get(id).orElseThrow(...);   // unknown or disabled: registry.info(id) says why
 * Adapted adapted = registry.apply(project, context);           // a changed COPY; the project is not touched
 * render(adapted.project());                                    // replacements, insertions, omissions, terms and case studies are in it
 * adapted.notes()           -> show each note as a callout right after the element with note.targetId()
 * adapted.criterionNotes()  -> show with the criterion (match code, then id)
 * adapted.services()        -> an appendix "Local services"
 * adapted.problems()        -> warnings (unknown targets ...); the rest of the context still applied
 * }</pre>
 * Ids stay the same in the copy, so element references and citations keep working; inserted content keeps the
 * ids the context gave it.
 */
@ProviderType
public interface ContextRegistry {

    /** Every context bundle and service the runtime saw, usable or not, sorted by id. */
    List<ContextInfo> contexts();

    /** What the runtime knows about one context (by context id, or bundle symbolic name for unreadable ones). */
    Optional<ContextInfo> info(String id);

    /** An enabled context by id; empty when unknown, disabled or refused (see {@link #info(String)}). */
    Optional<LocalContext> get(String id);

    /** The enabled contexts, sorted by id. */
    List<LocalContext> enabled();

    /** Every problem of every context: refused bundles, failures, bad data. For the Problems view and the command line. */
    List<Problem> problems();

    /**
     * Checks a context against a project without changing anything: every adaptation's target exists and has
     * the right kind, every {@code find} text occurs, new ids do not clash, every criterion note names a criterion.
     */
    List<Problem> check(LocalContext context, GuidanceProject project);

    /** Applies a context to a copy of the project; see the class comment. Never changes {@code project}. */
    Adapted apply(GuidanceProject project, LocalContext context);

    /**
     * Verifies a jar (signature against the trust stores, a readable context) and copies it into the user's
     * extensions folder, from where it is installed now and at every start. Nothing is copied when the check fails.
     *
     * @return the verdict; {@link ContextInfo#status()} is {@code REFUSED} when the jar was not installed
     */
    ContextInfo install(Path jar) throws java.io.IOException;

    /**
     * Removes an installed context: deletes its jar from the extensions folder it was installed from, which
     * uninstalls the bundle. Contexts shipped in the product's own {@code bundles/} cannot be removed.
     *
     * @throws IllegalArgumentException when no such context is installed, or it is part of the product
     */
    void uninstall(String id) throws java.io.IOException;

    /**
     * Whether {@link #uninstall(String)} can remove this context: its bundle is still installed and came from a jar
     * outside the product's own {@code bundles/} folder (the user's or the product's {@code extensions/}, or an
     * install). The workbench offers Uninstall only for these.
     *
     * @since 1.1
     */
    boolean removable(ContextInfo info);

    /** Calls {@code listener} whenever a context appears, goes or changes status. Close the result to stop. */
    AutoCloseable onChange(Runnable listener);

    /**
     * A project adapted to one context.
     *
     * @param project        the adapted copy
     * @param contextId      the context applied
     * @param notes          notes to show after their targets (targets exist in {@code project})
     * @param criterionNotes notes on criteria
     * @param services       the local service directory
     * @param problems       what could not be applied
     */
    record Adapted(GuidanceProject project, String contextId, List<LocalAdaptation.Note> notes, List<CriterionNote> criterionNotes,
            List<ServiceEntry> services, List<Problem> problems) {
        public Adapted {
            notes = List.copyOf(notes);
            criterionNotes = List.copyOf(criterionNotes);
            services = List.copyOf(services);
            problems = List.copyOf(problems);
        }
    }
}
