package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return its groups, in the order they were made
     * @throws NotFoundException for anyone else
     */
    public List<ClassGroup> groups(Caller caller, String classId) {
        return managed(caller, classId).groups();
    }

    /**
     * Creates a group, or changes one's name and pupils.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param groupId the group to change, or {@code null} for a new one
     * @param name its name, 1 to {@link ClassGroup#MAX_NAME_LENGTH} characters, unique in the class
     * @param pupilIds pupils of the class
     * @return the group as saved
     * @throws NotFoundException for anyone else, or a group that is not in the class
     * @throws RefusedException {@code group.name.invalid}, {@code group.name.taken}, {@code
     *     group.pupils.invalid} or {@code group.changed} (someone else changed the groups meanwhile);
     *     nothing is saved
     */
    public ClassGroup saveGroup(
            Caller caller, String classId, String groupId, String name, Collection<String> pupilIds) {
        SchoolClass schoolClass = managed(caller, classId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.codePointCount(0, cleanName.length()) > ClassGroup.MAX_NAME_LENGTH) {
            throw new RefusedException("group.name.invalid", "group name empty or too long");
        }
        if (schoolClass.groups().stream()
                .anyMatch(other -> !other.id().equals(groupId) && other.name().equalsIgnoreCase(cleanName))) {
            throw new RefusedException("group.name.taken", "another group has this name");
        }
        if (!schoolClass.pupilIds().containsAll(pupilIds)) {
            throw new RefusedException("group.pupils.invalid", "pupils outside the class");
        }
        if (groupId != null
                && schoolClass.groups().stream().noneMatch(group -> group.id().equals(groupId))) {
            throw new NotFoundException("group");
        }
        // Kept in the class's order, so a group reads like the class list.
        ClassGroup saved = new ClassGroup(
                groupId == null ? UUID.randomUUID().toString() : groupId,
                cleanName,
                schoolClass.pupilIds().stream().filter(pupilIds::contains).toList());
        List<ClassGroup> groups = new ArrayList<>(schoolClass.groups());
        groups.replaceAll(group -> group.id().equals(saved.id()) ? saved : group);
        if (groupId == null) {
            groups.add(saved);
        }
        replace(caller, schoolClass, groups);
        return saved;
    }

    /**
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param groupId one of its groups; its pupils stay in the class
     * @throws NotFoundException for anyone else, or a group that is not in the class
     * @throws RefusedException {@code group.changed} when someone else changed the groups meanwhile
     */
    public void deleteGroup(Caller caller, String classId, String groupId) {
        SchoolClass schoolClass = managed(caller, classId);
        List<ClassGroup> groups = schoolClass.groups().stream()
                .filter(group -> !group.id().equals(groupId))
                .toList();
        if (groups.size() == schoolClass.groups().size()) {
            throw new NotFoundException("group");
        }
        replace(caller, schoolClass, groups);
    }

    private void replace(Caller caller, SchoolClass schoolClass, List<ClassGroup> groups) {
        if (!schools.replaceGroups(schoolClass.id(), schoolClass.groups(), groups)) {
            throw new RefusedException("group.changed", "groups changed meanwhile");
        }
        audit.record(caller, schoolClass.schoolId(), "class.groups.change", schoolClass.id(), "");
    }

    private SchoolClass managed(Caller caller, String classId) {
        return schools.findClass(classId)
                .filter(schoolClass -> canReadAllWork(caller, schoolClass))
                .orElseThrow(() -> new NotFoundException("class"));
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
