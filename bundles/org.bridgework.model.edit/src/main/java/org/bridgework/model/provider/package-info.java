/**
 * EMF.Edit item providers of the guidance model (generated): labels, icons,
 * property descriptors and child-creation commands. Start from
 * {@link org.bridgework.model.provider.GuidanceItemProviderAdapterFactory}.
 */
@Export
@Version("1.1.0")
package org.bridgework.model.provider;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
