package be.classenumerique.core.activities.service;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every activity type the platform knows: its own and those of started plugins, by id. */
public final class ActivityTypeRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityTypeRegistry.class);

    private final Map<String, ActivityType> byId;

    /**
     * @param types the types, built-in first; a later type with an id already taken is refused and
     *     logged, so a plugin can never replace a built-in type
     */
    public ActivityTypeRegistry(List<ActivityType> types) {
        Map<String, ActivityType> map = new LinkedHashMap<>();
        for (ActivityType type : types) {
            ActivityType previous = map.putIfAbsent(type.id(), type);
            if (previous != null && previous != type) {
                LOG.error(
                        "Activity type {} of {} refused: the id is taken by {}",
                        type.id(),
                        type.getClass().getName(),
                        previous.getClass().getName());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /**
     * @param id an activity type id
     * @return the type, if known
     */
    public Optional<ActivityType> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Grades an answer with the activity's type, on the server. A type that fails (a plugin's bug) never
     * reaches the person as an error page.
     *
     * @param activity the activity as shown
     * @param response the answer
     * @return the verdict
     * @throws NotFoundException when the activity's type is not known (any more)
     * @throws RefusedException {@code attempt.refused.grading} when the type failed to grade it
     */
    public Grade grade(ActivityConfig activity, LearnerResponse response) {
        ActivityType type = find(activity.typeId()).orElseThrow(() -> new NotFoundException("activity type"));
        try {
            return type.grade(activity, response);
        } catch (RuntimeException e) {
            LOG.error("Activity type {} failed to grade {}", type.id(), activity.activityId(), e);
            throw new RefusedException("attempt.refused.grading", "grading failed");
        }
    }

    /** @return every known type, built-in first */
    public Collection<ActivityType> all() {
        return byId.values();
    }
}
