package org.bridgework.core.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a user sends to support: the product's environment (the same facts Help &gt; About shows) and a zip of it with
 * the logs, written by Help &gt; Report a Problem... and {@code bridgework report-problem}. A report holds no project
 * content unless the user chooses to include a project.
 */
public interface ProblemReports {

    /** The product, the runtime, the folders and the installed bundles and local contexts, as of now. */
    Environment environment();

    /**
     * Writes a report as a zip file ({@code out}; its folder is created; an existing file is replaced only when the
     * whole zip was written). With {@code project}, that project file is included as it is on disk.
     *
     * @param dryRun list the entries without writing anything
     * @throws IOException when the zip cannot be written or the project cannot be read (nothing is left behind)
     */
    Report write(Path out, Optional<Path> project, boolean dryRun) throws IOException;

    /**
     * The facts about this installation.
     *
     * @param version the product version
     * @param commit the commit the product was built from, or "unknown"
     * @param runtime the Java runtime (version, vendor) and where it is
     * @param system the operating system, its version and architecture
     * @param home the product's folder
     * @param logs the folder of the log files (it may not exist yet: nothing was logged)
     * @param folders the user's folders: settings, data, cache
     * @param bundles every installed bundle
     * @param contexts the installed local-context bundles (symbolic name and version)
     */
    record Environment(String version, String commit, String runtime, String system, Path home, Path logs,
            UserFolders folders, List<BundleInfo> bundles, List<String> contexts) {
    }

    /** One installed bundle: symbolic name, version and state in words (Active, Resolved, Installed, Fragment ...). */
    record BundleInfo(String symbolicName, String version, String state) {
    }

    /**
     * A written (or, with dry run, planned) report.
     *
     * @param file the zip
     * @param entries its entries, in order
     * @param bytes the zip's size (0 for a dry run)
     * @param projectIncluded whether a project's content is in it
     */
    record Report(Path file, List<String> entries, long bytes, boolean projectIncluded) {
    }
}
