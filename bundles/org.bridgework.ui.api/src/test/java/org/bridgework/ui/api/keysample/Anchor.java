package org.bridgework.ui.api.keysample;

/** Where MessagesTest's {@code messages.properties} lies. */
public final class Anchor {
    private Anchor() {
    }
}
