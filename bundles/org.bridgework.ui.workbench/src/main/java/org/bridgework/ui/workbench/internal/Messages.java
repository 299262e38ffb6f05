package org.bridgework.ui.workbench.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's user-visible strings, read from {@code messages.properties}
 * beside this class. An instance per workbench run, passed to whatever shows text.
 */
public final class Messages {
    private static final String BASE_NAME = Messages.class.getPackageName() + ".messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The strings for a locale, falling back to the default {@code messages.properties}. */
    public static Messages load(Locale locale) {
        // the bundle's own class loader: inside OSGi the default lookup cannot see this bundle's resources
        return new Messages(ResourceBundle.getBundle(BASE_NAME, locale, Messages.class.getClassLoader()));
    }

    /**
     * The string for a key, read as the MessageFormat pattern every value is (so {@code ''} is one quote, as in
     * "Don''t Save"); a missing key shows as {@code !key!} rather than failing.
     */
    public String get(String key) {
        return new MessageFormat(pattern(key), bundle.getLocale()).format(new Object[0]);
    }

    /** The pattern for a key with its {@code {0}}, {@code {1}}, ... filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(pattern(key), bundle.getLocale()).format(arguments);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
