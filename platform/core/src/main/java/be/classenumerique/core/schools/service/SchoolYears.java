package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.Levels;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.shared.Names;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.shared.Secrets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school year and its rollover: each class of the ending year is archived with everything its pupils
 * did, and its pupils move to a class of the next level (or leave, after P6 and S6). Nothing of their work
 * is lost: answers and results stay attached to the archived class, which teachers and admins can still
 * open.
 *
 * <p>No transactions: the new classes and the pupils' moves are written first, with ids derived from the
 * old class and the new year, and the school's switch to the new year last; a rollover interrupted
 * half-way is completed by running it again, and one already done is refused.
 */
public final class SchoolYears {

    private static final List<String> ORDER = Levels.ORDERED;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");
    /** What happens to one class: its pupils move to a new class, or leave the school. */
    public record Plan(
            String classId, String className, String level, Optional<String> nextName, Optional<String> nextLevel) {

        /** @return whether the pupils move to a class of the next year */
        public boolean promoted() {
            return nextLevel.isPresent();
        }
    }

    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    public SchoolYears(SchoolRepository schools, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.schools = schools;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param school a school
     * @return its current year: as recorded, else the year that started last September
     */
    public String currentYear(School school) {
        if (school.year() != null) {
            return school.year();
        }
        LocalDate today = LocalDate.now(clock.withZone(School.TIME_ZONE));
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /**
     * @param year a year such as {@code 2026-2027}
     * @return the year after it
     */
    public static String nextYear(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) + 1;
        return start + "-" + (start + 1);
    }

    /**
     * Proposes what happens to each class: the next level, with the leading number of the name raised
     * ("5e primaire A" becomes "6e primaire A"); pupils of P6, S6 and special education leave.
     *
     * @param caller an admin of the school
     * @return one plan per current class
     */
    public List<Plan> proposal(Caller caller) {
        School school = adminSchool(caller);
        List<Plan> plans = new ArrayList<>();
        for (String classId : school.classIds()) {
            schools.findClass(classId).ifPresent(schoolClass -> {
                int index = ORDER.indexOf(schoolClass.level());
                boolean leaves = index < 0
                        || schoolClass.level().equals("P6")
                        || schoolClass.level().equals("S6");
                plans.add(new Plan(
                        schoolClass.id(),
                        schoolClass.name(),
                        schoolClass.level(),
                        leaves ? Optional.empty() : Optional.of(nextName(schoolClass.name())),
                        leaves ? Optional.empty() : Optional.of(ORDER.get(index + 1))));
            });
        }
        return plans;
    }

    /**
     * Moves the school to its next year.
     *
     * @param caller an admin of the school
     * @param plans what happens to each class, as proposed or edited
     * @return the new year
     * @throws RefusedException when a plan names a class that is not of the current year, or gives a new
     *     name with direction controls ({@code name.direction-control}); nothing is written
     */
    public String rollover(Caller caller, List<Plan> plans) {
        School school = adminSchool(caller);
        String year = currentYear(school);
        String next = nextYear(year);
        for (Plan plan : plans) {
            if (!school.classIds().contains(plan.classId())) {
                throw new RefusedException("rollover.refused.stale", plan.classId());
            }
            plan.nextName().ifPresent(Names::refuseDirectionControls);
        }
        List<String> newClassIds = new ArrayList<>();
        for (Plan plan : plans) {
            SchoolClass old = schools.findClass(plan.classId()).orElseThrow();
            if (!plan.promoted()) {
                moveOut(old.pupilIds(), old.id(), null);
                continue;
            }
            String newId = "class-" + Secrets.sha256(old.id() + "|" + next).substring(0, 24);
            schools.save(new SchoolClass(
                    newId,
                    school.id(),
                    plan.nextName().orElse(old.name()),
                    plan.nextLevel().orElseThrow(),
                    old.teacherIds(),
                    old.pupilIds()));
            moveOut(old.pupilIds(), old.id(), newId);
            moveTeachers(old.teacherIds(), old.id(), newId);
            newClassIds.add(newId);
        }
        Map<String, List<String>> archive = new LinkedHashMap<>(school.archive());
        archive.put(year, school.classIds());
        schools.save(new School(school.id(), school.name(), newClassIds, next, archive));
        audit.record(caller, school.id(), "school.rollover", school.id(), year + " → " + next);
        return next;
    }

    /**
     * @param caller an admin of the school
     * @return the archived classes, by year, newest year first
     */
    public Map<String, List<SchoolClass>> archive(Caller caller) {
        School school = adminSchool(caller);
        Map<String, List<SchoolClass>> archive = new LinkedHashMap<>();
        new ArrayList<>(school.archive().keySet())
                .reversed()
                .forEach(year -> archive.put(
                        year,
                        school.archive().get(year).stream()
                                .map(schools::findClass)
                                .flatMap(Optional::stream)
                                .toList()));
        return archive;
    }

    private void moveOut(List<String> pupilIds, String oldClassId, String newClassId) {
        for (Account pupil : accounts.findAll(pupilIds)) {
            List<String> classIds = new ArrayList<>(pupil.classIds());
            classIds.remove(oldClassId);
            if (newClassId != null && !classIds.contains(newClassId)) {
                classIds.add(newClassId);
            }
            accounts.save(pupil.withClassIds(classIds));
        }
    }

    private void moveTeachers(List<String> teacherIds, String oldClassId, String newClassId) {
        for (Account teacher : accounts.findAll(teacherIds)) {
            // Teachers keep their archived classes, so they can still open last year's work.
            List<String> classIds = new ArrayList<>(teacher.classIds());
            if (!classIds.contains(newClassId)) {
                classIds.add(newClassId);
            }
            accounts.save(teacher.withClassIds(classIds));
        }
    }

    static String nextName(String name) {
        Matcher number = LEADING_NUMBER.matcher(name);
        if (number.find()) {
            String rest = name.substring(number.end());
            // French ordinals: "1re" and "1er" become "2e".
            if (rest.startsWith("re") || rest.startsWith("er")) {
                rest = "e" + rest.substring(2);
            }
            return (Integer.parseInt(number.group(1)) + 1) + rest;
        }
        return name;
    }

    private School adminSchool(Caller caller) {
        return SchoolAdmins.schoolOf(caller, schools);
    }
}
