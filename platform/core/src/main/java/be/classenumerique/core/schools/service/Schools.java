package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.shared.Secrets;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The platform admin's work: the schools on the platform, each opened with its first school admin. */
public final class Schools {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** A school just opened, with its admin's temporary password to hand over once. */
    public record Opened(School school, Account admin, String temporaryPassword) {}

    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final SecureRandom random;
    private final People people;

    public Schools(
            SchoolRepository schools, AccountRepository accounts, People people, AuditLog audit, SecureRandom random) {
        this.people = people;
        this.schools = schools;
        this.accounts = accounts;
        this.audit = audit;
        this.random = random;
    }

    /**
     * @param caller a platform admin
     * @return every school, by name
     */
    public List<School> all(Caller caller) {
        requirePlatformAdmin(caller);
        return schools.allSchools();
    }

    /**
     * Opens a school with its first admin, who must choose their own password at their first sign-in.
     *
     * @param caller a platform admin
     * @param name the school's name
     * @param adminName the admin's name
     * @param adminEmail the admin's e-mail, their sign-in name
     * @param hasher the adaptive hash for the temporary password
     * @return the school, its admin and the temporary password
     * @throws RefusedException for an empty name, a bad e-mail or one already used
     */
    public Opened open(Caller caller, String name, String adminName, String adminEmail, UnaryOperator<String> hasher) {
        requirePlatformAdmin(caller);
        String schoolName = name == null ? "" : name.strip();
        String admin = adminName == null ? "" : adminName.strip();
        if (schoolName.isEmpty() || schoolName.length() > 150 || admin.isEmpty() || admin.length() > 120) {
            throw new RefusedException("schools.refused.name", "name");
        }
        if (adminEmail == null || !EMAIL.matcher(adminEmail.strip()).matches()) {
            throw new RefusedException("signup.email.invalid", "email");
        }
        if (accounts.findByLoginName(adminEmail).isPresent()) {
            throw new RefusedException("signup.email.taken.admin", "email taken");
        }
        School school = new School("school-" + UUID.randomUUID(), schoolName, List.of());
        String temporary = Secrets.grouped(random);
        Account account = new Account(
                "admin-" + UUID.randomUUID(),
                school.id(),
                Role.SCHOOL_ADMIN,
                admin,
                adminEmail,
                hasher.apply(temporary),
                Locale.FRENCH,
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
        people.requireNewPassword(account.id(), caller.accountId());
        schools.save(school);
        audit.record(caller, school.id(), "school.open", account.id(), "");
        return new Opened(school, account, temporary);
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new NotFoundException("schools");
        }
    }
}
