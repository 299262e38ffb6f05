package org.bridgework.context.api;

import java.util.List;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.Term;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A local context: a named set of changes and additions that turn the national guidance into a variant for
 * one kind of setting. Implemented by extension bundles (as a DS service) or read from a data-only bundle's
 * {@code .guidance} file by the contexts runtime.
 * <p>
 * Every method must return quickly and must not block: the runtime calls each one once, on a worker thread
 * with a time limit, when the service appears, checks what it returns and keeps a copy. A context that throws,
 * takes too long or returns bad data (a missing id, a replacement with nothing to find, ...) is disabled and
 * reported; the others go on. Model objects returned ({@link Term}, {@link CaseStudy}, the sections and
 * blocks of an {@link LocalAdaptation.Insert}) are copied by the runtime, so an implementation may build
 * them once and return the same lists every time.
 *
 * <h2>Data-only contexts</h2>
 * The {@code .guidance} file (XMI of the guidance model, root {@code GuidanceProject}) maps like this:
 * <ul>
 * <li>project {@code id} → {@link #id()}, {@code title} → {@link #name()}, {@code purpose} → {@link #description()};
 * the vendor is the bundle's {@code Bundle-Vendor};</li>
 * <li>{@code organisations} of kind {@code hep} with a {@code hepProfile} → {@link #applicability()} (size,
 * specialist, specialism, further-education college, the organisation's region); other organisations → the
 * {@link #services()} directory (kind {@code nhs-trust}, {@code icb}, {@code gp-practice}, {@code voluntary-sector},
 * {@code other}; {@code website} is the address, {@code description} says how to contact them). Until the model
 * has them, two extra attributes on an organisation are read: {@code serviceKind="crisis-line"} and
 * {@code contact="..."};</li>
 * <li>{@code terms} → {@link #terms()}, {@code caseStudies} → {@link #caseStudies()};</li>
 * <li>{@code adaptations} (each with {@code contextId} equal to the project id) → {@link #adaptations()}:
 * {@code note} → {@link LocalAdaptation.Note} (a note whose target is a criterion becomes a {@link CriterionNote}
 * instead), {@code replace} ({@code findText}, {@code text}) → {@link LocalAdaptation.Replace}, {@code omit} →
 * {@link LocalAdaptation.Omit}, {@code append} → {@link LocalAdaptation.Insert}: when {@code text} is
 * {@code #some-id} naming a section or block of the file's own {@code document}, that content is inserted;
 * otherwise {@code text} becomes one new paragraph;</li>
 * <li>a target is a reference into the project being adapted: write it as
 * {@code <target xsi:type="guidance:Section" href="guidance.guidance#s-id"/>}; only the fragment (the
 * element's id) counts.</li>
 * </ul>
 */
@ConsumerType
public interface LocalContext {

    /** Manifest header naming the context file of a data-only bundle, for example {@code contexts/my.guidance}. */
    String CONTEXT_HEADER = "Bridgework-Context";

    /** Where the runtime looks for the context file when the bundle has no {@value #CONTEXT_HEADER} header. */
    String DEFAULT_CONTEXT_PATH = "OSGI-INF/bridgework/context.guidance";

    /** Stable slug, unique among installed contexts, as typed in {@code --context ID}: lower case, digits, hyphens. */
    String id();

    /** Short name people choose it by, for example "Small and specialist providers". */
    String name();

    /** One or two sentences: who the variant is for and what it changes. */
    String description();

    /** Who maintains it (an institution, a sector body). */
    String vendor();

    /** The kinds of provider this context suits; the workbench uses it to suggest contexts. */
    default Applicability applicability() {
        return Applicability.ANY;
    }

    /** Changes to the guidance document, applied in order. */
    default List<LocalAdaptation> adaptations() {
        return List.of();
    }

    /** Extra glossary entries (for example a local service's name). */
    default List<Term> terms() {
        return List.of();
    }

    /** Extra case studies; their ids must not clash with the project's. */
    default List<CaseStudy> caseStudies() {
        return List.of();
    }

    /** How criteria apply locally. */
    default List<CriterionNote> criterionNotes() {
        return List.of();
    }

    /** The local service directory: NHS trust, integrated care board, GP practices, crisis line, ... */
    default List<ServiceEntry> services() {
        return List.of();
    }
}
