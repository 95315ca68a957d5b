package be.classenumerique.core.schools.domain;

import java.util.List;
import java.util.Objects;

/**
 * A group inside a class, e.g. a reading group or the pupils who need more time: work can be given to a
 * group rather than the whole class.
 *
 * @param id stable id, unique in the class
 * @param name as the teacher calls it
 * @param pupilIds pupils of the class in the group
 */
public record ClassGroup(String id, String name, List<String> pupilIds) {

    /** Longest name a group may have. */
    public static final int MAX_NAME_LENGTH = 60;

    public ClassGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        pupilIds = List.copyOf(pupilIds);
    }
}
