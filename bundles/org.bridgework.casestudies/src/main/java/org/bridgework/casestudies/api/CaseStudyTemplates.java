package org.bridgework.casestudies.api;

import java.io.IOException;
import java.io.OutputStream;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes the case-study data collection template (also as XLSX, see {@link Format}): a DOCX whose tables have a small grey key column
 * ({@code cs.description}, {@code benefit.1.beneficiary}, {@code criterion.c1-benefits.evidence} ...), a question with
 * instructions and a word limit, and an answer cell (prefilled with what the project knows). The first table carries
 * {@code template.version} and {@code template.case}; the same values are document custom properties.
 */
@ProviderType
public interface CaseStudyTemplates {

    /** The version of the template layout this bundle writes and reads. */
    int VERSION = 1;

    /** Custom document property holding {@link #VERSION}. */
    String VERSION_PROPERTY = "BridgeworkCaseStudyTemplate";

    /** Custom document property holding the case study's id (empty for a blank template). */
    String CASE_PROPERTY = "BridgeworkCaseStudy";

    /**
     * Writes the template for {@code caseStudy} (prefilled with its values), or a blank one when it is null.
     * Questions come from the case-study fields and the project's criteria (those not excluded by consensus).
     */
    void write(GuidanceProject project, CaseStudy caseStudy, OutputStream out) throws IOException;

    /**
     * The file formats of the template. Both carry the same keys, version and case id, and both are read back by the
     * {@code case-study-template} importer and {@link ReturnedTemplates}.
     *
     * @since 1.1
     */
    enum Format {
        /** Word: keyed tables (the default). */
        DOCX("docx"),
        /** Excel: one sheet, a row per question (key, question, instructions, answer). */
        XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file name extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** The format a file name asks for: XLSX for {@code .xlsx}, else DOCX. */
        public static Format of(String fileName) {
            return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : DOCX;
        }
    }

    /**
     * Writes the template in {@code format}: {@link #write(GuidanceProject, CaseStudy, OutputStream)} for DOCX.
     *
     * @since 1.1
     */
    void write(GuidanceProject project, CaseStudy caseStudy, Format format, OutputStream out) throws IOException;
}
