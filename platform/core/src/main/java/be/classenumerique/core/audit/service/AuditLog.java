package be.classenumerique.core.audit.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.text.DirectionControls;
import be.classenumerique.core.audit.domain.AuditEntry;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;

/**
 * The append-only record of who read or changed whose personal data, per school. Entries are only ever
 * pushed, never changed or removed (an erasure pseudonymises the person elsewhere; the log keeps that
 * it happened). Stored as one document per school and hour, read by id, so a school admin's day is 24
 * reads whatever the size of the platform.
 */
public final class AuditLog {

    /** The actor of events the platform itself causes. */
    public static final String SYSTEM = "system";

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> buckets;
    private final Clock clock;

    public AuditLog(DocumentStore store, Clock clock) {
        this.buckets = store.collection("audit_log");
        this.clock = clock;
    }

    /**
     * Records an access to personal data of the caller's school. A caller without a school (a platform
     * admin) is recorded under the subject's school, given as {@code schoolId}.
     *
     * @param caller who acted
     * @param schoolId the school the data belongs to
     * @param action what was done, {@code <thing>.<verb>}
     * @param subjectId whose data
     * @param detail a short non-personal detail, or empty; nothing is recorded when {@code schoolId} is
     *     {@code null}: a platform admin's own account belongs to no school, whose admin could read it
     */
    public void record(Caller caller, String schoolId, String action, String subjectId, String detail) {
        recordEvent(schoolId, caller.accountId(), caller.displayName(), action, subjectId, detail);
    }

    /**
     * Records an event nobody signed in caused, such as a class's sign-in pausing itself, or one whose
     * actor is known by id only.
     *
     * @param schoolId the school the event belongs to; nothing is recorded when {@code null}
     * @param actorId who acted, or {@link #SYSTEM}
     * @param actorName their name, or empty
     * @param action what happened, {@code <thing>.<verb>}
     * @param subjectId whose data or which object
     * @param detail a short non-personal detail, or empty
     */
    public void recordEvent(
            String schoolId, String actorId, String actorName, String action, String subjectId, String detail) {
        if (schoolId == null) {
            return;
        }
        Instant now = clock.instant();
        Document entry = new Document("at", now.toString())
                .append("actorId", actorId)
                .append("actorName", actorName)
                .append("action", action)
                .append("subjectId", subjectId)
                .append("detail", detail == null ? "" : detail);
        buckets.updateOne(
                new Document("_id", bucketId(schoolId, now)),
                new Document("$push", new Document("entries", entry))
                        .append("$set", new Document("schoolId", schoolId).append("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
    }

    /**
     * @param caller an admin of the school
     * @param schoolId the school
     * @param day a day, in the school's time zone
     * @param zone the school's time zone
     * @return the day's entries, newest first
     * @throws NotFoundException for anyone but an admin of that school
     */
    public List<AuditEntry> day(Caller caller, String schoolId, LocalDate day, ZoneId zone) {
        if (!caller.has(Role.SCHOOL_ADMIN) || !schoolId.equals(caller.schoolId())) {
            throw new NotFoundException("audit log");
        }
        List<AuditEntry> entries = new ArrayList<>();
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        for (Instant hour = start; hour.isBefore(end); hour = hour.plusSeconds(3600)) {
            Document bucket =
                    buckets.find(new Document("_id", bucketId(schoolId, hour))).first();
            if (bucket == null) {
                continue;
            }
            for (Document entry : bucket.getList("entries", Document.class, List.of())) {
                entries.add(new AuditEntry(
                        Instant.parse(entry.getString("at")),
                        entry.getString("actorId"),
                        DirectionControls.strip(entry.getString("actorName")),
                        entry.getString("action"),
                        entry.getString("subjectId"),
                        entry.getString("detail")));
            }
        }
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        return entries;
    }

    private static String bucketId(String schoolId, Instant at) {
        return schoolId + "|" + HOUR.format(at);
    }
}
