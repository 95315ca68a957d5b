package be.classenumerique.api.activity;

import java.util.Map;

/**
 * What a learner answered, as the learner view collected it. JSON-like values only, so it can be
 * stored, replayed, exported and graded again after a content change.
 *
 * @param values the answer's fields, defined by the activity type
 * @since 0.1.0
 */
public record LearnerResponse(Map<String, Object> values) implements FieldAccess {

    public LearnerResponse {
        values = JsonValues.copy(values);
    }
}
