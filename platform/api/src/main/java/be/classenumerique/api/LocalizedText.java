package be.classenumerique.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text in one or more languages, as authored in a content pack.
 *
 * @param byLanguage texts keyed by ISO 639-1 language code ({@code fr}, {@code nl}, {@code en},
 *     {@code de}); at least one
 * @since 0.1.0
 */
public record LocalizedText(Map<String, String> byLanguage) {

    /** The language a text falls back to when the reader's is missing. */
    public static final String REFERENCE_LANGUAGE = "fr";

    public LocalizedText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
        byLanguage = Map.copyOf(new LinkedHashMap<>(byLanguage));
    }

    /**
     * @param language an ISO 639-1 code
     * @param text the text in that language
     * @return a text in a single language
     * @since 0.1.0
     */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /**
     * The text for a reader: their language, else French, else any language present.
     *
     * @param locale the reader's locale
     * @return the best text, never {@code null}
     * @since 0.1.0
     */
    public String in(Locale locale) {
        String exact = byLanguage.get(locale.getLanguage());
        if (exact != null) {
            return exact;
        }
        String reference = byLanguage.get(REFERENCE_LANGUAGE);
        return reference != null ? reference : byLanguage.values().iterator().next();
    }
}
