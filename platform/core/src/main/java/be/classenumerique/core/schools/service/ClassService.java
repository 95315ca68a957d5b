package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.shared.NotFoundException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Classes as the caller may see them: rights are checked here, on every object. */
public final class ClassService {

    /** A pupil as listed in a class: no login name, no hash. */
    public record ClassMember(String id, String displayName) {}

    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final AuditLog audit;

    public ClassService(SchoolRepository schools, AccountRepository accounts, AuditLog audit) {
        this.schools = schools;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * @param caller the signed-in person
     * @return the classes the caller teaches (teacher), runs (school admin) or attends (pupil), by name
     */
    public List<SchoolClass> classesOf(Caller caller) {
        // Only the current year's classes: last year's stay reachable from the school's archive.
        List<String> current = caller.schoolId() == null
                ? List.of()
                : schools.findSchool(caller.schoolId())
                        .map(school -> school.classIds())
                        .orElse(List.of());
        List<String> classIds = caller.has(Role.SCHOOL_ADMIN)
                ? current
                : accounts.findById(caller.accountId()).map(Account::classIds).orElse(List.of()).stream()
                        .filter(current::contains)
                        .toList();
        return classIds.stream()
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .filter(schoolClass -> canRead(caller, schoolClass))
                .sorted(Comparator.comparing(SchoolClass::name))
                .toList();
    }

    /**
     * @param caller the signed-in person
     * @param classId a class id, possibly forged
     * @return the class
     * @throws NotFoundException when it does not exist or the caller may not see it
     */
    public SchoolClass get(Caller caller, String classId) {
        return schools.findClass(classId)
                .filter(schoolClass -> canRead(caller, schoolClass))
                .orElseThrow(() -> new NotFoundException("class"));
    }

    /**
     * @param caller the signed-in person
     * @param classId a class the caller may see
     * @return its pupils, by name
     * @throws NotFoundException when the caller may not see the class
     */
    public List<ClassMember> pupils(Caller caller, String classId) {
        SchoolClass schoolClass = get(caller, classId);
        if (canReadAllWork(caller, schoolClass)) {
            audit.record(caller, schoolClass.schoolId(), "class.roster.read", schoolClass.id(), "");
        }
        // Sorted as a reader of the caller's language expects: "Léa" before "Lucas".
        Collator collator = Collator.getInstance(caller.locale());
        collator.setStrength(Collator.SECONDARY);
        return accounts.findAll(schoolClass.pupilIds()).stream()
                .map(pupil -> new ClassMember(pupil.id(), pupil.displayName()))
                .sorted(Comparator.comparing(ClassMember::displayName, collator))
                .toList();
    }

    /**
     * Whether a caller may read a class: its teachers, its school's admins and its pupils (who see
     * only their own work in it). Never another school.
     */
    public static boolean canRead(Caller caller, SchoolClass schoolClass) {
        return canReadAllWork(caller, schoolClass)
                || (inSchool(caller, schoolClass)
                        && caller.has(Role.PUPIL)
                        && schoolClass.pupilIds().contains(caller.accountId()));
    }

    /** Whether a caller may read every pupil's work in a class: its teachers and its school's admins. */
    public static boolean canReadAllWork(Caller caller, SchoolClass schoolClass) {
        return inSchool(caller, schoolClass)
                && (caller.has(Role.SCHOOL_ADMIN)
                        || (caller.has(Role.TEACHER) && schoolClass.teacherIds().contains(caller.accountId())));
    }

    private static boolean inSchool(Caller caller, SchoolClass schoolClass) {
        return caller.schoolId() != null && caller.schoolId().equals(schoolClass.schoolId());
    }
}
