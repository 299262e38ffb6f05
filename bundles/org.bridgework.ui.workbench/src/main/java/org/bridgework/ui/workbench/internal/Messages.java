package org.bridgework.ui.workbench.internal;

import java.util.Locale;

/**
 * The workbench's user-visible strings, read from {@code messages.properties} beside this class through the one
 * shape every UI bundle uses, {@link org.bridgework.ui.api.Messages}. An instance per workbench run, passed to
 * whatever shows text.
 */
public final class Messages {

    private final org.bridgework.ui.api.Messages messages;

    private Messages(org.bridgework.ui.api.Messages messages) {
        this.messages = messages;
    }

    /** The strings for a locale, falling back to the default {@code messages.properties}. */
    public static Messages load(Locale locale) {
        return new Messages(org.bridgework.ui.api.Messages.of(Messages.class, locale));
    }

    /**
     * The string for a key, read as the MessageFormat pattern every value is (so {@code ''} is one quote, as in
     * "Don''t Save"); a missing key shows as {@code !key!} rather than failing.
     */
    public String get(String key) {
        return messages.get(key);
    }

    /** The pattern for a key with its {@code {0}}, {@code {1}}, ... filled in. */
    public String format(String key, Object... arguments) {
        return messages.format(key, arguments);
    }
}
