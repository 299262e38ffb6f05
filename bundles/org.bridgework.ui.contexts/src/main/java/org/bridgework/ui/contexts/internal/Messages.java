package org.bridgework.ui.contexts.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible texts of this bundle ({@code messages.properties} beside this class). */
final class Messages {

    private final ResourceBundle bundle;

    Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages", locale, Messages.class.getClassLoader());
    }

    Messages() {
        this(Locale.getDefault());
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), bundle.getLocale()).format(arguments);
    }
}
