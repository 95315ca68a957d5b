package be.classenumerique.core.assignments.domain;

import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.SchoolClass;
import java.util.List;
import java.util.Objects;

/**
 * Who in a class an assignment is for: everyone, some groups, or some pupils.
 *
 * @param kind which of the three
 * @param ids group ids or pupil ids; empty for the whole class
 */
public record Audience(Kind kind, List<String> ids) {

    /** The three ways to choose pupils. */
    public enum Kind {
        CLASS,
        GROUPS,
        PUPILS
    }

    public Audience {
        Objects.requireNonNull(kind, "kind");
        ids = kind == Kind.CLASS ? List.of() : List.copyOf(ids);
    }

    /** @return the whole class */
    public static Audience wholeClass() {
        return new Audience(Kind.CLASS, List.of());
    }

    /**
     * @param pupilId a pupil
     * @param schoolClass the class the assignment belongs to, as it is now
     * @return whether the pupil is meant to do it: pupils who join a group later get its work too
     */
    public boolean includes(String pupilId, SchoolClass schoolClass) {
        if (!schoolClass.pupilIds().contains(pupilId)) {
            return false;
        }
        return switch (kind) {
            case CLASS -> true;
            case PUPILS -> ids.contains(pupilId);
            case GROUPS ->
                schoolClass.groups().stream()
                        .filter(group -> ids.contains(group.id()))
                        .map(ClassGroup::pupilIds)
                        .anyMatch(pupils -> pupils.contains(pupilId));
        };
    }
}
