package be.classenumerique.api.activity;

import java.util.Objects;

/**
 * Something wrong with an authored activity, found by {@link ActivityType#validate}. The platform
 * prefixes it with the file and line the activity came from.
 *
 * @param field the offending field, e.g. {@code answer}; empty for the activity as a whole
 * @param message what is wrong, in English, for the author and the log
 * @since 0.1.0
 */
public record ConfigProblem(String field, String message) {

    public ConfigProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
