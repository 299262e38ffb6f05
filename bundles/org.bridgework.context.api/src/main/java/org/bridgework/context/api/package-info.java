/**
 * The local-context API: what an institution's extension bundle provides so that the guidance can be
 * adapted to its setting (a small or specialist provider, higher education in a further education college,
 * a region), and the {@link org.bridgework.context.api.ContextRegistry} through which assembly and the
 * workbench reach the installed, trusted, working contexts.
 * <p>
 * Two ways to contribute a context:
 * <ul>
 * <li><b>Data only</b> (no Java): a {@code .guidance} file inside the bundle, named by the manifest header
 * {@value org.bridgework.context.api.LocalContext#CONTEXT_HEADER} or at the default path
 * {@value org.bridgework.context.api.LocalContext#DEFAULT_CONTEXT_PATH}. See {@link org.bridgework.context.api.LocalContext}
 * for how the file maps to a context.</li>
 * <li><b>Java</b>: a Declarative Services component providing {@link org.bridgework.context.api.LocalContext}.</li>
 * </ul>
 * Either way the bundle must be signed with a key the product trusts, unless the user allowed unsigned
 * contexts for development.
 * <p>
 * Semantic versions: this package's version is checked against the last release by bnd's baseline in the build.
 */
@Export
@Version("1.1.0")
package org.bridgework.context.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
