package be.classenumerique.core.privacy.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.privacy.PersonRef;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final AccountRepository accounts;
    private final SchoolRepository schools;
    private final AttemptService attempts;
    private final PupilSignIn signIn;
    private final SecondFactors secondFactors;
    private final Drafts drafts;
    private final Guardianships guardianships;
    private final List<PersonalDataProvider> providers;
    private final AuditLog audit;
    private final Clock clock;

    public PersonalDataErasure(
            DocumentStore store,
            AccountRepository accounts,
            SchoolRepository schools,
            AttemptService attempts,
            PupilSignIn signIn,
            SecondFactors secondFactors,
            Drafts drafts,
            Guardianships guardianships,
            List<PersonalDataProvider> providers,
            AuditLog audit,
            Clock clock) {
        this.erasures = store.collection("erasures");
        this.accounts = accounts;
        this.schools = schools;
        this.attempts = attempts;
        this.signIn = signIn;
        this.secondFactors = secondFactors;
        this.drafts = drafts;
        this.guardianships = guardianships;
        this.providers = List.copyOf(providers);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param caller an admin of the person's school
     * @param personId the person
     * @return the pseudonym the person's kept records now carry
     * @throws NotFoundException for anyone but an admin of the person's school, or the admin themself
     */
    public String erase(Caller caller, String personId) {
        Account person = accounts.findById(personId)
                .filter(found -> found.administeredBy(caller) && !found.id().equals(caller.accountId()))
                .orElseThrow(() -> new NotFoundException("person"));
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
        providers.forEach(provider -> provider.erase(ref, pseudonym));
        Set<String> classIds = new LinkedHashSet<>(person.classIds());
        classIds.addAll(attempts.pseudonymiseForErasure(person.id(), pseudonym));
        classIds.forEach(classId -> schools.removeMember(classId, person.id()));
        schools.removeStaff(person.schoolId(), person.id());
        guardianships.forgetForErasure(person.id());
        signIn.forgetForErasure(person.id());
        secondFactors.forgetForErasure(person.id());
        drafts.forgetForErasure(person.id());
        accounts.delete(person.id());
        erasures.updateOne(
                new Document("_id", person.id()),
                new Document("$set", new Document("finishedAt", clock.instant().toString())));
        audit.record(caller, person.schoolId(), "person.erase", person.id(), "");
        return pseudonym;
    }
}
