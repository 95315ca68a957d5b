package be.classenumerique.core.assignments.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.assignments.domain.Assignment;
import be.classenumerique.core.assignments.domain.Audience;
import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.attempts.domain.ActivityResult;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Modules given to a class, some of its groups or some of its pupils, with dates. One document per
 * assignment and one list per class, each read by id. Rights are checked here: teachers of the class and
 * its school's admins give and see assignments; a pupil sees their own; a parent those of a linked child.
 */
public final class Assignments {

    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> assignments;
    private final MongoCollection<Document> byClass;
    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final Guardianships guardianships;
    private final ModuleCatalogue catalogue;
    private final AttemptService attempts;
    private final AuditLog audit;
    private final Clock clock;

    public Assignments(
            DocumentStore store,
            SchoolRepository schools,
            AccountRepository accounts,
            Guardianships guardianships,
            ModuleCatalogue catalogue,
            AttemptService attempts,
            AuditLog audit,
            Clock clock) {
        this.assignments = store.collection("assignments");
        this.byClass = store.collection("class_assignments");
        this.schools = schools;
        this.accounts = accounts;
        this.guardianships = guardianships;
        this.catalogue = catalogue;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gives a module to a class, some of its groups or some of its pupils.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param moduleId a module of the catalogue
     * @param audience who does it; groups and pupils must be the class's
     * @param opensAt from when pupils see it
     * @param dueAt when it is due, or {@code null}
     * @param required whether it must be done
     * @return the assignment
     * @throws NotFoundException for anyone else, or an unknown module
     * @throws RefusedException {@code assign.audience.empty}, {@code assign.audience.invalid} or {@code
     *     assign.dates.invalid}; nothing is written
     */
    public Assignment assign(
            Caller caller,
            String classId,
            String moduleId,
            Audience audience,
            Instant opensAt,
            Instant dueAt,
            boolean required) {
        return assign(caller, classId, moduleId, audience, opensAt, dueAt, required, 0, true);
    }

    /**
     * As {@link #assign(Caller, String, String, Audience, Instant, Instant, boolean)}, with a limit on the
     * answers a pupil may send per question.
     *
     * @param maxTries 1 or more, or 0 for no limit
     * @param lateAccepted whether answers still come in after the due day
     * @throws RefusedException also {@code assign.tries.invalid} for a negative limit
     */
    public Assignment assign(
            Caller caller,
            String classId,
            String moduleId,
            Audience audience,
            Instant opensAt,
            Instant dueAt,
            boolean required,
            int maxTries,
            boolean lateAccepted) {
        SchoolClass schoolClass = managed(caller, classId);
        Module module =
                catalogue.findFor(schoolClass.schoolId(), moduleId).orElseThrow(() -> new NotFoundException("module"));
        if (audience.kind() != Audience.Kind.CLASS && audience.ids().isEmpty()) {
            throw new RefusedException("assign.audience.empty", "no group or pupil chosen");
        }
        List<String> known = audience.kind() == Audience.Kind.GROUPS
                ? schoolClass.groups().stream().map(ClassGroup::id).toList()
                : schoolClass.pupilIds();
        if (!known.containsAll(audience.ids())) {
            throw new RefusedException("assign.audience.invalid", "groups or pupils outside the class");
        }
        if (opensAt == null || (dueAt != null && !dueAt.isAfter(opensAt))) {
            throw new RefusedException("assign.dates.invalid", "due before it opens");
        }
        if (maxTries < 0) {
            throw new RefusedException("assign.tries.invalid", "negative limit");
        }
        Assignment assignment = new Assignment(
                "assignment-" + UUID.randomUUID(),
                schoolClass.schoolId(),
                classId,
                module.id(),
                audience,
                opensAt,
                dueAt,
                required,
                caller.accountId(),
                clock.instant(),
                maxTries,
                lateAccepted);
        assignments.insertOne(AssignmentDocuments.toDocument(assignment));
        byClass.updateOne(
                new Document("_id", classId),
                new Document("$addToSet", new Document("ids", assignment.id()))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
        audit.record(caller, schoolClass.schoolId(), "class.assignment.create", classId, module.id());
        return assignment;
    }

    /**
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return its assignments, the most recently opened first
     * @throws NotFoundException for anyone else
     */
    public List<Assignment> ofClass(Caller caller, String classId) {
        managed(caller, classId);
        return ofClassUnchecked(classId);
    }

    /**
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param moduleId a module
     * @return the pupils for whom work on this module is past its due day; whoever of them has not
     *     finished it is late
     * @throws NotFoundException for anyone else
     */
    public Set<String> pastDue(Caller caller, String classId, String moduleId) {
        SchoolClass schoolClass = managed(caller, classId);
        Instant now = clock.instant();
        List<Assignment> overdue = ofClassUnchecked(classId).stream()
                .filter(assignment -> assignment.moduleId().equals(moduleId))
                .filter(assignment -> assignment.due().filter(now::isAfter).isPresent())
                .toList();
        return schoolClass.pupilIds().stream()
                .filter(pupilId -> overdue.stream()
                        .anyMatch(assignment -> assignment.audience().includes(pupilId, schoolClass)))
                .collect(Collectors.toSet());
    }

    /**
     * Withdraws an assignment; answers already given stay.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param assignmentId the assignment
     * @throws NotFoundException for anyone else
     */
    public void withdraw(Caller caller, String assignmentId) {
        Assignment assignment = find(assignmentId).orElseThrow(() -> new NotFoundException("assignment"));
        SchoolClass schoolClass = managed(caller, assignment.classId());
        byClass.updateOne(
                new Document("_id", assignment.classId()), new Document("$pull", new Document("ids", assignment.id())));
        assignments.deleteOne(new Document("_id", assignment.id()));
        audit.record(
                caller, schoolClass.schoolId(), "class.assignment.withdraw", schoolClass.id(), assignment.moduleId());
    }

    /**
     * @param caller a pupil
     * @return the open assignments meant for the pupil, late first, then to do by due date, then done
     */
    public List<PupilTask> forPupil(Caller caller) {
        if (!caller.has(Role.PUPIL)) {
            return List.of();
        }
        return accounts.findById(caller.accountId()).map(this::tasksOf).orElse(List.of());
    }

    /**
     * @param caller a parent
     * @param pupilId a child linked to them by a live guardianship
     * @return the child's open assignments, as the child sees them
     * @throws NotFoundException for any other caller or child
     */
    public List<PupilTask> forChild(Caller caller, String pupilId) {
        Account child = guardianships.childrenOf(caller).stream()
                .filter(candidate -> candidate.id().equals(pupilId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pupil"));
        return tasksOf(child);
    }

    private List<PupilTask> tasksOf(Account pupil) {
        Instant now = clock.instant();
        List<PupilTask> tasks = new ArrayList<>();
        for (String classId : pupil.classIds()) {
            Optional<SchoolClass> schoolClass = schools.findClass(classId);
            if (schoolClass.isEmpty()) {
                continue;
            }
            for (Assignment assignment : ofClassUnchecked(classId)) {
                if (assignment.opensAt().isAfter(now)
                        || !assignment.audience().includes(pupil.id(), schoolClass.get())) {
                    continue;
                }
                catalogue.find(assignment.moduleId()).ifPresent(module -> {
                    Map<String, ActivityResult> results = attempts.pupilResults(pupil.id(), classId, module.id());
                    int done = (int) module.activities().stream()
                            .filter(activity -> results.containsKey(activity.activityId()))
                            .count();
                    PupilTask.Status status = done == module.activities().size()
                            ? PupilTask.Status.DONE
                            : assignment.due().filter(now::isAfter).isPresent()
                                    ? PupilTask.Status.LATE
                                    : PupilTask.Status.TO_DO;
                    tasks.add(new PupilTask(assignment, module, status, done));
                });
            }
        }
        tasks.sort(Comparator.comparing(PupilTask::status)
                .thenComparing(task -> task.assignment().due().orElse(Instant.MAX)));
        return tasks;
    }

    private List<Assignment> ofClassUnchecked(String classId) {
        return AssignmentDocuments.ofClass(byClass, assignments, classId);
    }

    private Optional<Assignment> find(String id) {
        return AssignmentDocuments.find(assignments, id);
    }

    private SchoolClass managed(Caller caller, String classId) {
        return schools.findClass(classId)
                .filter(schoolClass -> ClassService.canReadAllWork(caller, schoolClass))
                .orElseThrow(() -> new NotFoundException("class"));
    }
}
