package be.classenumerique.core.people.domain;

import java.util.List;

/**
 * What a shared tablet shows once a class code is entered: the class and its pupils' names to tap.
 *
 * @param classId the class
 * @param className its name
 * @param secretKind the kind of secret its pupils use
 * @param pupils id and display name of each pupil, alphabetical
 */
public record ClassRoster(String classId, String className, PupilSecret.Kind secretKind, List<Pupil> pupils) {

    /** A pupil to tap: no more than the name the class already knows. */
    public record Pupil(String id, String displayName) {}

    public ClassRoster {
        pupils = List.copyOf(pupils);
    }
}
