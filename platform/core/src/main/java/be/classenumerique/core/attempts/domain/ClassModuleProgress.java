package be.classenumerique.core.attempts.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Where a class stands on one module: per pupil, per activity, the latest result. Derived from the
 * attempts and kept up to date as they arrive, in one document read by its id.
 *
 * @param classId the class
 * @param moduleId the module
 * @param results pupil id → activity id → latest result
 */
public record ClassModuleProgress(String classId, String moduleId, Map<String, Map<String, ActivityResult>> results) {

    public ClassModuleProgress {
        results = Map.copyOf(results);
    }

    /**
     * @return the pupil's latest result on the activity, if any
     */
    public Optional<ActivityResult> result(String pupilId, String activityId) {
        return Optional.ofNullable(results.getOrDefault(pupilId, Map.of()).get(activityId));
    }
}
