package be.classenumerique.api.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads over JSON-like values (strings, numbers, booleans, lists and maps), as parsed from a
 * content pack or sent by a learner view. Every method answers empty for a missing key or a value of
 * another type, so a validator can report the problem instead of failing.
 *
 * @since 0.1.0
 */
public interface FieldAccess {

    /**
     * @return the raw values, unmodifiable
     * @since 0.1.0
     */
    Map<String, Object> values();

    /**
     * @param key a field name
     * @return the field as text, if it is text
     * @since 0.1.0
     */
    default Optional<String> text(String key) {
        return values().get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * @param key a field name
     * @return the field as a whole number, if it is one
     * @since 0.1.0
     */
    default Optional<Integer> integer(String key) {
        Object value = values().get(key);
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(((Number) value).intValue());
        }
        return Optional.empty();
    }

    /**
     * @param key a field name
     * @return the field as a list of texts, if it is a list whose every item is text
     * @since 0.1.0
     */
    default Optional<List<String>> textList(String key) {
        if (values().get(key) instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return Optional.of(list.stream().map(String.class::cast).toList());
        }
        return Optional.empty();
    }

    /**
     * @param key a field name
     * @return the field as a nested map with text keys, if it is one
     * @since 0.1.0
     */
    @SuppressWarnings("unchecked")
    default Optional<Map<String, Object>> map(String key) {
        if (values().get(key) instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            return Optional.of((Map<String, Object>) map);
        }
        return Optional.empty();
    }
}
