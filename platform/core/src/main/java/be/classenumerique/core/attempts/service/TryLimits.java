package be.classenumerique.core.attempts.service;

import be.classenumerique.core.schools.domain.SchoolClass;
import java.util.OptionalInt;

/** How many answers a pupil may send online per question of a module, when their teacher set a limit. */
@FunctionalInterface
public interface TryLimits {

    /**
     * @param pupilId the pupil
     * @param schoolClass the class the answer is for
     * @param moduleId the module
     * @return the lowest limit of the open work that gives the pupil this module, or empty for no limit
     */
    OptionalInt of(String pupilId, SchoolClass schoolClass, String moduleId);

    /** @return no limit at all */
    static TryLimits none() {
        return (pupilId, schoolClass, moduleId) -> OptionalInt.empty();
    }
}
