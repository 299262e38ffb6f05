package org.bridgework.ui.criteria.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The bundle's user-visible strings, from {@code messages.properties} beside this class. */
final class Messages {

    private static final String NAME = "org.bridgework.ui.criteria.internal.messages";

    private Messages() {
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(NAME, Locale.getDefault(), Messages.class.getClassLoader());
    }

    /** The text of {@code key}, with {@code args} filled in ({@link MessageFormat}) when there are any. */
    static String get(String key, Object... args) {
        String text;
        try {
            text = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, Locale.getDefault()).format(args);
    }
}
