/**
 * The guidance model: interfaces, enums and the factory generated from
 * {@code model/guidance.ecore} (the implementation in {@code impl} is not exported).
 * Create objects with {@link org.bridgework.model.GuidanceFactory#eINSTANCE}.
 */
@Export
@Version("1.2.0")
package org.bridgework.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
