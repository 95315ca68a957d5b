package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A school's people as its admin manages them: who they are, and whether they may sign in. */
public final class People {

    private final AccountRepository accounts;
    private final SchoolRepository schools;
    private final Guardianships guardianships;
    private final AuditLog audit;

    public People(AccountRepository accounts, SchoolRepository schools, Guardianships guardianships, AuditLog audit) {
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
        if (!caller.has(Role.SCHOOL_ADMIN) || caller.schoolId() == null) {
            throw new NotFoundException("school");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String classId : schools.findSchool(caller.schoolId())
                .map(school -> school.classIds())
                .orElse(List.of())) {
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
     * Lets a person sign in again, or stops them: a disabled person's open sessions end at their next
     * request.
     *
     * @param caller an admin of the person's school
     * @param personId the person; never the admin themself
     * @param active whether the person may sign in
     * @throws NotFoundException for anyone but an admin of the person's school, or the admin themself
     */
    public void setActive(Caller caller, String personId, boolean active) {
        Account person = accounts.findById(personId)
                .filter(found -> caller.has(Role.SCHOOL_ADMIN)
                        && found.schoolId() != null
                        && found.schoolId().equals(caller.schoolId())
                        && !found.id().equals(caller.accountId()))
                .orElseThrow(() -> new NotFoundException("person"));
        accounts.save(new Account(
                person.id(),
                person.schoolId(),
                person.role(),
                person.displayName(),
                person.loginName(),
                person.passwordHash(),
                person.language(),
                person.classIds(),
                active));
        audit.record(caller, person.schoolId(), active ? "person.enable" : "person.disable", person.id(), "");
    }
}
