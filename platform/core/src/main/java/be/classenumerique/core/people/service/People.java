package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.service.SchoolAdmins;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bson.Document;

/** A school's people as its admin manages them: who they are, whether and how they may sign in. */
public final class People {

    private final AccountRepository accounts;
    private final SchoolRepository schools;
    private final Guardianships guardianships;
    private final AuditLog audit;
    private final MongoCollection<Document> passwordResets;
    private final SecureRandom random;

    public People(
            DocumentStore store,
            AccountRepository accounts,
            SchoolRepository schools,
            Guardianships guardianships,
            AuditLog audit,
            SecureRandom random) {
        this.passwordResets = store.collection("password_resets");
        this.random = random;
        this.accounts = accounts;
        this.schools = schools;
        this.guardianships = guardianships;
        this.audit = audit;
    }

    /**
     * @param caller a school admin
     * @return the pupils and teachers of the school's current classes and the pupils' guardians, by name
     * @throws NotFoundException for anyone but a school admin
     */
    public List<Account> of(Caller caller) {
        Set<String> ids = new LinkedHashSet<>();
        for (String classId : SchoolAdmins.schoolOf(caller, schools).classIds()) {
            schools.findClass(classId).ifPresent(schoolClass -> {
                ids.addAll(schoolClass.teacherIds());
                ids.addAll(schoolClass.pupilIds());
            });
        }
        List<Account> people = new ArrayList<>(accounts.findAll(ids));
        for (Account pupil : List.copyOf(people)) {
            if (pupil.role() == Role.PUPIL) {
                guardianships.linkedForPrivacyRequest(pupil.id()).stream()
                        .filter(parent -> ids.add(parent.id()))
                        .forEach(people::add);
            }
        }
        people.removeIf(person -> !caller.schoolId().equals(person.schoolId()));
        people.sort(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER));
        return people;
    }

    /**
     * Gives an adult a temporary password, to say to them once; they must choose their own at their next
     * sign-in. Pupils get a new secret instead.
     *
     * @param caller an admin of the person's school
     * @param personId a teacher, parent or admin of the school; never the admin themself
     * @param hasher the adaptive hash to keep
     * @return the temporary password
     * @throws NotFoundException for anyone but an admin of the person's school, the admin themself, or a pupil
     */
    public String resetPassword(Caller caller, String personId, UnaryOperator<String> hasher) {
        Account person = manageable(caller, personId)
                .filter(found -> found.role() != Role.PUPIL)
                .orElseThrow(() -> new NotFoundException("person"));
        String temporary = Secrets.grouped(random);
        accounts.save(person.withPasswordHash(hasher.apply(temporary)));
        passwordResets.replaceOne(
                new Document("_id", person.id()),
                new Document("_id", person.id())
                        .append("byAdmin", caller.accountId())
                        .append("schemaVersion", 1),
                new ReplaceOptions().upsert(true));
        audit.record(caller, person.schoolId(), "person.password.reset", person.id(), "");
        return temporary;
    }

    /**
     * Asks a person to choose their own password at their next sign-in, e.g. a school's first admin who
     * received a temporary one from the platform admin.
     *
     * @param accountId the person
     * @param byWhom who gave the temporary password
     */
    public void requireNewPassword(String accountId, String byWhom) {
        passwordResets.replaceOne(
                new Document("_id", accountId),
                new Document("_id", accountId).append("byAdmin", byWhom).append("schemaVersion", 1),
                new ReplaceOptions().upsert(true));
    }

    /**
     * @param caller the signed-in person
     * @return whether they must choose a new password before anything else
     */
    public boolean mustChangePassword(Caller caller) {
        return passwordResets.find(new Document("_id", caller.accountId())).first() != null;
    }

    /**
     * Sets the signed-in person's own password.
     *
     * @param caller the signed-in person
     * @param newHash the adaptive hash of the new password, checked for length by the caller
     */
    public void changeOwnPassword(Caller caller, String newHash) {
        Account person = accounts.findById(caller.accountId()).orElseThrow(() -> new NotFoundException("person"));
        accounts.save(person.withPasswordHash(newHash));
        passwordResets.deleteOne(new Document("_id", person.id()));
        audit.record(caller, person.schoolId(), "person.password.change", person.id(), "");
    }

    /** @return the person's current password hash, to check the current password before a change */
    public java.util.Optional<String> passwordHash(Caller caller) {
        return accounts.findById(caller.accountId()).map(Account::passwordHash);
    }

    private java.util.Optional<Account> manageable(Caller caller, String personId) {
        return accounts.findById(personId)
                .filter(found -> found.administeredBy(caller) && !found.id().equals(caller.accountId()));
    }

    /**
     * Lets a person sign in again, or stops them: a disabled person's open sessions end at their next
     * request.
     *
     * @param caller an admin of the person's school
     * @param personId the person; never the admin themself
     * @param active whether the person may sign in
     * @throws NotFoundException for anyone but an admin of the person's school, or the admin themself
     */
    public void setActive(Caller caller, String personId, boolean active) {
        Account person = manageable(caller, personId).orElseThrow(() -> new NotFoundException("person"));
        accounts.save(person.withActive(active));
        audit.record(caller, person.schoolId(), active ? "person.enable" : "person.disable", person.id(), "");
    }
}
