package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.Levels;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.shared.Names;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Longest name a class may have. */
    public static final int MAX_CLASS_NAME_LENGTH = 60;

    /**
     * Opens a class in the school's current year, without teachers or pupils yet.
     *
     * @param caller an admin of the school
     * @param name e.g. "5e primaire A", unique among the school's current classes
     * @param level one of {@link Levels#ALL}
     * @return the class
     * @throws NotFoundException for anyone else
     * @throws RefusedException {@code classes.name.invalid}, {@code name.direction-control}, {@code
     *     classes.name.taken} or {@code classes.level.invalid}; nothing is written
     */
    public SchoolClass createClass(Caller caller, String name, String level) {
        School school = SchoolAdmins.schoolOf(caller, schools);
        String cleanName = checkedClassName(school, null, name, level);
        SchoolClass created =
                new SchoolClass("class-" + UUID.randomUUID(), school.id(), cleanName, level, List.of(), List.of());
        schools.save(created);
        schools.addClass(school.id(), created.id());
        audit.record(caller, school.id(), "class.create", created.id(), "");
        return created;
    }

    /**
     * Changes a current class's name, level and teachers; its pupils, groups and work stay.
     *
     * @param caller an admin of the class's school
     * @param classId a class of the current year
     * @param name its new name
     * @param level its new level
     * @param teacherIds its teachers: teachers of the school
     * @throws NotFoundException for anyone else, or a class of a past year
     * @throws RefusedException {@code classes.name.invalid}, {@code name.direction-control}, {@code
     *     classes.name.taken}, {@code classes.level.invalid} or {@code classes.teachers.invalid}; nothing is
     *     written
     */
    public void updateClass(Caller caller, String classId, String name, String level, Collection<String> teacherIds) {
        School school = SchoolAdmins.schoolOf(caller, schools);
        SchoolClass schoolClass = schools.findClass(classId)
                .filter(found -> school.classIds().contains(found.id()))
                .orElseThrow(() -> new NotFoundException("class"));
        String cleanName = checkedClassName(school, classId, name, level);
        List<Account> teachers = accounts.findAll(new LinkedHashSet<>(teacherIds));
        if (teachers.size() != new LinkedHashSet<>(teacherIds).size()
                || teachers.stream()
                        .anyMatch(teacher ->
                                teacher.role() != Role.TEACHER || !school.id().equals(teacher.schoolId()))) {
            throw new RefusedException("classes.teachers.invalid", "not teachers of the school");
        }
        List<String> newTeacherIds = teachers.stream().map(Account::id).toList();
        schools.updateClass(classId, cleanName, level, newTeacherIds);
        // Each teacher's own list of classes follows, so their home screen shows the class or not.
        Set<String> affected = new LinkedHashSet<>(schoolClass.teacherIds());
        affected.addAll(newTeacherIds);
        for (Account teacher : accounts.findAll(affected)) {
            Set<String> classIds = new LinkedHashSet<>(teacher.classIds());
            if (newTeacherIds.contains(teacher.id())) {
                classIds.add(classId);
            } else {
                classIds.remove(classId);
            }
            accounts.save(teacher.withClassIds(List.copyOf(classIds)));
        }
        audit.record(caller, school.id(), "class.update", classId, "");
    }

    /**
     * @param caller an admin of the school
     * @return the school's teachers, by name, to choose a class's teachers from
     * @throws NotFoundException for anyone else
     */
    public List<Account> teachersOfSchool(Caller caller) {
        School school = SchoolAdmins.schoolOf(caller, schools);
        Set<String> ids = new LinkedHashSet<>(schools.staffIds(school.id()));
        school.classIds().stream()
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .forEach(schoolClass -> ids.addAll(schoolClass.teacherIds()));
        return accounts.findAll(ids).stream()
                .filter(account -> account.role() == Role.TEACHER && school.id().equals(account.schoolId()))
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private String checkedClassName(School school, String classId, String name, String level) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.codePointCount(0, cleanName.length()) > MAX_CLASS_NAME_LENGTH) {
            throw new RefusedException("classes.name.invalid", "class name empty or too long");
        }
        Names.refuseDirectionControls(cleanName);
        if (!Levels.isKnown(level)) {
            throw new RefusedException("classes.level.invalid", "unknown level");
        }
        boolean taken = school.classIds().stream()
                .filter(id -> !id.equals(classId))
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .anyMatch(other -> other.name().equalsIgnoreCase(cleanName));
        if (taken) {
            throw new RefusedException("classes.name.taken", "another class has this name");
        }
        return cleanName;
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
     * @throws RefusedException {@code group.name.invalid}, {@code name.direction-control}, {@code
     *     group.name.taken}, {@code group.pupils.invalid} or {@code group.changed} (someone else changed the
     *     groups meanwhile); nothing is saved
     */
    public ClassGroup saveGroup(
            Caller caller, String classId, String groupId, String name, Collection<String> pupilIds) {
        SchoolClass schoolClass = managed(caller, classId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.codePointCount(0, cleanName.length()) > ClassGroup.MAX_NAME_LENGTH) {
            throw new RefusedException("group.name.invalid", "group name empty or too long");
        }
        Names.refuseDirectionControls(cleanName);
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
