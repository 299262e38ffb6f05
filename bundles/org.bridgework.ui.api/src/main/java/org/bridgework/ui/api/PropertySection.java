package org.bridgework.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An extra tab of the Properties view for some elements (the General tab shows the EMF.Edit property
 * descriptors): register an instance as an OSGi service (whiteboard). The tab shows when the selected element
 * {@link #appliesTo applies}; its part is told each new input.
 */
@ConsumerType
public interface PropertySection {

    /** A unique, stable id. */
    String id();

    /** The tab text. */
    String label();

    /** True when this section has something to show for {@code element}. */
    boolean appliesTo(Object element);

    /** Sections are ordered by rank, then label; General is 0. */
    default int rank() {
        return 100;
    }

    /**
     * Creates the section's controls in {@code parent} (a composite with a {@code FillLayout}).
     *
     * @throws Exception anything: the tab then shows the message
     */
    PropertySectionPart createSection(Composite parent, PartContext context) throws Exception;
}
