package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;

/**
 * One school admin does not take over another alone: resetting a school admin's password or second
 * factor, disabling or erasing them, needs the same action by a second admin of the school within a day,
 * or the platform admin. The first admin's request is kept and recorded in the audit log.
 */
public final class SecondAdmin {

    /** How long a first admin's request waits for a second admin. */
    static final Duration WITHIN = Duration.ofHours(24);

    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> requests;
    private final AuditLog audit;
    private final Clock clock;

    public SecondAdmin(DocumentStore store, AuditLog audit, Clock clock) {
        this.requests = store.collection("admin_action_requests");
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Lets an action on a school admin's account go ahead when a second admin wants it too; actions on
     * anyone else, and the platform admin's, go ahead at once.
     *
     * @param caller who acts
     * @param person whose account
     * @param action what is done, e.g. {@code person.password.reset}
     * @throws RefusedException {@code people.second-admin} when this admin is the first to ask; the
     *     request is kept and recorded, nothing else changes
     */
    public void require(Caller caller, Account person, String action) {
        if (person.role() != Role.SCHOOL_ADMIN || caller.has(Role.PLATFORM_ADMIN)) {
            return;
        }
        String id = person.id() + "|" + action;
        Instant now = clock.instant();
        Document earlier = requests.find(new Document("_id", id)).first();
        if (earlier != null
                && !caller.accountId().equals(earlier.getString("requestedBy"))
                && Instant.ofEpochMilli(earlier.getLong("at")).plus(WITHIN).isAfter(now)) {
            requests.deleteOne(new Document("_id", id));
            return;
        }
        requests.replaceOne(
                new Document("_id", id),
                new Document("_id", id)
                        .append("requestedBy", caller.accountId())
                        .append("at", now.toEpochMilli())
                        .append("schemaVersion", SCHEMA_VERSION),
                new ReplaceOptions().upsert(true));
        audit.record(caller, person.schoolId(), "person.admin-action.request", person.id(), action);
        throw new RefusedException("people.second-admin", "a second admin must confirm " + action);
    }
}
