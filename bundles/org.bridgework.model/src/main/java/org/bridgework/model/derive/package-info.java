/**
 * Derived values of the guidance model (consensus status, word counts, good
 * practice, labels, provenance staleness, the one page estimate). Never stored; the generated getters delegate here.
 */
@Export
@Version("1.5.0")
package org.bridgework.model.derive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
