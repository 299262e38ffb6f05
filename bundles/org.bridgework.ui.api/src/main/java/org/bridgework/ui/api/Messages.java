package org.bridgework.ui.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A UI bundle's user-visible strings: {@code messages.properties} in the package of a given class, read with that
 * class's loader (inside OSGi the default lookup cannot see a bundle's resources). Every value is a
 * {@link MessageFormat} pattern, also when it is shown without arguments, so {@code ''} is one quote ("Don''t Save")
 * and <code>'{'</code> a brace. A missing key shows as {@code !key!} rather than failing. Typical use, one per class:
 * <pre>{@code
 * private static final Messages MESSAGES = Messages.of(SearchPart.class);
 * button.setText(MESSAGES.get("search.button.find"));
 * status.setText(MESSAGES.format("search.status.hits", count));
 * }</pre>
 *
 * @since 1.5
 */
public final class Messages {

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The strings beside {@code anchor} ({@code <its package>/messages.properties}) for the default locale. */
    public static Messages of(Class<?> anchor) {
        return of(anchor, Locale.getDefault());
    }

    /** The strings beside {@code anchor} for a locale, falling back to the default {@code messages.properties}. */
    public static Messages of(Class<?> anchor, Locale locale) {
        Objects.requireNonNull(anchor, "anchor");
        return new Messages(ResourceBundle.getBundle(anchor.getPackageName() + ".messages", locale, anchor.getClassLoader()));
    }

    /** The text of a key (its pattern formatted without arguments), or {@code !key!} when there is none. */
    public String get(String key) {
        return format(key);
    }

    /** The pattern of a key with its {@code {0}}, {@code {1}}, ... filled in, or {@code !key!} when there is none. */
    public String format(String key, Object... arguments) {
        if (!bundle.containsKey(key)) {
            return "!" + key + "!";
        }
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Whether the key has a text (for keys made from a prefix and a value, such as an enum's name). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
