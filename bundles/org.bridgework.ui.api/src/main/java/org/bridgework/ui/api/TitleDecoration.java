package org.bridgework.ui.api;

import org.bridgework.core.api.Project;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A few words the window title shows after the project's name (whiteboard: register it as an OSGi service), for
 * example the Git branch and whether it is ahead of or behind the shared repository. Asked on the UI thread whenever
 * the title is brought up to date (a change, a save, the window coming to the front): be quick, cache what is slow.
 *
 * @since 1.3
 */
@ConsumerType
public interface TitleDecoration {

    /** The words for this project, or null (or blank) for none. Must not throw. */
    String decorate(Project project);
}
