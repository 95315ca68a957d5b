package be.classenumerique.core.schools.domain;

import java.util.List;

/**
 * A class of a school year.
 *
 * @param id stable id
 * @param schoolId its school
 * @param name e.g. "5e A"
 * @param level FWB level, e.g. {@code P5}
 * @param teacherIds who teaches it (several teachers may share a class)
 * @param pupilIds who is in it
 * @param groups groups inside the class, in the order the teacher made them
 */
public record SchoolClass(
        String id,
        String schoolId,
        String name,
        String level,
        List<String> teacherIds,
        List<String> pupilIds,
        List<ClassGroup> groups) {

    public SchoolClass {
        teacherIds = List.copyOf(teacherIds);
        pupilIds = List.copyOf(pupilIds);
        groups = List.copyOf(groups);
    }

    /** A class without groups, as a new class starts. */
    public SchoolClass(
            String id, String schoolId, String name, String level, List<String> teacherIds, List<String> pupilIds) {
        this(id, schoolId, name, level, teacherIds, pupilIds, List.of());
    }
}
