package org.bridgework.core.api;

/**
 * What is being released.
 *
 * @param contextId the local context the release is for, or {@code null} for the national guidance
 * @param release   true for a real release ({@code assemble --release}); false when {@code check} previews the blockers
 *                  (rules about the release itself, such as the publication status, then stay quiet)
 */
public record ReleaseScope(String contextId, boolean release) {

    /** The national guidance, previewed by {@code check}. */
    public static final ReleaseScope PREVIEW = new ReleaseScope(null, false);

    /** A release of the national guidance or of one local context's variant. */
    public static ReleaseScope release(String contextId) {
        return new ReleaseScope(contextId, true);
    }
}
