package org.bridgework.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/** A live property section. */
@ConsumerType
public interface PropertySectionPart extends Part {

    /** Shows {@code element} (one that the section {@link PropertySection#appliesTo applies to}). */
    void setInput(Object element);
}
