package be.classenumerique.app.i18n;

import be.classenumerique.api.Messages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages from {@code <baseName>_<language>.properties} bundles (UTF-8), with French as the fallback for
 * a language or key that is missing. Independent of the JVM's default locale.
 */
public final class BundleMessages implements Messages {

    /** The languages the platform speaks, French first. */
    public static final List<Locale> LANGUAGES =
            List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.GERMAN);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader classLoader;

    public BundleMessages(String baseName, ClassLoader classLoader) {
        this.baseName = baseName;
        this.classLoader = classLoader;
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        String pattern = find(locale, key);
        if (pattern == null && !Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            pattern = find(Locale.FRENCH, key);
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private String find(Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    baseName, Locale.forLanguageTag(locale.getLanguage()), classLoader, NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
