package org.bridgework.assembly.api;

import org.osgi.annotation.versioning.ProviderType;

/** What an {@link AppendixProvider} gets from the document being built. Valid only during the provider's call. */
@ProviderType
public interface AppendixContext {

    /**
     * Reserves an anchor in the document: {@code preferred} made safe as an HTML id, Word bookmark and pandoc
     * identifier (letters, digits, '-', '_', starting with a letter), with "-2", "-3" ... appended when the document
     * already uses it. Deterministic: the same document and the same calls give the same anchors.
     *
     * @param preferred for example {@code appendix-consensus} or {@code appendix-consensus-rounds}
     */
    String anchor(String preferred);

    /** The local-context variant being assembled, or null for the national guidance. */
    AssembledDocument.Variant variant();

    /**
     * Adds a warning to the document's warnings (shown after assembly) for something the provider could work around.
     *
     * @param elementId the model element concerned, or null
     */
    void warning(String elementId, String message);
}
