package org.bridgework.ui.api.compare;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Says which elements differ between two versions of a project (whiteboard: register it as an OSGi service; the team
 * bundle's element-by-element diff does). Called on the UI thread; neither project may be changed.
 */
@ConsumerType
public interface ProjectComparer {

    /**
     * One line per element that differs, in words ("paragraph p-roles changed (text)", "criterion C3 added"), from
     * {@code onDisk} to {@code mine}; empty when they hold the same content.
     */
    List<String> differences(GuidanceProject onDisk, GuidanceProject mine);
}
