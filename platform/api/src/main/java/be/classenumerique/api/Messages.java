package be.classenumerique.api;

import java.util.Locale;

/**
 * Translated strings. A plugin's messages come from its own bundle {@code i18n/messages*.properties}
 * (UTF-8) inside its jar; French is the reference language and the fallback.
 *
 * @since 0.1.0
 */
public interface Messages {

    /**
     * Returns the text for a key in the given language, formatted with {@link java.text.MessageFormat}
     * when arguments are given. A missing key never throws: the key itself is returned between
     * exclamation marks so the gap is visible and a test can find it.
     *
     * @param locale the reader's language
     * @param key the message key
     * @param arguments values for the {@code {0}}, {@code {1}}… placeholders
     * @return the text, never {@code null}
     * @since 0.1.0
     */
    String get(Locale locale, String key, Object... arguments);
}
