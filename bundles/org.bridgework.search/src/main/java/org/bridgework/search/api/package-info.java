/**
 * Full-text search of an open guidance project, for the command line and the workbench alike.
 * <p>
 * {@link org.bridgework.search.api.SearchService#index(org.bridgework.core.api.Project)} gives the
 * {@link org.bridgework.search.api.SearchIndex} of an open project: every searchable element (sources, extracts,
 * challenges, solutions, criteria, case studies, sections and blocks, glossary terms, review comments, organisations
 * and scope items) indexed with English stemming, kept current from the model's change notifications (an edit is
 * searchable within about 100 ms), cached per project and rebuilt silently when the cache is missing, stale or
 * corrupt. Queries use Lucene's classic syntax with Bridgework's field names
 * ({@code type:casestudy liaison}, {@code "data sharing"}, {@code liais*}, {@code referal~}); the glossary's
 * acronyms and their expansions find each other. Results come ranked, with highlighted snippets and facet counts.
 * No SWT and no Lucene type in this API.
 */
@Export
@Version("1.0.0")
package org.bridgework.search.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
