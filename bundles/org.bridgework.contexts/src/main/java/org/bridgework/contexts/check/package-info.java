/** Checking a local context against a project without a running product (for context projects' tests). */
@Export
@Version("1.0.0")
package org.bridgework.contexts.check;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
