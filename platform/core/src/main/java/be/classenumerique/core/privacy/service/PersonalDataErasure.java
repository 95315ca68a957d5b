package be.classenumerique.core.privacy.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.privacy.PersonRef;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountAuthority;
import be.classenumerique.core.people.service.SecondAdmin;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/**
 * Erases a person (GDPR right to erasure): the account, sign-in secrets, cards, guardianships and
 * invitation codes are deleted; answers are kept for class statistics under a random pseudonym; every
 * plugin erases its own data through its {@link PersonalDataProvider}. The audit log keeps that it
 * happened. The pseudonym is recorded first, so an erasure interrupted half-way is finished by running it
 * again with the same pseudonym.
 */
public final class PersonalDataErasure {

    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> erasures;
    private final PersonalRecords records;
    private final AuditLog audit;
    private final Clock clock;

    private final AccountAuthority authority;
    private final SecondAdmin secondAdmin;

    public PersonalDataErasure(DocumentStore store, PersonalRecords records, AuditLog audit, Clock clock) {
        this.erasures = store.collection("erasures");
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.authority = new AccountAuthority(records.accounts(), records.guardianships());
        this.secondAdmin = new SecondAdmin(store, audit, clock);
    }

    /**
     * @param caller an admin who manages the person's account ({@link AccountAuthority}); a school admin's
     *     erasure also needs a second admin ({@link SecondAdmin})
     * @param personId the person
     * @return the pseudonym the person's kept records now carry
     * @throws NotFoundException for anyone but an admin of the person's school, or the admin themself
     */
    public String erase(Caller caller, String personId) {
        Account person = records.accounts()
                .findById(personId)
                .filter(found -> authority.manages(caller, found) && !found.id().equals(caller.accountId()))
                .orElseThrow(() -> new NotFoundException("person"));
        secondAdmin.require(caller, person, "person.erase");
        Document started = erasures.find(new Document("_id", person.id())).first();
        String pseudonym = started != null ? started.getString("pseudonym") : "erased-" + UUID.randomUUID();
        if (started == null) {
            erasures.insertOne(new Document("_id", person.id())
                    .append("pseudonym", pseudonym)
                    .append("schoolId", person.schoolId())
                    .append("startedAt", clock.instant().toString())
                    .append("schemaVersion", SCHEMA_VERSION));
        }
        PersonRef ref = new PersonRef(person.id(), person.schoolId(), person.role());
        records.providers().forEach(provider -> provider.erase(ref, pseudonym));
        Set<String> classIds = new LinkedHashSet<>(person.classIds());
        classIds.addAll(records.attempts().pseudonymiseForErasure(person.id(), pseudonym));
        records.learningLog().pseudonymiseForErasure(person.id(), pseudonym);
        classIds.forEach(classId -> records.schools().removeMember(classId, person.id()));
        records.schools().removeStaff(person.schoolId(), person.id());
        records.guardianships().forgetForErasure(person.id());
        records.signIn().forgetForErasure(person.id());
        records.secondFactors().forgetForErasure(person.id());
        records.drafts().forgetForErasure(person.id());
        records.accounts().delete(person.id());
        erasures.updateOne(
                new Document("_id", person.id()),
                new Document("$set", new Document("finishedAt", clock.instant().toString())));
        audit.record(caller, person.schoolId(), "person.erase", person.id(), "");
        return pseudonym;
    }
}
