package be.classenumerique.core.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who read or changed whose personal data, never the data itself.
 *
 * @param at when
 * @param actorId who acted (an account id)
 * @param actorName their name at the time, so the line stays readable after an erasure
 * @param action what was done, e.g. {@code class.work.read}
 * @param subjectId whose data (a pupil, a class or a parent id)
 * @param detail a short, non-personal detail, e.g. a module id; may be empty
 */
public record AuditEntry(Instant at, String actorId, String actorName, String action, String subjectId, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectId, "subjectId");
        detail = detail == null ? "" : detail;
    }
}
