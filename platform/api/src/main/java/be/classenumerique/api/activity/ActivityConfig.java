package be.classenumerique.api.activity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One activity as authored: its id within the module, its type and the fields the type defines
 * (prompt, choices, answer, feedback…). Immutable; the same config is used to show, grade and print.
 *
 * @param activityId the activity's id, unique within its module
 * @param typeId the {@link ActivityType#id()} that interprets the fields
 * @param language the language the activity is written in
 * @param values the type-specific fields, JSON-like
 * @since 0.1.0
 */
public record ActivityConfig(String activityId, String typeId, Locale language, Map<String, Object> values)
        implements FieldAccess {

    public ActivityConfig {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(language, "language");
        values = JsonValues.copy(values);
    }
}
