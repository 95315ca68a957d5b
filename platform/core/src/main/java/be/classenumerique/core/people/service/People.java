package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolAdmins;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.Names;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
    private final AccountAuthority authority;
    private final SecondAdmin secondAdmin;

    public People(
            DocumentStore store,
            AccountRepository accounts,
            SchoolRepository schools,
            Guardianships guardianships,
            AuditLog audit,
            SecureRandom random,
            Clock clock) {
        this.authority = new AccountAuthority(accounts, guardianships);
        this.secondAdmin = new SecondAdmin(store, audit, clock);
        this.passwordResets = store.collection("password_resets");
        this.random = random;
        this.accounts = accounts;
        this.schools = schools;
        this.guardianships = guardianships;
        this.audit = audit;
    }

    /** An adult's account just made, with the temporary password to hand over once. */
    public record Created(Account account, String temporaryPassword) {}

    /** Longest name a person may have. */
    public static final int MAX_NAME_LENGTH = 120;

    /** Longest first or last name of a pupil. */
    public static final int MAX_PUPIL_NAME_LENGTH = 60;

    /**
     * @param caller a school admin
     * @return the school's teachers and admins, the pupils of its current classes and the pupils'
     *     guardians, by name
     * @throws NotFoundException for anyone but a school admin
     */
    public List<Account> of(Caller caller) {
        School school = SchoolAdmins.schoolOf(caller, schools);
        Set<String> ids = new LinkedHashSet<>(schools.staffIds(school.id()));
        for (String classId : school.classIds()) {
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
     * @param caller a platform admin
     * @param schoolId a school
     * @return the school's admins, by name, so the platform admin can help one who lost their phone
     * @throws NotFoundException for anyone else
     */
    public List<Account> schoolAdmins(Caller caller, String schoolId) {
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new NotFoundException("school");
        }
        return accounts.findAll(schools.staffIds(schoolId)).stream()
                .filter(account -> account.role() == Role.SCHOOL_ADMIN && schoolId.equals(account.schoolId()))
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Makes a teacher's or admin's account with a temporary password; they choose their own at their first
     * sign-in.
     *
     * @param caller an admin of the school, or a platform admin opening a school with its first admin
     * @param schoolId the school
     * @param role {@link Role#TEACHER} or {@link Role#SCHOOL_ADMIN}
     * @param name the person's name
     * @param email their e-mail address, which they sign in with
     * @param language the language they read in
     * @param hasher the adaptive hash for the temporary password
     * @return the account and its temporary password
     * @throws NotFoundException for anyone else, or another role
     * @throws RefusedException {@code people.name.invalid}, {@code name.direction-control}, {@code
     *     signup.email.invalid} or {@code signup.email.taken.admin}; nothing is written
     */
    public Created createAdult(
            Caller caller,
            String schoolId,
            Role role,
            String name,
            String email,
            Locale language,
            UnaryOperator<String> hasher) {
        boolean schoolsAdmin = caller.has(Role.SCHOOL_ADMIN) && schoolId.equals(caller.schoolId());
        boolean allowed = role == Role.TEACHER
                ? schoolsAdmin
                : role == Role.SCHOOL_ADMIN && (schoolsAdmin || caller.has(Role.PLATFORM_ADMIN));
        if (!allowed) {
            throw new NotFoundException("school");
        }
        String displayName = name(name, MAX_NAME_LENGTH, "people.name.invalid");
        if (!Account.isEmailAddress(email)) {
            throw new RefusedException("signup.email.invalid", "email");
        }
        String temporary = Secrets.grouped(random);
        Account account = new Account(
                role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID(),
                schoolId,
                role,
                displayName,
                email,
                hasher.apply(temporary),
                language,
                List.of(),
                true);
        try {
            accounts.insert(account);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new RefusedException("signup.email.taken.admin", "email taken");
            }
            throw e;
        }
        requireNewPassword(account.id(), caller.accountId());
        schools.addStaff(schoolId, account.id());
        audit.record(caller, schoolId, "person.create", account.id(), role.name());
        return new Created(account, temporary);
    }

    /**
     * Adds a pupil to a class by hand, shown as first name and last-name initial; the pupil signs in with
     * the class code and a secret their teacher gives them.
     *
     * @param caller an admin of the class's school
     * @param classId a class of the current year
     * @param firstName the first name, or a pseudonym
     * @param lastName the last name, of which only the initial is kept; may be empty
     * @param language the language the pupil works in
     * @return the pupil's account
     * @throws NotFoundException for anyone else
     * @throws RefusedException {@code people.pupil.name.invalid}, {@code name.direction-control} or {@code
     *     people.pupil.duplicate} (a pupil of the class already has this name); nothing is written
     */
    public Account addPupil(Caller caller, String classId, String firstName, String lastName, Locale language) {
        School school = SchoolAdmins.schoolOf(caller, schools);
        SchoolClass schoolClass = schools.findClass(classId)
                .filter(found -> school.classIds().contains(found.id()))
                .orElseThrow(() -> new NotFoundException("class"));
        String first = name(firstName, MAX_PUPIL_NAME_LENGTH, "people.pupil.name.invalid");
        String last = lastName == null ? "" : lastName.strip();
        if (last.length() > MAX_PUPIL_NAME_LENGTH) {
            throw new RefusedException("people.pupil.name.invalid", "last name too long");
        }
        Names.refuseDirectionControls(last);
        String displayName = last.isEmpty()
                ? first
                : first + " " + last.substring(0, last.offsetByCodePoints(0, 1)).toUpperCase(language) + ".";
        if (accounts.findAll(schoolClass.pupilIds()).stream()
                .anyMatch(pupil -> pupil.displayName().equalsIgnoreCase(displayName))) {
            throw new RefusedException("people.pupil.duplicate", "same name in class");
        }
        String id = "pupil-" + UUID.randomUUID();
        Account pupil =
                new Account(id, school.id(), Role.PUPIL, displayName, id, null, language, List.of(classId), true);
        accounts.insert(pupil);
        schools.addPupils(classId, List.of(id));
        audit.record(caller, school.id(), "person.create", id, Role.PUPIL.name());
        return pupil;
    }

    /**
     * Corrects a person's name or language.
     *
     * @param caller an admin of the person's school
     * @param personId anyone of the school, the admin included
     * @param name the new name
     * @param language the new language
     * @throws NotFoundException for anyone else
     * @throws RefusedException {@code people.name.invalid} or {@code name.direction-control}; nothing is
     *     written
     */
    public void updateProfile(Caller caller, String personId, String name, Locale language) {
        Account person = accounts.findById(personId)
                .filter(found -> authority.manages(caller, found))
                .orElseThrow(() -> new NotFoundException("person"));
        String displayName = name(name, MAX_NAME_LENGTH, "people.name.invalid");
        accounts.save(person.withProfile(displayName, language));
        audit.record(caller, person.schoolId(), "person.update", person.id(), "");
    }

    private static String name(String typed, int maxLength, String problemKey) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > maxLength) {
            throw new RefusedException(problemKey, "name empty or too long");
        }
        Names.refuseDirectionControls(name);
        return name;
    }

    /**
     * Gives an adult a temporary password, to say to them once; they must choose their own at their next
     * sign-in. Pupils get a new secret instead.
     *
     * @param caller an admin of the person's school
     * @param personId a teacher, parent or admin of the school; never the admin themself
     * @param hasher the adaptive hash to keep
     * @return the temporary password
     * @throws NotFoundException for anyone but an admin who manages the person's account ({@link
     *     AccountAuthority}), the admin themself, or a pupil
     * @throws be.classenumerique.core.shared.RefusedException {@code people.second-admin} for a school
     *     admin's password, until a second admin asks too
     */
    public String resetPassword(Caller caller, String personId, UnaryOperator<String> hasher) {
        Account person = manageable(caller, personId)
                .filter(found -> found.role() != Role.PUPIL)
                .orElseThrow(() -> new NotFoundException("person"));
        secondAdmin.require(caller, person, "person.password.reset");
        String temporary = Secrets.grouped(random);
        accounts.save(person.withPasswordHash(hasher.apply(temporary)));
        accounts.credentialsChanged(person.id());
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
     * Sets the signed-in person's own password; their other sessions end.
     *
     * @param caller the signed-in person
     * @param newHash the adaptive hash of the new password, checked for length by the caller
     */
    public void changeOwnPassword(Caller caller, String newHash) {
        Account person = accounts.findById(caller.accountId()).orElseThrow(() -> new NotFoundException("person"));
        accounts.save(person.withPasswordHash(newHash));
        accounts.credentialsChanged(person.id());
        passwordResets.deleteOne(new Document("_id", person.id()));
        audit.record(caller, person.schoolId(), "person.password.change", person.id(), "");
    }

    /**
     * @param caller a school admin
     * @return the people of {@link #of} whose accounts the admin manages, e.g. for privacy requests
     * @throws NotFoundException for anyone but a school admin
     */
    public List<Account> managedBy(Caller caller) {
        return of(caller).stream()
                .filter(person -> authority.manages(caller, person))
                .toList();
    }

    /**
     * @param caller an admin
     * @param person someone the admin sees in their school's list
     * @return whether the admin manages the person's account, e.g. not a parent who also follows a child of
     *     another school
     */
    public boolean manages(Caller caller, Account person) {
        return authority.manages(caller, person);
    }

    /** @return the person's current password hash, to check the current password before a change */
    public java.util.Optional<String> passwordHash(Caller caller) {
        return accounts.findById(caller.accountId()).map(Account::passwordHash);
    }

    private java.util.Optional<Account> manageable(Caller caller, String personId) {
        return authority.managedBy(caller, personId);
    }

    /**
     * Lets a person sign in again, or stops them: a disabled person's open sessions end at their next
     * request.
     *
     * @param caller an admin of the person's school
     * @param personId the person; never the admin themself
     * @param active whether the person may sign in
     * @throws NotFoundException for anyone but an admin who manages the person's account ({@link
     *     AccountAuthority}), or the admin themself
     * @throws be.classenumerique.core.shared.RefusedException {@code people.second-admin} when disabling
     *     a school admin, until a second admin asks too
     */
    public void setActive(Caller caller, String personId, boolean active) {
        Account person = manageable(caller, personId).orElseThrow(() -> new NotFoundException("person"));
        if (!active) {
            secondAdmin.require(caller, person, "person.disable");
        }
        accounts.save(person.withActive(active));
        audit.record(caller, person.schoolId(), active ? "person.enable" : "person.disable", person.id(), "");
    }
}
