package be.classenumerique.core.activities.service;

import be.classenumerique.api.activity.ActivityType;
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

    /** @return every known type, built-in first */
    public Collection<ActivityType> all() {
        return byId.values();
    }
}
