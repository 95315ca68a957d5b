package be.classenumerique.core.assignments.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A module a teacher gives to a class, some groups or some pupils, from a day on, possibly by a due day.
 *
 * @param id stable id
 * @param schoolId the school
 * @param classId the class
 * @param moduleId the module to do
 * @param audience who does it
 * @param opensAt when pupils see it
 * @param dueAt when it is due; {@code null} when there is no due date
 * @param required whether it must be done, or is offered
 * @param createdBy the teacher who gave it
 * @param createdAt when
 * @param maxTries how many answers a pupil may send per question online; 0 for no limit
 * @param lateAccepted whether answers still come in after the due day (shown late), or the work closes
 */
public record Assignment(
        String id,
        String schoolId,
        String classId,
        String moduleId,
        Audience audience,
        Instant opensAt,
        Instant dueAt,
        boolean required,
        String createdBy,
        Instant createdAt,
        int maxTries,
        boolean lateAccepted) {

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(opensAt, "opensAt");
    }

    /** @return the due date, when there is one */
    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }
}
